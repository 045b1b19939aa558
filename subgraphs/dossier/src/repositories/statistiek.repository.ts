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

/**
 * A period of whole Belgian days, split in what the summaries of migration 1796400000000 answer (whole
 * months, `maand` from `van` up to, not including, `tot`; null: no bound) and the days of the months
 * it covers only in part, read from the rows (inclusive ranges). No months: the whole period is days.
 */
export interface Splitsing {
  maanden: { van: string | null; tot: string | null } | null;
  dagen: Array<{ van: string; tot: string }>;
}

const volgendeMaand = (dag: string): string => {
  const [jaar, maand] = dag.split('-').map(Number) as [number, number];
  return maand === 12 ? `${jaar + 1}-01-01` : `${jaar}-${String(maand + 1).padStart(2, '0')}-01`;
};
const dagVoor = (dag: string): string => new Date(Date.parse(`${dag}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function splitsPeriode(van: string | null, tot: string | null): Splitsing {
  const maandVan = van === null ? null : van.endsWith('-01') ? van : volgendeMaand(van);
  const maandTot = tot === null ? null : dagVoor(volgendeMaand(tot)) === tot ? volgendeMaand(tot) : `${tot.slice(0, 8)}01`;
  if (van !== null && tot !== null && maandVan! >= maandTot!) return { maanden: null, dagen: [{ van, tot }] };
  const dagen: Splitsing['dagen'] = [];
  if (van !== null && maandVan !== van) dagen.push({ van, tot: dagVoor(maandVan!) });
  if (tot !== null && maandTot !== volgendeMaand(tot)) dagen.push({ van: maandTot!, tot });
  return { maanden: { van: maandVan, tot: maandTot }, dagen };
}

/** The parameters of one statement, numbered in the order they are added. */
class Params {
  readonly values: unknown[] = [];

  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** The summary rows (`kolom`: their month) of the whole months of a split period. */
  maanden(kolom: string, maanden: NonNullable<Splitsing['maanden']>): string[] {
    const uit: string[] = [];
    if (maanden.van !== null) uit.push(`${kolom} >= ${this.p(maanden.van)}::date`);
    if (maanden.tot !== null) uit.push(`${kolom} < ${this.p(maanden.tot)}::date`);
    return uit;
  }

  /**
   * One SELECT per range of days of a split period (`kolom`, a moment, in the range), joined with UNION
   * ALL: each reads its own range of the index (an OR of ranges would make the scans bitmap scans,
   * which read the table).
   */
  perDagen(kolom: string, dagen: Splitsing['dagen'], select: (opDag: string) => string): string {
    return dagen.map((d) => select(`${kolom} >= ${beginVan(this.p(d.van))} AND ${kolom} < ${eindeVan(this.p(d.tot))}`)).join(' UNION ALL ');
  }

  postcode(kolom: string, filter: StatistiekFilterNorm): string[] {
    return filter.postcodes === null ? [] : [`${kolom} = ANY(${this.p(filter.postcodes)}::text[])`];
  }
}

const en = (voorwaarden: string[]) => (voorwaarden.length === 0 ? 'TRUE' : voorwaarden.join(' AND '));

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
 * The SQL of the statistics. Each figure is one statement that aggregates in the database. The counts
 * and sums of whole Belgian months come from the summaries of migration 1796400000000 (kept by triggers
 * in the transaction of every change), the days of months a period covers in part from the rows, on
 * the index that fits their date (migration 1796300000000); the two are added up in the statement. The
 * figures are exactly those of counting the rows: a summary row is the count (or sum) of the rows of
 * its month, postcode and group. Nothing is read row by row into the service.
 */
export class StatistiekRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The dossiers opened in the period: in total, per phase and status, per channel and per month. */
  async dossiers(filter: StatistiekFilterNorm): Promise<DossierTellingen> {
    const { maanden, dagen } = splitsPeriode(filter.van, filter.tot);
    const q = new Params();
    const delen: string[] = [];
    if (maanden) {
      const w = ['t.aantal > 0', ...q.maanden('t.maand', maanden), ...q.postcode('t.postcode', filter)];
      delen.push(`SELECT t.fase, t.status, NULLIF(t.kanaal, '') AS kanaal, t.maand::timestamp AS maand, t.aantal FROM stat_dossier t WHERE ${en(w)}`);
    }
    if (dagen.length > 0) {
      const pc = q.postcode('d.postcode', filter);
      delen.push(
        q.perDagen('d.geopend_op', dagen, (opDag) => `SELECT d.fase, d.status, d.start_kanaal, ${maandVan('d.geopend_op')}, 1 FROM dossier d WHERE ${en([opDag, ...pc])}`),
      );
    }
    const rows = await this.manager.query<Array<{ g: number; fase: DossierFase; status: DossierStatus; kanaal: Kanaal | null; maand: string; aantal: number }>>(
      `SELECT GROUPING(s.status, s.fase, s.kanaal, s.maand)::int AS g, s.fase, s.status, s.kanaal, ${alsMaand('s.maand')} AS maand,
              coalesce(sum(s.aantal), 0)::int AS aantal
         FROM (${delen.join(' UNION ALL ')}) s
        GROUP BY GROUPING SETS ((s.status, s.fase), (s.kanaal), (s.maand), ())`,
      q.values,
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
    const { maanden, dagen } = splitsPeriode(filter.van, filter.tot);
    const q = new Params();
    const delen: string[] = [];
    if (maanden) {
      const w = ['t.aantal > 0', ...q.maanden('t.maand', maanden), ...q.postcode('t.postcode', filter)];
      delen.push(`SELECT t.maand::timestamp AS maand, t.fase, t.aantal FROM stat_instroom t WHERE ${en(w)}`);
    }
    if (dagen.length > 0) {
      const w = [`o.naar_status = 'LOPEND'`, `o.van_fase IS DISTINCT FROM o.naar_fase`, ...q.postcode('o.postcode', filter)];
      delen.push(q.perDagen('o.op', dagen, (opDag) => `SELECT ${maandVan('o.op')}, o.naar_fase, 1 FROM dossier_overgang o WHERE ${en([...w, opDag])}`));
    }
    return this.manager.query(
      `SELECT ${alsMaand('i.maand')} AS maand, i.fase, i.aantal
         FROM (SELECT s.maand, s.fase, sum(s.aantal)::int AS aantal FROM (${delen.join(' UNION ALL ')}) s GROUP BY 1, 2) i
        ORDER BY 1, 2`,
      q.values,
    );
  }

  /**
   * The stays in a phase that ended in the period (the dossier moved to another phase or was closed;
   * stops are left out), per phase: how many, and the median and 90th percentile of their length in days.
   *
   * The same numbers as `percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY length)` per phase,
   * without sorting every stay: the histogram of the period per phase and length class (`verblijf_emmer`;
   * whole months from `stat_verblijf`, the other days from the rows) tells how many stays there are and
   * which class holds the stay at each rank percentile_cont needs (floor and ceil of p × (n - 1), from
   * 0); that stay is read by walking the class in length order (`dossier_overgang_duur_idx`), and the
   * two are interpolated as percentile_cont does: lo + (p × (n - 1) - floor(p × (n - 1))) × (hi - lo).
   * (The history carries its dossier's postcode, kept by triggers: `dossier_overgang.postcode`.)
   */
  async verblijven(filter: StatistiekFilterNorm): Promise<Verblijven[]> {
    const { maanden, dagen } = splitsPeriode(filter.van, filter.tot);
    const q = new Params();
    const delen: string[] = [];
    if (maanden) {
      const w = ['t.aantal > 0', ...q.maanden('t.maand', maanden), ...q.postcode('t.postcode', filter)];
      delen.push(`SELECT t.fase, t.emmer, t.aantal FROM stat_verblijf t WHERE ${en(w)}`);
    }
    const stay = [`o.van_fase_sinds IS NOT NULL`, `o.naar_status <> 'STOPGEZET'`, ...q.postcode('o.postcode', filter)];
    if (dagen.length > 0) {
      delen.push(
        q.perDagen('o.op', dagen, (opDag) => `SELECT o.van_fase, verblijf_emmer(verblijf_dagen(o.op, o.van_fase_sinds)), 1 FROM dossier_overgang o WHERE ${en([...stay, opDag])}`),
      );
    }
    const periode: string[] = [];
    if (filter.van !== null) periode.push(`o.op >= ${beginVan(q.p(filter.van))}`);
    if (filter.tot !== null) periode.push(`o.op < ${eindeVan(q.p(filter.tot))}`);
    const rows = await this.manager.query<Array<{ fase: DossierFase; aantal: number; p: number[] }>>(
      `WITH hist AS (SELECT s.fase, s.emmer, sum(s.aantal)::bigint AS n FROM (${delen.join(' UNION ALL ')}) s GROUP BY 1, 2),
            cum AS (SELECT fase, emmer, n, (sum(n) OVER (PARTITION BY fase ORDER BY emmer))::bigint - n AS voor,
                           (sum(n) OVER (PARTITION BY fase))::bigint AS totaal FROM hist),
            doel AS (SELECT f.fase, f.totaal, p.k, p.p, floor(p.p * (f.totaal - 1)::float8)::bigint AS lo, ceil(p.p * (f.totaal - 1)::float8)::bigint AS hi
                       FROM (SELECT DISTINCT fase, totaal FROM cum) f CROSS JOIN unnest(ARRAY[0.5, 0.9]::float8[]) WITH ORDINALITY AS p (p, k)),
            plek AS (SELECT DISTINCT d.fase, r.rang, c.emmer, r.rang - c.voor AS binnen
                       FROM doel d CROSS JOIN LATERAL (VALUES (d.lo), (d.hi)) r (rang)
                       JOIN cum c ON c.fase = d.fase AND r.rang >= c.voor AND r.rang < c.voor + c.n),
            waarden AS (SELECT p.fase, p.rang, v.dagen FROM plek p
                         CROSS JOIN LATERAL (SELECT verblijf_dagen(o.op, o.van_fase_sinds) AS dagen FROM dossier_overgang o
                                              WHERE ${en([...stay, `o.van_fase = p.fase`, `verblijf_emmer(verblijf_dagen(o.op, o.van_fase_sinds)) = p.emmer`, ...periode])}
                                              ORDER BY verblijf_dagen(o.op, o.van_fase_sinds) OFFSET p.binnen LIMIT 1) v)
       SELECT d.fase, d.totaal::int AS aantal,
              array_agg(lo.dagen + ((d.p * (d.totaal - 1)::float8) - floor(d.p * (d.totaal - 1)::float8)) * (hi.dagen - lo.dagen) ORDER BY d.k) AS p
         FROM doel d
         JOIN waarden lo ON lo.fase = d.fase AND lo.rang = d.lo
         JOIN waarden hi ON hi.fase = d.fase AND hi.rang = d.hi
        GROUP BY d.fase, d.totaal`,
      q.values,
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
   * sum of their invoices, excl. VAT; a sum of no amounts is null.
   */
  maatregelen(filter: StatistiekFilterNorm): Promise<MaatregelSommen[]> {
    const { maanden, dagen } = splitsPeriode(filter.van, filter.tot);
    const q = new Params();
    const delen: string[] = [];
    if (maanden) {
      const w = ['t.aantal > 0', ...q.maanden('t.maand', maanden), ...q.postcode('t.postcode', filter)];
      delen.push(`SELECT t.categorie, t.aantal, t.met_bedrag, t.bedrag, t.met_factuur, t.gefactureerd FROM stat_maatregel t WHERE ${en(w)}`);
    }
    if (dagen.length > 0) {
      // The days from each executed measure's part (stat_maatregel_bijdrage: its amounts as computed
      // from its invoices and quotes, its moment and its dossier's postcode), read by moment.
      const pc = q.postcode('b.postcode', filter);
      delen.push(
        q.perDagen(
          'b.uitgevoerd_op',
          dagen,
          (opDag) =>
            `SELECT b.categorie, 1, CASE WHEN b.bedrag IS NULL THEN 0 ELSE 1 END, coalesce(b.bedrag, 0), CASE WHEN b.gefactureerd IS NULL THEN 0 ELSE 1 END,
                    coalesce(b.gefactureerd, 0) FROM stat_maatregel_bijdrage b WHERE ${en([opDag, ...pc])}`,
        ),
      );
    }
    return this.manager.query(
      `SELECT s.categorie, sum(s.aantal)::int AS aantal,
              CASE WHEN sum(s.met_bedrag) > 0 THEN sum(s.bedrag)::text END AS bedrag, CASE WHEN sum(s.met_factuur) > 0 THEN sum(s.gefactureerd)::text END AS gefactureerd
         FROM (${delen.join(' UNION ALL ')}) s
        GROUP BY s.categorie`,
      q.values,
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
}
