import { randomUUID } from 'node:crypto';
import { badUserInput, conflict } from '@hub/shared';
import type { FactuurRow } from '../entities/factuur.js';
import { toFactuur, type FactuurModel } from '../journey-mappers.js';
import type { JourneyLoaders } from '../journey-loaders.js';
import type { MaatregelModel } from '../mappers.js';
import type { Repositories } from '../repositories/index.js';
import { requireId } from './ids.js';
import type { Inzage } from './inzage.js';
import { tekst } from './invoer.js';
import type { AannemerInvoer } from './offerte.service.js';
import { bedrag, kbo, nietNaVandaag } from './traject-invoer.js';
import { FACTUUR_MOGELIJK, ongeldigeOvergang } from './traject-regels.js';
import { TRAJECT_RECHTEN } from './traject-toegang.js';
import { eenVan, type TrajectWijzigingen } from './traject-wijziging.js';

export interface FactuurToevoegen {
  maatregelId: string;
  nummer: string;
  datum: string;
  aannemer: AannemerInvoer;
  bedragExclBtw: number;
  /** The VAT amount as it is on the invoice. */
  btwBedrag: number;
  betaaldOp?: string | null;
}

const WIE = 'Offertes en facturen worden toegevoegd door de burger van het dossier, de SPOC, de energieconsulent of de renovatiebegeleider.';

/** The highest Belgian VAT rate: an invoice's VAT above it (plus a cent of rounding) is a typing error. */
const MAX_BTW = 0.21;

/** Invoices per measure: adding them (for ordered or executed works) and recording their payment. */
export class FactuurService {
  constructor(
    private readonly w: TrajectWijzigingen,
    private readonly repos: Repositories,
    private readonly loaders: JourneyLoaders,
    private readonly inzage: Inzage,
    private readonly clock: () => Date,
  ) {}

  async get(id: string): Promise<FactuurModel> {
    requireId(id, 'factuur');
    const row = await this.loaders.factuurById.load(id);
    if (!row) throw this.w.refusal('Factuur');
    await this.inzage.vereist(row.dossierId, 'OFFERTES_EN_FACTUREN');
    return toFactuur(row);
  }

  /** The invoices of a measure the caller sees, by invoice date. */
  async ofMaatregel(maatregel: MaatregelModel): Promise<FactuurModel[]> {
    await this.inzage.vereist(maatregel.dossierId, 'OFFERTES_EN_FACTUREN');
    return (await this.loaders.facturenByMaatregelId.load(maatregel.id)).map(toFactuur);
  }

  async toevoegen(input: FactuurToevoegen): Promise<FactuurModel> {
    requireId(input.maatregelId, 'maatregel');
    const now = this.clock();
    const nummer = tekst(input.nummer, 'input.nummer', 50);
    const datum = nietNaVandaag(input.datum, now, 'input.datum');
    const aannemer = { naam: tekst(input.aannemer.naam, 'input.aannemer.naam', 200), kbo: kbo(input.aannemer.kbo, 'input.aannemer.kbo') };
    const bedragExclBtw = bedrag(input.bedragExclBtw, 'input.bedragExclBtw');
    const btwBedrag = bedrag(input.btwBedrag, 'input.btwBedrag');
    if (Math.round(input.btwBedrag * 100) > Math.round(input.bedragExclBtw * MAX_BTW * 100) + 1) {
      throw badUserInput("'input.btwBedrag' is meer dan 21 % van het bedrag exclusief btw.", { field: 'input.btwBedrag' });
    }
    const betaaldOp = input.betaaldOp == null ? null : nietNaVandaag(input.betaaldOp, now, 'input.betaaldOp');
    if (betaaldOp !== null && betaaldOp < datum) throw badUserInput("'input.betaaldOp' ligt voor de datum van de factuur.", { field: 'input.betaaldOp' });
    const dossierId = await this.w.dossierVan('Maatregel', input.maatregelId, (id) => this.repos.maatregelen.findByIds([id]).then((r) => r[0] ?? null));
    return this.w.inDossier(dossierId, eenVan(TRAJECT_RECHTEN.offertesEnFacturen, WIE), async ({ repos, now, door }) => {
      const maatregel = (await repos.maatregelen.findForUpdate(input.maatregelId))!;
      if (!FACTUUR_MOGELIJK.includes(maatregel.status)) {
        throw ongeldigeOvergang(
          `Een factuur hoort bij bestelde of uitgevoerde werken, en deze maatregel is ${maatregel.status}: kies eerst een offerte of zet de maatregel op BESTELD.`,
          maatregel.status,
          'FACTUUR',
        );
      }
      if (await repos.facturen.findByNummer(aannemer.kbo, nummer)) {
        throw conflict(`Factuur ${nummer} van aannemer ${aannemer.kbo} is al geregistreerd.`, { field: 'input.nummer' });
      }
      const row: FactuurRow = {
        id: randomUUID(),
        dossierId,
        maatregelId: maatregel.id,
        nummer,
        datum,
        aannemerNaam: aannemer.naam,
        aannemerKbo: aannemer.kbo,
        bedragExclBtw,
        btwBedrag,
        betaaldOp,
        toegevoegdDoor: door.actor.id,
        aangemaaktOp: now,
        gewijzigdOp: now,
      };
      await repos.facturen.insert(row);
      return { result: toFactuur(row), objectType: 'Factuur', objectId: row.id, detail: `toegevoegd bij maatregel ${maatregel.id}` };
    });
  }

  /** Records (or corrects) the day the invoice was paid. */
  async betaald(id: string, betaaldOp: string): Promise<FactuurModel> {
    const dag = nietNaVandaag(betaaldOp, this.clock(), 'betaaldOp');
    const dossierId = await this.w.dossierVan('Factuur', id, (fid) => this.repos.facturen.findByIds([fid]).then((r) => r[0] ?? null));
    return this.w.inDossier(dossierId, eenVan(TRAJECT_RECHTEN.offertesEnFacturen, WIE), async ({ repos, now }) => {
      const factuur = (await repos.facturen.findForUpdate(id))!;
      if (dag < factuur.datum) throw badUserInput("'betaaldOp' ligt voor de datum van de factuur.", { field: 'betaaldOp' });
      await repos.facturen.setBetaaldOp(id, dag, now);
      return { result: toFactuur({ ...factuur, betaaldOp: dag, gewijzigdOp: now }), objectType: 'Factuur', objectId: id, detail: `betaald op ${dag}` };
    });
  }
}
