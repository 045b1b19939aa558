import nock from 'nock';
import { z } from 'zod';
import { createHttpClient, type HttpClient, type HttpClientOptions, type Logger, type UpstreamCall } from '@hub/shared';

/** The host nock answers for in the resilience tests. */
export const HOST = 'http://upstream.test';

/** The shape the small test client expects. */
export const Adres = z.object({ id: z.string(), straat: z.string() });
export const ADRES = { id: '42', straat: 'Naamsestraat' };

export interface LogRecord {
  level: string;
  msg?: string;
  [key: string]: unknown;
}

/** A logger that keeps what is logged, so tests can assert the retry and breaker messages. */
export function recordingLogger(): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const at = (level: string) => (obj: unknown, msg?: string) => {
    if (typeof obj === 'string') records.push({ level, msg: obj });
    else records.push({ level, ...(obj as object), ...(msg ? { msg } : {}) });
  };
  const logger = {
    level: 'debug',
    fatal: at('fatal'),
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    trace: at('trace'),
    silent: () => undefined,
    child: () => logger,
    isLevelEnabled: () => true,
  };
  return { logger: logger as unknown as Logger, records };
}

export interface TestClient {
  http: HttpClient;
  /** Every attempt, as `onCall` saw it, without the duration. */
  calls: Array<Omit<UpstreamCall, 'durationMs'>>;
  logs: LogRecord[];
  get(path?: string): Promise<unknown>;
}

/** A client of the test upstream; `source` must differ per test unless breakers are reset. */
export function testClient(overrides: Partial<HttpClientOptions> = {}): TestClient {
  const calls: TestClient['calls'] = [];
  const { logger, records } = recordingLogger();
  const http = createHttpClient({
    source: 'testbron',
    baseURL: HOST,
    timeoutMs: 1000,
    logger,
    onCall: ({ durationMs: _d, ...call }) => calls.push(call),
    // Short waits keep the tests fast; the mechanism is the same.
    resilience: { retry: { baseDelayMs: 20, maxDelayMs: 80 }, breaker: { consecutiveFailures: 5, halfOpenAfterMs: 300 } },
    ...overrides,
  });
  return { http, calls, logs: records, get: (path = '/adressen/42') => http.getJson(path, { schema: Adres, emptyStatuses: [404] }) };
}

/** Counts requests nock could not match: after a scope is used up, "no more calls" means this stays 0. */
export function unmatchedCounter(): { readonly count: number; stop(): void } {
  let count = 0;
  const listener = () => {
    count += 1;
  };
  nock.emitter.on('no match', listener);
  return {
    get count() {
      return count;
    },
    stop: () => nock.emitter.removeListener('no match', listener),
  };
}

/** What a failed call rejected with: the code, message and extensions a GraphQL client would see, and the detail for the logs. */
export async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    const e = err as { message: string; extensions?: Record<string, unknown>; detail?: string; status?: number };
    return { message: e.message, extensions: { ...e.extensions }, detail: e.detail, status: e.status };
  }
  throw new Error('expected the call to fail');
}

/** A network error as Node reports it (nock 14 needs an Error, not a plain object). */
export const networkError = (code: string, message: string) => Object.assign(new Error(message), { code });

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
