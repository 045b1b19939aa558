/** What one measurement of one scenario gives. Latencies in milliseconds. */
export interface LoadResult {
  connections: number;
  durationS: number;
  /** Answered requests (pages, for a replay) in the measured period. */
  requests: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  /** Answers with another status than 200. */
  non2xx: number;
  /** Answers with GraphQL errors. */
  badAnswers: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** The `extensions.code`s of the answers with errors, counted once per answer and code (absent: none). */
  errorCodes?: Record<string, number>;
}

/** Counts the error codes of one answer with GraphQL errors into `into` (each code once per answer). */
export function countErrorCodes(body: string, into: Record<string, number>): void {
  const codes = new Set([...body.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]!));
  if (codes.size === 0) codes.add('(no code)');
  for (const code of codes) into[code] = (into[code] ?? 0) + 1;
}

/** The sum of several counts of error codes; undefined when there are none. */
export function mergeErrorCodes(counts: ReadonlyArray<Record<string, number> | undefined>): Record<string, number> | undefined {
  const total: Record<string, number> = {};
  for (const c of counts) for (const [code, n] of Object.entries(c ?? {})) total[code] = (total[code] ?? 0) + n;
  return Object.keys(total).length ? total : undefined;
}

/** The p-th percentile (0..100) of sorted values, nearest-rank; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Summarises the latencies of one measurement. */
export function summarise(latencies: number[], measured: Omit<LoadResult, 'latencyMs' | 'requests' | 'rps'>): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = sorted.reduce((s, v) => s + v, 0);
  return {
    ...measured,
    requests: sorted.length,
    rps: round(sorted.length / measured.durationS),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      mean: round(sorted.length ? total / sorted.length : 0),
      max: round(sorted.at(-1) ?? 0),
    },
  };
}
