import type { EntityManager } from 'typeorm';
import type { DossierFase, DossierStatus, Kanaal, VraagStatus, Werkcategorie } from '../domain.js';

/** A validated statistics filter: Belgian calendar days (inclusive) and postcodes, each optional. */
export interface StatistiekFilterNorm {
  van: string | null;
  tot: string | null;
  postcodes: string[] | null;
}

/** Raw counts of the dossiers opened in the period (GROUPING SETS of one statement). */
export interface DossierTellingen {
  totaal: number;
  perFaseEnStatus: Array<{ fase: DossierFase; status: DossierStatus; aantal: number }>;
  perKanaal: Array<{ kanaal: Kanaal | null; aantal: number }>;
  perMaand: Array<{ maand: string; aantal: number }>;
}

export interface FaseInstroom {
  maand: string;
  fase: DossierFase;
  aantal: number;
}

/** Stays in a phase that ended in the period: how many, and their median and 90th percentile in days. */
export interface Verblijven {
  fase: DossierFase;
  aantal: number;
  mediaan: number;
  p90: number;
}

export interface OpenVraagTellingen {
  totaal: number;
  perStatus: Array<{ status: VraagStatus; aantal: number }>;
  /** Per age class: the index in the thresholds (0: younger than the first threshold). */
  perKlasse: Array<{ klasse: number; aantal: number }>;
}

export interface MaatregelSommen {
  categorie: Werkcategorie;
  aantal: number;
  /** NUMERIC sums as strings (exact); null when no measure of the group has an amount. */
  bedrag: string | null;
  gefactureerd: string | null;
}

const TZ = `'Europe/Brussels'`;
/** A Belgian calendar day's first moment, for a date parameter. */
const beginVan = (param: string) => `((${param})::date)::timestamp AT TIME ZONE ${TZ}`;
/** The first moment after a Belgian calendar day. */
const eindeVan = (param: string) => `((${param})::date + 1)::timestamp AT TIME ZONE ${TZ}`;
/**
 * The month (Belgian time) of a moment, to group by: a timestamp, cheap per row. It is written as
 * 'YYYY-MM' (`alsMaand`) after grouping, once per group: formatting every row costs more than the rest.
 */
const maandVan = (kolom: string) => `date_trunc('month', ${kolom} AT TIME ZONE ${TZ})`;
const alsMaand = (kolom: string) => `to_char(${kolom}, 'YYYY-MM')`;

/** SQL conditions and their parameters, numbered in the order they are added. */
class Voorwaarden {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];

  constructor(...vast: string[]) {
    this.sql.push(...vast);
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(sql: string): this {
    this.sql.push(sql);
    return this;
  }

  /** `kolom` in the period: from the first moment of `van` up to (not including) the day after `tot`. */
  periode(kolom: string, filter: StatistiekFilterNorm): this {
    if (filter.van !== null) this.add(`${kolom} >= ${beginVan(this.param(filter.van))}`);
    if (filter.tot !== null) this.add(`${kolom} < ${eindeVan(this.param(filter.tot))}`);
    return this;
  }

  postcode(kolom: string, filter: StatistiekFilterNorm): this {
    if (filter.postcodes !== null) this.add(`${kolom} = ANY(${this.param(filter.postcodes)}::text[])`);
    return this;
  }

  get where(): string {
    return this.sql.length === 0 ? 'TRUE' : this.sql.join(' AND ');
  }
}

/**
 * The SQL of the statistics. Each figure is one statement that aggregates in the database (GROUP BY,
 * GROUPING SETS, percentile_cont) on a range of the index that fits its date (see the migration
 * 1796300000000): nothing is read row by row into the service.
 */
export class StatistiekRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The dossiers opened in the period: in total, per phase and status, per channel and per month. */
  async dossiers(filter: StatistiekFilterNorm): Promise<DossierTellingen> {
    const w = new Voorwaarden().periode('d.geopend_op', filter).postcode('d.postcode', filter);
    const rows = await this.manager.query<Array<{ g: number; fase: DossierFase; status: DossierStatus; kanaal: Kanaal | null; maand: string; aantal: number }>>(
      `SELECT GROUPING(s.status, s.fase, s.kanaal, s.maand)::int AS g, s.fase, s.status, s.kanaal, ${alsMaand('s.maand')} AS maand, count(*)::int AS aantal
         FROM (SELECT d.fase, d.status, d.start_kanaal AS kanaal, ${maandVan('d.geopend_op')} AS maand
                 FROM dossier d WHERE ${w.where}) s
        GROUP BY GROUPING SETS ((s.status, s.fase), (s.kanaal), (s.maand), ())`,
      w.params,
    );
    // GROUPING(...) has a bit set for each column not grouped by: 0b0011 (status, fase), 0b1101 (kanaal), 0b1110 (maand), 0b1111 ().
    return {
      totaal: rows.find((r) => r.g === 0b1111)?.aantal ?? 0,
      perFaseEnStatus: rows.filter((r) => r.g === 0b0011).map((r) => ({ fase: r.fase, status: r.status, aantal: r.aantal })),
      perKanaal: rows.filter((r) => r.g === 0b1101).map((r) => ({ kanaal: r.kanaal, aantal: r.aantal })),
      perMaand: rows.filter((r) => r.g === 0b1110).map((r) => ({ maand: r.maand, aantal: r.aantal })),
    };
  }

  /** Per month and phase: how many running dossiers came into the phase (openings, steps forward and back). */
  faseInstroom(filter: StatistiekFilterNorm): Promise<FaseInstroom[]> {
    const w = new Voorwaarden(`o.naar_status = 'LOPEND'`, `o.van_fase IS DISTINCT FROM o.naar_fase`).periode('o.op', filter);
    const join = this.postcodeJoin(w, 'o', filter);
    return this.manager.query(
      `SELECT ${alsMaand('i.maand')} AS maand, i.fase, i.aantal
         FROM (SELECT ${maandVan('o.op')} AS maand, o.naar_fase AS fase, count(*)::int AS aantal
                 FROM dossier_overgang o ${join} WHERE ${w.where} GROUP BY 1, 2) i
        ORDER BY 1, 2`,
      w.params,
    );
  }

  /**
   * The stays in a phase that ended in the period (the dossier moved to another phase or was closed;
   * stops are left out), per phase: how many, and the median and 90th percentile of their length in days.
   */
  async verblijven(filter: StatistiekFilterNorm): Promise<Verblijven[]> {
    const w = new Voorwaarden(`o.van_fase_sinds IS NOT NULL`, `o.naar_status <> 'STOPGEZET'`).periode('o.op', filter);
    const join = this.postcodeJoin(w, 'o', filter);
    const rows = await this.manager.query<Array<{ fase: DossierFase; aantal: number; p: number[] }>>(
      `SELECT o.van_fase AS fase, count(*)::int AS aantal,
              percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY date_part('epoch', o.op - o.van_fase_sinds) / 86400) AS p
         FROM dossier_overgang o ${join} WHERE ${w.where} GROUP BY o.van_fase`,
      w.params,
    );
    return rows.map((r) => ({ fase: r.fase, aantal: r.aantal, mediaan: Number(r.p[0]), p90: Number(r.p[1]) }));
  }

  /**
   * The questions not handled yet (NIEUW, IN_BEHANDELING) that came in in the period: in total, per
   * status and per age class at `op` (class i: at least thresholds[i-1] days old, younger than thresholds[i]).
   */
  async openVragen(filter: StatistiekFilterNorm, op: Date, drempelsInDagen: readonly number[]): Promise<OpenVraagTellingen> {
    const w = new Voorwaarden(`v.status IN ('NIEUW', 'IN_BEHANDELING')`).periode('v.ontvangen_op', filter).postcode('v.postcode', filter);
    const opParam = w.param(op);
    const drempels = w.param(drempelsInDagen);
    const rows = await this.manager.query<Array<{ g: number; status: VraagStatus; klasse: number; aantal: number }>>(
      `SELECT GROUPING(s.status, s.klasse)::int AS g, s.status, s.klasse, count(*)::int AS aantal
         FROM (SELECT v.status, width_bucket(date_part('epoch', ${opParam}::timestamptz - v.ontvangen_op) / 86400, ${drempels}::float8[]) AS klasse
                 FROM vraag v WHERE ${w.where}) s
        GROUP BY GROUPING SETS ((s.status), (s.klasse), ())`,
      w.params,
    );
    return {
      totaal: rows.find((r) => r.g === 0b11)?.aantal ?? 0,
      perStatus: rows.filter((r) => r.g === 0b01).map((r) => ({ status: r.status, aantal: r.aantal })),
      perKlasse: rows.filter((r) => r.g === 0b10).map((r) => ({ klasse: r.klasse, aantal: r.aantal })),
    };
  }

  /**
   * The measures executed in the period, per work category: how many, the sum of their best known
   * amounts (invoiced, else the chosen quote, else the estimate: as `Maatregel.bedragExclBtw`) and the
   * sum of their invoices, excl. VAT.
   */
  maatregelen(filter: StatistiekFilterNorm): Promise<MaatregelSommen[]> {
    const w = new Voorwaarden(`m.uitgevoerd_op IS NOT NULL`).periode('m.uitgevoerd_op', filter);
    const join = filter.postcodes === null ? '' : `JOIN dossier d ON d.id = m.dossier_id AND d.postcode = ANY(${w.param(filter.postcodes)}::text[])`;
    return this.manager.query(
      `WITH m AS (SELECT m.id, m.categorie, m.bedrag_excl_btw FROM maatregel m ${join} WHERE ${w.where}),
            f AS (SELECT f.maatregel_id, sum(f.bedrag_excl_btw) AS som FROM factuur f WHERE f.maatregel_id IN (SELECT id FROM m) GROUP BY f.maatregel_id),
            o AS (SELECT o.maatregel_id, o.bedrag_excl_btw FROM offerte o WHERE o.status = 'GEKOZEN' AND o.maatregel_id IN (SELECT id FROM m))
       SELECT m.categorie, count(*)::int AS aantal,
              sum(COALESCE(f.som, o.bedrag_excl_btw, m.bedrag_excl_btw))::text AS bedrag, sum(f.som)::text AS gefactureerd
         FROM m LEFT JOIN f ON f.maatregel_id = m.id LEFT JOIN o ON o.maatregel_id = m.id
        GROUP BY m.categorie`,
      w.params,
    );
  }

  /** How many homes had a dossier that ran in the period (opened before its end, not ended before its start). */
  async aantalBegeleideWoningen(filter: StatistiekFilterNorm): Promise<number> {
    const w = this.begeleid(filter);
    // DISTINCT in a subquery may hash; count(DISTINCT ...) always sorts.
    const [row] = await this.manager.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM (SELECT DISTINCT d.adres_id FROM dossier d WHERE ${w.where}) w`, w.params);
    return row?.n ?? 0;
  }

  /** The homes (adresIds) of `aantalBegeleideWoningen`, ascending, at most `limiet`. */
  async begeleideWoningen(filter: StatistiekFilterNorm, limiet: number): Promise<string[]> {
    const w = this.begeleid(filter);
    const rows = await this.manager.query<Array<{ adres_id: string }>>(
      `SELECT DISTINCT d.adres_id FROM dossier d WHERE ${w.where} ORDER BY d.adres_id LIMIT ${w.param(limiet)}`,
      w.params,
    );
    return rows.map((r) => r.adres_id);
  }

  /** The dossiers that ran in the period (as for the homes), by id, at most `limiet`. */
  async begeleideDossiers(filter: StatistiekFilterNorm, limiet: number): Promise<string[]> {
    const w = this.begeleid(filter);
    const rows = await this.manager.query<Array<{ id: string }>>(`SELECT d.id FROM dossier d WHERE ${w.where} ORDER BY d.id LIMIT ${w.param(limiet)}`, w.params);
    return rows.map((r) => r.id);
  }

  /** Dossiers that ran in the period: opened before its end and not ended before its start; in the postcodes. */
  private begeleid(filter: StatistiekFilterNorm): Voorwaarden {
    const w = new Voorwaarden();
    if (filter.tot !== null) w.add(`d.geopend_op < ${eindeVan(w.param(filter.tot))}`);
    if (filter.van !== null) w.add(`(d.afgesloten_op IS NULL OR d.afgesloten_op >= ${beginVan(w.param(filter.van))})`);
    return w.postcode('d.postcode', filter);
  }

  /** A join with the dossier for the postcode filter of figures of the phase history (none without it). */
  private postcodeJoin(w: Voorwaarden, alias: string, filter: StatistiekFilterNorm): string {
    if (filter.postcodes === null) return '';
    return `JOIN dossier d ON d.id = ${alias}.dossier_id AND d.postcode = ANY(${w.param(filter.postcodes)}::text[])`;
  }
}
