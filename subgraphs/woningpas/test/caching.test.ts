import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetCircuitBreakers } from '@hub/shared';
import { cacheTtls, createMemoryCacheBackend, createUpstreamCache, type UpstreamCache } from '../src/server.js';
import { nockConfig, startSandbox, startWoningpas, woning, type TestSandbox, type TestWoningpas } from './helpers.js';
import { OVERZICHT, SANDBOX_ADRES_IDS, SANDBOX_WONINGEN } from './sandbox-woningen.js';
import {
  adresBody,
  certificaatDetail,
  certificaatItem,
  certificatenQuery,
  eenheidQuery,
  F_TIENSESTRAAT,
  nockAdressenregister,
  nockGebouweenheden,
  nockToken,
  nockVeka,
  TIENSESTRAAT,
} from './upstream.js';

const DAG = 86_400_000;
const SPOC_REDEN = 'Renovatiebegeleiding Energieloket Leuven (rol spoc)';
const BURGER_REDEN = 'Raadpleging eigen woning door de burger (Mijn VerbouwPremie/renovatiebegeleiding)';
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning {
  adresId adres { volledigAdres } epc { certificaatnummer label } epcStatus { heeftGeldigEpc geenEpcReden toelichting }
} } }`;
const EPC_F = { certificaatnummer: F_TIENSESTRAAT.attestnummer, label: 'F' };
const GELDIG = { heeftGeldigEpc: true, geenEpcReden: null, toelichting: 'Geldig EPC tot 2034-03-18.' };
const TIENSE = { adresId: '3000120', adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven' }, epc: EPC_F, epcStatus: GELDIG };

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2026, 10, 28, 12)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** The address, its unit, a token and the EPC by unit: one answer each. */
function nockTiensestraat(token = 'token-1') {
  return [
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT)),
    nockGebouweenheden('3000120', [[30001201]]),
    nockToken(token),
    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query((q) => q.gebouwEenheidId === '30001201' && typeof q.reden === 'string')
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get('/dossier-api/v1/extern/certificaat')
      .query((q) => q.attestnummer === F_TIENSESTRAAT.attestnummer && typeof q.reden === 'string')
      .reply(200, certificaatDetail(F_TIENSESTRAAT)),
  ];
}

const consultations = (wp: TestWoningpas) => wp.logs.filter((l) => l.msg === 'EPC geraadpleegd').map(({ rol, reden }) => ({ rol, reden }));

describe('the shared cache in front of the upstreams (memory backend, nock upstreams)', () => {
  let wp: TestWoningpas;
  let cache: UpstreamCache;
  let time: ReturnType<typeof clock>;

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
  beforeEach(async () => {
    resetCircuitBreakers();
    time = clock();
    const config = nockConfig();
    cache = createUpstreamCache({
      backend: createMemoryCacheBackend({ maxEntries: 1000, maxBytes: 10_000_000, now: time.now }),
      ttls: cacheTtls(config),
      keyPrefix: 'test:',
    });
    wp = await startWoningpas(config, { cache });
  });
  afterEach(async () => {
    await wp.close();
    await cache.close();
    nock.cleanAll();
  });

  it('answers the same home again, for another caller too, without an upstream call; access and the legal log still per request', async () => {
    nockTiensestraat();

    const eerste = await wp.query('spoc', QUERY, { r: [woning('3000120')] });
    const callsNaEerste = wp.calls.length;
    const tweede = await wp.query('burger', QUERY, { r: [woning('3000120')] });
    const geweigerd = await wp.query('burger', QUERY, { r: [woning('3000120', false)] });

    expect(eerste.body).toEqual({ data: { _entities: [TIENSE] } });
    expect(tweede.body).toEqual({ data: { _entities: [TIENSE] } });
    expect(geweigerd.body).toEqual({
      data: { _entities: [{ adresId: '3000120', adres: null, epc: null, epcStatus: null }] },
      errors: ['adres', 'epc', 'epcStatus'].map((field, i) => ({
        message: 'Geen toegang tot de gegevens van deze woning.',
        locations: [{ line: 2, column: [11, 35, 67][i] }],
        path: ['_entities', 0, field],
        extensions: { code: 'FORBIDDEN' },
      })),
    });
    expect(callsNaEerste).toBe(4);
    expect(wp.calls).toHaveLength(4);
    expect(nock.pendingMocks()).toEqual([]);
    // Each consultation is logged with the caller's legal purpose, also the one served from the cache.
    expect(consultations(wp)).toEqual([
      { rol: 'spoc', reden: SPOC_REDEN },
      { rol: 'burger', reden: BURGER_REDEN },
    ]);
    expect(cache.stats()).toMatchObject({
      hits: 4,
      misses: 4,
      perBron: {
        adressen: { hits: 1, misses: 1, shared: 0 },
        gebouweenheden: { hits: 1, misses: 1, shared: 0 },
        epc: { hits: 2, misses: 2, shared: 0 },
      },
    });
  });

  it('caches the answer "no EPC": the reason comes again without asking VEKA', async () => {
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockGebouweenheden('3000120', [[30001201]]);
    nockToken();
    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(204)
      .get('/dossier-api/v1/extern/certificaten')
      .query(certificatenQuery(TIENSESTRAAT, SPOC_REDEN))
      .reply(204);
    const geenEpc = {
      data: {
        _entities: [
          {
            adresId: '3000120',
            adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven' },
            epc: null,
            epcStatus: { heeftGeldigEpc: false, geenEpcReden: 'GEEN_EPC_GEVONDEN', toelichting: 'Geen EPC gevonden voor deze woning.' },
          },
        ],
      },
    };

    expect((await wp.query('spoc', QUERY, { r: [woning('3000120')] })).body).toEqual(geenEpc);
    expect((await wp.query('spoc', QUERY, { r: [woning('3000120')] })).body).toEqual(geenEpc);

    expect(wp.calls.map((c) => [c.path, c.status]).sort()).toEqual([
      ['/dossier-api/v1/extern/certificaten', 204],
      ['/dossier-api/v1/extern/certificaten', 204],
      ['/v2/adressen/3000120', 200],
      ['/v2/gebouweenheden', 200],
    ]);
    expect(cache.stats().perBron.epc).toEqual({ hits: 2, misses: 2, shared: 0 });
  });

  it('does not cache a failure: the next request asks VEKA again and caches its answer', async () => {
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockGebouweenheden('3000120', [[30001201]]);
    nockToken();
    nockVeka().get('/dossier-api/v1/extern/certificaten').query(eenheidQuery(30001201, SPOC_REDEN)).reply(403);

    const mislukt = await wp.query('spoc', QUERY, { r: [woning('3000120')] });
    const geweigerd = (field: string, column: number) => ({
      message: 'De bron epc weigerde de vraag.',
      locations: [{ line: 2, column }],
      path: ['_entities', 0, field],
      extensions: { code: 'UPSTREAM_REJECTED', source: 'epc' },
    });
    expect(mislukt.body).toEqual({
      data: { _entities: [{ adresId: '3000120', adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven' }, epc: null, epcStatus: null }] },
      errors: [geweigerd('epc', 35), geweigerd('epcStatus', 67)],
    });

    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(F_TIENSESTRAAT));
    expect((await wp.query('spoc', QUERY, { r: [woning('3000120')] })).body).toEqual({ data: { _entities: [TIENSE] } });
    expect((await wp.query('spoc', QUERY, { r: [woning('3000120')] })).body).toEqual({ data: { _entities: [TIENSE] } });

    // The address and its unit once (cached); the search twice (failed, then answered); the detail once.
    expect(wp.calls.map((c) => [c.path, c.status]).sort()).toEqual([
      ['/dossier-api/v1/extern/certificaat', 200],
      ['/dossier-api/v1/extern/certificaten', 200],
      ['/dossier-api/v1/extern/certificaten', 403],
      ['/v2/adressen/3000120', 200],
      ['/v2/gebouweenheden', 200],
    ]);
    expect(wp.calls).toHaveLength(5);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('asks each source again when its TTL is over: the EPC after a day, the address and unit after a week', async () => {
    nockTiensestraat();
    await wp.query('spoc', QUERY, { r: [woning('3000120')] });
    expect(wp.calls).toHaveLength(4);

    time.advance(DAG - 1000);
    expect((await wp.query('spoc', QUERY, { r: [woning('3000120')] })).body).toEqual({ data: { _entities: [TIENSE] } });
    expect(wp.calls).toHaveLength(4);

    time.advance(1000);
    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(F_TIENSESTRAAT));
    expect((await wp.query('spoc', QUERY, { r: [woning('3000120')] })).body).toEqual({ data: { _entities: [TIENSE] } });
    expect(wp.calls.slice(4).map((c) => c.path)).toEqual(['/dossier-api/v1/extern/certificaten', '/dossier-api/v1/extern/certificaat']);

    time.advance(6 * DAG);
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockGebouweenheden('3000120', [[30001201]]);
    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(F_TIENSESTRAAT));
    expect((await wp.query('spoc', QUERY, { r: [woning('3000120')] })).body).toEqual({ data: { _entities: [TIENSE] } });
    expect(wp.calls.slice(6).map((c) => c.path).sort()).toEqual([
      '/dossier-api/v1/extern/certificaat',
      '/dossier-api/v1/extern/certificaten',
      '/v2/adressen/3000120',
      '/v2/gebouweenheden',
    ]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('caches the address search by the typed query', async () => {
    const ZOEKEN = '{ adresZoeken(straatnaam: "Tiensestraat", huisnummer: "120", postcode: "3000") { adresId score } }';
    const { '@context': _c, ...adres } = adresBody(TIENSESTRAAT);
    nockAdressenregister()
      .get('/v2/adresmatch')
      .query({ straatnaam: 'Tiensestraat', huisnummer: '120', postcode: '3000' })
      .reply(200, { adresMatches: [{ ...adres, score: 100 }] });

    for (let i = 0; i < 2; i++) {
      expect((await wp.query('burger', ZOEKEN)).body).toEqual({ data: { adresZoeken: [{ adresId: '3000120', score: 100 }] } });
    }
    expect(wp.calls).toHaveLength(1);
    expect(cache.stats().perBron.adresmatch).toEqual({ hits: 1, misses: 1, shared: 0 });
  });
});

describe('the shared cache against the sandboxes (the embedded default)', () => {
  let sandbox: TestSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('serves a second request for every field of every home from the cache: no sandbox call at all', async () => {
    const cache = createUpstreamCache({
      backend: createMemoryCacheBackend({ maxEntries: 1000, maxBytes: 10_000_000 }),
      ttls: cacheTtls(sandbox.config()),
    });
    const wp = await startWoningpas(sandbox.config(), { cache });
    try {
      const representations = SANDBOX_ADRES_IDS.map((id) => woning(id));
      sandbox.calls.clear();
      expect((await wp.query('spoc', OVERZICHT, { representations })).body).toEqual({ data: { _entities: SANDBOX_WONINGEN } });
      expect(Object.fromEntries(sandbox.calls)).toEqual({ basisregisters: 14, veka: 12, 'veka-datadiensten': 6, erfgoed: 7, omgevingsloket: 7, idp: 1 });

      sandbox.calls.clear();
      expect((await wp.query('renovatiebegeleider', OVERZICHT, { representations })).body).toEqual({ data: { _entities: SANDBOX_WONINGEN } });
      expect(Object.fromEntries(sandbox.calls)).toEqual({});
      expect(cache.stats()).toMatchObject({ hits: 46, misses: 46 });
    } finally {
      await wp.close();
      await cache.close();
    }
  });
});
