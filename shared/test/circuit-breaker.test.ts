import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { circuitStates, createHttpClient, resetCircuitBreakers } from '@hub/shared';
import { ADRES, Adres, failure, HOST, sleep, testClient, unmatchedCounter } from './support/upstream.js';

const CIRCUIT_OPEN = {
  message: 'De bron testbron is tijdelijk niet beschikbaar.',
  extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'testbron', reason: 'CIRCUIT_OPEN', retryAfter: 1 },
  detail: 'circuit open',
  status: undefined,
};

/** A client whose breaker opens after 3 failed attempts and half-opens after 300 ms; one attempt per call unless said otherwise. */
const breakerClient = (maxAttempts = 1, source = 'testbron') =>
  testClient({ source, resilience: { retry: { maxAttempts, baseDelayMs: 20, maxDelayMs: 80 }, breaker: { consecutiveFailures: 3, halfOpenAfterMs: 300 } } });

describe('createHttpClient: one circuit breaker per upstream (nock upstream)', () => {
  let unmatched: ReturnType<typeof unmatchedCounter>;
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  beforeEach(() => {
    resetCircuitBreakers();
    unmatched = unmatchedCounter();
  });
  afterEach(() => {
    unmatched.stop();
    nock.cleanAll();
  });

  it('opens after N failed attempts in a row; further calls fail at once with zero upstream calls', async () => {
    const failing = nock(HOST).get('/adressen/42').times(3).reply(503);
    const client = breakerClient();

    for (let i = 0; i < 3; i++) await expect(client.get()).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' }, status: 503 });
    expect(failing.isDone()).toBe(true);
    expect(circuitStates()).toEqual({ testbron: 'open' });

    // The upstream would answer now, but the open circuit does not ask it.
    const healthy = nock(HOST).get('/adressen/42').reply(200, ADRES);
    const started = Date.now();
    expect(await failure(client.get())).toEqual(CIRCUIT_OPEN);
    expect(await failure(client.get())).toEqual(CIRCUIT_OPEN);
    expect(Date.now() - started).toBeLessThan(50);
    expect(healthy.isDone()).toBe(false);
    expect(unmatched.count).toBe(0);
    expect(client.calls).toHaveLength(3);
    expect(client.logs.filter((l) => l.msg?.startsWith('circuit breaker'))).toEqual([
      {
        level: 'warn',
        msg: 'circuit breaker opened: calls to this upstream fail at once',
        upstream: { source: 'testbron' },
        circuit: 'open',
        halfOpenAfterMs: 300,
      },
    ]);
  });

  it('half-opens after the delay: one successful probe closes it again', async () => {
    nock(HOST).get('/adressen/42').times(3).reply(502);
    const client = breakerClient();
    for (let i = 0; i < 3; i++) await expect(client.get()).rejects.toMatchObject({ status: 502 });
    expect(await failure(client.get())).toEqual(CIRCUIT_OPEN);

    await sleep(320);
    const probe = nock(HOST).get('/adressen/42').reply(200, ADRES);
    expect(await client.get()).toEqual(ADRES);
    expect(probe.isDone()).toBe(true);
    expect(circuitStates()).toEqual({ testbron: 'closed' });

    const after = nock(HOST).get('/adressen/42').reply(200, ADRES);
    expect(await client.get()).toEqual(ADRES);
    expect(after.isDone()).toBe(true);
    expect(client.calls.map((c) => c.status)).toEqual([502, 502, 502, 200, 200]);
    expect(client.logs.filter((l) => l.msg?.startsWith('circuit breaker')).map((l) => [l.level, l.circuit])).toEqual([
      ['warn', 'open'],
      ['info', 'half-open'],
      ['info', 'closed'],
    ]);
    expect(unmatched.count).toBe(0);
  });

  it('re-opens when the probe fails, and fails at once again without calling', async () => {
    nock(HOST).get('/adressen/42').times(3).reply(503);
    const client = breakerClient();
    for (let i = 0; i < 3; i++) await expect(client.get()).rejects.toMatchObject({ status: 503 });

    await sleep(320);
    const probe = nock(HOST).get('/adressen/42').delay(2000).reply(200, ADRES);
    const slow = testClient({ timeoutMs: 100, resilience: { retry: { maxAttempts: 1 }, breaker: { consecutiveFailures: 3, halfOpenAfterMs: 300 } } });
    // The probe times out (another client of the same source: the breaker is shared).
    await expect(slow.get()).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_TIMEOUT', source: 'testbron' } });
    expect(probe.isDone()).toBe(true);
    expect(circuitStates()).toEqual({ testbron: 'open' });

    const untouched = nock(HOST).get('/adressen/42').reply(200, ADRES);
    expect(await failure(client.get())).toEqual(CIRCUIT_OPEN);
    expect(untouched.isDone()).toBe(false);
    expect(client.calls.length + slow.calls.length).toBe(4);
    expect(unmatched.count).toBe(0);
  });

  it('is shared by every client of the same source, and only that source', async () => {
    nock(HOST).get('/adressen/42').times(3).reply(504);
    const first = breakerClient();
    for (let i = 0; i < 3; i++) await expect(first.get()).rejects.toMatchObject({ status: 504 });

    // Another instance of the same source, even at another address, is refused without a call.
    const other = nock('http://mirror.test').get('/adressen/42').reply(200, ADRES);
    const second = createHttpClient({
      source: 'testbron',
      baseURL: 'http://mirror.test',
      timeoutMs: 1000,
      resilience: { breaker: { consecutiveFailures: 3, halfOpenAfterMs: 300 } },
    });
    await expect(second.getJson('/adressen/42', { schema: Adres })).rejects.toMatchObject({
      extensions: { reason: 'CIRCUIT_OPEN', source: 'testbron' },
    });
    expect(other.isDone()).toBe(false);

    // A different source has its own, closed circuit.
    const elsewhere = nock(HOST).get('/adressen/42').reply(200, ADRES);
    expect(await breakerClient(1, 'anderebron').get()).toEqual(ADRES);
    expect(elsewhere.isDone()).toBe(true);
    expect(circuitStates()).toEqual({ testbron: 'open', anderebron: 'closed' });
  });

  it('stops retrying as soon as the call itself opens the circuit, with its own error', async () => {
    const scope = nock(HOST).get('/adressen/42').times(3).reply(503, '', { 'Retry-After': '0' });
    const client = testClient({ resilience: { retry: { maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 80 }, breaker: { consecutiveFailures: 3, halfOpenAfterMs: 300 } } });

    expect(await failure(client.get())).toEqual({
      message: 'De bron testbron is tijdelijk niet beschikbaar.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'testbron', retryAfter: 0 },
      detail: 'HTTP 503',
      status: 503,
    });
    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(client.calls.map((c) => [c.attempt ?? 1, c.retryInMs !== undefined])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
  });

  it('a call waiting to retry while other calls open the circuit gives up with its own error, without calling again', async () => {
    const scope = nock(HOST).get('/adressen/42').reply(503, '', { 'Retry-After': '1' }).get('/adressen/42').reply(503);
    const policy = { breaker: { consecutiveFailures: 2, halfOpenAfterMs: 5000 } };
    const patient = testClient({ source: 'trage-bron', resilience: { retry: { maxAttempts: 3 }, ...policy } });
    const once = testClient({ source: 'trage-bron', resilience: { retry: false, ...policy } });

    const waiting = failure(patient.get());
    await sleep(100); // the first call now waits 1 s before its retry
    await expect(once.get()).rejects.toMatchObject({ status: 503 });
    expect(circuitStates()).toEqual({ 'trage-bron': 'open' });

    expect(await waiting).toEqual({
      message: 'De bron trage-bron is tijdelijk niet beschikbaar.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'trage-bron', retryAfter: 1 },
      detail: 'HTTP 503',
      status: 503,
    });
    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(patient.calls).toEqual([{ source: 'trage-bron', method: 'GET', path: '/adressen/42', status: 503, error: 'UPSTREAM_UNAVAILABLE', retryInMs: 1000 }]);
  });

  it('404 and other 4xx are answers, not outages: not retried and the circuit stays closed', async () => {
    const scope = nock(HOST).get('/adressen/42').times(3).reply(404).get('/adressen/42').times(3).reply(400, { title: 'fout' });
    const client = breakerClient(3);
    for (let i = 0; i < 3; i++) expect(await client.get()).toBeUndefined();
    for (let i = 0; i < 3; i++) await expect(client.get()).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_REJECTED' }, status: 400 });
    expect(scope.isDone()).toBe(true);
    expect(circuitStates()).toEqual({ testbron: 'closed' });

    const next = nock(HOST).get('/adressen/42').reply(200, ADRES);
    expect(await client.get()).toEqual(ADRES);
    expect(next.isDone()).toBe(true);
    expect(client.calls).toHaveLength(7);
    expect(unmatched.count).toBe(0);
  });

  it('a malformed answer counts as a failure: invalid JSON and a wrong shape open the circuit', async () => {
    nock(HOST).get('/adressen/42').reply(200, 'not json').get('/adressen/42').reply(200, { id: 42 }).get('/adressen/42').reply(200, '<html>');
    const client = breakerClient(3);
    for (let i = 0; i < 3; i++) await expect(client.get()).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_BAD_RESPONSE' } });
    expect(client.calls).toHaveLength(3);
    expect(circuitStates()).toEqual({ testbron: 'open' });
    expect(await failure(client.get())).toEqual(CIRCUIT_OPEN);
    expect(unmatched.count).toBe(0);
  });

  it('a success between failures starts the count again', async () => {
    nock(HOST).get('/adressen/42').times(2).reply(500).get('/adressen/42').reply(200, ADRES).get('/adressen/42').times(2).reply(500);
    const client = breakerClient();
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) outcomes.push(await client.get().then(() => 'ok', (e: { status?: number }) => String(e.status)));
    expect(outcomes).toEqual(['500', '500', 'ok', '500', '500']);
    expect(circuitStates()).toEqual({ testbron: 'closed' });
  });

  it('refuses two policies for one source, and breaker: false never opens', async () => {
    breakerClient();
    expect(() => testClient({ resilience: { breaker: { consecutiveFailures: 9 } } })).toThrow(
      "the circuit breaker of upstream 'testbron' already exists with another policy",
    );

    const scope = nock(HOST).get('/adressen/42').times(6).reply(500);
    const stubborn = testClient({ source: 'koppig', resilience: { retry: false, breaker: false } });
    for (let i = 0; i < 6; i++) await expect(stubborn.get()).rejects.toMatchObject({ status: 500 });
    expect(scope.isDone()).toBe(true);
    expect(stubborn.calls).toHaveLength(6);
  });

  it('resetCircuitBreakers closes the circuit for clients that already exist', async () => {
    nock(HOST).get('/adressen/42').times(3).reply(503);
    const client = breakerClient();
    for (let i = 0; i < 3; i++) await expect(client.get()).rejects.toMatchObject({ status: 503 });
    expect(await failure(client.get())).toEqual(CIRCUIT_OPEN);

    resetCircuitBreakers();
    const scope = nock(HOST).get('/adressen/42').reply(200, ADRES);
    expect(await client.get()).toEqual(ADRES);
    expect(scope.isDone()).toBe(true);
  });
});
