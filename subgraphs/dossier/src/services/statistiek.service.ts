import { ErrorCode, HubError, type Rol } from '@hub/shared';
import { DOSSIER_FASEN, DOSSIER_STATUSSEN, KANALEN, VRAAG_STATUSSEN, WERKCATEGORIEEN, type DossierFase, type Kanaal, type Werkcategorie } from '../domain.js';
import type { StatistiekenModel } from '../overzicht-mappers.js';
import type { StatistiekFilterNorm, StatistiekRepository } from '../repositories/statistiek.repository.js';
import { onderdrukGroepen, teKlein, totaal, type Getoond } from '@hub/shared';
import type { StatistiekOpties } from './overzicht-opties.js';
import { filterVanSleutel, normaliseerFilter, statistiekSleutel, type StatistiekFilterInvoer } from './statistiek-filter.js';
import type { Toegang } from './toegang.js';
import { dagInBelgie } from './traject-invoer.js';

/** Who may read the statistics (DESIGN §6): analysts, and the back office that steers the Energieloket. */
export const STATISTIEK_ROLLEN: readonly Rol[] = ['analist', 'spoc', 'energieconsulent'];

/** The age classes of open questions in days: [0, 3), [3, 7), [7, 14), [14, 30), [30, ...). */
export const LEEFTIJDSGRENZEN: readonly number[] = [3, 7, 14, 30];

export interface DossierCijfers {
  aantal: number | null;
  perFase: Array<{ fase: DossierFase } & Getoond>;
  perStatus: Array<{ status: (typeof DOSSIER_STATUSSEN)[number] } & Getoond>;
  perKanaal: Array<{ kanaal: Kanaal | null } & Getoond>;
  perMaand: Array<{ maand: string } & Getoond>;
}

export interface DoorlooptijdCijfers extends Getoond {
  fase: DossierFase;
  mediaanDagen: number | null;
  p90Dagen: number | null;
}

export interface OpenVragenCijfers {
  aantal: number | null;
  perStatus: Array<{ status: 'NIEUW' | 'IN_BEHANDELING' } & Getoond>;
  perLeeftijd: Array<{ vanDagen: number; totDagen: number | null } & Getoond>;
}

export interface WerkcategorieCijfers extends Getoond {
  categorie: Werkcategorie;
  bedragExclBtw: number | null;
  gefactureerdExclBtw: number | null;
}

/**
 * The statistics for analysts: aggregates only, computed in the database, with small groups suppressed
 * (anonimiteit.ts). A `Statistieken` object is the filter; each figure is computed when a field asks for
 * it, once per request (several fields share one statement), so a full statistics query costs one SQL
 * statement per kind of figure whatever the data size. Statistics hold no personal data: they are not
 * written to the audit log.
 */
export class StatistiekService {
  readonly #memo = new Map<string, Promise<unknown>>();

  constructor(
    private readonly toegang: Toegang,
    private readonly repo: StatistiekRepository,
    private readonly opties: StatistiekOpties,
    private readonly now: () => Date,
  ) {}

  /** The k-anonymity threshold. */
  get drempel(): number {
    return this.opties.minGroep;
  }

  /** The statistics of a filter (`Query.statistieken`). */
  vraag(filter: StatistiekFilterInvoer | null | undefined): StatistiekenModel {
    this.vereisToegang();
    return this.model(normaliseerFilter(filter));
  }

  /**
   * The statistics of a key (a reference from another subgraph, through the gateway). Asynchronous, so
   * that a refused or malformed key costs its own entity, not the whole `_entities` list.
   */
  async referentie(sleutel: string): Promise<StatistiekenModel> {
    this.vereisToegang();
    return this.model(filterVanSleutel(sleutel));
  }

  /** The dossiers opened in the period: in total, per phase (running ones), status, channel and month. */
  dossiers(m: StatistiekenModel): Promise<DossierCijfers> {
    return this.eenmaal('dossiers', m, async () => {
      const t = await this.repo.dossiers(m.filter);
      const k = this.drempel;
      const aantal = totaal(t.totaal, k);
      const perStatus = onderdrukGroepen(
        DOSSIER_STATUSSEN.map((status) => ({ status, aantal: som(t.perFaseEnStatus.filter((r) => r.status === status)) })),
        k,
        aantal !== null,
      );
      const lopend = perStatus.find((s) => s.status === 'LOPEND')!;
      const perFase = onderdrukGroepen(
        DOSSIER_FASEN.map((fase) => ({ fase, aantal: som(t.perFaseEnStatus.filter((r) => r.fase === fase && r.status === 'LOPEND')) })),
        k,
        lopend.aantal !== null,
      );
      const perKanaal = onderdrukGroepen(
        [...KANALEN, null].map((kanaal) => ({ kanaal, aantal: t.perKanaal.find((r) => r.kanaal === kanaal)?.aantal ?? 0 })),
        k,
        aantal !== null,
      );
      const perMaand = onderdrukGroepen(
        this.maanden(t.perMaand.map((r) => r.maand), m.filter).map((maand) => ({ maand, aantal: t.perMaand.find((r) => r.maand === maand)?.aantal ?? 0 })),
        k,
        aantal !== null,
      );
      return { aantal, perFase, perStatus, perKanaal, perMaand };
    });
  }

  /** Per month and phase, how many running dossiers came into the phase (primary suppression only). */
  faseInstroom(m: StatistiekenModel): Promise<Array<{ maand: string; fase: DossierFase } & Getoond>> {
    return this.eenmaal('instroom', m, async () => {
      const rows = await this.repo.faseInstroom(m.filter);
      const aantal = (maand: string, fase: DossierFase) => rows.find((r) => r.maand === maand && r.fase === fase)?.aantal ?? 0;
      const groepen = this.maanden(rows.map((r) => r.maand), m.filter).flatMap((maand) => DOSSIER_FASEN.map((fase) => ({ maand, fase, aantal: aantal(maand, fase) })));
      return onderdrukGroepen(groepen, this.drempel, false);
    });
  }

  /** The lead time per phase (median and 90th percentile in days) of the stays that ended in the period. */
  doorlooptijden(m: StatistiekenModel): Promise<DoorlooptijdCijfers[]> {
    return this.eenmaal('doorlooptijden', m, async () => {
      const rows = await this.repo.verblijven(m.filter);
      return DOSSIER_FASEN.map((fase) => {
        const r = rows.find((x) => x.fase === fase);
        if (!r) return { fase, aantal: 0, mediaanDagen: null, p90Dagen: null, onderdrukt: false };
        if (teKlein(r.aantal, this.drempel)) return { fase, aantal: null, mediaanDagen: null, p90Dagen: null, onderdrukt: true };
        return { fase, aantal: r.aantal, mediaanDagen: opTiende(r.mediaan), p90Dagen: opTiende(r.p90), onderdrukt: false };
      });
    });
  }

  /** The questions not handled yet that came in in the period: in total, per status and per age. */
  openVragen(m: StatistiekenModel): Promise<OpenVragenCijfers> {
    return this.eenmaal('vragen', m, async () => {
      const t = await this.repo.openVragen(m.filter, m.berekendOp, LEEFTIJDSGRENZEN);
      const k = this.drempel;
      const aantal = totaal(t.totaal, k);
      const open = VRAAG_STATUSSEN.filter((s): s is 'NIEUW' | 'IN_BEHANDELING' => s === 'NIEUW' || s === 'IN_BEHANDELING');
      const perStatus = onderdrukGroepen(
        open.map((status) => ({ status, aantal: t.perStatus.find((r) => r.status === status)?.aantal ?? 0 })),
        k,
        aantal !== null,
      );
      const perLeeftijd = onderdrukGroepen(
        [0, ...LEEFTIJDSGRENZEN].map((vanDagen, klasse) => ({
          vanDagen,
          totDagen: LEEFTIJDSGRENZEN[klasse] ?? null,
          aantal: t.perKlasse.find((r) => r.klasse === klasse)?.aantal ?? 0,
        })),
        k,
        aantal !== null,
      );
      return { aantal, perStatus, perLeeftijd };
    });
  }

  /** The measures executed in the period per work category: how many, and their amounts. */
  uitgevoerdeMaatregelen(m: StatistiekenModel): Promise<WerkcategorieCijfers[]> {
    return this.eenmaal('maatregelen', m, async () => {
      const rows = await this.repo.maatregelen(m.filter);
      return WERKCATEGORIEEN.map((categorie) => {
        const r = rows.find((x) => x.categorie === categorie);
        if (!r) return { categorie, aantal: 0, bedragExclBtw: null, gefactureerdExclBtw: null, onderdrukt: false };
        if (teKlein(r.aantal, this.drempel)) return { categorie, aantal: null, bedragExclBtw: null, gefactureerdExclBtw: null, onderdrukt: true };
        return { categorie, aantal: r.aantal, bedragExclBtw: euro(r.bedrag), gefactureerdExclBtw: euro(r.gefactureerd), onderdrukt: false };
      });
    });
  }

  /** How many homes had a dossier that ran in the period (null below the threshold). */
  aantalBegeleideWoningen(m: StatistiekenModel): Promise<number | null> {
    return this.eenmaal('woningen', m, async () => totaal(await this.repo.aantalBegeleideWoningen(m.filter), this.drempel));
  }

  /** The homes behind `aantalBegeleideWoningen`, for a subgraph that adds figures per home (capped). */
  begeleideWoningen(m: StatistiekenModel): Promise<string[]> {
    return this.eenmaal('woningIds', m, async () => this.binnenLimiet(await this.repo.begeleideWoningen(m.filter, this.opties.idLimiet + 1), 'woningen'));
  }

  /** The dossiers that ran in the period, for a subgraph that adds figures per dossier (capped). */
  dossierIds(m: StatistiekenModel): Promise<string[]> {
    return this.eenmaal('dossierIds', m, async () => this.binnenLimiet(await this.repo.begeleideDossiers(m.filter, this.opties.idLimiet + 1), 'dossiers'));
  }

  private binnenLimiet(ids: string[], wat: string): string[] {
    if (ids.length <= this.opties.idLimiet) return ids;
    throw new HubError(
      ErrorCode.QUERY_TOO_COSTLY,
      `De selectie telt meer dan ${this.opties.idLimiet} ${wat}: te veel voor cijfers per woning of dossier. Verfijn de filter (periode of postcodes).`,
      { limiet: this.opties.idLimiet },
    );
  }

  private vereisToegang(): void {
    this.toegang.requireRole(...STATISTIEK_ROLLEN);
  }

  private model(filter: StatistiekFilterNorm): StatistiekenModel {
    return { sleutel: statistiekSleutel(filter), filter, berekendOp: this.now() };
  }

  /** One computation per figure and filter per request, shared by the fields that show it. */
  private eenmaal<T>(figuur: string, m: StatistiekenModel, bereken: () => Promise<T>): Promise<T> {
    this.vereisToegang();
    const key = `${figuur}|${m.sleutel}`;
    let result = this.#memo.get(key) as Promise<T> | undefined;
    if (!result) {
      result = bereken();
      this.#memo.set(key, result);
    }
    return result;
  }

  /**
   * The months of a series, oldest first and without gaps: from the first month with data up to the
   * last month of the period, and not beyond the current month unless the data go further.
   */
  private maanden(metGegevens: readonly string[], filter: StatistiekFilterNorm): string[] {
    if (metGegevens.length === 0) return [];
    const sorted = [...metGegevens].sort();
    const nu = dagInBelgie(this.now()).slice(0, 7);
    let einde = sorted.at(-1)! > nu ? sorted.at(-1)! : nu;
    if (filter.tot !== null && filter.tot.slice(0, 7) < einde) einde = filter.tot.slice(0, 7);
    const uit: string[] = [];
    let [jaar, maand] = sorted[0]!.split('-').map(Number) as [number, number];
    for (let m = `${sorted[0]}`; m <= einde; ) {
      uit.push(m);
      maand += 1;
      if (maand > 12) [jaar, maand] = [jaar + 1, 1];
      m = `${jaar}-${String(maand).padStart(2, '0')}`;
    }
    return uit;
  }
}

const som = (rows: ReadonlyArray<{ aantal: number }>): number => rows.reduce((n, r) => n + r.aantal, 0);
const opTiende = (dagen: number): number => Math.round(dagen * 10) / 10;
const euro = (value: string | null): number | null => (value === null ? null : Math.round(Number(value) * 100) / 100);
