import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closeServer, createHttpClient, createSandboxFaults, createSandboxHost, listen, resetCircuitBreakers, sendJson, type Sandbox } from '@hub/shared';
import { failure } from './support/upstream.js';

const Echo = z.object({ pad: z.string() });

/** A sandbox that answers every GET with the path it got. */
const echo: Sandbox = {
  prefix: 'echo',
  name: 'echo',
  handle(req, res, url) {
    if (req.method !== 'GET') return false;
    sendJson(res, 200, { pad: url.pathname });
    return true;
  },
};

describe('createSandboxHost: faults on demand', () => {
  const faults = createSandboxFaults();
  const calls = new Map<string, number>();
  let host: Server;
  let base: string;
  beforeAll(async () => {
    host = createSandboxHost([echo], { calls, faults });
    base = `http://127.0.0.1:${await listen(host, 0)}/echo`;
  });
  afterAll(() => closeServer(host, 100));
  beforeEach(() => {
    faults.clear();
    calls.clear();
    resetCircuitBreakers();
  });

  const get = async (path = '/a') => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() };
  };
  const client = (timeoutMs = 1000) =>
    createHttpClient({ source: 'echo', baseURL: base, timeoutMs, resilience: { retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } } });

  it('answers normally without a fault, and counts every call, a failed one too', async () => {
    expect(await get()).toEqual({ status: 200, retryAfter: null, body: '{"pad":"/a"}' });
    faults.set('echo', { status: 503, retryAfterSeconds: 1 });
    expect(await get()).toEqual({ status: 503, retryAfter: '1', body: '{"title":"Sandbox fault","status":503}' });
    expect(Object.fromEntries(calls)).toEqual({ echo: 2 });
  });

  it('a status with a raw body, or a 200 with a body that is not JSON', async () => {
    faults.set('echo', { status: 429, body: '{"title":"te veel"}' });
    expect(await get()).toEqual({ status: 429, retryAfter: null, body: '{"title":"te veel"}' });
    faults.set('echo', { body: 'not json' });
    expect(await get()).toEqual({ status: 200, retryAfter: null, body: 'not json' });
    expect(await failure(client().getJson('/a', { schema: Echo }))).toMatchObject({ extensions: { code: 'UPSTREAM_BAD_RESPONSE', source: 'echo' } });
  });

  it('a delay alone is a slow but correct answer; longer than the timeout, a hang that does not keep the host busy', async () => {
    faults.set('echo', { delayMs: 150 });
    const started = Date.now();
    expect(await get()).toEqual({ status: 200, retryAfter: null, body: '{"pad":"/a"}' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);

    faults.set('echo', { delayMs: 60_000 });
    const hung = Date.now();
    expect(await failure(client(100).getJson('/a', { schema: Echo }))).toMatchObject({ extensions: { code: 'UPSTREAM_TIMEOUT', source: 'echo' } });
    expect(Date.now() - hung).toBeLessThan(1000);
    expect(calls.get('echo')).toBe(3);
  });

  it('a reset closes the connection without an answer; the client retries', async () => {
    faults.set('echo', { reset: true, times: 1 });
    const http = client();
    expect(await http.getJson('/a', { schema: Echo })).toEqual({ pad: '/a' });
    expect(calls.get('echo')).toBe(2);
  });

  it('times: only the next n calls fail; path: only paths under it', async () => {
    faults.set('echo', { status: 502, times: 2, path: '/kapot' });
    expect((await get('/heel')).status).toBe(200);
    expect([(await get('/kapot/1')).status, (await get('/kapot/2')).status, (await get('/kapot/3')).status]).toEqual([502, 502, 200]);
    expect(() => faults.set('echo', { status: 503, times: 0 })).toThrow('fault.times must be a whole number >= 1');
  });

  it('clear removes the fault of one prefix or all', async () => {
    faults.set('echo', { status: 503 });
    faults.clear('elders');
    expect((await get()).status).toBe(503);
    faults.clear('echo');
    expect((await get()).status).toBe(200);
  });
});
