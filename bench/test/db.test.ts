import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFactory, dossierEntities, dossierMigrations } from '@hub/dossier';
import { createLogger, isValidInsz } from '@hub/shared';
import { createTestDatabase, identityOf, type TestDatabase } from '@hub/shared/testing';
import { BENCH_STAF, BENCH_TABELLEN, generateBenchDb, vacuumAnalyze } from '../src/db/generate.js';
import { parseDbBenchArgs } from '../src/db/options.js';
import { fouten, LIJSTEN, PAGINA_CIJFERS, type GelijstDossier, type LijstScenario } from '../src/db/scenarios.js';

/*
 * The generator of `npm run bench:db` on 2,000 dossiers (PGlite, or TEST_DATABASE_URL), so that it
 * cannot rot unnoticed: the rows it makes, the shape of the world, and the back-office lists answering
 * what their filters promise on it.
 */

const N = 2000;
const REFERENTIE = new Date('2026-11-28T00:00:00.000Z');
const VANDAAG = '2026-11-28';

describe('bench:db generator', () => {
  let db: TestDatabase;
  let rows: Record<string, number>;
  const q = async <T>(sql: string, params: unknown[] = []) => (await db.dataSource.query(sql, params)) as T[];

  beforeAll(async () => {
    db = await createTestDatabase({ schemaPrefix: 'benchdb', entities: dossierEntities, migrations: dossierMigrations });
    // Batches of 700: two full ones and a partial one.
    const r = await generateBenchDb(db.dataSource, { dossiers: N, referentie: REFERENTIE, batchSize: 700 });
    rows = r.rows;
    await vacuumAnalyze(db.dataSource);
  }, 180_000);
  afterAll(async () => db?.close());

  it('inserts the rows it reports, the same on every run', async () => {
    for (const tabel of BENCH_TABELLEN) {
      const [telling] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabel}`);
      expect(telling!.n, tabel).toBe(rows[tabel]);
    }
    expect(rows).toEqual({
      burger: 2000,
      dossier: 2000,
      vraag: 2508,
      dossier_overgang: 9248,
      maatregel: 3408,
      offerte: 4895,
      factuur: 2156,
      document: 9218,
      mijlpaal: 9788,
    });
  });

  it('builds the keys, indexes and foreign keys of the migrations again', async () => {
    const fks = await q<{ n: number }>(`SELECT count(*)::int AS n FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND contype = 'f'`);
    expect(fks[0]!.n).toBe(17);
    const idx = await q<{ naam: string }>(`SELECT indexname AS naam FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'dossier'`);
    expect(idx.map((i) => i.naam)).toEqual(expect.arrayContaining(['dossier_pkey', 'dossier_lijst_idx', 'dossier_fase_idx', 'dossier_adres_zoek_idx', 'dossier_statistiek_idx']));
    const [seq] = await q<{ n: string }>(`SELECT last_value::text AS n FROM dossier_referentie_seq`);
    expect(seq!.n).toBe(String(N));
  });

  it('makes a world with every phase, status, channel and postcode, and a consistent history', async () => {
    const perStatus = await q<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM dossier GROUP BY 1 ORDER BY 1`);
    expect(perStatus.map((r) => r.status)).toEqual(['AFGESLOTEN', 'LOPEND', 'STOPGEZET']);
    const fasen = await q<{ fase: string }>(`SELECT DISTINCT fase FROM dossier WHERE status = 'LOPEND' ORDER BY 1`);
    expect(fasen).toHaveLength(5);
    const postcodes = await q<{ postcode: string }>(`SELECT DISTINCT postcode FROM dossier ORDER BY 1`);
    expect(postcodes.map((r) => r.postcode)).toEqual(['3000', '3001', '3010', '3012', '3018']);
    const kanalen = await q<{ k: string | null }>(`SELECT DISTINCT start_kanaal AS k FROM dossier`);
    expect(kanalen).toHaveLength(6);
    const insz = await q<{ insz: string }>(`SELECT insz FROM burger`);
    expect(insz.every((b) => isValidInsz(b.insz))).toBe(true);
    // The dossier's version is its number of changes, and its last change brought it where it is.
    const scheef = await q<{ n: number }>(`
      SELECT count(*)::int AS n FROM dossier d
        JOIN LATERAL (SELECT count(*) AS k, max(versie) AS v FROM dossier_overgang o WHERE o.dossier_id = d.id) h ON TRUE
        JOIN dossier_overgang l ON l.dossier_id = d.id AND l.versie = d.version
       WHERE h.k <> d.version OR h.v <> d.version OR l.naar_fase <> d.fase OR l.naar_status <> d.status OR l.op <> d.laatste_wijziging`);
    expect(scheef[0]!.n).toBe(0);
    // Open questions: some new, some being handled; some of them old (never handled).
    const open = await q<{ status: string; oud: boolean; n: number }>(`
      SELECT status, ontvangen_op < $1::timestamptz - interval '60 days' AS oud, count(*)::int AS n
        FROM vraag WHERE status IN ('NIEUW', 'IN_BEHANDELING') GROUP BY 1, 2 ORDER BY 1, 2`, [REFERENCE_ISO]);
    expect(open.map((r) => `${r.status} ${r.oud}`)).toEqual(['IN_BEHANDELING false', 'IN_BEHANDELING true', 'NIEUW false', 'NIEUW true']);
    // Every executed measure has its invoice; every chosen quote belongs to an ordered or executed measure.
    const [zonderFactuur] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM maatregel m WHERE m.status = 'UITGEVOERD' AND NOT EXISTS (SELECT 1 FROM factuur f WHERE f.maatregel_id = m.id)`,
    );
    expect(zonderFactuur!.n).toBe(0);
    const [overdue] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM dossier WHERE status = 'LOPEND' AND volgende_actie_op < $1::date`, [VANDAAG]);
    expect(overdue!.n).toBeGreaterThan(10);
  });

  describe('through the services of the dossier subgraph', () => {
    const factory = () => contextFactory(db.dataSource, () => new Date(REFERENTIE));
    const ctx = (persona: 'spoc' | 'renovatiebegeleider' | 'analist') =>
      factory()({ requestId: randomUUID(), identity: identityOf(persona), logger: createLogger('bench-db-test', 'silent') });

    /** The whole filtered list, page by page (50), as the service gives it. */
    async function alles(s: LijstScenario) {
      const dossiers: GelijstDossier[] = [];
      let after: string | null = null;
      let totalCount = -1;
      for (;;) {
        const p = await ctx(s.wie).dossierLijst.page({ first: 50, after, filter: (s.filter ?? null) as never, zoek: s.zoek ?? null });
        totalCount = p.totalCount;
        dossiers.push(...(p.edges.map((e) => e.node) as GelijstDossier[]));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      return { dossiers, totalCount };
    }

    /** The ids a scenario should list, computed straight from the rows (the filters' promise, in SQL). */
    async function verwacht(s: LijstScenario): Promise<Set<string>> {
      const w: string[] = ['TRUE'];
      const p: unknown[] = [];
      const param = (v: unknown) => {
        p.push(v);
        return `$${p.length}`;
      };
      const f = s.filter ?? {};
      if (f.fase) w.push(`d.fase = ANY(${param(f.fase)})`);
      if (f.status) w.push(`d.status = ANY(${param(f.status)})`);
      if (f.postcode) w.push(`d.postcode = ANY(${param(f.postcode)})`);
      if (f.toegewezenAan) w.push(`(d.spoc_sub = ${param(f.toegewezenAan)} OR d.renovatiebegeleider_sub = ${param(f.toegewezenAan)})`);
      if (f.achterstallig) w.push(`d.status = 'LOPEND' AND d.volgende_actie_op < ${param(VANDAAG)}::date`);
      if (s.wie === 'renovatiebegeleider') w.push(`d.renovatiebegeleider_sub = ${param(BENCH_STAF.lies)}`);
      if (s.zoek) {
        const t = param(`${s.zoek}%`);
        w.push(`(lower(b.achternaam) LIKE ${t} OR lower(b.voornaam || ' ' || b.achternaam) LIKE ${t} OR lower(d.adres_tekst) LIKE ${t})`);
      }
      const rows = await q<{ id: string }>(`SELECT d.id FROM dossier d JOIN burger b ON b.id = d.burger_id WHERE ${w.join(' AND ')}`, p);
      return new Set(rows.map((r) => r.id));
    }

    it.each(LIJSTEN.map((s) => [s.naam, s] as const))('lists %s: exactly the dossiers the filters promise, in list order', async (_, s) => {
      const { dossiers, totalCount } = await alles(s);
      const ids = dossiers.map((d) => d.id);
      const namen = new Map(
        (await q<{ id: string; voornaam: string; achternaam: string }>(`SELECT id, voornaam, achternaam FROM burger`)).map((b) => [b.id, b] as const),
      );
      expect(fouten(s, dossiers, { vandaag: VANDAAG, namen, coach: BENCH_STAF.lies })).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(await verwacht(s));
      expect(totalCount).toBe(ids.length);
      // Every scenario finds something at this size, except the rare surname of the long tail.
      if (!s.zoek?.includes('puttemans')) expect(ids.length).toBeGreaterThan(0);
    });

    it('answers the statistics of the whole page in one request', async () => {
      const svc = ctx('analist').statistieken;
      const m = svc.vraag(null);
      const [dossiers] = (await Promise.all(PAGINA_CIJFERS.map((c) => svc[c](m)))) as unknown as [{ aantal: number }];
      expect(dossiers.aantal).toBe(N);
    });
  });

  it('parses the command line, refusing schemas it must not drop', () => {
    expect(parseDbBenchArgs(['--dossiers', '2_000', '--keep', '--iterations=50'], {})).toMatchObject({
      dossiers: 2000,
      keep: true,
      iterations: 50,
      schema: 'bench_db',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    expect(parseDbBenchArgs([], { BENCH_DATABASE_URL: 'postgres://x@h/db' }).databaseUrl).toBe('postgres://x@h/db');
    expect(() => parseDbBenchArgs(['--schema', 'dossier', '--dossiers', '0', '--nope'], {})).toThrow(/--dossiers[\s\S]*unknown option --nope[\s\S]*--schema/);
  });
});

const REFERENCE_ISO = REFERENTIE.toISOString();
