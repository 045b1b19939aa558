import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  conflict,
  enqueue,
  forbidden,
  hasRole,
  isValidBelgianIban,
  normalizeIban,
  notFound,
  type Identity,
  type Logger,
} from '@hub/shared';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AanvraagLoaders } from '../aanvraag-loaders.js';
import { MIJNVERBOUWPREMIE_AANVRAAG_TOPIC, type IndieningPayload } from '../delivery/contracts.js';
import type { Inkomensopgave } from '../entities/inkomensopgave.js';
import type { PremieAanvraagRow, PremieAanvraagStatusRow } from '../entities/premie-aanvraag.js';
import type { Regelset } from '../regels/regelset.js';
import type { PremieAanvraagRepository } from '../repositories/aanvraag-repository.js';
import { controleerAanvraag, isBlokkerend, type ControleUitkomst } from './aanvraag/controles.js';
import { isValidEan, normalizeEan } from './aanvraag/ean.js';
import { bouwInhoud, inhoudHash, totaalFacturen, type AanvraagInhoud } from './aanvraag/inhoud.js';
import { naarLoketAanvraag } from './aanvraag/loket-aanvraag.js';
import { leesVoorstelRepresentatie } from './aanvraag/representatie.js';
import { magLezen, vereisIndienen, vereisLezen, zietAlles } from './aanvraag/toegang.js';
import { signVoorstel, verifyVoorstel } from './aanvraag/voorstel-token.js';

/** The draft of an application; the shape of the GraphQL type PremieAanvraagVoorstel. */
export interface VoorstelModel extends Omit<ControleUitkomst, 'regime' | 'regelId'> {
  dossierId: string;
  maatregelId: string;
  categorie: AanvraagInhoud['maatregel']['categorie'];
  omschrijving: string;
  oppervlakteM2: number | null;
  aanvraagdatum: string;
  aanvrager: AanvraagInhoud['aanvrager'];
  woning: AanvraagInhoud['woning'];
  facturen: AanvraagInhoud['facturen'];
  totaalFactuurExclBtw: number;
  regime: string | null;
  regelId: string | null;
  kanIngediendWorden: boolean;
  bestaandeAanvraag: PremieAanvraagRow | null;
  voorstel: string;
  geldigTot: Date;
}

export interface IndienInput {
  voorstel: string;
  idempotencyKey: string;
  ean: string;
  iban: string;
}

export interface AanvraagServiceDeps {
  identity: Identity;
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
  regelset: Regelset;
  repository: PremieAanvraagRepository;
  loaders: AanvraagLoaders;
  inkomensopgaven: DataLoader<string, Inkomensopgave | null>;
  voorstel: { secret: string; geldigheidMs: number };
  now: () => Date;
  /** Today's date in Belgium (YYYY-MM-DD): the application date. */
  vandaag: () => string;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

const ongeldigeInvoer = (field: string, message: string) => badUserInput(message, { reden: 'ONGELDIGE_INVOER', field });

/** The rules of Mijn VerbouwPremie applications for one request: drafts, submission, reading with access. */
export class AanvraagService {
  constructor(private readonly deps: AanvraagServiceDeps) {}

  /** The draft of an application for one measure of a dossier representation (with its @requires fields). */
  async voorstel(dossier: unknown, maatregelId: string): Promise<VoorstelModel> {
    const { identity } = this.deps;
    vereisIndienen(identity);
    const rep = leesVoorstelRepresentatie(dossier);
    // The dossier subgraph decided that the caller may see the dossier; a citizen must also be its citizen,
    // and a coach its coach (defence in depth: this field is only reached through the dossier).
    if (!hasRole(identity, 'spoc', 'energieconsulent')) {
      const isBurger = hasRole(identity, 'burger') && identity.insz !== undefined && rep.burger.insz === identity.insz;
      const isBegeleider = hasRole(identity, 'renovatiebegeleider') && rep.renovatiebegeleider?.id === identity.sub;
      if (!isBurger && !isBegeleider) throw forbidden();
    }
    const inhoud = bouwInhoud(rep, maatregelId);
    const [bestaande] = (await this.deps.loaders.byMaatregel.load(inhoud.maatregel.id)).filter(isLopend);
    const aanvraagdatum = this.deps.vandaag();
    const uitkomst = await this.controleer(inhoud, aanvraagdatum, bestaande !== undefined);
    const exp = Math.floor((this.deps.now().getTime() + this.deps.voorstel.geldigheidMs) / 1000);
    const token = signVoorstel({ v: 1, dossierId: rep.id, maatregelId: inhoud.maatregel.id, voor: identity.sub, exp, inhoud }, this.deps.voorstel.secret);
    return {
      ...uitkomst,
      dossierId: rep.id,
      maatregelId: inhoud.maatregel.id,
      categorie: inhoud.maatregel.categorie,
      omschrijving: inhoud.maatregel.omschrijving,
      oppervlakteM2: inhoud.maatregel.oppervlakteM2,
      aanvraagdatum,
      aanvrager: inhoud.aanvrager,
      woning: inhoud.woning,
      facturen: inhoud.facturen,
      totaalFactuurExclBtw: totaalFacturen(inhoud),
      kanIngediendWorden: !uitkomst.problemen.some(isBlokkerend),
      bestaandeAanvraag: bestaande ?? null,
      voorstel: token,
      geldigTot: new Date(exp * 1000),
    };
  }

  /**
   * Submits a draft: checks the input and the token, then (idempotently) stores the application with its
   * first status and the outbox message to the desk in one transaction. See Mutation.dienPremieAanvraagIn.
   */
  async dienIn(input: IndienInput): Promise<PremieAanvraagRow> {
    const { identity, repository } = this.deps;
    vereisIndienen(identity);
    const key = input.idempotencyKey.trim();
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw ongeldigeInvoer('input.idempotencyKey', "De idempotencyKey moet 8 tot 100 tekens lang zijn: letters, cijfers, '-', '_', '.' of ':' (bv. een UUID).");
    }
    const ean = normalizeEan(input.ean);
    if (ean === null || !isValidEan(ean)) {
      throw ongeldigeInvoer('input.ean', 'Ongeldige EAN-code: verwacht 18 cijfers die beginnen met 54, met een juist controlecijfer (zie de energiefactuur).');
    }
    const iban = normalizeIban(input.iban);
    if (!isValidBelgianIban(iban)) {
      throw ongeldigeInvoer('input.iban', 'Ongeldig rekeningnummer: verwacht een Belgisch IBAN, bv. BE68 5390 0754 7034.');
    }
    const now = this.deps.now();
    const voorstel = verifyVoorstel(input.voorstel, this.deps.voorstel.secret, now);
    if (voorstel.voor !== identity.sub) throw forbidden('Dit voorstel werd voor iemand anders opgemaakt: vraag zelf een voorstel op.');
    const isStaff = hasRole(identity, 'spoc', 'energieconsulent', 'renovatiebegeleider');
    if (!isStaff && voorstel.inhoud.aanvrager.insz !== identity.insz) throw forbidden();
    const { dossierId, maatregelId, inhoud } = voorstel;
    const hash = inhoudHash({ dossierId, maatregelId, inhoud, ean, iban });

    const existing = await repository.findByIdempotencyKey(key);
    if (existing) return zelfdeAanvraag(existing, hash);
    const lopende = await repository.findLopendeVoorMaatregel(maatregelId);
    // A concurrent submission with this key may have committed since the look-up above.
    if (lopende) {
      if (lopende.idempotencyKey !== key) throw alAangevraagd();
      return zelfdeAanvraag(lopende, hash);
    }

    const aanvraagdatum = this.deps.vandaag();
    const uitkomst = await this.controleer(inhoud, aanvraagdatum, false);
    const blokkerend = uitkomst.problemen.filter(isBlokkerend);
    if (blokkerend.length > 0) {
      throw badUserInput(`De aanvraag kan zo niet ingediend worden: ${blokkerend.map((p) => p.boodschap).join(' ')}`, {
        reden: 'AANVRAAG_ONVOLLEDIG',
        problemen: blokkerend.map((p) => ({ code: p.code, boodschap: p.boodschap, factuurId: p.factuurId })),
      });
    }
    const row: PremieAanvraagRow = {
      id: randomUUID(),
      idempotencyKey: key,
      inhoudHash: hash,
      dossierId,
      maatregelId,
      burgerId: inhoud.aanvrager.burgerId,
      insz: inhoud.aanvrager.insz!,
      begeleiderSub: inhoud.begeleiderSub,
      aangevraagdDoor: identity.sub,
      werkcategorie: inhoud.maatregel.categorie,
      inhoud,
      ean,
      iban,
      problemen: uitkomst.problemen,
      status: 'TE_VERZENDEN',
      dossiernummer: null,
      verwachtBedrag: uitkomst.verwachtBedrag,
      toegekendBedrag: null,
      uitbetaaldBedrag: null,
      reden: null,
      aangevraagdOp: now,
      ingediendOp: null,
      gewijzigdOp: now,
      volgendeControleOp: null,
    };
    const payload: IndieningPayload = {
      aanvraagId: row.id,
      idempotencyKey: key,
      aanvraag: naarLoketAanvraag({ aanvraagId: row.id, inhoud, ean, iban, verwachtBedrag: row.verwachtBedrag, aanvraagdatum }),
    };
    const inserted = await this.deps.dataSource.transaction(async (m) => {
      if (!(await repository.insertAlsNieuw(m, row))) return false;
      await repository.registreerStatussen(m, row.id, [{ volgnummer: 0, status: 'TE_VERZENDEN', op: now, toelichting: null, bron: 'HUB' }], now);
      await enqueue(m, { topic: MIJNVERBOUWPREMIE_AANVRAAG_TOPIC, dedupKey: row.id, payload, aggregateId: row.id }, now);
      return true;
    });
    if (!inserted) {
      // Another submission won the race: with this key (same content: the same application), or for this measure.
      const winner = await repository.findByIdempotencyKey(key);
      if (winner) return zelfdeAanvraag(winner, hash);
      throw alAangevraagd();
    }
    this.deps.logger.info(
      { requestId: this.deps.requestId, aanvraagId: row.id, dossierId, maatregelId, aangevraagdDoor: identity.sub },
      'premie application submitted',
    );
    return row;
  }

  /** One application, if the caller may read it (FORBIDDEN, or NOT_FOUND for those who see everything). */
  async aanvraag(id: string): Promise<PremieAanvraagRow> {
    const { identity } = this.deps;
    vereisLezen(identity);
    const row = await this.deps.loaders.byId.load(id);
    if (row && magLezen(identity, row)) return row;
    throw zietAlles(identity) && !row ? notFound('Premieaanvraag') : forbidden();
  }

  /** The applications of a dossier the caller may read; `huidigeBegeleider` from the dossier subgraph (@requires). */
  async vanDossier(dossierId: string, huidigeBegeleider: string | null): Promise<PremieAanvraagRow[]> {
    vereisLezen(this.deps.identity);
    return (await this.deps.loaders.byDossier.load(dossierId)).filter((r) => magLezen(this.deps.identity, r, huidigeBegeleider));
  }

  /** The applications of a measure the caller may read. */
  async vanMaatregel(maatregelId: string): Promise<PremieAanvraagRow[]> {
    vereisLezen(this.deps.identity);
    return (await this.deps.loaders.byMaatregel.load(maatregelId)).filter((r) => magLezen(this.deps.identity, r));
  }

  async historiek(row: PremieAanvraagRow): Promise<PremieAanvraagStatusRow[]> {
    return this.deps.loaders.historiek.load(row.id);
  }

  /** The EAN and IBAN are not for Mijn Burgerprofiel (it shows the case, not the payment details). */
  betaalgegeven(value: string): string {
    if (!hasRole(this.deps.identity, 'burger', 'spoc', 'energieconsulent', 'renovatiebegeleider')) {
      throw forbidden('De EAN-code en het rekeningnummer zijn enkel zichtbaar voor de burger en het Energieloket.');
    }
    return value;
  }

  private async controleer(inhoud: AanvraagInhoud, aanvraagdatum: string, alAangevraagd: boolean): Promise<ControleUitkomst> {
    const opgave = await this.deps.inkomensopgaven.load(inhoud.aanvrager.burgerId);
    return controleerAanvraag({ regelset: this.deps.regelset, inhoud, aanvraagdatum, inkomenscategorie: opgave?.categorie ?? null, alAangevraagd });
  }
}

const isLopend = (row: PremieAanvraagRow) => row.status !== 'AFGEWEZEN' && row.status !== 'NIET_AANVAARD';

const alAangevraagd = () =>
  conflict('Voor deze maatregel loopt al een premieaanvraag (zie Maatregel.premieAanvragen).', { reden: 'AL_AANGEVRAAGD' });

/** The same key again: the same application when the content is the same, else a conflict. */
function zelfdeAanvraag(existing: PremieAanvraagRow, hash: string): PremieAanvraagRow {
  if (existing.inhoudHash === hash) return existing;
  throw conflict('Deze idempotencyKey werd al gebruikt voor een andere aanvraag: kies een nieuwe sleutel voor een nieuwe aanvraag.', {
    reden: 'IDEMPOTENCY_KEY_HERGEBRUIKT',
    field: 'input.idempotencyKey',
  });
}
