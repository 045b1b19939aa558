import { ConfigError } from '@hub/shared';

export interface DbBenchOptions {
  dossiers: number;
  databaseUrl: string;
  schema: string;
  /** Reuse the schema when it holds a generated world (of any size): skip the generation. */
  keep: boolean;
  /** Timed runs per list query (after the warm-up). */
  iterations: number;
  /** Timed runs per statistics query. */
  statIterations: number;
  warmup: number;
  /** Dossiers per transaction while generating. */
  batch: number;
  /** Connections that generate at the same time. */
  parallel: number;
  /** Only generate (no measurements). */
  generateOnly: boolean;
  /** Only the scenarios whose name contains this. */
  only?: string;
  resultsDir: string;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export const USAGE = `npm run bench:db -- [options]

  --dossiers <n>         dossiers to generate (default 1000000)
  --database-url <url>   PostgreSQL (default $BENCH_DATABASE_URL or ${DEFAULT_DATABASE_URL})
  --schema <name>        schema to generate into, dropped first unless --keep (default bench_db; must start with "bench")
  --keep                 reuse the schema when it already holds a generated world: skip the generation
  --iterations <n>       timed runs per list query (default 200)
  --stat-iterations <n>  timed runs per statistics query (default 20)
  --warmup <n>           untimed runs before each query (default 5)
  --batch <n>            dossiers per transaction while generating (default 50000)
  --parallel <n>         connections generating at the same time (default 2)
  --only <text>          only the scenarios whose name contains <text>
  --generate-only        generate, do not measure
  --results-dir <dir>    where the report goes (default bench/results)
`;

/** Parses the command line of `npm run bench:db` (every problem reported at once, as ConfigError). */
export function parseDbBenchArgs(argv: readonly string[], env: Record<string, string | undefined> = process.env): DbBenchOptions {
  const errors: string[] = [];
  const o: DbBenchOptions = {
    dossiers: 1_000_000,
    databaseUrl: env.BENCH_DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
    schema: 'bench_db',
    keep: false,
    iterations: 200,
    statIterations: 20,
    warmup: 5,
    batch: 50_000,
    parallel: 2,
    generateOnly: false,
    resultsDir: 'bench/results',
  };
  const ints: Record<string, [keyof DbBenchOptions, number, number]> = {
    '--dossiers': ['dossiers', 1, 20_000_000],
    '--iterations': ['iterations', 1, 1_000_000],
    '--stat-iterations': ['statIterations', 1, 1_000_000],
    '--warmup': ['warmup', 0, 1_000_000],
    '--batch': ['batch', 1, 1_000_000],
    '--parallel': ['parallel', 1, 16],
  };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++k];
      if (v === undefined || v.startsWith('--')) errors.push(`${flag}: needs a value`);
      return v ?? '';
    };
    if (flag in ints) {
      const [key, min, max] = ints[flag]!;
      const raw = value().replace(/_/g, '');
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < min || n > max) errors.push(`${flag}: a whole number from ${min} to ${max}`);
      else (o as unknown as Record<string, number>)[key] = n;
    } else if (flag === '--database-url') o.databaseUrl = value();
    else if (flag === '--schema') o.schema = value();
    else if (flag === '--only') o.only = value();
    else if (flag === '--results-dir') o.resultsDir = value();
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--generate-only') o.generateOnly = true;
    else errors.push(`unknown option ${arg}`);
  }
  // The schema is dropped and created again: never one of the hub's own (dossier, premies, ...).
  if (!/^bench[a-z0-9_]*$/.test(o.schema)) errors.push('--schema: lower-case letters, digits and _, starting with "bench" (it is dropped first)');
  if (!/^postgres(ql)?:\/\//.test(o.databaseUrl)) errors.push('--database-url: a postgres:// URL');
  if (errors.length > 0) throw new ConfigError(errors);
  return o;
}
