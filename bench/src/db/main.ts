// `npm run bench:db`: the dossier database at city scale. Generates a million dossiers (with their
// citizens, questions, history, measures, quotes, invoices, milestones and documents' metadata) into a
// fresh schema migrated with the dossier subgraph's own migrations, then times the back-office lists and
// the analysts' statistics through the subgraph's services, explains every statement they send, and
// writes bench/results/bench-db-<date>.md and .json. Exits with 1 when a target is missed. See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { openDossierDatabase } from '@hub/dossier';
import { ConfigError } from '@hub/shared';
import { machine } from '../report.js';
import { generateBenchDb, vacuumAnalyze } from './generate.js';
import { DbBench, SqlOpname } from './measure.js';
import { parseDbBenchArgs, USAGE, type DbBenchOptions } from './options.js';
import { duur, Voortgangsbalk } from './progress.js';
import { markdown, tabel, type DbBenchRapport, type Generatie, type Tabelgrootte } from './report.js';

const log = (line: string) => process.stdout.write(`${line}\n`);
const info = (line: string) => process.stderr.write(`${line}\n`);

/** What a generated schema says about itself (written last: a schema without it is not complete). */
const META = 'bench_db_meta';

async function metDatabase<T>(url: string, werk: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await werk(c);
  } finally {
    await c.end();
  }
}

/** The generation recorded in the schema, or null when there is none (no schema, or an incomplete one). */
async function bestaandeGeneratie(o: DbBenchOptions): Promise<Generatie | null> {
  return metDatabase(o.databaseUrl, async (c) => {
    const { rows } = await c.query<{ t: string | null }>(`SELECT to_regclass($1) AS t`, [`${o.schema}.${META}`]);
    if (!rows[0]?.t) return null;
    const meta = await c.query<{ generatie: Generatie }>(`SELECT generatie FROM "${o.schema}".${META}`);
    return meta.rows[0]?.generatie ?? null;
  });
}

async function genereer(o: DbBenchOptions, dataSource: DataSource): Promise<Generatie> {
  // The reference date: today (UTC midnight). The generated history ends the day before it.
  const referentie = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  info(`Generating ${o.dossiers.toLocaleString('en')} dossiers into schema ${o.schema} (batches of ${o.batch.toLocaleString('en')}, ${o.parallel} connections)...`);
  const balk = new Voortgangsbalk();
  const r = await generateBenchDb(dataSource, {
    dossiers: o.dossiers,
    referentie,
    batchSize: o.batch,
    parallel: o.parallel,
    onProgress: (p) => {
      if (p.fase !== 'klaar') balk.update(p.fase === 'laden' ? 'rows' : 'indexes', p.fractie, p.rows, p.stap ?? '');
    },
  });
  balk.update('indexes', 1, Object.values(r.rows).reduce((a, b) => a + b, 0));
  balk.einde();
  info('VACUUM ANALYZE...');
  const vacuumMs = await vacuumAnalyze(dataSource);
  const generatie: Generatie = {
    hergebruikt: false,
    dossiers: o.dossiers,
    referentie: referentie.toISOString(),
    rows: r.rows,
    ms: r.ms,
    ladenMs: r.ladenMs,
    indexenMs: r.indexenMs,
    vacuumMs,
  };
  await dataSource.query(`CREATE TABLE ${META} (generatie jsonb NOT NULL)`);
  await dataSource.query(`INSERT INTO ${META} (generatie) VALUES ($1)`, [JSON.stringify(generatie)]);
  info(`Generated ${Object.values(r.rows).reduce((a, b) => a + b, 0).toLocaleString('en')} rows in ${duur(r.ms / 1000)} (+ VACUUM ANALYZE ${duur(vacuumMs / 1000)}).`);
  return generatie;
}

async function tabelgroottes(dataSource: DataSource): Promise<Tabelgrootte[]> {
  const rows = await dataSource.query<Array<{ tabel: string; rijen: string; tabel_mb: string; indexen_mb: string }>>(
    `SELECT c.relname AS tabel, c.reltuples::bigint AS rijen,
            round(pg_table_size(c.oid) / 1048576.0) AS tabel_mb, round(pg_indexes_size(c.oid) / 1048576.0) AS indexen_mb
       FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> $1
      ORDER BY c.relname`,
    [META],
  );
  return rows.map((r) => ({ tabel: r.tabel, rijen: Number(r.rijen), tabelMb: Number(r.tabel_mb), indexenMb: Number(r.indexen_mb) }));
}

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    log(USAGE);
    return;
  }
  const o = parseDbBenchArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  let generatie = o.keep ? await bestaandeGeneratie(o) : null;
  if (o.keep && generatie) info(`Reusing schema ${o.schema}: ${generatie.dossiers.toLocaleString('en')} dossiers generated from ${generatie.referentie.slice(0, 10)}.`);
  if (!generatie) await metDatabase(o.databaseUrl, (c) => c.query(`DROP SCHEMA IF EXISTS "${o.schema}" CASCADE`));
  const opname = new SqlOpname();
  // Migrates the schema with the dossier subgraph's migrations: all of them on a fresh schema, the new ones on a kept one.
  const dataSource = await openDossierDatabase({ url: o.databaseUrl, schema: o.schema, queryLogger: opname });
  try {
    if (generatie) {
      // A kept schema may just have got a new migration (an index): fresh statistics for the planner.
      await vacuumAnalyze(dataSource, true);
      generatie = { ...generatie, hergebruikt: true, ms: null, ladenMs: null, indexenMs: null, vacuumMs: null };
    } else {
      generatie = await genereer(o, dataSource);
    }
    if (o.generateOnly) return;
    const [versie] = await dataSource.query<Array<{ version: string }>>('SELECT version()');
    const bench = new DbBench(dataSource, opname, {
      iterations: o.iterations,
      statIterations: o.statIterations,
      warmup: o.warmup,
      referentie: new Date(generatie.referentie),
      ...(o.only ? { alleen: o.only } : {}),
      onVoortgang: (wat) => process.stderr.write(`  ${wat}\n`),
    });
    info(`Measuring: ${o.iterations} runs per list query, ${o.statIterations} per statistics query...`);
    const lijsten = await bench.lijsten();
    const statistieken = await bench.statistieken();
    const rapport: DbBenchRapport = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: { ...machine(), postgres: versie?.version ?? 'unknown' },
      schema: o.schema,
      opties: { iterations: o.iterations, statIterations: o.statIterations, warmup: o.warmup, ...(o.only ? { only: o.only } : {}) },
      generatie,
      tabellen: await tabelgroottes(dataSource),
      metingen: [...lijsten.metingen, ...statistieken],
      fouten: lijsten.fouten,
    };
    const dir = resolve(o.resultsDir);
    mkdirSync(dir, { recursive: true });
    const naam = `bench-db-${startedAt.slice(0, 10)}`;
    writeFileSync(join(dir, `${naam}.json`), `${JSON.stringify(rapport, null, 2)}\n`);
    writeFileSync(join(dir, `${naam}.md`), markdown(rapport));
    log(`\n${tabel(rapport)}\n\nReport: ${join(dir, `${naam}.md`)} (and .json)`);
    if (rapport.metingen.some((m) => !m.pass) || rapport.fouten.length > 0) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n\n${USAGE}`);
  } else {
    process.stderr.write(`bench:db failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exitCode = 2;
});
