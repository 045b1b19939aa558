import { ANONYMOUS, ErrorCode } from '@hub/shared';
import { identityOf, postGraphQL, TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIpdcSync, createServer, type IpdcClient } from '../src/server.js';
import { fakeFeed, gatedFeed, IPDC_URL, ManualTimer, product, PS, silentLogger, snapshot, startSubgraph, testDatabase, type RunningSubgraph } from './helpers.js';

// Queries served from the replica: the filters, one product by id or product number, entities in one
// query, the instance endpoint for ids the replica does not know, readiness and the replication state.

const id = (n: number) => `0d000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const PREMIE = id(1);
const BEGELEIDING = id(2);
const ONDERNEMERS = id(3);
const HERENT = id(4);
const STROOM = id(5);
const GEARCHIVEERD = id(6);
const NIEUW = id(7);

const catalogus = [
  [
    snapshot(
      product(PREMIE, {
        productnummer: '70320',
        naam: { nl: 'Mijn VerbouwPremie', en: 'Renovation grant' },
        type: 'FINANCIEEL_VOORDEEL',
        themas: ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
        doelgroepen: ['BURGER'],
        geografischToepassingsgebieden: ['BE2'],
        geldigVanaf: '2024-12-31T23:00:00Z',
        zoektermen: { nl: ['isolatie', 'warmtepomp'] },
      }),
      '2025-01-01T00:00:00Z',
    ),
    snapshot(
      product(BEGELEIDING, {
        productnummer: '70311',
        naam: { 'nl-be-x-informal': 'Renovatiebegeleiding' },
        type: 'ADVIES_BEGELEIDING',
        themas: ['BOUWEN_WONEN'],
        doelgroepen: ['BURGER'],
        geografischToepassingsgebieden: ['BE24224062'],
      }),
      '2025-01-02T00:00:00Z',
    ),
    snapshot(
      product(ONDERNEMERS, {
        productnummer: '80001',
        naam: { nl: 'Ecologiepremie voor ondernemingen' },
        type: 'FINANCIEEL_VOORDEEL',
        themas: ['ECONOMIE_WERK'],
        doelgroepen: ['ONDERNEMING'],
        geografischToepassingsgebieden: ['be24224062'],
        geldigTot: '2025-12-31T22:59:59Z',
      }),
      '2025-01-03T00:00:00Z',
    ),
  ],
  [
    snapshot(
      product(HERENT, {
        productnummer: '70415',
        naam: { nl: 'Énergiescan Herent 2024' },
        type: 'ADVIES_BEGELEIDING',
        themas: ['MILIEU_ENERGIE'],
        doelgroepen: ['BURGER'],
        geografischToepassingsgebieden: ['BE24224038'],
      }),
      '2025-01-04T00:00:00Z',
    ),
    snapshot(product(STROOM, { productnummer: '70500', naam: { nl: '100% groene stroom' }, geografischToepassingsgebieden: ['BE24224062'] }), '2025-01-05T00:00:00Z'),
    snapshot(product(GEARCHIVEERD, { productnummer: '70290', naam: { nl: 'Stedelijke dakpremie' }, geografischToepassingsgebieden: ['BE24224062'] }), '2025-01-06T00:00:00Z'),
    snapshot(product(GEARCHIVEERD, { productnummer: '70290', naam: { nl: 'Stedelijke dakpremie' } }), '2025-02-01T00:00:00Z', true),
  ],
];

let subgraph: RunningSubgraph;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  subgraph = await startSubgraph({ feed: fakeFeed(catalogus) });
  expect(await subgraph.sync.syncNow()).toEqual({ uitkomst: 'VOLTOOID', paginas: [0, 1], snapshots: 7, gewijzigd: 6 });
});
afterAll(async () => {
  await subgraph?.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

const PRODUCTEN = `query ($thema: Thema, $type: ProductType, $doelgroep: Doelgroep, $gemeente: String, $geldigOp: String,
  $zoekterm: String, $zoektaal: Taal, $limiet: Int, $vanaf: Int) {
  producten(thema: $thema, type: $type, doelgroep: $doelgroep, gemeente: $gemeente, geldigOp: $geldigOp,
    zoekterm: $zoekterm, zoektaal: $zoektaal, limiet: $limiet, vanaf: $vanaf) { id }
}`;

/** The ids `producten` answers for these arguments; the whole response must be data only. */
async function ids(variables: Record<string, unknown>): Promise<string[]> {
  const response = await subgraph.query<{ producten: Array<{ id: string }> }>(PRODUCTEN, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.producten.map((p) => p.id);
}

describe('producten from the replica', () => {
  it('lists the current products alphabetically on the Dutch name, never the archived one', async () => {
    const response = await subgraph.query('{ producten { id naam } }');
    expect(response.body).toEqual({
      data: {
        producten: [
          { id: STROOM, naam: '100% groene stroom' },
          { id: ONDERNEMERS, naam: 'Ecologiepremie voor ondernemingen' },
          { id: HERENT, naam: 'Énergiescan Herent 2024' },
          { id: PREMIE, naam: 'Mijn VerbouwPremie' },
          { id: BEGELEIDING, naam: 'Renovatiebegeleiding' },
        ],
      },
    });
  });

  it('filters on thema, type and doelgroep, combined', async () => {
    expect(await ids({ thema: 'BOUWEN_WONEN' })).toEqual([PREMIE, BEGELEIDING]);
    expect(await ids({ type: 'FINANCIEEL_VOORDEEL' })).toEqual([ONDERNEMERS, PREMIE]);
    expect(await ids({ doelgroep: 'ONDERNEMING' })).toEqual([ONDERNEMERS]);
    expect(await ids({ type: 'FINANCIEEL_VOORDEEL', doelgroep: 'BURGER', thema: 'MILIEU_ENERGIE' })).toEqual([PREMIE]);
    expect(await ids({ thema: 'WELZIJN_GEZONDHEID' })).toEqual([]);
  });

  it('finds the products of a gemeente, including those of a larger area that contains it', async () => {
    expect(await ids({ gemeente: 'BE24224062' })).toEqual([STROOM, ONDERNEMERS, PREMIE, BEGELEIDING]);
    expect(await ids({ gemeente: ' be24224038 ' })).toEqual([HERENT, PREMIE]);
    expect(await ids({ gemeente: 'BE23444021' })).toEqual([PREMIE]);
  });

  it('keeps the products whose service runs on a day in Belgium', async () => {
    // Mijn VerbouwPremie starts on 1 January 2025 in Belgium (23:00 UTC the day before); the premie for
    // companies ends on 31 December 2025 at 23:59:59 in Belgium.
    expect(await ids({ geldigOp: '2024-12-31' })).toEqual([STROOM, ONDERNEMERS, HERENT, BEGELEIDING]);
    expect(await ids({ geldigOp: '2025-01-01' })).toEqual([STROOM, ONDERNEMERS, HERENT, PREMIE, BEGELEIDING]);
    expect(await ids({ geldigOp: '2025-12-31', type: 'FINANCIEEL_VOORDEEL' })).toEqual([ONDERNEMERS, PREMIE]);
    expect(await ids({ geldigOp: '2026-01-01', type: 'FINANCIEEL_VOORDEEL' })).toEqual([PREMIE]);
  });

  it('searches names and keywords, ignoring case and accents, every word, in all languages or one', async () => {
    expect(await ids({ zoekterm: 'premie' })).toEqual([ONDERNEMERS, PREMIE]);
    expect(await ids({ zoekterm: 'WARMTEPOMP' })).toEqual([PREMIE]);
    expect(await ids({ zoekterm: 'energiescan' })).toEqual([HERENT]);
    expect(await ids({ zoekterm: 'renovatie begeleiding' })).toEqual([BEGELEIDING]);
    expect(await ids({ zoekterm: 'renovatie lening' })).toEqual([]);
    // '%' is a character like any other, not a wildcard.
    expect(await ids({ zoekterm: '0%' })).toEqual([STROOM]);
    // All languages by default; with zoektaal only that variant (with its fallback).
    expect(await ids({ zoekterm: 'grant' })).toEqual([PREMIE]);
    expect(await ids({ zoekterm: 'grant', zoektaal: 'NL' })).toEqual([]);
    expect(await ids({ zoekterm: 'grant', zoektaal: 'EN' })).toEqual([PREMIE]);
    expect(await ids({ zoekterm: 'verbouwpremie', zoektaal: 'EN' })).toEqual([]);
    expect(await ids({ zoekterm: 'isolatie', zoektaal: 'EN' })).toEqual([PREMIE]);
    expect(await ids({ zoekterm: 'renovatiebegeleiding', zoektaal: 'NL_FORMEEL' })).toEqual([BEGELEIDING]);
  });

  it('pages with limiet and vanaf', async () => {
    expect(await ids({ limiet: 2 })).toEqual([STROOM, ONDERNEMERS]);
    expect(await ids({ limiet: 2, vanaf: 2 })).toEqual([HERENT, PREMIE]);
    expect(await ids({ vanaf: 10 })).toEqual([]);
  });

  it('refuses a day that does not exist, in one query-less answer', async () => {
    subgraph.db.queries.reset();
    const response = await subgraph.query(PRODUCTEN, { geldigOp: '2026-02-30' });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'geldigOp moet een datum zijn als JJJJ-MM-DD, bv. 2026-03-15.',
          locations: [{ line: 3, column: 3 }],
          path: ['producten'],
          extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'geldigOp' },
        },
      ],
    });
    expect(subgraph.db.queries.count).toBe(0);
  });
});

describe('one product', () => {
  const BY_NUMBER = 'query ($n: String!) { productOpNummer(productnummer: $n) { id naam productnummer } }';

  it('by product number; null for an archived or unknown number', async () => {
    expect((await subgraph.query(BY_NUMBER, { n: ' 70320 ' })).body).toEqual({
      data: { productOpNummer: { id: PREMIE, naam: 'Mijn VerbouwPremie', productnummer: '70320' } },
    });
    expect((await subgraph.query(BY_NUMBER, { n: '70290' })).body).toEqual({ data: { productOpNummer: null } });
    expect((await subgraph.query(BY_NUMBER, { n: '99999' })).body).toEqual({ data: { productOpNummer: null } });
    expect((await subgraph.query(BY_NUMBER, { n: '  ' })).body).toEqual({
      data: { productOpNummer: null },
      errors: [
        {
          message: 'productnummer moet 1 tot 50 tekens lang zijn.',
          locations: [{ line: 1, column: 23 }],
          path: ['productOpNummer'],
          extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'productnummer' },
        },
      ],
    });
    expect(subgraph.calls).toEqual([]);
  });

  it('by id, in the language variant asked for', async () => {
    const response = await subgraph.query(`{ product(id: "${PREMIE.toUpperCase()}") { id uri nl: naam en: naam(taal: EN) informeel: naam(taal: NL_INFORMEEL) } }`);
    expect(response.body).toEqual({
      data: { product: { id: PREMIE, uri: PS + PREMIE, nl: 'Mijn VerbouwPremie', en: 'Renovation grant', informeel: 'Mijn VerbouwPremie' } },
    });
    expect(subgraph.calls).toEqual([]);
  });
});

describe('Product entities', () => {
  const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id naam } } }';
  const refs = (...ids: string[]) => ({ r: ids.map((i) => ({ __typename: 'Product', id: i })) });

  it('resolves several ids with one SQL query and no call to IPDC; the archived one is null', async () => {
    subgraph.db.queries.reset();
    const response = await subgraph.query(ENTITIES, refs(PREMIE, BEGELEIDING, PREMIE, GEARCHIVEERD, HERENT));
    expect(response.body).toEqual({
      data: {
        _entities: [
          { id: PREMIE, naam: 'Mijn VerbouwPremie' },
          { id: BEGELEIDING, naam: 'Renovatiebegeleiding' },
          { id: PREMIE, naam: 'Mijn VerbouwPremie' },
          null,
          { id: HERENT, naam: 'Énergiescan Herent 2024' },
        ],
      },
    });
    expect(subgraph.db.queries.count).toBe(1);
    expect(subgraph.calls).toEqual([]);
  });

  it('asks IPDC for an id the replica does not know yet, once per id, and keeps the rest', async () => {
    const UNKNOWN = '0d000000-0000-4000-8000-0000000000ff';
    const instance = { '@id': PS + NIEUW, naam: { nl: 'Nieuw product sinds de laatste synchronisatie' }, type: 'AdviesBegeleiding' };
    const scopes = [
      nock(IPDC_URL).get(`/doc/instantie/${NIEUW}`).reply(200, instance),
      nock(IPDC_URL).get(`/doc/instantie/${UNKNOWN}`).reply(404, { message: 'Not Found' }),
    ];
    subgraph.db.queries.reset();
    const response = await subgraph.query(ENTITIES, refs(NIEUW, PREMIE, UNKNOWN, NIEUW));
    expect(response.body).toEqual({
      data: {
        _entities: [
          { id: NIEUW, naam: 'Nieuw product sinds de laatste synchronisatie' },
          { id: PREMIE, naam: 'Mijn VerbouwPremie' },
          null,
          { id: NIEUW, naam: 'Nieuw product sinds de laatste synchronisatie' },
        ],
      },
    });
    expect(scopes.map((s) => s.isDone())).toEqual([true, true]);
    expect(subgraph.calls.map((c) => [c.path, c.status])).toEqual([
      [`/doc/instantie/${NIEUW}`, 200],
      [`/doc/instantie/${UNKNOWN}`, 404],
    ]);
    expect(subgraph.db.queries.count).toBe(1);
    // What IPDC answered is not written into the replica: only the feed fills it.
    expect(await subgraph.db.dataSource.query('SELECT count(*)::int AS n FROM product WHERE id = $1', [NIEUW])).toEqual([{ n: 0 }]);
    subgraph.calls.length = 0;
  });
});

describe('the replication state, for staff', () => {
  const QUERY = `{ ipdcReplicatie { status laatsteSync aantalProducten aantalGearchiveerd laatsteWijzigingInIpdc feedPagina
    paginasGelezen versiesGelezen productenGewijzigd laatsteFout { code bron bericht op } } }`;

  it('is refused to anonymous callers, citizens and partners', async () => {
    expect((await subgraph.query(QUERY)).body).toEqual({
      data: null,
      errors: [{ message: 'Aanmelden is vereist.', locations: [{ line: 1, column: 3 }], path: ['ipdcReplicatie'], extensions: { code: ErrorCode.UNAUTHENTICATED } }],
    });
    for (const persona of ['burger', 'partner']) {
      expect((await subgraph.query(QUERY, undefined, identityOf(persona))).body, persona).toEqual({
        data: null,
        errors: [{ message: 'Geen toegang.', locations: [{ line: 1, column: 3 }], path: ['ipdcReplicatie'], extensions: { code: ErrorCode.FORBIDDEN } }],
      });
    }
  });

  it('shows staff how the last sync went and what the catalogue holds', async () => {
    const response = await subgraph.query<{ ipdcReplicatie: { laatsteSync: string } }>(QUERY, undefined, identityOf('spoc'));
    expect(response.body).toEqual({
      data: {
        ipdcReplicatie: {
          status: 'VOLTOOID',
          laatsteSync: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          aantalProducten: 5,
          aantalGearchiveerd: 1,
          laatsteWijzigingInIpdc: '2025-02-01T00:00:00.000Z',
          feedPagina: 1,
          paginasGelezen: 2,
          versiesGelezen: 7,
          productenGewijzigd: 6,
          laatsteFout: null,
        },
      },
    });
    expect(Date.now() - Date.parse(response.body.data!.ipdcReplicatie.laatsteSync)).toBeLessThan(60_000);
  });
});

describe('before the first sync', () => {
  it('is not ready and refuses lists while the first sync runs, still finds a product by id at IPDC, and is ready once it completed', async () => {
    const gated = gatedFeed(catalogus);
    const secondPage = gated.gate(1);
    const fresh = await startSubgraph({ feed: gated.feed });
    try {
      const ready = async () => (await fetch(fresh.url.replace('/graphql', '/ready'))).status;
      const loading = {
        data: null,
        errors: [
          {
            message: 'De productcatalogus wordt nog uit IPDC geladen; probeer het over enkele minuten opnieuw.',
            locations: [{ line: 1, column: 3 }],
            path: ['producten'],
            extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, source: 'ipdc' },
          },
        ],
      };
      expect(await ready()).toBe(503);
      expect((await fresh.query('{ producten { id } }')).body).toEqual(loading);
      expect((await fresh.query(`{ ipdcReplicatie { status laatsteSync aantalProducten } }`, undefined, identityOf('analist'))).body).toEqual({
        data: { ipdcReplicatie: { status: 'NIET_GESTART', laatsteSync: null, aantalProducten: 0 } },
      });

      // The first sync has committed page 0 and reads page 1: a partial catalogue is not served.
      const running = fresh.sync.syncNow();
      await secondPage.reached;
      expect(await ready()).toBe(503);
      expect((await fresh.query('{ producten { id } }')).body).toEqual(loading);
      expect((await fresh.query(`{ ipdcReplicatie { status laatsteSync aantalProducten } }`, undefined, identityOf('analist'))).body).toEqual({
        data: { ipdcReplicatie: { status: 'BEZIG', laatsteSync: null, aantalProducten: 3 } },
      });
      // A product by id the replica does not have yet comes from IPDC.
      nock(IPDC_URL).get(`/doc/instantie/${HERENT}`).reply(200, { '@id': PS + HERENT, naam: { nl: 'Énergiescan Herent 2024' } });
      expect((await fresh.query(`{ product(id: "${HERENT}") { naam } }`)).body).toEqual({ data: { product: { naam: 'Énergiescan Herent 2024' } } });
      expect(fresh.calls.map((c) => [c.path, c.status])).toEqual([[`/doc/instantie/${HERENT}`, 200]]);

      secondPage.open();
      expect(await running).toMatchObject({ uitkomst: 'VOLTOOID' });
      expect(await ready()).toBe(200);
      expect((await fresh.query('{ producten(limiet: 1) { id } }')).body).toEqual({ data: { producten: [{ id: STROOM }] } });
    } finally {
      await fresh.close();
    }
  });

  it('is ready at once on a replica that holds products from an earlier run, even one that failed half-way', async () => {
    const db = await testDatabase();
    try {
      const failingAfterPage0: Pick<IpdcClient, 'readSnapshotPage'> = {
        async readSnapshotPage(pageNumber) {
          if (pageNumber > 0) throw new Error('connection lost');
          return { pageNumber, snapshots: catalogus[0]!, next: [1] };
        },
      };
      const earlier = createIpdcSync({ dataSource: db.dataSource, ipdc: failingAfterPage0, logger: silentLogger(), timer: new ManualTimer() });
      expect(await earlier.syncNow()).toMatchObject({ uitkomst: 'MISLUKT', paginas: [0] });

      const sync = createIpdcSync({ dataSource: db.dataSource, ipdc: fakeFeed([]), logger: silentLogger(), timer: new ManualTimer() });
      const server = await createServer({ identitySecret: TEST_IDENTITY_SECRET, logger: silentLogger(), ipdc: { getInstantie: async () => undefined }, dataSource: db.dataSource, sync });
      try {
        const url = await server.listen(0);
        expect(sync.voltooid).toBe(false);
        expect((await fetch(url.replace('/graphql', '/ready'))).status).toBe(200);
        expect((await postGraphQL(url, { query: '{ producten { id } }' }, { identity: ANONYMOUS })).body).toEqual({
          data: { producten: [{ id: ONDERNEMERS }, { id: PREMIE }, { id: BEGELEIDING }] },
        });
      } finally {
        await server.close();
      }
    } finally {
      await db.close();
    }
  });
});
