import { circuitStates, resetCircuitBreakers, type UpstreamCall } from '@hub/shared';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FEED_URL, IPDC_URL, referenceFile, sandboxPage, startSubgraph, testClient, type RunningSubgraph } from './helpers.js';

/** `extensions.retryAfter` of an open circuit: the seconds left of its 10 s half-open delay. */
const SECONDS_TO_HALF_OPEN = expect.toSatisfy((s: number) => Number.isInteger(s) && s >= 1 && s <= 10);

/**
 * The resilience of the IPDC client (instances and the snapshot feed share the source `ipdc`, so one
 * circuit breaker) with the hub's default policy, and of the subgraph: IPDC failing costs only the
 * fields that need IPDC; what the replica holds is served without it.
 */

const INSTANTIE = 'e8843fda-b3a8-4334-905c-8e49eb12203b';
const INSTANTIE_PATH = `/doc/instantie/${INSTANTIE}`;
const FEED_PATH = '/doc/instantiesnapshot';
const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
const page = (n: number) => ({ limit: '25', pageNumber: String(n) });

/** [path, attempt, status, error, retried?] per attempt. */
const attempts = (calls: UpstreamCall[]) => calls.map((c) => [c.path, c.attempt ?? 1, c.status ?? null, c.error ?? null, c.retryInMs !== undefined]);

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    const e = err as { message: string; extensions: Record<string, unknown> };
    return { message: e.message, extensions: { ...e.extensions } };
  }
  throw new Error('expected a failure');
}

const UNAVAILABLE = { message: 'De bron ipdc is tijdelijk niet beschikbaar.', extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'ipdc' } };

let unmatched = 0;
const countUnmatched = (req: { hostname?: string; host?: string }) => {
  // Calls to the subgraph itself (127.0.0.1) pass through nock on purpose.
  if (!(req.hostname ?? req.host ?? '').startsWith('127.0.0.1')) unmatched += 1;
};

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  nock.emitter.on('no match', countUnmatched);
});
afterAll(() => {
  nock.emitter.removeListener('no match', countUnmatched);
  nock.enableNetConnect();
});
beforeEach(() => {
  resetCircuitBreakers();
  unmatched = 0;
});
afterEach(() => {
  nock.cleanAll();
});

describe('the IPDC client against a failing IPDC (nock)', () => {
  it('an instance, a hang: three attempts cut off at the timeout, then UPSTREAM_TIMEOUT', async () => {
    const calls: UpstreamCall[] = [];
    const scope = nock(IPDC_URL).get(INSTANTIE_PATH).times(3).delay(2000).reply(200, referenceFile('ipdc-doc-instantie-e8843fda.jsonld'));
    const started = Date.now();

    expect(await rejection(testClient({ calls, timeoutMs: 150 }).getInstantie(INSTANTIE))).toEqual({
      message: 'De bron ipdc antwoordde niet op tijd.',
      extensions: { code: 'UPSTREAM_TIMEOUT', source: 'ipdc' },
    });

    expect(Date.now() - started).toBeLessThan(1500);
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(attempts(calls)).toEqual([
      [INSTANTIE_PATH, 1, null, 'UPSTREAM_TIMEOUT', true],
      [INSTANTIE_PATH, 2, null, 'UPSTREAM_TIMEOUT', true],
      [INSTANTIE_PATH, 3, null, 'UPSTREAM_TIMEOUT', false],
    ]);
  });

  it('an instance, 503 with Retry-After: 1, then 429, then the answer: waits the second, backs off, gets it', async () => {
    const calls: UpstreamCall[] = [];
    const scope = nock(IPDC_URL)
      .get(INSTANTIE_PATH)
      .reply(503, 'onderhoud', { 'Retry-After': '1' })
      .get(INSTANTIE_PATH)
      .reply(429, { message: 'Too Many Requests' })
      .get(INSTANTIE_PATH)
      .reply(200, referenceFile('ipdc-doc-instantie-e8843fda.jsonld'));
    const started = Date.now();

    expect((await testClient({ calls }).getInstantie(INSTANTIE))?.product.id).toBe(INSTANTIE);

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(scope.isDone()).toBe(true);
    expect(calls.map((c) => [c.attempt ?? 1, c.status, c.retryInMs === undefined ? null : c.retryInMs >= 1000])).toEqual([
      [1, 503, true],
      [2, 429, false],
      [3, 200, null],
    ]);
  });

  it('an instance, a connection reset: retried once', async () => {
    const calls: UpstreamCall[] = [];
    const scope = nock(IPDC_URL).get(INSTANTIE_PATH).replyWithError(reset()).get(INSTANTIE_PATH).reply(200, referenceFile('ipdc-doc-instantie-e8843fda.jsonld'));
    expect((await testClient({ calls }).getInstantie(INSTANTIE))?.product.id).toBe(INSTANTIE);
    expect(scope.isDone()).toBe(true);
    expect(attempts(calls)).toEqual([
      [INSTANTIE_PATH, 1, null, 'UPSTREAM_UNAVAILABLE', true],
      [INSTANTIE_PATH, 2, 200, null, false],
    ]);
  });

  it.each([
    ['invalid JSON', '<html>onderhoud</html>', 'De bron ipdc gaf een onleesbaar antwoord.'],
    ['a wrong shape', { '@id': 'x', naam: 'geen taalkaart' }, 'De bron ipdc gaf een antwoord in een onverwachte vorm.'],
  ])('an instance, %s: UPSTREAM_BAD_RESPONSE after one call', async (_case, body, message) => {
    const calls: UpstreamCall[] = [];
    const scope = nock(IPDC_URL).get(INSTANTIE_PATH).reply(200, body);
    expect(await rejection(testClient({ calls }).getInstantie(INSTANTIE))).toEqual({ message, extensions: { code: 'UPSTREAM_BAD_RESPONSE', source: 'ipdc' } });
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('a feed page that fails on the way (503, a reset) is retried; the whole feed is read, each page once in the end', async () => {
    const calls: UpstreamCall[] = [];
    const scope = nock(FEED_URL)
      .get(FEED_PATH)
      .query(page(0))
      .reply(200, sandboxPage(0))
      .get(FEED_PATH)
      .query(page(1))
      .reply(503)
      .get(FEED_PATH)
      .query(page(1))
      .replyWithError(reset())
      .get(FEED_PATH)
      .query(page(1))
      .reply(200, sandboxPage(1))
      .get(FEED_PATH)
      .query(page(2))
      .reply(200, sandboxPage(2));

    expect(await testClient({ calls }).readSnapshots()).toHaveLength(9);
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(attempts(calls)).toEqual([
      [FEED_PATH, 1, 200, null, false],
      [FEED_PATH, 1, 503, 'UPSTREAM_UNAVAILABLE', true],
      [FEED_PATH, 2, null, 'UPSTREAM_UNAVAILABLE', true],
      [FEED_PATH, 3, 200, null, false],
      [FEED_PATH, 1, 200, null, false],
    ]);
  });

  it('instances and feed share one circuit: five failed instance attempts make the feed fail at once, without a call', async () => {
    const calls: UpstreamCall[] = [];
    const client = testClient({ calls });
    const failing = nock(IPDC_URL).get(INSTANTIE_PATH).times(5).reply(502);
    await expect(client.getInstantie(INSTANTIE)).rejects.toMatchObject(UNAVAILABLE);
    await expect(client.getInstantie(INSTANTIE)).rejects.toMatchObject(UNAVAILABLE);
    expect(failing.isDone()).toBe(true);
    expect(circuitStates()).toEqual({ ipdc: 'open' });

    const feed = nock(FEED_URL).get(FEED_PATH).query(page(0)).reply(200, sandboxPage(0));
    expect(await rejection(client.readSnapshotPage(0))).toEqual({
      ...UNAVAILABLE,
      extensions: { ...UNAVAILABLE.extensions, reason: 'CIRCUIT_OPEN', retryAfter: SECONDS_TO_HALF_OPEN },
    });
    expect(feed.isDone()).toBe(false);
    expect(calls).toHaveLength(5);
    expect(unmatched).toBe(0);
  });

  it('404 is an answer: undefined, one call each, and the circuit stays closed', async () => {
    const calls: UpstreamCall[] = [];
    const client = testClient({ calls });
    const scope = nock(IPDC_URL).get(INSTANTIE_PATH).times(6).reply(404, { message: 'Not Found' });
    for (let i = 0; i < 6; i++) expect(await client.getInstantie(INSTANTIE)).toBeUndefined();
    expect(scope.isDone()).toBe(true);
    expect(calls).toHaveLength(6);
    expect(circuitStates()).toEqual({ ipdc: 'closed' });
  });
});

describe('the ipdc subgraph: IPDC failing costs only what needs IPDC (nock)', () => {
  let subgraph: RunningSubgraph;
  beforeEach(async () => {
    subgraph = await startSubgraph();
    const feed = [0, 1, 2].map((n) => nock(FEED_URL).get(FEED_PATH).query(page(n)).reply(200, sandboxPage(n)));
    expect((await subgraph.sync.syncNow()).uitkomst).toBe('VOLTOOID');
    expect(feed.map((s) => s.isDone())).toEqual([true, true, true]);
    subgraph.calls.length = 0;
  });
  afterEach(async () => subgraph?.close());

  const QUERY = `query ($id: ID!) {
    producten(type: FINANCIEEL_VOORDEEL) { id naam }
    bekend: product(id: "${DEMO_PRODUCTS.mijnVerbouwPremie}") { naam }
    onbekend: product(id: $id) { naam }
  }`;
  const PRODUCTEN = [
    { id: DEMO_PRODUCTS.mijnVerbouwLening, naam: 'Mijn VerbouwLening' },
    { id: DEMO_PRODUCTS.mijnVerbouwPremie, naam: 'Mijn VerbouwPremie' },
  ];
  const ONBEKEND_AT = { locations: [{ line: 4, column: 5 }], path: ['onbekend'] };

  it('IPDC answering 503: the replica serves the list and the known product; the unknown one is null with the error of ipdc', async () => {
    const ipdc = nock(IPDC_URL).get(INSTANTIE_PATH).times(3).reply(503);

    const response = await subgraph.query(QUERY, { id: INSTANTIE });

    expect(response.body).toEqual({
      data: { producten: PRODUCTEN, bekend: { naam: 'Mijn VerbouwPremie' }, onbekend: null },
      errors: [{ ...UNAVAILABLE, ...ONBEKEND_AT }],
    });
    expect(ipdc.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(attempts(subgraph.calls)).toEqual([
      [INSTANTIE_PATH, 1, 503, 'UPSTREAM_UNAVAILABLE', true],
      [INSTANTIE_PATH, 2, 503, 'UPSTREAM_UNAVAILABLE', true],
      [INSTANTIE_PATH, 3, 503, 'UPSTREAM_UNAVAILABLE', false],
    ]);
  });

  it('IPDC hanging, across requests: the circuit opens and the next request costs IPDC nothing; the replica still answers', async () => {
    const hung = await startSubgraph({ timeoutMs: 150 });
    try {
      nock(FEED_URL).get(FEED_PATH).query(true).times(3).reply((_uri) => [200, sandboxPage(Number(new URL(_uri, FEED_URL).searchParams.get('pageNumber')))]);
      await hung.sync.syncNow();
      hung.calls.length = 0;
      const ipdc = nock(IPDC_URL).get(INSTANTIE_PATH).times(5).delay(2000).reply(200, referenceFile('ipdc-doc-instantie-e8843fda.jsonld'));
      const timeout = { message: 'De bron ipdc antwoordde niet op tijd.', extensions: { code: 'UPSTREAM_TIMEOUT', source: 'ipdc' } };

      const eerste = await hung.query(QUERY, { id: INSTANTIE });
      const tweede = await hung.query(QUERY, { id: INSTANTIE });
      for (const response of [eerste, tweede]) {
        expect(response.body).toEqual({
          data: { producten: PRODUCTEN, bekend: { naam: 'Mijn VerbouwPremie' }, onbekend: null },
          errors: [{ ...timeout, ...ONBEKEND_AT }],
        });
      }
      expect(ipdc.isDone()).toBe(true);
      expect(hung.calls).toHaveLength(5);

      const derde = await hung.query(QUERY, { id: INSTANTIE });
      expect(derde.body).toEqual({
        data: { producten: PRODUCTEN, bekend: { naam: 'Mijn VerbouwPremie' }, onbekend: null },
        errors: [{ ...UNAVAILABLE, extensions: { ...UNAVAILABLE.extensions, reason: 'CIRCUIT_OPEN', retryAfter: SECONDS_TO_HALF_OPEN }, ...ONBEKEND_AT }],
      });
      expect(hung.calls).toHaveLength(5);
      expect(unmatched).toBe(0);
    } finally {
      await hung.close();
    }
  });

  it('a sync while the feed fails: it stops after the retries and the replica keeps serving what it had', async () => {
    const feed = nock(FEED_URL).get(FEED_PATH).query(true).times(3).reply(503, '', { 'Retry-After': '0' });

    const result = await subgraph.sync.syncNow();

    expect(result).toEqual({
      uitkomst: 'MISLUKT',
      paginas: [],
      snapshots: 0,
      gewijzigd: 0,
      fout: { code: 'UPSTREAM_UNAVAILABLE', bron: 'ipdc', bericht: 'De bron ipdc is tijdelijk niet beschikbaar.' },
    });
    expect(feed.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(subgraph.calls.map((c) => [c.path, c.attempt ?? 1, c.status])).toEqual([
      [FEED_PATH, 1, 503],
      [FEED_PATH, 2, 503],
      [FEED_PATH, 3, 503],
    ]);
    expect((await subgraph.query('{ producten(type: FINANCIEEL_VOORDEEL) { id naam } }')).body).toEqual({ data: { producten: PRODUCTEN } });
  });
});
