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
