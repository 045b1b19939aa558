import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { circuitStates, clientCredentialsTokenProvider, createLogger, resetCircuitBreakers, type UpstreamCall } from '@hub/shared';
import { createWoningpasClients, type WoningpasClients } from '../src/server.js';
import { byPath, CLIENT, nockConfig, startWoningpas, UPSTREAM, type TestWoningpas } from './helpers.js';
import {
  adresBody,
  certificaatDetail,
  certificaatItem,
  F_TIENSESTRAAT,
  gebouweenhedenBody,
  nockAdressenregister,
  nockToken,
  nockVeka,
  TIENSESTRAAT,
} from './upstream.js';

/** `extensions.retryAfter` of an open circuit: the seconds left of its 10 s half-open delay. */
const SECONDS_TO_HALF_OPEN = expect.toSatisfy((s: number) => Number.isInteger(s) && s >= 1 && s <= 10);

/**
 * The resilience of every woningpas upstream (address register, VEKA EPC search and detail, the ACM/IDM
 * token endpoint) with the hub's default policy: reads retried up to three attempts with backoff,
 * `Retry-After` honoured up to 2 s, one circuit breaker per source opening after five failed attempts.
 */

const SPOC_REDEN = 'Renovatiebegeleiding Energieloket Leuven (rol spoc)';
const CRITERIA = { straat: 'Tiensestraat', huisnummer: '120', postcode: '3000', gemeente: 'Leuven' };
const ADRES_PATH = '/v2/adressen/3000120';
const ZOEK_PATH = '/dossier-api/v1/extern/certificaten';
const DETAIL_PATH = '/dossier-api/v1/extern/certificaat';
/** A VEKA query that carries the SPOC's legal purpose (on every attempt, retries included). */
const metReden = (query: Record<string, unknown>) => query.reden === SPOC_REDEN;
const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

/** [source, path, attempt, status, error, retried?] per attempt. */
const attempts = (calls: UpstreamCall[]) => calls.map((c) => [c.source, c.path, c.attempt ?? 1, c.status ?? null, c.error ?? null, c.retryInMs !== undefined]);

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    const e = err as { message: string; extensions: Record<string, unknown> };
    return { message: e.message, extensions: { ...e.extensions } };
  }
  throw new Error('expected a failure');
}

let unmatched = 0;
const countUnmatched = (req: { host?: string; hostname?: string }) => {
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

describe('the woningpas clients against failing upstreams (nock)', () => {
  let calls: UpstreamCall[];
  let clients: WoningpasClients;
  beforeEach(() => {
    calls = [];
    clients = createWoningpasClients(nockConfig({ UPSTREAM_TIMEOUT_MS: '150' }), createLogger('woningpas-test', 'silent'), (c) => calls.push(c));
  });

  it('address register, a hang: three attempts cut off at the timeout, then UPSTREAM_TIMEOUT', async () => {
    const scope = nockAdressenregister().get(ADRES_PATH).times(3).delay(2000).reply(200, adresBody(TIENSESTRAAT));
    const started = Date.now();

    expect(await rejection(clients.adressenregister.adres('3000120'))).toEqual({
      message: 'De bron adressenregister antwoordde niet op tijd.',
      extensions: { code: 'UPSTREAM_TIMEOUT', source: 'adressenregister' },
    });

    expect(Date.now() - started).toBeLessThan(1500);
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(attempts(calls)).toEqual([
      ['adressenregister', ADRES_PATH, 1, null, 'UPSTREAM_TIMEOUT', true],
      ['adressenregister', ADRES_PATH, 2, null, 'UPSTREAM_TIMEOUT', true],
      ['adressenregister', ADRES_PATH, 3, null, 'UPSTREAM_TIMEOUT', false],
    ]);
  });

  it('address register, 503 with Retry-After: 1: waits a second, the retry answers', async () => {
    const scope = nockAdressenregister().get(ADRES_PATH).reply(503, '', { 'Retry-After': '1' }).get(ADRES_PATH).reply(200, adresBody(TIENSESTRAAT));
    const started = Date.now();

    expect((await clients.adressenregister.adres('3000120'))?.identificator.objectId).toBe('3000120');

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(scope.isDone()).toBe(true);
    expect(calls.map((c) => [c.attempt ?? 1, c.status, c.retryInMs])).toEqual([
      [1, 503, 1000],
      [2, 200, undefined],
    ]);
  });

  it('address register, 503 asking to come back in a minute: fails at once with the hint, one call', async () => {
    const scope = nockAdressenregister().get(ADRES_PATH).reply(503, '', { 'Retry-After': '60' });

    expect(await rejection(clients.adressenregister.adres('3000120'))).toEqual({
      message: 'De bron adressenregister is tijdelijk niet beschikbaar.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'adressenregister', retryAfter: 60 },
    });
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('address register search (adresmatch), 429 then an answer: retried once', async () => {
    const scope = nockAdressenregister()
      .get('/v2/adresmatch')
      .query(true)
      .reply(429, { title: 'Too Many Requests' })
      .get('/v2/adresmatch')
      .query(true)
      .reply(200, { adresMatches: [] });

    expect(await clients.adressenregister.adresMatch({ straatnaam: 'Tiensestraat', huisnummer: '120', postcode: '3000' })).toEqual([]);
    expect(scope.isDone()).toBe(true);
    expect(attempts(calls)).toEqual([
      ['adressenregister', '/v2/adresmatch', 1, 429, 'UPSTREAM_UNAVAILABLE', true],
      ['adressenregister', '/v2/adresmatch', 2, 200, null, false],
    ]);
  });

  it.each([
    ['invalid JSON', '{"identificator": ', 'De bron adressenregister gaf een onleesbaar antwoord.'],
    ['a wrong shape', { ...adresBody(TIENSESTRAAT), huisnummer: 120 }, 'De bron adressenregister gaf een antwoord in een onverwachte vorm.'],
  ])('address register, %s: UPSTREAM_BAD_RESPONSE after one call (not retried)', async (_case, body, message) => {
    const scope = nockAdressenregister().get(ADRES_PATH).reply(200, body);
    expect(await rejection(clients.adressenregister.adres('3000120'))).toEqual({ message, extensions: { code: 'UPSTREAM_BAD_RESPONSE', source: 'adressenregister' } });
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('address register, 404: no such address, one call, and the circuit stays closed', async () => {
    const scope = nockAdressenregister().get(ADRES_PATH).times(6).reply(404, { title: 'Onbestaand adres.' });
    for (let i = 0; i < 6; i++) expect(await clients.adressenregister.adres('3000120')).toBeUndefined();
    expect(scope.isDone()).toBe(true);
    expect(calls).toHaveLength(6);
    expect(circuitStates().adressenregister).toBe('closed');
  });

  it('EPC search, a connection reset: retried with the same token and legal purpose', async () => {
    const token = nockToken('token-1');
    const veka = nockVeka()
      .matchHeader('authorization', 'Bearer token-1')
      .get(ZOEK_PATH)
      .query(metReden)
      .replyWithError(reset())
      .get(ZOEK_PATH)
      .query(metReden)
      .reply(200, [certificaatItem(F_TIENSESTRAAT)]);

    expect((await clients.epc.certificaten({ adres: CRITERIA }, SPOC_REDEN)).map((c) => c.attestnummer)).toEqual([F_TIENSESTRAAT.attestnummer]);
    expect(token.isDone() && veka.isDone()).toBe(true);
    expect(attempts(calls)).toEqual([
      ['epc', ZOEK_PATH, 1, null, 'UPSTREAM_UNAVAILABLE', true],
      ['epc', ZOEK_PATH, 2, 200, null, false],
    ]);
  });

  it('EPC search, 503 three times: UPSTREAM_UNAVAILABLE from epc after exactly three calls and one token', async () => {
    const token = nockToken();
    const veka = nockVeka().get(ZOEK_PATH).query(true).times(3).reply(503);

    expect(await rejection(clients.epc.certificaten({ adres: CRITERIA }, SPOC_REDEN))).toEqual({
      message: 'De bron epc is tijdelijk niet beschikbaar.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'epc' },
    });
    expect(token.isDone() && veka.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(attempts(calls)).toEqual([
      ['epc', ZOEK_PATH, 1, 503, 'UPSTREAM_UNAVAILABLE', true],
      ['epc', ZOEK_PATH, 2, 503, 'UPSTREAM_UNAVAILABLE', true],
      ['epc', ZOEK_PATH, 3, 503, 'UPSTREAM_UNAVAILABLE', false],
    ]);
  });

  it('EPC detail, a hang then an answer; a detail without its label is UPSTREAM_BAD_RESPONSE, not retried', async () => {
    nockToken();
    const veka = nockVeka()
      .get(DETAIL_PATH)
      .query(true)
      .delay(2000)
      .reply(200, certificaatDetail(F_TIENSESTRAAT))
      .get(DETAIL_PATH)
      .query(true)
      .reply(200, certificaatDetail(F_TIENSESTRAAT));
    expect((await clients.epc.certificaat(F_TIENSESTRAAT.attestnummer, SPOC_REDEN))?.score.label.waarde).toBe('F');
    expect(veka.isDone()).toBe(true);

    const broken = nockVeka().get(DETAIL_PATH).query(true).reply(200, certificaatDetail(F_TIENSESTRAAT, { score: { kengetal: { waarde: 612 } } }));
    expect(await rejection(clients.epc.certificaat(F_TIENSESTRAAT.attestnummer, SPOC_REDEN))).toEqual({
      message: 'De bron epc gaf een antwoord in een onverwachte vorm.',
      extensions: { code: 'UPSTREAM_BAD_RESPONSE', source: 'epc' },
    });
    expect(broken.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(attempts(calls)).toEqual([
      ['epc', DETAIL_PATH, 1, null, 'UPSTREAM_TIMEOUT', true],
      ['epc', DETAIL_PATH, 2, 200, null, false],
      ['epc', DETAIL_PATH, 1, 200, 'UPSTREAM_BAD_RESPONSE', false],
    ]);
  });

  it('EPC: five failed attempts open the circuit of epc; the next search fails at once without calling VEKA', async () => {
    nockToken();
    const failing = nockVeka().get(ZOEK_PATH).query(true).times(5).reply(502);
    await expect(clients.epc.certificaten({ adres: CRITERIA }, SPOC_REDEN)).rejects.toMatchObject({ extensions: { source: 'epc' } });
    await expect(clients.epc.certificaten({ adres: CRITERIA }, SPOC_REDEN)).rejects.toMatchObject({ extensions: { source: 'epc' } });
    expect(failing.isDone()).toBe(true);
    expect(calls).toHaveLength(5);
    expect(circuitStates()).toMatchObject({ epc: 'open', adressenregister: 'closed' });

    const healthy = nockVeka().get(ZOEK_PATH).query(true).reply(200, []);
    expect(await rejection(clients.epc.certificaten({ adres: CRITERIA }, SPOC_REDEN))).toEqual({
      message: 'De bron epc is tijdelijk niet beschikbaar.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'epc', reason: 'CIRCUIT_OPEN', retryAfter: SECONDS_TO_HALF_OPEN },
    });
    expect(healthy.isDone()).toBe(false);
    expect(calls).toHaveLength(5);
    expect(unmatched).toBe(0);

    // The address register is another upstream: its circuit is closed.
    const register = nockAdressenregister().get(ADRES_PATH).reply(200, adresBody(TIENSESTRAAT));
    expect((await clients.adressenregister.adres('3000120'))?.huisnummer).toBe('120');
    expect(register.isDone()).toBe(true);
  });
});

describe('the ACM/IDM token provider against a failing token endpoint (nock)', () => {
  const provider = (calls: UpstreamCall[]) =>
    clientCredentialsTokenProvider({
      source: 'acm-idm',
      tokenUrl: `${UPSTREAM.idp}/acm/token`,
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      timeoutMs: 150,
      onCall: (c) => calls.push(c),
    });
  const grant = { grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret };
  const TOKEN = { access_token: 'token-9', token_type: 'Bearer', expires_in: 3600 };

  it('retries a 503, a reset and a hang (a token request changes nothing), then caches the token', async () => {
    const calls: UpstreamCall[] = [];
    const idp = nock(UPSTREAM.idp).post('/acm/token', grant).reply(503).post('/acm/token', grant).replyWithError(reset()).post('/acm/token', grant).reply(200, TOKEN);
    const tokens = provider(calls);
    expect(await tokens.token()).toBe('token-9');
    expect(await tokens.token()).toBe('token-9');
    expect(idp.isDone()).toBe(true);
    expect(attempts(calls)).toEqual([
      ['acm-idm', '/acm/token', 1, 503, 'UPSTREAM_UNAVAILABLE', true],
      ['acm-idm', '/acm/token', 2, null, 'UPSTREAM_UNAVAILABLE', true],
      ['acm-idm', '/acm/token', 3, 200, null, false],
    ]);

    const hung: UpstreamCall[] = [];
    const slow = nock(UPSTREAM.idp).post('/acm/token', grant).delay(2000).reply(200, TOKEN).post('/acm/token', grant).reply(200, TOKEN);
    expect(await provider(hung).token()).toBe('token-9');
    expect(slow.isDone()).toBe(true);
    expect(attempts(hung)).toEqual([
      ['acm-idm', '/acm/token', 1, null, 'UPSTREAM_TIMEOUT', true],
      ['acm-idm', '/acm/token', 2, 200, null, false],
    ]);
  });

  it.each([
    ['a refused client (401)', (s: nock.Interceptor) => s.reply(401, { error: 'invalid_client' }), 'UPSTREAM_REJECTED', 'De bron acm-idm weigerde de vraag.'],
    ['invalid JSON', (s: nock.Interceptor) => s.reply(200, '{"access_token"'), 'UPSTREAM_BAD_RESPONSE', 'De bron acm-idm gaf een onleesbaar antwoord.'],
    [
      'a token without expiry',
      (s: nock.Interceptor) => s.reply(200, { access_token: 'x', token_type: 'Bearer' }),
      'UPSTREAM_BAD_RESPONSE',
      'De bron acm-idm gaf een antwoord in een onverwachte vorm.',
    ],
  ])('%s: one call, not retried', async (_case, reply, code, message) => {
    const calls: UpstreamCall[] = [];
    const idp = reply(nock(UPSTREAM.idp).post('/acm/token', grant));
    expect(await rejection(provider(calls).token())).toEqual({ message, extensions: { code, source: 'acm-idm' } });
    expect(idp.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(calls).toHaveLength(1);
  });
});

describe('the woningpas subgraph: a failing upstream costs only its own fields (nock upstreams)', () => {
  let wp: TestWoningpas | undefined;
  afterEach(async () => {
    await wp?.close();
    wp = undefined;
  });

  const QUERY = '{ _entities(representations: [{ __typename: "Woning", adresId: "3000120", heeftToegang: true }]) { ... on Woning { adresId adres { volledigAdres } epc { label } } } }';
  const ADRES_AT = { locations: [{ line: 1, column: 124 }], path: ['_entities', 0, 'adres'] };
  const EPC_AT = { locations: [{ line: 1, column: 148 }], path: ['_entities', 0, 'epc'] };
  const ADRES = { volledigAdres: 'Tiensestraat 120, 3000 Leuven' };
  const EENHEDEN_PATH = '/v2/gebouweenheden';
  /** The attempts in a stable order: the address and its building units load in parallel. */
  const sorted = (calls: UpstreamCall[]) => attempts(calls).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  /** The home's address and building unit from the register, `times` over. */
  const register = (times = 1) => [
    nockAdressenregister().get(ADRES_PATH).times(times).reply(200, adresBody(TIENSESTRAAT)),
    nockAdressenregister().get(EENHEDEN_PATH).query({ adresObjectId: '3000120' }).times(times).reply(200, gebouweenhedenBody([[30001201]])),
  ];
  const REGISTER_OK = [
    ['adressenregister', ADRES_PATH, 1, 200, null, false],
    ['adressenregister', EENHEDEN_PATH, 1, 200, null, false],
  ];

  it('VEKA answering 503: adres is there, epc is null with UPSTREAM_UNAVAILABLE from epc, after three searches', async () => {
    wp = await startWoningpas(nockConfig());
    register();
    nockToken();
    const veka = nockVeka().get(ZOEK_PATH).query(metReden).times(3).reply(503);

    const response = await wp.query('spoc', QUERY);

    expect(response.body).toEqual({
      data: { _entities: [{ adresId: '3000120', adres: ADRES, epc: null }] },
      errors: [{ message: 'De bron epc is tijdelijk niet beschikbaar.', extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'epc' }, ...EPC_AT }],
    });
    expect(veka.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
    expect(unmatched).toBe(0);
    expect(sorted(wp.calls)).toEqual([
      ...REGISTER_OK,
      ['epc', ZOEK_PATH, 1, 503, 'UPSTREAM_UNAVAILABLE', true],
      ['epc', ZOEK_PATH, 2, 503, 'UPSTREAM_UNAVAILABLE', true],
      ['epc', ZOEK_PATH, 3, 503, 'UPSTREAM_UNAVAILABLE', false],
    ]);
  });

  it('the address register hanging on the address: adres and epc are null with UPSTREAM_TIMEOUT, VEKA is never asked', async () => {
    wp = await startWoningpas(nockConfig({ UPSTREAM_TIMEOUT_MS: '150' }));
    const hanging = nockAdressenregister().get(ADRES_PATH).times(3).delay(2000).reply(200, adresBody(TIENSESTRAAT));
    const eenheden = nockAdressenregister().get(EENHEDEN_PATH).query({ adresObjectId: '3000120' }).reply(200, gebouweenhedenBody([[30001201]]));
    const started = Date.now();

    const response = await wp.query('spoc', QUERY);

    const timeout = { message: 'De bron adressenregister antwoordde niet op tijd.', extensions: { code: 'UPSTREAM_TIMEOUT', source: 'adressenregister' } };
    expect({ ...response.body, errors: byPath(response.body.errors) }).toEqual({
      data: { _entities: [{ adresId: '3000120', adres: null, epc: null }] },
      errors: [
        { ...timeout, ...ADRES_AT },
        { ...timeout, ...EPC_AT },
      ],
    });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(hanging.isDone() && eenheden.isDone()).toBe(true);
    expect(unmatched).toBe(0);
    expect(sorted(wp.calls)).toEqual([
      ['adressenregister', ADRES_PATH, 1, null, 'UPSTREAM_TIMEOUT', true],
      ['adressenregister', ADRES_PATH, 2, null, 'UPSTREAM_TIMEOUT', true],
      ['adressenregister', ADRES_PATH, 3, null, 'UPSTREAM_TIMEOUT', false],
      ['adressenregister', EENHEDEN_PATH, 1, 200, null, false],
    ]);
  });

  it('the token endpoint down: epc is null with the error of acm-idm, no VEKA call', async () => {
    wp = await startWoningpas(nockConfig());
    register();
    const idp = nock(UPSTREAM.idp).post('/acm/token').times(3).reply(503);

    const response = await wp.query('spoc', QUERY);

    expect(response.body).toEqual({
      data: { _entities: [{ adresId: '3000120', adres: ADRES, epc: null }] },
      errors: [{ message: 'De bron acm-idm is tijdelijk niet beschikbaar.', extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'acm-idm' }, ...EPC_AT }],
    });
    expect(idp.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
    expect(unmatched).toBe(0);
    expect(sorted(wp.calls)).toEqual(REGISTER_OK);
  });

  it('the circuit of epc opens across requests: the third page gets epc null with CIRCUIT_OPEN and costs VEKA nothing', async () => {
    wp = await startWoningpas(nockConfig());
    register(3);
    nockToken();
    const veka = nockVeka().get(ZOEK_PATH).query(metReden).times(5).reply(504);

    const unavailable = { message: 'De bron epc is tijdelijk niet beschikbaar.', extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'epc' }, ...EPC_AT };
    const pagina = (error: object) => ({ data: { _entities: [{ adresId: '3000120', adres: ADRES, epc: null }] }, errors: [error] });
    expect((await wp.query('spoc', QUERY)).body).toEqual(pagina(unavailable));
    expect((await wp.query('spoc', QUERY)).body).toEqual(pagina(unavailable));
    expect(veka.isDone()).toBe(true);
    const vekaCalls = () => wp!.calls.filter((c) => c.source === 'epc').map((c) => c.attempt ?? 1);
    // Three attempts for the first page; the second page's second attempt is the fifth failure in a row.
    expect(vekaCalls()).toEqual([1, 2, 3, 1, 2]);

    const healthy = nockVeka().get(ZOEK_PATH).query(true).reply(200, []);
    expect((await wp.query('spoc', QUERY)).body).toEqual(
      pagina({ ...unavailable, extensions: { ...unavailable.extensions, reason: 'CIRCUIT_OPEN', retryAfter: SECONDS_TO_HALF_OPEN } }),
    );
    expect(healthy.isDone()).toBe(false);
    expect(vekaCalls()).toHaveLength(5);
    expect(unmatched).toBe(0);
    expect(wp.logs.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('circuit breaker'))).toEqual([
      {
        level: 'warn',
        msg: 'circuit breaker opened: calls to this upstream fail at once',
        upstream: { source: 'epc' },
        circuit: 'open',
        halfOpenAfterMs: 10_000,
      },
    ]);
  });
});
