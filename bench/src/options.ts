import { ConfigError, env, loadConfig } from '@hub/shared';

/** What `npm run bench` reads from the environment; every wrong variable is reported at start. */
export function loadBenchOptions(source: Record<string, string | undefined> = process.env) {
  const c = loadConfig(
    {
      /** Seconds of load per throughput measurement (many connections). */
      BENCH_DURATION_S: env.int(8, 1, 3600),
      /** Seconds of load per latency measurement (one connection: no queueing in the numbers). */
      BENCH_LATENCY_DURATION_S: env.int(4, 1, 3600),
      /** Seconds of load before each measurement, not counted (JIT, caches, connection pools). */
      BENCH_WARMUP_S: env.int(2, 0, 600),
      /** Concurrent connections of a throughput measurement. */
      BENCH_CONNECTIONS: env.int(16, 1, 1000),
      /** Latency every sandbox answer gets, like a government API. */
      BENCH_SANDBOX_LATENCY_MS: env.int(50, 0, 60_000),
      /** Generated dossiers (over generated homes) next to the demo data. */
      BENCH_DOSSIERS: env.int(200, 50, 100_000),
      /** Distinct generated homes they are spread over (fewer homes than dossiers: some homes have two). */
      BENCH_WONINGEN: env.int(150, 1, 1_000_000),
      /** Where the JSON results and the logs of the measured processes go. */
      BENCH_RESULTS_DIR: env.string('bench/results'),
      /** Only these parts, comma-separated: embedded, unbatched, separate (default all). */
      BENCH_ONLY: env.string('embedded,unbatched,separate'),
      /** The whole embedded hub must stay under this resident memory under load, in MB. */
      BENCH_MAX_RSS_MB: env.int(500, 1, 1_000_000),
    },
    source,
  );
  const parts = new Set(c.BENCH_ONLY.split(',').map((p) => p.trim()).filter(Boolean));
  const unknown = [...parts].filter((p) => !PARTS.includes(p as Part));
  if (unknown.length) throw new ConfigError([`BENCH_ONLY: unknown part(s) ${unknown.join(', ')} (one of ${PARTS.join(', ')})`]);
  if (c.BENCH_WONINGEN > c.BENCH_DOSSIERS) throw new ConfigError(['BENCH_WONINGEN: at most BENCH_DOSSIERS (every generated home has a dossier)']);
  return {
    durationS: c.BENCH_DURATION_S,
    latencyDurationS: c.BENCH_LATENCY_DURATION_S,
    warmupS: c.BENCH_WARMUP_S,
    connections: c.BENCH_CONNECTIONS,
    sandboxLatencyMs: c.BENCH_SANDBOX_LATENCY_MS,
    dossiers: c.BENCH_DOSSIERS,
    woningen: c.BENCH_WONINGEN,
    resultsDir: c.BENCH_RESULTS_DIR,
    parts: parts as Set<Part>,
    maxRssMb: c.BENCH_MAX_RSS_MB,
  };
}

export const PARTS = ['embedded', 'unbatched', 'separate'] as const;
export type Part = (typeof PARTS)[number];
export type BenchOptions = ReturnType<typeof loadBenchOptions>;
