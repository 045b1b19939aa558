import autocannon from 'autocannon';
import { countErrorCodes, summarise, type LoadResult } from './stats.js';

export interface HttpLoad {
  url: string;
  /** The JSON request body (the same for every request). */
  body: string;
  headers: Record<string, string>;
  connections: number;
  durationS: number;
  warmupS: number;
}

/** An answer that carries GraphQL errors (cheap to test under load: no JSON parse per answer). */
const hasErrors = (body: string) => body.includes('"errors"');

function run(load: HttpLoad, durationS: number, onLatency?: (ms: number) => void, errorCodes?: Record<string, number>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: load.url,
        method: 'POST',
        body: load.body,
        headers: { 'content-type': 'application/json', ...load.headers },
        connections: load.connections,
        duration: durationS,
        pipelining: 1,
        timeout: 30,
        verifyBody: (body) => {
          const text = String(body ?? '');
          if (!hasErrors(text)) return true;
          if (errorCodes) countErrorCodes(text, errorCodes);
          return false;
        },
      },
      (err, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
    if (onLatency) instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => onLatency(ms));
  });
}

/**
 * Drives POST requests at `url` with autocannon: first `warmupS` seconds not counted, then (after
 * `onMeasureStart`) `durationS` seconds measured with `connections` connections kept busy (one request at a time each). Latencies
 * come from autocannon's per-response times (also pushed onto `latencies`), percentiles computed here
 * (autocannon has no p95).
 */
export async function measureHttp(load: HttpLoad, onMeasureStart?: () => Promise<unknown>, latencies: number[] = []): Promise<LoadResult> {
  if (load.warmupS > 0) await run(load, load.warmupS);
  await onMeasureStart?.();
  const errorCodes: Record<string, number> = {};
  const result = await run(load, load.durationS, (ms) => latencies.push(ms), errorCodes);
  return summarise(latencies, {
    ...(Object.keys(errorCodes).length ? { errorCodes } : {}),
    connections: load.connections,
    durationS: load.durationS,
    non2xx: result.non2xx,
    badAnswers: result.mismatches,
    errors: result.errors + result.timeouts,
  });
}
