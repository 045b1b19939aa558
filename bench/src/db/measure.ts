import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { contextFactory, type Context } from '@hub/dossier';
import { createLogger, ErrorCode, HubError } from '@hub/shared';
import { identityOf } from '@hub/shared/testing';
import { percentile } from '../load/stats.js';
import { BENCH_STAF } from './generate.js';
import {
  CIJFERS,
  fouten,
  LIJSTEN,
  PAGINA,
  PAGINA_CIJFERS,
  statistiekScenarios,
  type Cijfer,
  type GelijstDossier,
  type LijstScenario,
  type StatistiekScenario,
} from './scenarios.js';

/**
 * The back-office queries of `npm run bench:db`, run through the dossier subgraph's own services (the
 * per-request context of `contextFactory`, as a GraphQL request gets it): DossierLijstService for the
 * lists, StatistiekService for the statistics. The SQL they issue is captured with a TypeORM logger
 * and explained (EXPLAIN (ANALYZE, BUFFERS)) after the timed runs.
 */

/** The SQL of one statement as the repository sent it, and its plan. */
export interface Plan {
  sql: string;
  params: unknown[];
  plan: string;
}

export interface Tijden {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

export interface Meting {
  soort: 'lijst' | 'statistiek';
  naam: string;
  /** Lists: 'eerste pagina' or the deep page ('na 2000 dossiers'); statistics: a figure or 'alle cijfers'. */
  variant: string;
  ms: Tijden;
  /** The target for p95, in ms. */
  doel: number;
  pass: boolean;
  /** What the answer was: rows and total count of a page, or the size of a figure. */
  antwoord: string;
  plannen: Plan[];
}

export interface MeetOpties {
  iterations: number;
  statIterations: number;
  warmup: number;
  /** The bench's clock: the reference date of the generated world. */
  referentie: Date;
  /** Only the scenarios whose name contains this (case-insensitive). */
  alleen?: string;
  onVoortgang?: (wat: string) => void;
}

type PageArgs = Parameters<Context['dossierLijst']['page']>[0];

export const DOEL_LIJST_MS = 20;
export const DOEL_STATISTIEK_MS = 500;

/** Records the statements TypeORM runs while `opnemen` is on; otherwise does nothing. */
export class SqlOpname implements TypeOrmLogger {
  #opname: Array<{ sql: string; params: unknown[] }> | null = null;

  logQuery(query: string, parameters?: unknown[]): void {
    if (this.#opname && /^\s*(SELECT|WITH)\b/i.test(query)) this.#opname.push({ sql: query, params: parameters ?? [] });
  }

  async neemOp<T>(werk: () => Promise<T>): Promise<{ result: T; statements: Array<{ sql: string; params: unknown[] }> }> {
    this.#opname = [];
    try {
      const result = await werk();
      return { result, statements: this.#opname };
    } finally {
      this.#opname = null;
    }
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

const rond = (n: number) => Math.round(n * 100) / 100;

export function tijden(ms: number[]): Tijden {
  const s = [...ms].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: rond(percentile(s, 50)),
    p95: rond(percentile(s, 95)),
    p99: rond(percentile(s, 99)),
    min: rond(s[0] ?? 0),
    max: rond(s.at(-1) ?? 0),
    mean: rond(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
  };
}

async function keer(n: number, warmup: number, werk: () => Promise<unknown>): Promise<number[]> {
  for (let k = 0; k < warmup; k++) await werk();
  const ms: number[] = [];
  for (let k = 0; k < n; k++) {
    const t0 = performance.now();
    await werk();
    ms.push(performance.now() - t0);
  }
  return ms;
}

export class DbBench {
  readonly #factory: (base: { requestId: string; identity: ReturnType<typeof identityOf>; logger: ReturnType<typeof createLogger> }) => Context;
  readonly #logger = createLogger('bench-db', 'silent');

  constructor(
    private readonly dataSource: DataSource,
    private readonly opname: SqlOpname,
    private readonly opties: MeetOpties,
  ) {
    const nu = opties.referentie;
    this.#factory = contextFactory(dataSource, () => new Date(nu));
  }

  /** A fresh request context of a demo persona (fresh DataLoaders, audit collector and figure cache). */
  context(persona: 'spoc' | 'renovatiebegeleider' | 'analist'): Context {
    return this.#factory({ requestId: randomUUID(), identity: identityOf(persona), logger: this.#logger });
  }

  async explain(statements: Array<{ sql: string; params: unknown[] }>): Promise<Plan[]> {
    const plannen: Plan[] = [];
    for (const s of statements) {
      const rows = await this.dataSource.query<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
      plannen.push({ sql: s.sql.trim(), params: s.params, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
    }
    return plannen;
  }

  /**
   * The cursor of a deep page of a scenario, reached as a user would: following `endCursor` with pages of
   * 100 (the most the schema allows), up to 20 pages (2,000 dossiers) deep, and stopping before the last
   * page so that the deep page still has rows. Returns the cursor and how many dossiers lie before it.
   */
  async diepeCursor(s: LijstScenario): Promise<{ after: string | null; diepte: number }> {
    const filter = (s.filter ?? null) as PageArgs['filter'];
    let after: string | null = null;
    let diepte = 0;
    for (let k = 0; k < 20; k++) {
      const p = await this.context(s.wie).dossierLijst.page({ first: 100, after, filter, zoek: s.zoek ?? null });
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
      diepte += p.edges.length;
    }
    return { after, diepte };
  }

  private geselecteerd(naam: string): boolean {
    return this.opties.alleen === undefined || naam.toLowerCase().includes(this.opties.alleen.toLowerCase());
  }

  /** Every list scenario, first page and deep page: timings, checks of the answer, plans. */
  async lijsten(): Promise<{ metingen: Meting[]; fouten: string[] }> {
    const vandaag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(this.opties.referentie);
    const metingen: Meting[] = [];
    const alleFouten: string[] = [];
    for (const s of LIJSTEN.filter((x) => this.geselecteerd(x.naam))) {
      const diep = await this.diepeCursor(s);
      for (const [variant, after] of [['eerste pagina', null], [`na ${diep.diepte} dossiers`, diep.after]] as const) {
        this.opties.onVoortgang?.(`lijst ${s.naam}, ${variant}`);
        const filter = (s.filter ?? null) as PageArgs['filter'];
        const vraag = () => this.context(s.wie).dossierLijst.page({ first: PAGINA, after, filter, zoek: s.zoek ?? null });
        const ms = await keer(this.opties.iterations, this.opties.warmup, vraag);
        const { result, statements } = await this.opname.neemOp(vraag);
        const nodes = result.edges.map((e) => e.node) as GelijstDossier[];
        alleFouten.push(...fouten(s, nodes, { vandaag, namen: await this.namen(nodes), coach: BENCH_STAF.lies }).map((f) => `${variant}: ${f}`));
        const t = tijden(ms);
        metingen.push({
          soort: 'lijst',
          naam: s.naam,
          variant,
          ms: t,
          doel: DOEL_LIJST_MS,
          pass: t.p95 < DOEL_LIJST_MS,
          antwoord: `${nodes.length} van ${result.totalCount}${result.pageInfo.hasNextPage ? ', meer' : ''}`,
          plannen: await this.explain(statements),
        });
      }
    }
    return { metingen, fouten: alleFouten };
  }

  private async namen(nodes: readonly GelijstDossier[]): Promise<Map<string, { voornaam: string; achternaam: string }>> {
    if (nodes.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; voornaam: string; achternaam: string }>>(
      `SELECT id, voornaam, achternaam FROM burger WHERE id = ANY($1::uuid[])`,
      [nodes.map((n) => n.burgerId)],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** One figure of the statistics in a fresh request; an id list above the limit answers QUERY_TOO_COSTLY (counted as an answer). */
  private async cijfer(s: StatistiekScenario, cijfer: Cijfer): Promise<string> {
    const svc = this.context('analist').statistieken;
    const m = svc.vraag(s.filter);
    try {
      return beschrijf(await svc[cijfer](m));
    } catch (err) {
      if (err instanceof HubError && err.code === ErrorCode.QUERY_TOO_COSTLY) return 'QUERY_TOO_COSTLY';
      throw err;
    }
  }

  /** Every statistics scenario: the whole page of figures in one request, and each figure alone. */
  async statistieken(): Promise<Meting[]> {
    const metingen: Meting[] = [];
    const n = this.opties.statIterations;
    const warm = Math.min(2, this.opties.warmup);
    for (const s of statistiekScenarios(this.opties.referentie).filter((x) => this.geselecteerd(x.naam))) {
      this.opties.onVoortgang?.(`statistieken ${s.naam}, alle cijfers`);
      const pagina = async () => {
        const svc = this.context('analist').statistieken;
        const m = svc.vraag(s.filter);
        return Promise.all(PAGINA_CIJFERS.map((c) => svc[c](m)));
      };
      const t = tijden(await keer(n, warm, pagina));
      metingen.push({
        soort: 'statistiek',
        naam: s.naam,
        variant: 'alle cijfers',
        ms: t,
        doel: DOEL_STATISTIEK_MS,
        pass: t.p95 < DOEL_STATISTIEK_MS,
        antwoord: `${PAGINA_CIJFERS.length} cijfers in één request`,
        plannen: [],
      });
      for (const c of CIJFERS) {
        this.opties.onVoortgang?.(`statistieken ${s.naam}, ${c}`);
        const tc = tijden(await keer(n, warm, () => this.cijfer(s, c)));
        const { result, statements } = await this.opname.neemOp(() => this.cijfer(s, c));
        metingen.push({
          soort: 'statistiek',
          naam: s.naam,
          variant: c,
          ms: tc,
          doel: DOEL_STATISTIEK_MS,
          pass: tc.p95 < DOEL_STATISTIEK_MS,
          antwoord: result,
          plannen: await this.explain(statements),
        });
      }
    }
    return metingen;
  }
}

/** A short description of a figure's answer (for the report: that it answered, and with how much). */
function beschrijf(v: unknown): string {
  if (v === null || typeof v === 'number') return `${v}`;
  if (Array.isArray(v)) return `${v.length} rijen`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.entries(o)
      .map(([k, x]) => `${k}: ${Array.isArray(x) ? `${x.length} rijen` : String(x)}`)
      .join(', ');
  }
  return String(v);
}
