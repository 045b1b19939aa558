import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  closeServer,
  createBurgerprofielSandbox,
  createLogger,
  createSandboxFaults,
  createSandboxHost,
  listen,
  staticToken,
  type BurgerprofielSandbox,
  type OutboxWorker,
  type SandboxFaults,
} from '@hub/shared';
import { DEMO_IDS } from '@hub/shared/demo';
import { createMijnVerbouwPremieClient, createPremiesOutboxWorker, createPremieVolger, AanvraagOpvolging, PremieAanvraagRepository, type PremieVolger } from '../src/server.js';
import { createMijnVerbouwPremieSandbox, type MijnVerbouwPremieSandbox, type TijdlijnStap } from '../src/sandbox/index.js';
import type { TestPremies } from './helpers.js';

/** A valid EAN code of an electricity connection and a valid Belgian IBAN. */
export const EAN = '541448820044159229';
export const IBAN = 'BE68539007547034';
export const AN = { insz: '85031412302', voornaam: 'An', achternaam: 'Peeters' };

export const VOORSTEL = /* GraphQL */ `
  query Voorstel($representations: [_Any!]!, $maatregelId: ID!) {
    _entities(representations: $representations) {
      ... on Dossier {
        premieAanvraagVoorstel(maatregelId: $maatregelId) {
          dossierId maatregelId categorie omschrijving oppervlakteM2 aanvraagdatum
          aanvrager { burgerId insz voornaam achternaam }
          woning { adresId adres bouwjaar epcCertificaatnummer }
          facturen { factuurId nummer datum aannemer { naam kbo } bedragExclBtw betaaldOp documenten { documentId soort titel } }
          totaalFactuurExclBtw
          vereisteDocumenten { soort omschrijving aanwezig }
          verwachtBedrag regime regelId
          problemen { code ernst boodschap factuurId }
          kanIngediendWorden
          bestaandeAanvraag { id status }
          voorstel geldigTot
        }
      }
    }
  }
`;

export const DIEN_IN = /* GraphQL */ `
  mutation DienIn($input: DienPremieAanvraagInInput!) {
    dienPremieAanvraagIn(input: $input) { id status dossiernummer verwachtBedrag historiek { status toelichting } problemen { code } }
  }
`;

export interface FactuurRep {
  id: string;
  nummer: string;
  datum: string;
  aannemer: { naam: string; kbo: string };
  bedragExclBtw: number;
  betaaldOp: string | null;
  documenten: Array<{ id: string; soort: string; titel: string }> | null;
}

/** An invoice of the dossier subgraph (as the gateway passes it on), with its invoice document and an attest. */
export function factuur(over: Partial<FactuurRep> = {}): FactuurRep {
  return {
    id: randomUUID(),
    nummer: 'F2026-0042',
    datum: '2026-05-20',
    aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012318' },
    bedragExclBtw: 9000,
    betaaldOp: '2026-05-30',
    documenten: [
      { id: randomUUID(), soort: 'FACTUUR', titel: 'Factuur F2026-0042' },
      { id: randomUUID(), soort: 'ATTEST', titel: 'Technische fiche dakisolatie' },
    ],
    ...over,
  };
}

/** A Dossier representation for premieAanvraagVoorstel: An's dossier with one roof measure (fresh ids). */
export function dossierRep(over: { maatregel?: Record<string, unknown>; facturen?: FactuurRep[]; [field: string]: unknown } = {}) {
  const { maatregel, facturen, ...rest } = over;
  return {
    __typename: 'Dossier',
    id: randomUUID(),
    referentie: 'REN-2026-000003',
    renovatiebegeleider: { id: 'stad-lies.wouters' },
    burger: { id: DEMO_IDS.burgerAn, ...AN },
    woning: {
      adresId: '3000120',
      adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven' },
      epc: { certificaatnummer: '20240318-0003187245-RES-1', bouwjaar: 1930 },
    },
    maatregelen: [
      {
        id: randomUUID(),
        categorie: 'DAK',
        omschrijving: 'Dakisolatie hellend dak',
        oppervlakteM2: 80,
        bedragExclBtw: 9000,
        facturen: facturen ?? [factuur()],
        ...maatregel,
      },
    ],
    ...rest,
  };
}

/** The first measure of a representation. */
export const maatregelVan = (rep: ReturnType<typeof dossierRep>) => rep.maatregelen[0]!;

/** Counts the rows an application writes. */
export async function tellingen(premies: TestPremies) {
  const n = async (table: string) => Number(((await premies.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{ n: number }>)[0]!.n);
  return { aanvraag: await n('premie_aanvraag'), status: await n('premie_aanvraag_status'), outbox: await n('outbox') };
}

export interface AanvraagWereld {
  desk: MijnVerbouwPremieSandbox;
  burgerprofiel: BurgerprofielSandbox;
  faults: SandboxFaults;
  outbox: OutboxWorker;
  volger: PremieVolger;
  close(): Promise<void>;
}

/**
 * The world around a premies test database: the desk and Mijn Burgerprofiel sandboxes on a free port, the
 * real HTTP client of the desk, the premies outbox worker and the follower (nothing started: tests drain
 * and run rounds).
 */
export async function startAanvraagWereld(premies: TestPremies, opts: { now: () => Date; tijdlijn?: readonly TijdlijnStap[] }): Promise<AanvraagWereld> {
  const logger = createLogger('premies-aanvraag-test', 'silent');
  const desk = createMijnVerbouwPremieSandbox({ tijdlijn: opts.tijdlijn ?? [], now: opts.now });
  const burgerprofiel = createBurgerprofielSandbox();
  const faults = createSandboxFaults();
  const host: Server = createSandboxHost([desk, burgerprofiel], { faults });
  const base = `http://127.0.0.1:${await listen(host, 0, '127.0.0.1')}`;
  const loket = createMijnVerbouwPremieClient({ baseUrl: `${base}/mijnverbouwpremie`, tokens: staticToken('test-token'), timeoutMs: 2000, logger });
  const repository = new PremieAanvraagRepository(premies.db.dataSource);
  const opvolging = new AanvraagOpvolging({ dataSource: premies.db.dataSource, repository, logger, volgIntervalMs: 0, now: opts.now });
  const outbox = createPremiesOutboxWorker({
    dataSource: premies.db.dataSource,
    loket,
    opvolging,
    logger,
    timeoutMs: 2000,
    pollIntervalMs: 1000,
    now: opts.now,
    backoff: { baseMs: 1, maxMs: 1, jitter: false },
    burgerprofiel: { baseUrl: `${base}/burgerprofiel`, tokens: staticToken('test-token'), deeplinkBase: 'https://www.leuven.be/energieloket/mijn-premieaanvraag/' },
  });
  const volger = createPremieVolger({ repository, loket, opvolging, logger, intervalMs: 0, now: opts.now });
  return {
    desk,
    burgerprofiel,
    faults,
    outbox,
    volger,
    async close() {
      await volger.stop();
      await outbox.stop();
      await closeServer(host, 1000);
    },
  };
}
