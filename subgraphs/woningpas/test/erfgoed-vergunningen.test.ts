import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetCircuitBreakers } from '@hub/shared';
import { byPath, nockConfig, startWoningpas, UPSTREAM, woning, type TestWoningpas } from './helpers.js';
import { adresBody, nockAdressenregister, TIENSESTRAAT } from './upstream.js';

const ERFGOED = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { erfgoed {
  beschermd beschermdMonument inBeschermdStadsOfDorpsgezicht vastgesteldBouwkundigErfgoed
  aanduidingen { id uri naam soort soortNaam besluitDatum besluitUri }
} } } }`;
const VERGUNNINGEN = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { vergunningen {
  heeftLopendeAanvraag heeftVergunning
  aanvragen { projectnummer onderwerp soort procedure status statusOmschrijving ingediendOp beslistOp }
} } } }`;
const BEIDE = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { adresId erfgoed { beschermd } vergunningen { heeftLopendeAanvraag } } } }';
/** The position of adresBody(): Lambert 72. */
const LIGGING = { x: '173500.25', y: '174400.75', srid: '31370' };

const aanduiding = (id: number, naam: string, type: [string, string], datum: string | null) => ({
  id,
  uri: `https://id.erfgoed.net/aanduidingsobjecten/${id}`,
  naam,
  aanduidingstype: { id: type[0], naam: type[1] },
  besluit: datum ? { id: id + 1, uri: `https://id.erfgoed.net/besluiten/${id + 1}`, datumOndertekening: datum } : null,
});

const project = (projectnummer: string, extra: Record<string, unknown>) => ({
  projectnummer,
  onderwerp: `Project ${projectnummer}`,
  type: 'omgevingsvergunning',
  procedure: 'gewone procedure',
  status: 'vergund',
  datumIndiening: '2020-01-01',
  datumBeslissing: '2020-05-01',
  adresIds: ['3000120'],
  ...extra,
});

describe('Woning.erfgoed and Woning.vergunningen (sandbox contracts, nock)', () => {
  let wp: TestWoningpas;

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
  beforeEach(async () => {
    resetCircuitBreakers();
    wp = await startWoningpas(nockConfig());
  });
  afterEach(async () => {
    await wp.close();
    nock.cleanAll();
  });

  it('gives a city service the heritage flags of the home from the designations at its position, newest decision first', async () => {
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    const erfgoed = nock(UPSTREAM.erfgoed)
      .get('/aanduidingsobjecten')
      .query(LIGGING)
      .reply(200, {
        aanduidingsobjecten: [
          aanduiding(200575, 'Tiensestraat en omgeving', ['beschermd-stads-of-dorpsgezicht', 'beschermd stads- of dorpsgezicht'], '1997-03-12'),
          aanduiding(12345, 'Neoclassicistisch herenhuis', ['beschermd-monument', 'beschermd monument'], '2001-06-20'),
          aanduiding(300412, 'Burgerhuis met lijstgevel', ['vastgesteld-bouwkundig-erfgoed', 'vastgesteld bouwkundig erfgoed'], '2009-11-26'),
          aanduiding(900001, 'Historische tuin', ['vastgesteld-historisch-park-of-tuin', 'vastgesteld historisch park of tuin'], null),
        ],
      });

    const response = await wp.query('stadsdienst', ERFGOED, { r: [woning('3000120')] });

    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            erfgoed: {
              beschermd: true,
              beschermdMonument: true,
              inBeschermdStadsOfDorpsgezicht: true,
              vastgesteldBouwkundigErfgoed: true,
              aanduidingen: [
                {
                  id: '300412',
                  uri: 'https://id.erfgoed.net/aanduidingsobjecten/300412',
                  naam: 'Burgerhuis met lijstgevel',
                  soort: 'VASTGESTELD_BOUWKUNDIG_ERFGOED',
                  soortNaam: 'vastgesteld bouwkundig erfgoed',
                  besluitDatum: '2009-11-26',
                  besluitUri: 'https://id.erfgoed.net/besluiten/300413',
                },
                {
                  id: '12345',
                  uri: 'https://id.erfgoed.net/aanduidingsobjecten/12345',
                  naam: 'Neoclassicistisch herenhuis',
                  soort: 'BESCHERMD_MONUMENT',
                  soortNaam: 'beschermd monument',
                  besluitDatum: '2001-06-20',
                  besluitUri: 'https://id.erfgoed.net/besluiten/12346',
                },
                {
                  id: '200575',
                  uri: 'https://id.erfgoed.net/aanduidingsobjecten/200575',
                  naam: 'Tiensestraat en omgeving',
                  soort: 'BESCHERMD_STADS_OF_DORPSGEZICHT',
                  soortNaam: 'beschermd stads- of dorpsgezicht',
                  besluitDatum: '1997-03-12',
                  besluitUri: 'https://id.erfgoed.net/besluiten/200576',
                },
                {
                  id: '900001',
                  uri: 'https://id.erfgoed.net/aanduidingsobjecten/900001',
                  naam: 'Historische tuin',
                  soort: 'ANDERE',
                  soortNaam: 'vastgesteld historisch park of tuin',
                  besluitDatum: null,
                  besluitUri: null,
                },
              ],
            },
          },
        ],
      },
    });
    expect(erfgoed.isDone()).toBe(true);
    expect(wp.calls.map((c) => [c.source, c.path, c.status])).toEqual([
      ['adressenregister', '/v2/adressen/3000120', 200],
      ['onroerend-erfgoed', '/aanduidingsobjecten', 200],
    ]);
  });

  it('does not call a home in the inventory only "beschermd", and gives all flags false where no designation covers the home', async () => {
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockAdressenregister().get('/v2/adressen/3010250').reply(200, adresBody({ ...TIENSESTRAAT, adresId: '3010250' }));
    nock(UPSTREAM.erfgoed)
      .get('/aanduidingsobjecten')
      .query(LIGGING)
      .reply(200, { aanduidingsobjecten: [aanduiding(300412, 'Burgerhuis', ['vastgesteld-bouwkundig-erfgoed', 'vastgesteld bouwkundig erfgoed'], '2009-11-26')] })
      .get('/aanduidingsobjecten')
      .query(LIGGING)
      .reply(200, { aanduidingsobjecten: [] });
    const vlaggen = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { erfgoed { beschermd beschermdMonument inBeschermdStadsOfDorpsgezicht vastgesteldBouwkundigErfgoed aanduidingen { id } } } } }';

    const inventaris = await wp.query('spoc', vlaggen, { r: [woning('3000120')] });
    const geen = await wp.query('spoc', vlaggen, { r: [woning('3010250')] });

    expect(inventaris.body).toEqual({
      data: { _entities: [{ erfgoed: { beschermd: false, beschermdMonument: false, inBeschermdStadsOfDorpsgezicht: false, vastgesteldBouwkundigErfgoed: true, aanduidingen: [{ id: '300412' }] } }] },
    });
    expect(geen.body).toEqual({
      data: { _entities: [{ erfgoed: { beschermd: false, beschermdMonument: false, inBeschermdStadsOfDorpsgezicht: false, vastgesteldBouwkundigErfgoed: false, aanduidingen: [] } }] },
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('cannot tell the heritage status of an address without a position (NOT_FOUND), and asks the heritage source nothing', async () => {
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, { ...adresBody(TIENSESTRAAT), adresPositie: null });

    const response = await wp.query('spoc', ERFGOED, { r: [woning('3000120')] });

    expect(response.body).toEqual({
      data: { _entities: [{ erfgoed: null }] },
      errors: [
        {
          message: 'Het adressenregister kent de ligging van dit adres niet; de erfgoedstatus kan niet bepaald worden.',
          locations: [{ line: 1, column: 73 }],
          path: ['_entities', 0, 'erfgoed'],
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
    expect(wp.calls.map((c) => c.source)).toEqual(['adressenregister']);
  });

  it('gives the permit flags and every application of the address, newest first, with typed states', async () => {
    const omgevingsloket = nock(UPSTREAM.omgevingsloket)
      .get('/projecten')
      .query({ adresId: '3000120' })
      .reply(200, {
        projecten: [
          project('OMV_2019021187', { onderwerp: 'Vernieuwen van het buitenschrijnwerk', datumIndiening: '2019-02-11', datumBeslissing: '2019-06-03' }),
          project('OMV_2026087412', { onderwerp: 'Dakisolatie en dakkapel', procedure: 'vereenvoudigde procedure', status: 'in behandeling', datumIndiening: '2026-09-14', datumBeslissing: null }),
          project('OMV_2024040518', { onderwerp: 'Slopen van een tuinberging', type: 'melding', procedure: null, status: 'stopgezet', datumIndiening: '2024-04-05', datumBeslissing: null }),
          project('OMV_2025010101', { onderwerp: 'Regularisatie', type: 'Verkavelingswijziging', procedure: 'bijzondere procedure', status: 'opgeschort', datumIndiening: '2025-01-01', datumBeslissing: null }),
        ],
      });

    const response = await wp.query('stadsdienst', VERGUNNINGEN, { r: [woning('3000120')] });

    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            vergunningen: {
              heeftLopendeAanvraag: true,
              heeftVergunning: true,
              aanvragen: [
                {
                  projectnummer: 'OMV_2026087412',
                  onderwerp: 'Dakisolatie en dakkapel',
                  soort: 'OMGEVINGSVERGUNNING',
                  procedure: 'VEREENVOUDIGD',
                  status: 'IN_BEHANDELING',
                  statusOmschrijving: 'in behandeling',
                  ingediendOp: '2026-09-14',
                  beslistOp: null,
                },
                {
                  projectnummer: 'OMV_2025010101',
                  onderwerp: 'Regularisatie',
                  soort: 'ANDERE',
                  procedure: null,
                  status: 'ANDERE',
                  statusOmschrijving: 'opgeschort',
                  ingediendOp: '2025-01-01',
                  beslistOp: null,
                },
                {
                  projectnummer: 'OMV_2024040518',
                  onderwerp: 'Slopen van een tuinberging',
                  soort: 'MELDING',
                  procedure: null,
                  status: 'INGETROKKEN',
                  statusOmschrijving: 'stopgezet',
                  ingediendOp: '2024-04-05',
                  beslistOp: null,
                },
                {
                  projectnummer: 'OMV_2019021187',
                  onderwerp: 'Vernieuwen van het buitenschrijnwerk',
                  soort: 'OMGEVINGSVERGUNNING',
                  procedure: 'GEWOON',
                  status: 'VERGUND',
                  statusOmschrijving: 'vergund',
                  ingediendOp: '2019-02-11',
                  beslistOp: '2019-06-03',
                },
              ],
            },
          },
        ],
      },
    });
    expect(omgevingsloket.isDone()).toBe(true);
    expect(wp.calls.map((c) => [c.source, c.path, c.status])).toEqual([['omgevingsloket', '/projecten', 200]]);
  });

  it('refuses both without the CRM\'s access, without calling any source', async () => {
    const response = await wp.query('stadsdienst', BEIDE, { r: [woning('3000120', false)] });
    const refused = (field: string, column: number) => ({
      message: 'Geen toegang tot de gegevens van deze woning.',
      locations: [{ line: 1, column }],
      path: ['_entities', 0, field],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(response.body).toEqual({
      data: { _entities: [{ adresId: '3000120', erfgoed: null, vergunningen: null }] },
      errors: [refused('erfgoed', 81), refused('vergunningen', 103)],
    });
    expect(wp.calls).toEqual([]);
  });

  it('a failing source costs only its own field and is named', async () => {
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nock(UPSTREAM.erfgoed).get('/aanduidingsobjecten').query(LIGGING).reply(200, { aanduidingsobjecten: [{ id: 1, naam: 'zonder type' }] });
    nock(UPSTREAM.omgevingsloket).get('/projecten').query({ adresId: '3000120' }).reply(200, { projecten: [] });

    const response = await wp.query('spoc', BEIDE, { r: [woning('3000120')] });

    expect(response.body).toEqual({
      data: { _entities: [{ adresId: '3000120', erfgoed: null, vergunningen: { heeftLopendeAanvraag: false } }] },
      errors: [
        {
          message: 'De bron onroerend-erfgoed gaf een antwoord in een onverwachte vorm.',
          locations: [{ line: 1, column: 81 }],
          path: ['_entities', 0, 'erfgoed'],
          extensions: { code: 'UPSTREAM_BAD_RESPONSE', source: 'onroerend-erfgoed' },
        },
      ],
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('answers UPSTREAM_UNAVAILABLE, naming the source, where a deployment configured no heritage or permit source', async () => {
    await wp.close();
    wp = await startWoningpas(nockConfig({ ERFGOED_URL: '', VERGUNNINGEN_URL: '' }));
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));

    const response = await wp.query('spoc', BEIDE, { r: [woning('3000120')] });

    expect({ ...response.body, errors: byPath(response.body.errors) }).toEqual({
      data: { _entities: [{ adresId: '3000120', erfgoed: null, vergunningen: null }] },
      errors: [
        {
          message: 'De bron onroerend-erfgoed is niet geconfigureerd.',
          locations: [{ line: 1, column: 81 }],
          path: ['_entities', 0, 'erfgoed'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'onroerend-erfgoed' },
        },
        {
          message: 'De bron omgevingsloket is niet geconfigureerd.',
          locations: [{ line: 1, column: 103 }],
          path: ['_entities', 0, 'vergunningen'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'omgevingsloket' },
        },
      ],
    });
    expect(wp.calls.map((c) => c.source)).toEqual(['adressenregister']);
  });
});
