import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_RESILIENCE, parseRetryAfter, resetCircuitBreakers, resolveResilience, retryBackoffMs } from '@hub/shared';
import { ADRES, failure, HOST, networkError, testClient, unmatchedCounter } from './support/upstream.js';

const UNAVAILABLE = { message: 'De bron testbron is tijdelijk niet beschikbaar.', extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'testbron' } };
const TIMEOUT = { message: 'De bron testbron antwoordde niet op tijd.', extensions: { code: 'UPSTREAM_TIMEOUT', source: 'testbron' } };
const GET = { source: 'testbron', method: 'GET', path: '/adressen/42' };

/** The wait before a retry of the test client (baseDelayMs 20, maxDelayMs 80, equal jitter). */
const backoff = (retry: number) => expect.toSatisfy((ms: number) => ms >= [10, 20, 40][retry - 1]! && ms <= [20, 40, 80][retry - 1]!);

describe('createHttpClient: retries of reads (nock upstream)', () => {
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

  it('answers a healthy upstream with one call and reports it without retry info', async () => {
    const scope = nock(HOST).get('/adressen/42').reply(200, ADRES);
    const client = testClient();
    expect(await client.get()).toEqual(ADRES);
    expect(scope.isDone()).toBe(true);
    expect(client.calls).toEqual([{ ...GET, status: 200 }]);
  });

  it('a hang: every attempt is cut off at timeoutMs and retried; after three UPSTREAM_TIMEOUT, no more calls', async () => {
    const scope = nock(HOST).get('/adressen/42').times(3).delay(2000).reply(200, ADRES);
    const client = testClient({ timeoutMs: 100 });
    const started = Date.now();

    expect(await failure(client.get())).toEqual({ ...TIMEOUT, detail: 'ERR_CANCELED', status: undefined });

    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(client.calls).toEqual([
      { ...GET, error: 'UPSTREAM_TIMEOUT', retryInMs: backoff(1) },
      { ...GET, error: 'UPSTREAM_TIMEOUT', attempt: 2, retryInMs: backoff(2) },
      { ...GET, error: 'UPSTREAM_TIMEOUT', attempt: 3 },
    ]);
  });

  it('the timeout bounds the whole attempt: a body that stalls after the headers times out too', async () => {
    nock(HOST).get('/adressen/42').delayBody(2000).reply(200, ADRES);
    nock(HOST).get('/adressen/42').reply(200, ADRES);
    const client = testClient({ timeoutMs: 150 });
    const started = Date.now();

    expect(await client.get()).toEqual(ADRES);

    expect(Date.now() - started).toBeLessThan(1000);
    expect(client.calls).toEqual([
      { ...GET, error: 'UPSTREAM_TIMEOUT', retryInMs: backoff(1) },
      { ...GET, status: 200, attempt: 2 },
    ]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('503 with Retry-After in seconds: waits at least that long, then the retry answers', async () => {
    const scope = nock(HOST).get('/adressen/42').reply(503, 'busy', { 'Retry-After': '1' }).get('/adressen/42').reply(200, ADRES);
    const client = testClient();
    const started = Date.now();

    expect(await client.get()).toEqual(ADRES);

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeLessThan(1800);
    expect(scope.isDone()).toBe(true);
    expect(client.calls).toEqual([
      { ...GET, status: 503, error: 'UPSTREAM_UNAVAILABLE', retryInMs: 1000 },
      { ...GET, status: 200, attempt: 2 },
    ]);
    expect(client.logs.filter((l) => l.level === 'warn')).toEqual([
      { level: 'warn', msg: 'upstream call failed; retrying', upstream: expect.objectContaining({ ...GET, status: 503, retryInMs: 1000 }) },
    ]);
  });

  it('503 with Retry-After as an HTTP date: waits until then', async () => {
    // HTTP dates have whole seconds: the next whole second plus one is between 1 and 2 s away.
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 2000);
    nock(HOST).get('/adressen/42').reply(503, '', { 'Retry-After': at.toUTCString() }).get('/adressen/42').reply(200, ADRES);
    const client = testClient();

    expect(await client.get()).toEqual(ADRES);

    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    expect(client.calls).toEqual([
      { ...GET, status: 503, error: 'UPSTREAM_UNAVAILABLE', retryInMs: expect.toSatisfy((ms: number) => ms > 900 && ms <= 2000) },
      { ...GET, status: 200, attempt: 2 },
    ]);
  });

  it('503 with a Retry-After beyond the maximum wait: fails at once with the hint, one call', async () => {
    const scope = nock(HOST).get('/adressen/42').reply(503, '', { 'Retry-After': '120' });
    const client = testClient();
    const started = Date.now();

    expect(await failure(client.get())).toEqual({
      message: UNAVAILABLE.message,
      extensions: { ...UNAVAILABLE.extensions, retryAfter: 120 },
      detail: 'HTTP 503',
      status: 503,
    });

    expect(Date.now() - started).toBeLessThan(500);
    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(client.calls).toEqual([{ ...GET, status: 503, error: 'UPSTREAM_UNAVAILABLE' }]);
  });

  it('429 is retried with backoff; three in a row fail with UPSTREAM_UNAVAILABLE after exactly three calls', async () => {
    const scope = nock(HOST).get('/adressen/42').times(3).reply(429, { title: 'Too Many Requests' });
    const client = testClient();

    expect(await failure(client.get())).toEqual({ ...UNAVAILABLE, detail: 'HTTP 429', status: 429 });

    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(client.calls).toEqual([
      { ...GET, status: 429, error: 'UPSTREAM_UNAVAILABLE', retryInMs: backoff(1) },
      { ...GET, status: 429, error: 'UPSTREAM_UNAVAILABLE', attempt: 2, retryInMs: backoff(2) },
      { ...GET, status: 429, error: 'UPSTREAM_UNAVAILABLE', attempt: 3 },
    ]);
  });

  it.each([
    ['a connection reset (socket hang up)', networkError('ECONNRESET', 'socket hang up')],
    ['a refused connection', networkError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443')],
  ])('%s is retried and the second attempt answers', async (_case, error) => {
    const scope = nock(HOST).get('/adressen/42').replyWithError(error).get('/adressen/42').reply(200, ADRES);
    const client = testClient();

    expect(await client.get()).toEqual(ADRES);

    expect(scope.isDone()).toBe(true);
    expect(client.calls).toEqual([
      { ...GET, error: 'UPSTREAM_UNAVAILABLE', retryInMs: backoff(1) },
      { ...GET, status: 200, attempt: 2 },
    ]);
  });

  it('connection resets on every attempt: "niet bereikbaar" after three calls', async () => {
    nock(HOST).get('/adressen/42').times(3).replyWithError(networkError('ECONNRESET', 'socket hang up'));
    const client = testClient();

    expect(await failure(client.get())).toEqual({
      message: 'De bron testbron is niet bereikbaar.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'testbron' },
      detail: 'ECONNRESET',
      status: undefined,
    });
    expect(client.calls.map((c) => [c.attempt ?? 1, c.error])).toEqual([
      [1, 'UPSTREAM_UNAVAILABLE'],
      [2, 'UPSTREAM_UNAVAILABLE'],
      [3, 'UPSTREAM_UNAVAILABLE'],
    ]);
    expect(nock.pendingMocks()).toEqual([]);
    expect(unmatched.count).toBe(0);
  });

  it('invalid JSON is UPSTREAM_BAD_RESPONSE after one call: a broken answer is not retried', async () => {
    const scope = nock(HOST).get('/adressen/42').reply(200, '{"id": "42", "straat"');
    const client = testClient();

    expect(await failure(client.get())).toEqual({
      message: 'De bron testbron gaf een onleesbaar antwoord.',
      extensions: { code: 'UPSTREAM_BAD_RESPONSE', source: 'testbron' },
      detail: 'invalid JSON',
      status: 200,
    });
    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(client.calls).toEqual([{ ...GET, status: 200, error: 'UPSTREAM_BAD_RESPONSE' }]);
  });

  it('a wrong shape is UPSTREAM_BAD_RESPONSE naming the field, after one call; never undefined in a required field', async () => {
    const scope = nock(HOST).get('/adressen/42').reply(200, { id: 42 });
    const client = testClient();

    expect(await failure(client.get())).toEqual({
      message: 'De bron testbron gaf een antwoord in een onverwachte vorm.',
      extensions: { code: 'UPSTREAM_BAD_RESPONSE', source: 'testbron' },
      detail: 'id: Invalid input: expected string, received number; straat: Invalid input: expected string, received undefined',
      status: 200,
    });
    expect(scope.isDone()).toBe(true);
    expect(client.calls).toEqual([{ ...GET, status: 200, error: 'UPSTREAM_BAD_RESPONSE' }]);
  });

  it.each([
    [404, 'an empty status of the call: undefined, no error'],
    [400, 'UPSTREAM_REJECTED'],
    [403, 'UPSTREAM_REJECTED'],
    [500, 'UPSTREAM_UNAVAILABLE'],
  ])('%i is not retried (%s)', async (status, _outcome) => {
    const scope = nock(HOST).get('/adressen/42').reply(status, { title: 'nee' });
    const client = testClient();
    const result = client.get();
    if (status === 404) expect(await result).toBeUndefined();
    else await expect(result).rejects.toMatchObject({ extensions: { source: 'testbron' }, status });
    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(client.calls).toHaveLength(1);
  });

  it('a POST is never retried, whatever the failure', async () => {
    const scope = nock(HOST).post('/aanvragen').reply(503, '', { 'Retry-After': '0' });
    const client = testClient();

    expect(await failure(client.http.postJson('/aanvragen', { a: 1 }, { schema: z.object({ ok: z.boolean() }) }))).toMatchObject(UNAVAILABLE);

    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(client.calls).toEqual([{ source: 'testbron', method: 'POST', path: '/aanvragen', status: 503, error: 'UPSTREAM_UNAVAILABLE' }]);
  });

  it('a POST with an idempotency key is retried and sends the same key every time', async () => {
    const scope = nock(HOST)
      .matchHeader('idempotency-key', 'aanvraag-7')
      .post('/aanvragen', { a: 1 })
      .replyWithError(networkError('ECONNRESET', 'socket hang up'))
      .post('/aanvragen', { a: 1 })
      .reply(201, { ok: true });
    const client = testClient();

    expect(await client.http.postJson('/aanvragen', { a: 1 }, { schema: z.object({ ok: z.boolean() }), idempotencyKey: 'aanvraag-7' })).toEqual({ ok: true });

    expect(scope.isDone()).toBe(true);
    expect(client.calls.map((c) => [c.method, c.attempt ?? 1, c.status ?? c.error])).toEqual([
      ['POST', 1, 'UPSTREAM_UNAVAILABLE'],
      ['POST', 2, 201],
    ]);
  });

  it('a form POST marked idempotent (a token request) is retried like a read', async () => {
    const scope = nock(HOST).post('/token', 'grant_type=client_credentials').reply(502).post('/token', 'grant_type=client_credentials').reply(200, { ok: true });
    const client = testClient();

    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    expect(await client.http.postForm('/token', body, { schema: z.object({ ok: z.boolean() }), idempotent: true })).toEqual({ ok: true });

    expect(scope.isDone()).toBe(true);
    expect(client.calls.map((c) => c.status)).toEqual([502, 200]);
  });

  it('retry: false makes one attempt only', async () => {
    const scope = nock(HOST).get('/adressen/42').reply(503);
    const client = testClient({ resilience: { retry: false } });
    await expect(client.get()).rejects.toMatchObject(UNAVAILABLE);
    expect(scope.isDone()).toBe(true);
    expect(unmatched.count).toBe(0);
    expect(client.calls).toHaveLength(1);
  });
});

describe('the policy and its parts', () => {
  it('has its defaults in one place and checks overrides', () => {
    expect(DEFAULT_RESILIENCE).toEqual({
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 2000 },
      breaker: { consecutiveFailures: 5, halfOpenAfterMs: 10_000 },
    });
    expect(resolveResilience({ retry: { maxAttempts: 2 }, breaker: false })).toEqual({
      retry: { maxAttempts: 2, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 2000 },
      breaker: false,
    });
    expect(() => resolveResilience({ retry: { maxAttempts: 0 } })).toThrow('retry.maxAttempts must be a whole number >= 1, got 0');
    expect(() => resolveResilience({ retry: { baseDelayMs: 500, maxDelayMs: 100 } })).toThrow('retry.maxDelayMs must be a whole number >= 500');
    expect(() => resolveResilience({ breaker: { halfOpenAfterMs: 0.5 } })).toThrow('breaker.halfOpenAfterMs');
  });

  it('backs off exponentially with equal jitter, capped', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 300, maxRetryAfterMs: 0 };
    expect([1, 2, 3, 4].map((n) => retryBackoffMs(policy, n, () => 0))).toEqual([50, 100, 150, 150]);
    expect([1, 2, 3, 4].map((n) => retryBackoffMs(policy, n, () => 1))).toEqual([100, 200, 300, 300]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(['7'], now)).toBe(7000);
    expect([parseRetryAfter(undefined, now), parseRetryAfter('', now), parseRetryAfter('soon', now), parseRetryAfter('-1', now)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
