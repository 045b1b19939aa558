import { ErrorCode } from '@hub/shared';
import { identityOf, postGraphQL } from '@hub/shared/testing';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, FEED_URL, IPDC_URL, referenceFile, sandboxPage, startSubgraph, type RunningSubgraph } from './helpers.js';

// The subgraph in process, IPDC played by nock: products by id from the instance endpoint while the replica
// does not know them (here it is empty), producten after a sync of the feed, errors, access.

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const LD_HEADERS = { reqheaders: { 'x-api-key': API_KEY, accept: 'application/ld+json' } };
const PS = 'http://data.lblod.info/id/public-service/';
const UNKNOWN = '0f0e0d0c-0b0a-4909-8807-060504030201';
const ARCHIVED = 'a1f0c3e2-6b1d-4f5e-9c2a-000000000099';

/** The newest snapshot of a product in the sandbox fixtures, as the instance document IPDC serves. */
function instantie(id: string, overrides: Raw = {}): Raw {
  const members = [0, 1, 2].flatMap((n) => sandboxPage<Raw>(n).member as Raw[]).filter((m) => m.isVersionOf === PS + id);
  const { '@id': _s, '@type': _t, isVersionOf, generatedAtTime: _g, gearchiveerd, ...content } = members.at(-1)!;
  return { '@context': ['x'], '@id': isVersionOf, '@type': 'Instantie', ...content, gearchiveerd: gearchiveerd === 'true', ...overrides };
}

let subgraph: RunningSubgraph;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  subgraph = await startSubgraph();
});
afterEach(() => {
  nock.cleanAll();
  subgraph.calls.length = 0;
});
afterAll(async () => {
  await subgraph.close();
  nock.enableNetConnect();
});

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Product { id naam type geografischToepassingsgebieden } }
}`;

describe('Product entity resolution for ids the replica does not know', () => {
  it('resolves each distinct id with one instance call, all in parallel; unknown is null', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const slowly = (body: Raw) => (_uri: string, _body: unknown, callback: (err: null, result: [number, Raw]) => void) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        callback(null, [200, body]);
      }, 40);
    };
    const scopes = [
      nock(IPDC_URL, LD_HEADERS).get(`/doc/instantie/${DEMO_PRODUCTS.mijnVerbouwPremie}`).reply(slowly(instantie(DEMO_PRODUCTS.mijnVerbouwPremie))),
      nock(IPDC_URL, LD_HEADERS).get(`/doc/instantie/${DEMO_PRODUCTS.duboAdvies}`).reply(slowly(instantie(DEMO_PRODUCTS.duboAdvies))),
      nock(IPDC_URL, LD_HEADERS).get(`/doc/instantie/${UNKNOWN}`).reply(404, { message: 'Not Found' }),
    ];
    const representations = [DEMO_PRODUCTS.mijnVerbouwPremie, DEMO_PRODUCTS.duboAdvies, DEMO_PRODUCTS.mijnVerbouwPremie, UNKNOWN].map((id) => ({
      __typename: 'Product',
      id,
    }));

    const response = await subgraph.query(ENTITIES, { representations });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        _entities: [
          { id: DEMO_PRODUCTS.mijnVerbouwPremie, naam: 'Mijn VerbouwPremie', type: 'FINANCIEEL_VOORDEEL', geografischToepassingsgebieden: ['BE24224062'] },
          {
            id: DEMO_PRODUCTS.duboAdvies,
            naam: 'Duurzaam bouwadvies (DuBo-advies) via Dialoog',
            type: 'ADVIES_BEGELEIDING',
            geografischToepassingsgebieden: ['BE24224062'],
          },
          { id: DEMO_PRODUCTS.mijnVerbouwPremie, naam: 'Mijn VerbouwPremie', type: 'FINANCIEEL_VOORDEEL', geografischToepassingsgebieden: ['BE24224062'] },
          null,
        ],
      },
    });
    expect(scopes.map((s) => s.isDone())).toEqual([true, true, true]);
    expect(subgraph.calls).toHaveLength(3);
    expect(maxInFlight).toBe(2);
  });

  it('keeps the other entities when one instance call fails, and names the source', async () => {
    nock(IPDC_URL).get(`/doc/instantie/${DEMO_PRODUCTS.energieloket}`).reply(200, instantie(DEMO_PRODUCTS.energieloket));
    nock(IPDC_URL).get(`/doc/instantie/${DEMO_PRODUCTS.mijnVerbouwLening}`).reply(200, { ...instantie(DEMO_PRODUCTS.mijnVerbouwLening), themas: 'BouwenWonen' });
    const representations = [DEMO_PRODUCTS.energieloket, DEMO_PRODUCTS.mijnVerbouwLening].map((id) => ({ __typename: 'Product', id }));

    const response = await subgraph.query(ENTITIES, { representations });

    expect(response.body).toEqual({
      data: {
        _entities: [
          { id: DEMO_PRODUCTS.energieloket, naam: 'Energieloket Leuven', type: 'ADVIES_BEGELEIDING', geografischToepassingsgebieden: ['BE24224062'] },
          null,
        ],
      },
      errors: [
        {
          message: 'De bron ipdc gaf een antwoord in een onverwachte vorm.',
          locations: [{ line: 2, column: 3 }],
          path: ['_entities', 1],
          extensions: { code: ErrorCode.UPSTREAM_BAD_RESPONSE, source: 'ipdc' },
        },
      ],
    });
  });
});

describe('Query.product', () => {
  const PRODUCT = `query ($id: ID!) { product(id: $id) { id uri productnummer naam type themas doelgroepen } }`;

  it('answers a product from its instance document', async () => {
    nock(IPDC_URL, LD_HEADERS).get(`/doc/instantie/${DEMO_PRODUCTS.renovatiebegeleiding}`).reply(200, instantie(DEMO_PRODUCTS.renovatiebegeleiding));
    const response = await subgraph.query(PRODUCT, { id: DEMO_PRODUCTS.renovatiebegeleiding.toUpperCase() });
    expect(response.body).toEqual({
      data: {
        product: {
          id: DEMO_PRODUCTS.renovatiebegeleiding,
          uri: PS + DEMO_PRODUCTS.renovatiebegeleiding,
          productnummer: '70311',
          naam: 'Renovatiebegeleiding door het Energieloket',
          type: 'ADVIES_BEGELEIDING',
          themas: ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
          doelgroepen: ['BURGER'],
        },
      },
    });
  });

  it('is null, without an error, for an unknown and for an archived product', async () => {
    nock(IPDC_URL).get(`/doc/instantie/${UNKNOWN}`).reply(404, { message: 'Not Found' });
    nock(IPDC_URL).get(`/doc/instantie/${ARCHIVED}`).reply(200, instantie(ARCHIVED));
    expect((await subgraph.query(PRODUCT, { id: UNKNOWN })).body).toEqual({ data: { product: null } });
    expect((await subgraph.query(PRODUCT, { id: ARCHIVED })).body).toEqual({ data: { product: null } });
    expect(subgraph.calls.map((c) => c.status)).toEqual([404, 200]);
  });

  it('refuses an id that is not a uuid without calling IPDC', async () => {
    const response = await subgraph.query(PRODUCT, { id: '../instantiesnapshot' });
    expect(response.body).toEqual({
      data: { product: null },
      errors: [
        {
          message: 'Een product-id is de uuid van een IPDC-instantie.',
          locations: [{ line: 1, column: 20 }],
          path: ['product'],
          extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'id' },
        },
      ],
    });
    expect(subgraph.calls).toEqual([]);
  });
});

describe('Query.producten', () => {
  const PRODUCTEN = `query ($thema: Thema, $type: ProductType, $gemeente: String) {
    producten(thema: $thema, type: $type, gemeente: $gemeente) { id naam }
  }`;

  const serveFeed = () => [0, 1, 2].map((n) => nock(FEED_URL, LD_HEADERS).get('/doc/instantiesnapshot').query({ limit: '25', pageNumber: String(n) }).reply(200, sandboxPage(n)));

  it('answers from the replica after one sync of the feed, without further calls to IPDC', async () => {
    const synced = await startSubgraph();
    try {
      const scopes = serveFeed();
      expect(await synced.sync.syncNow()).toEqual({ uitkomst: 'VOLTOOID', paginas: [0, 1, 2], snapshots: 9, gewijzigd: 9 });
      expect(scopes.map((s) => s.isDone())).toEqual([true, true, true]);
      synced.calls.length = 0;

      const first = await synced.query(PRODUCTEN, { type: 'FINANCIEEL_VOORDEEL' });
      expect(first.body).toEqual({
        data: {
          producten: [
            { id: DEMO_PRODUCTS.mijnVerbouwLening, naam: 'Mijn VerbouwLening' },
            { id: DEMO_PRODUCTS.mijnVerbouwPremie, naam: 'Mijn VerbouwPremie' },
          ],
        },
      });
      const second = await synced.query(PRODUCTEN, { thema: 'BOUWEN_WONEN', gemeente: 'BE24224062' });
      expect(second.body).toEqual({
        data: {
          producten: [
            { id: DEMO_PRODUCTS.duboAdvies, naam: 'Duurzaam bouwadvies (DuBo-advies) via Dialoog' },
            { id: DEMO_PRODUCTS.energieloket, naam: 'Energieloket Leuven' },
            { id: DEMO_PRODUCTS.mijnVerbouwLening, naam: 'Mijn VerbouwLening' },
            { id: DEMO_PRODUCTS.mijnVerbouwPremie, naam: 'Mijn VerbouwPremie' },
            { id: DEMO_PRODUCTS.renovatiebegeleiding, naam: 'Renovatiebegeleiding door het Energieloket' },
          ],
        },
      });
      // The replica now knows the archived product: null without asking IPDC.
      expect((await synced.query(`{ product(id: "${ARCHIVED}") { id } }`)).body).toEqual({ data: { product: null } });
      expect(synced.calls).toEqual([]);
    } finally {
      await synced.close();
    }
  });

  it('refuses bad filters before reading anything', async () => {
    const fresh = await startSubgraph();
    try {
      fresh.db.queries.reset();
      const response = await fresh.query(PRODUCTEN, { gemeente: 'Leuven' });
      expect(response.body).toEqual({
        data: null,
        errors: [
          {
            message: 'gemeente moet een Belgische NUTS- of LAU-code zijn, bv. BE24224062 voor Leuven.',
            locations: [{ line: 2, column: 5 }],
            path: ['producten'],
            extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'gemeente' },
          },
        ],
      });
      expect(fresh.calls).toEqual([]);
      expect(fresh.db.queries.count).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe('access', () => {
  const QUERY = '{ producten(limiet: 1) { id } }';

  it('refuses a call that does not come through the gateway (401), without calling IPDC', async () => {
    const unsigned = await postGraphQL(subgraph.url, { query: QUERY });
    const forged = await postGraphQL(subgraph.url, { query: QUERY }, { identity: identityOf('spoc'), secret: 'another-secret-of-at-least-32-characters!!' });
    for (const response of [unsigned, forged]) {
      expect([response.status, response.body]).toEqual([
        401,
        { errors: [{ message: 'Deze dienst aanvaardt enkel oproepen via de gateway.', extensions: { code: ErrorCode.UNAUTHENTICATED } }] },
      ]);
    }
    expect(subgraph.calls).toEqual([]);
  });

  it('serves anonymous callers and every role alike: the catalogue is public', async () => {
    nock(IPDC_URL).get(`/doc/instantie/${DEMO_PRODUCTS.energieloket}`).times(3).reply(200, instantie(DEMO_PRODUCTS.energieloket));
    const query = `{ product(id: "${DEMO_PRODUCTS.energieloket}") { naam } }`;
    for (const identity of [undefined, identityOf('burger'), identityOf('analist')]) {
      expect((await subgraph.query(query, undefined, identity)).body).toEqual({ data: { product: { naam: 'Energieloket Leuven' } } });
    }
  });
});

it('maps the reference instance document through the whole subgraph', async () => {
  const id = 'e8843fda-b3a8-4334-905c-8e49eb12203b';
  nock(IPDC_URL).get(`/doc/instantie/${id}`).reply(200, referenceFile('ipdc-doc-instantie-e8843fda.jsonld'));
  const response = await subgraph.query(`{ product(id: "${id}") { naam en: naam(taal: EN) informeel: naam(taal: NL_INFORMEEL) geldigVanaf geldigTot websites { url } } }`);
  expect(response.body).toEqual({
    data: {
      product: {
        naam: 'Volledig ingevulde test om contract tussen ipdc en lpdc te testen',
        en: 'titel en',
        informeel: 'Volledig ingevulde test om contract tussen ipdc en lpdc te testen - informal',
        geldigVanaf: '2024-03-12T12:00:00Z',
        geldigTot: '2024-09-21T12:00:00Z',
        websites: [],
      },
    },
  });
});
