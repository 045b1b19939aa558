import { randomUUID } from 'node:crypto';
import { badUserInput } from '@hub/shared';
import type { OfferteStatus } from '../domain.js';
import type { MaatregelRow } from '../entities/maatregel.js';
import type { OfferteRow } from '../entities/offerte.js';
import { toOfferte, type OfferteModel } from '../journey-mappers.js';
import type { JourneyLoaders } from '../journey-loaders.js';
import type { MaatregelModel } from '../mappers.js';
import type { Repositories } from '../repositories/index.js';
import { requireId } from './ids.js';
import type { Inzage } from './inzage.js';
import { tekst } from './invoer.js';
import { bedrag, btwTarief, dagInBelgie, kbo, naarCent, nietNaVandaag } from './traject-invoer.js';
import { checkOfferteOvergang, FACTUUR_MOGELIJK, KIEZEN_MOGELIJK, OFFERTE_MOGELIJK, ongeldigeOvergang } from './traject-regels.js';
import { TRAJECT_RECHTEN } from './traject-toegang.js';
import { eenVan, type Gewijzigd, type TrajectWijzigingen } from './traject-wijziging.js';

export interface AannemerInvoer {
  naam: string;
  kbo: string;
}

export interface OfferteBedragen {
  bedragExclBtw?: number | null;
  btwTarief?: number | null;
  datum?: string | null;
  geldigTot?: string | null;
}

export interface OfferteToevoegen extends OfferteBedragen {
  maatregelId: string;
  aannemer: AannemerInvoer;
  /** AANGEVRAAGD (default: asked, no amount yet) or ONTVANGEN (with amount, VAT rate and date). */
  status?: OfferteStatus | null;
}

const WIE = 'Offertes en facturen worden toegevoegd door de burger van het dossier, de SPOC, de energieconsulent of de renovatiebegeleider.';

/** Quotes per measure: adding them, recording their receipt, the citizen's choice, rejecting them. */
export class OfferteService {
  constructor(
    private readonly w: TrajectWijzigingen,
    private readonly repos: Repositories,
    private readonly loaders: JourneyLoaders,
    private readonly inzage: Inzage,
    private readonly clock: () => Date,
  ) {}

  /** One quote (a reference from another subgraph), if the caller sees the quotes of its dossier. */
  async get(id: string): Promise<OfferteModel> {
    requireId(id, 'offerte');
    const row = await this.loaders.offerteById.load(id);
    if (!row) throw this.w.refusal('Offerte');
    await this.inzage.vereist(row.dossierId, 'OFFERTES_EN_FACTUREN');
    return toOfferte(row);
  }

  /** The quotes of a measure the caller sees, in the order they were added. */
  async ofMaatregel(maatregel: MaatregelModel): Promise<OfferteModel[]> {
    await this.inzage.vereist(maatregel.dossierId, 'OFFERTES_EN_FACTUREN');
    return (await this.loaders.offertesByMaatregelId.load(maatregel.id)).map(toOfferte);
  }

  /** Whether the quote's validity ended before today (Belgian time). */
  verlopen(offerte: OfferteModel): boolean {
    return offerte.geldigTot !== null && offerte.geldigTot < dagInBelgie(this.clock());
  }

  /** The VAT on the quote's amount at its rate, rounded to the cent. */
  static btwBedrag(offerte: OfferteModel): number | null {
    return offerte.bedragExclBtw === null || offerte.btwTarief === null ? null : naarCent((offerte.bedragExclBtw * offerte.btwTarief) / 100);
  }

  async toevoegen(input: OfferteToevoegen): Promise<OfferteModel> {
    requireId(input.maatregelId, 'maatregel');
    const status = input.status ?? 'AANGEVRAAGD';
    if (status !== 'AANGEVRAAGD' && status !== 'ONTVANGEN') {
      throw badUserInput("'input.status' van een nieuwe offerte is AANGEVRAAGD of ONTVANGEN; kiezen en afwijzen gebeurt nadien.", { field: 'input.status' });
    }
    const aannemer = { naam: tekst(input.aannemer.naam, 'input.aannemer.naam', 200), kbo: kbo(input.aannemer.kbo, 'input.aannemer.kbo') };
    const now = this.clock();
    const bedragen = status === 'ONTVANGEN' ? ontvangen(input, now) : aangevraagd(input);
    const dossierId = await this.w.dossierVan('Maatregel', input.maatregelId, (id) => this.repos.maatregelen.findByIds([id]).then((r) => r[0] ?? null));
    return this.w.inDossier(dossierId, eenVan(TRAJECT_RECHTEN.offertesEnFacturen, WIE), async ({ repos, now, door }) => {
      const maatregel = (await repos.maatregelen.findForUpdate(input.maatregelId))!;
      if (!OFFERTE_MOGELIJK.includes(maatregel.status)) {
        throw ongeldigeOvergang(`Deze maatregel is al ${maatregel.status}: er kunnen geen offertes meer bij.`, maatregel.status, 'OFFERTE');
      }
      if (maatregel.status === 'GEPLAND') await repos.maatregelen.update(maatregel.id, { status: 'OFFERTE' }, now);
      const row: OfferteRow = {
        id: randomUUID(),
        dossierId,
        maatregelId: maatregel.id,
        aannemerNaam: aannemer.naam,
        aannemerKbo: aannemer.kbo,
        status,
        ...bedragen,
        toegevoegdDoor: door.actor.id,
        aangemaaktOp: now,
        gewijzigdOp: now,
      };
      await repos.offertes.insert(row);
      return { result: toOfferte(row), objectType: 'Offerte', objectId: row.id, detail: `toegevoegd (${status}) bij maatregel ${maatregel.id}` };
    });
  }

  /** A requested quote came in: AANGEVRAAGD -> ONTVANGEN with its amount, VAT rate, date and validity. */
  async ontvangen(id: string, input: Required<Pick<OfferteBedragen, 'bedragExclBtw' | 'btwTarief' | 'datum'>> & OfferteBedragen): Promise<OfferteModel> {
    const bedragen = ontvangen(input, this.clock());
    return this.opOfferte(id, async ({ repos, now, offerte }) => {
      checkOfferteOvergang(offerte.status, 'ONTVANGEN');
      await repos.offertes.setStatus(id, 'ONTVANGEN', now, bedragen);
      return { result: await reread(repos, id), objectType: 'Offerte', objectId: id, detail: 'AANGEVRAAGD -> ONTVANGEN' };
    });
  }

  /**
   * The citizen's choice: this (received, still valid) quote becomes GEKOZEN, the measure's other open
   * quotes and a quote chosen before become AFGEWEZEN, and the measure becomes BESTELD. Another
   * contractor can still be chosen while the measure has no invoices.
   */
  async kiezen(id: string): Promise<OfferteModel> {
    return this.opOfferte(id, async ({ repos, now, offerte, maatregel }) => {
      checkOfferteOvergang(offerte.status, 'GEKOZEN');
      if (offerte.geldigTot !== null && offerte.geldigTot < dagInBelgie(now)) {
        throw ongeldigeOvergang(`Deze offerte was geldig tot ${offerte.geldigTot}: vraag de aannemer een nieuwe of verlengde offerte.`, offerte.status, 'GEKOZEN');
      }
      if (!KIEZEN_MOGELIJK.includes(maatregel.status)) {
        throw ongeldigeOvergang(`Deze maatregel is al ${maatregel.status}: er wordt geen offerte meer gekozen.`, maatregel.status, 'BESTELD');
      }
      if (FACTUUR_MOGELIJK.includes(maatregel.status) && (await repos.facturen.findByMaatregelIds([maatregel.id])).length > 0) {
        throw ongeldigeOvergang('Voor deze maatregel zijn al facturen geregistreerd: een andere offerte kiezen kan niet meer.', maatregel.status, 'BESTELD');
      }
      const afgewezen = await repos.offertes.rejectOthers(maatregel.id, id, now);
      await repos.offertes.setStatus(id, 'GEKOZEN', now);
      if (maatregel.status !== 'BESTELD') await repos.maatregelen.update(maatregel.id, { status: 'BESTELD' }, now);
      const detail = `GEKOZEN; maatregel ${maatregel.status} -> BESTELD${afgewezen.length > 0 ? `; afgewezen: ${afgewezen.join(', ')}` : ''}`;
      return { result: await reread(repos, id), objectType: 'Offerte', objectId: id, detail };
    });
  }

  /** An open quote is not taken: AANGEVRAAGD or ONTVANGEN -> AFGEWEZEN. */
  async afwijzen(id: string): Promise<OfferteModel> {
    return this.opOfferte(id, async ({ repos, now, offerte }) => {
      checkOfferteOvergang(offerte.status, 'AFGEWEZEN');
      await repos.offertes.setStatus(id, 'AFGEWEZEN', now);
      return { result: await reread(repos, id), objectType: 'Offerte', objectId: id, detail: `${offerte.status} -> AFGEWEZEN` };
    });
  }

  private async opOfferte<T>(
    id: string,
    work: (w: { repos: Repositories; now: Date; offerte: OfferteRow; maatregel: MaatregelRow }) => Promise<Gewijzigd<T>>,
  ): Promise<T> {
    const dossierId = await this.w.dossierVan('Offerte', id, (oid) => this.repos.offertes.findByIds([oid]).then((r) => r[0] ?? null));
    return this.w.inDossier(dossierId, eenVan(TRAJECT_RECHTEN.offertesEnFacturen, WIE), async ({ repos, now }) => {
      const offerte = (await repos.offertes.findForUpdate(id))!;
      const maatregel = (await repos.maatregelen.findForUpdate(offerte.maatregelId))!;
      return work({ repos, now, offerte, maatregel });
    });
  }
}

type Bedragen = Pick<OfferteRow, 'bedragExclBtw' | 'btwTarief' | 'datum' | 'geldigTot'>;

/** A received quote has its amount, VAT rate and date (not in the future); a validity not before its date. */
function ontvangen(input: OfferteBedragen, now: Date): Bedragen {
  const verplicht = (field: keyof OfferteBedragen) => {
    if (input[field] === null || input[field] === undefined) {
      throw badUserInput(`'input.${field}' is verplicht voor een ontvangen offerte.`, { field: `input.${field}` });
    }
  };
  verplicht('bedragExclBtw');
  verplicht('btwTarief');
  verplicht('datum');
  const datum = nietNaVandaag(input.datum!, now, 'input.datum');
  const geldigTot = input.geldigTot ?? null;
  if (geldigTot !== null && geldigTot < datum) {
    throw badUserInput("'input.geldigTot' ligt voor de datum van de offerte.", { field: 'input.geldigTot' });
  }
  return {
    bedragExclBtw: bedrag(input.bedragExclBtw!, 'input.bedragExclBtw'),
    btwTarief: btwTarief(input.btwTarief!, 'input.btwTarief'),
    datum,
    geldigTot,
  };
}

/** A requested quote has no amount yet: those fields come with registreerOfferteOntvangst. */
function aangevraagd(input: OfferteBedragen): Bedragen {
  for (const field of ['bedragExclBtw', 'btwTarief', 'datum', 'geldigTot'] as const) {
    if (input[field] !== null && input[field] !== undefined) {
      throw badUserInput(`'input.${field}' hoort bij een ontvangen offerte: geef status ONTVANGEN, of registreer de ontvangst later met registreerOfferteOntvangst.`, {
        field: `input.${field}`,
      });
    }
  }
  return { bedragExclBtw: null, btwTarief: null, datum: null, geldigTot: null };
}

async function reread(repos: Repositories, id: string): Promise<OfferteModel> {
  const [row] = await repos.offertes.findByIds([id]);
  return toOfferte(row!);
}
