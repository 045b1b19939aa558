import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetCircuitBreakers } from '@hub/shared';
import { byPath, nockConfig, startWoningpas, UPSTREAM, type TestWoningpas } from './helpers.js';
import {
  adresBody,
  certificaatDetail,
  certificaatItem,
  eenheidQuery,
  F_TIENSESTRAAT,
  nockAdressenregister,
  nockGebouweenheden,
  nockToken,
  nockVeka,
  TIENSESTRAAT,
} from './upstream.js';

const SPOC_REDEN = 'Renovatiebegeleiding Energieloket Leuven (rol spoc)';
const QUERY = '{ _entities(representations: [{ __typename: "Woning", adresId: "3000120", heeftToegang: true }]) { ... on Woning { adres { volledigAdres } epc { label } } } }';
const ADRES_AT = { locations: [{ line: 1, column: 116 }], path: ['_entities', 0, 'adres'] };
const EPC_AT = { locations: [{ line: 1, column: 140 }], path: ['_entities', 0, 'epc'] };
const ADRES = { volledigAdres: 'Tiensestraat 120, 3000 Leuven' };

/** [source, path, status, error] per call, in a stable order (the address and its units load in parallel). */
const callsOf = (wp: TestWoningpas) => wp.calls.map((c) => [c.source, c.path, c.status ?? null, c.error ?? null]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
const EENHEDEN_CALL = ['adressenregister', '/v2/gebouweenheden', 200, null];

describe('upstream failures become typed errors that name the source (nock upstreams)', () => {
  let wp: TestWoningpas | undefined;
  const start = async (extra: Record<string, string> = {}) => (wp = await startWoningpas(nockConfig(extra)));

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
  beforeEach(() => {
    resetCircuitBreakers();
  });
  afterEach(async () => {
    await wp?.close();
    nock.cleanAll();
  });

  const registerFailure = (message: string, code: string) => ({ message, extensions: { code, source: 'adressenregister' } });

  it.each([
    ['a 500', (s: nock.Interceptor) => s.reply(500, 'Internal Server Error'), 500, registerFailure('De bron adressenregister is tijdelijk niet beschikbaar.', 'UPSTREAM_UNAVAILABLE')],
    ['invalid JSON', (s: nock.Interceptor) => s.reply(200, '{"identificator": '), 200, registerFailure('De bron adressenregister gaf een onleesbaar antwoord.', 'UPSTREAM_BAD_RESPONSE')],
    [
      'a wrong shape',
      (s: nock.Interceptor) => s.reply(200, { ...adresBody(TIENSESTRAAT), huisnummer: 120 }),
      200,
      registerFailure('De bron adressenregister gaf een antwoord in een onverwachte vorm.', 'UPSTREAM_BAD_RESPONSE'),
    ],
  ])('address register: %s costs adres and epc, one call, no VEKA call', async (_case, reply, status, error) => {
    await start();
    reply(nockAdressenregister().get('/v2/adressen/3000120'));
    nockGebouweenheden('3000120');

    const response = await wp!.query('spoc', QUERY);

    expect({ ...response.body, errors: byPath(response.body.errors) }).toEqual({
      data: { _entities: [{ adres: null, epc: null }] },
      errors: [
        { ...error, ...ADRES_AT },
        { ...error, ...EPC_AT },
      ],
    });
    // The building units were asked in parallel; the answer does not wait for them once the address failed.
    await vi.waitFor(() => expect(callsOf(wp!)).toEqual([['adressenregister', '/v2/adressen/3000120', status, error.extensions.code], EENHEDEN_CALL]));
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('address register: an unknown address is NOT_FOUND for adres and epc', async () => {
    await start();
    nockAdressenregister().get('/v2/adressen/3000120').reply(404, { title: 'Onbestaand adres.', status: 404 }, { 'content-type': 'application/problem+json' });
    nockGebouweenheden('3000120', []);

    const response = await wp!.query('spoc', QUERY);

    expect({ ...response.body, errors: byPath(response.body.errors) }).toEqual({
      data: { _entities: [{ adres: null, epc: null }] },
      errors: [
        { message: 'Adres niet gevonden.', extensions: { code: 'NOT_FOUND' }, ...ADRES_AT },
        { message: 'Adres niet gevonden.', extensions: { code: 'NOT_FOUND' }, ...EPC_AT },
      ],
    });
    await vi.waitFor(() => expect(callsOf(wp!)).toEqual([['adressenregister', '/v2/adressen/3000120', 404, null], EENHEDEN_CALL]));
  });

  const epcFailure = (message: string, code: string, source = 'epc') => ({
    data: { _entities: [{ adres: ADRES, epc: null }] },
    errors: [{ message, extensions: { code, source }, ...EPC_AT }],
  });

  it.each([
    ['a 500 on the search', (s: nock.Interceptor) => s.reply(500), epcFailure('De bron epc is tijdelijk niet beschikbaar.', 'UPSTREAM_UNAVAILABLE')],
    ['a 403 on the search', (s: nock.Interceptor) => s.reply(403), epcFailure('De bron epc weigerde de vraag.', 'UPSTREAM_REJECTED')],
    ['invalid JSON from the search', (s: nock.Interceptor) => s.reply(200, '[{'), epcFailure('De bron epc gaf een onleesbaar antwoord.', 'UPSTREAM_BAD_RESPONSE')],
    ['a search that is not a list', (s: nock.Interceptor) => s.reply(200, { certificaten: [] }), epcFailure('De bron epc gaf een antwoord in een onverwachte vorm.', 'UPSTREAM_BAD_RESPONSE')],
  ])('VEKA: %s costs only epc; adres is still there', async (_case, reply, expected) => {
    await start();
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockGebouweenheden('3000120');
    nockToken();
    reply(nockVeka().get('/dossier-api/v1/extern/certificaten').query(eenheidQuery(30001201, SPOC_REDEN)));

    const response = await wp!.query('spoc', QUERY);

    expect(response.body).toEqual(expected);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('VEKA: a detail with a label outside A+..F is UPSTREAM_BAD_RESPONSE', async () => {
    await start();
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockGebouweenheden('3000120');
    nockToken();
    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail({ ...F_TIENSESTRAAT, label: 'G' }));

    const response = await wp!.query('spoc', QUERY);

    expect(response.body).toEqual(epcFailure('De bron epc gaf een antwoord in een onverwachte vorm.', 'UPSTREAM_BAD_RESPONSE'));
    expect(callsOf(wp!)).toEqual([
      ['epc', '/dossier-api/v1/extern/certificaat', 200, 'UPSTREAM_BAD_RESPONSE'],
      ['epc', '/dossier-api/v1/extern/certificaten', 200, null],
      ['adressenregister', '/v2/adressen/3000120', 200, null],
      EENHEDEN_CALL,
    ]);
  });

  it('ACM/IDM: a refused client-credentials grant costs epc and calls no VEKA endpoint', async () => {
    await start();
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockGebouweenheden('3000120');
    nock(UPSTREAM.idp).post('/acm/token').reply(401, { error: 'invalid_client' });

    const response = await wp!.query('spoc', QUERY);

    expect(response.body).toEqual(epcFailure('De bron acm-idm weigerde de vraag.', 'UPSTREAM_REJECTED', 'acm-idm'));
    expect(callsOf(wp!)).toEqual([['adressenregister', '/v2/adressen/3000120', 200, null], EENHEDEN_CALL]);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
