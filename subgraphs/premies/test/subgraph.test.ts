import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity } from '@hub/shared';
import { DEMO_IDS, DEMO_PRODUCTS } from '@hub/shared/demo';
import { identityOf } from '@hub/shared/testing';
import { seedPremiesDemoData } from '../src/server.js';
import { startPremies, type TestPremies } from './helpers.js';

const BURGERS = `query Burgers($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Burger { id inkomenscategorie } }
}`;

const ADVIES = `query Advies($representations: [_Any!]!, $datum: Date) {
  _entities(representations: $representations) {
    ... on Dossier {
      id
      premieAdvies(datum: $datum) {
        datum regime regimeGeldigVan regimeGeldigTot regelsetVersie inkomenscategorie totaal ontbreekt indicatief
        premies {
          maatregelId categorie status bedrag berekening ontbreekt begrenzingen voorwaarden toelichting regelId bronStatus
          bronnen { naam soort vindplaats url datum }
          product { id }
        }
      }
    }
  }
}`;

/** An old home with a valid EPC, as woningpas gives it through the gateway. */
const OUDE_WONING = { adresId: '3000120', epc: { certificaatnummer: '20240318-0001234-00000001', label: 'F', bouwjaar: 1930 } };
const dossier = (id: string, burgerId: string, maatregelen: Array<Record<string, unknown>>, woning: unknown = OUDE_WONING) => ({
  __typename: 'Dossier',
  id,
  burger: { id: burgerId },
  woning,
  maatregelen: maatregelen.map((m) => ({ uitvoering: null, oppervlakteM2: null, bedragExclBtw: null, facturen: [], ...m })),
});
const burger = (id: string) => ({ __typename: 'Burger', id });

const REN0VATE_PRIMES = {
  naam: 'REN0VATE_PRIMES',
  soort: 'independent premium calculator (seed data)',
  vindplaats: 'github:Architecht25/ren0vate db/seeds/flandre/primes.rb (commits 2025-06-30..2025-07-05)',
  url: 'https://github.com/Architecht25/ren0vate',
  datum: '2025-06-30 / 2025-07-05 (git commit dates)',
};
const ENERVIA = {
  naam: 'ENERVIA',
  soort: 'contractor tool',
  vindplaats:
    "github:Georgesvictor/enerviakadans lib/veka/premies.ts + its vitest fixture; 'Bron: www.vlaanderen.be/mijnverbouwpremie (cat. 3, eigenaar-bewoner)', 2026 tarieven",
  url: 'https://github.com/Georgesvictor/enerviakadans',
  datum: '2026',
};
const PRODUCT = { id: DEMO_PRODUCTS.mijnVerbouwPremie };

describe(`premies subgraph (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let premies: TestPremies;
  // 22:30 UTC on 10 September 2025 is already 11 September in Belgium.
  const now = () => new Date('2025-09-10T22:30:00.000Z');

  beforeAll(async () => {
    premies = await startPremies({ now });
    await seedPremiesDemoData(premies.db.dataSource);
  });
  afterAll(async () => premies?.close());
  beforeEach(() => premies.queries.reset());

  it('advises per planned measure for several dossiers, with one query for all their citizens', async () => {
    const representations = [
      dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [
        { id: 'm-an-1', categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 7800 },
        { id: 'm-an-2', categorie: 'ZONNEBOILER', bedragExclBtw: 4000 },
      ]),
      dossier(DEMO_IDS.dossierYoussef, DEMO_IDS.burgerYoussef, [{ id: 'm-yo-1', categorie: 'ELEKTRICITEIT_EN_SANITAIR', bedragExclBtw: 7200 }]),
      dossier(DEMO_IDS.dossierMarc, DEMO_IDS.burgerMarc, [{ id: 'm-ma-1', categorie: 'DAK', oppervlakteM2: 80, bedragExclBtw: 9000 }]),
    ];
    const response = await premies.call(ADVIES, { representations, datum: '2026-03-15' }, identityOf('spoc'));
    expect(response.status).toBe(200);
    const regime2026 = { datum: '2026-03-15', regime: 'MVP-2026', regimeGeldigVan: '2026-03-01', regimeGeldigTot: null, regelsetVersie: '2026.11.2' };
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            id: DEMO_IDS.dossierAn,
            premieAdvies: {
              ...regime2026,
              inkomenscategorie: 'CATEGORIE_3',
              totaal: 2730,
              ontbreekt: [],
              indicatief: true,
              premies: [
                {
                  maatregelId: 'm-an-1',
                  categorie: 'RAMEN_EN_DEUREN',
                  status: 'BEREKEND',
                  bedrag: 2730,
                  berekening: '35 % van € 7.800 = € 2.730 (onder het maximum van € 3.675)',
                  ontbreekt: [],
                  begrenzingen: [],
                  voorwaarden: [
                    'factuur van minstens € 1.000 exclusief btw',
                    'aanvraag binnen 24 maanden na de eindfactuur',
                    'uitgevoerd door een aannemer',
                    'woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006',
                    'Ug-waarde van het glas hoogstens 1 W/m²K',
                    'toevoer van ventilatielucht in de droge ruimten (raamroosters of systeem D)',
                  ],
                  toelichting: null,
                  regelId: 'MVP-2026/RAMEN_EN_DEUREN/CATEGORIE_3',
                  bronStatus: 'confirmed',
                  bronnen: [REN0VATE_PRIMES, ENERVIA],
                  product: PRODUCT,
                },
                {
                  maatregelId: 'm-an-2',
                  categorie: 'ZONNEBOILER',
                  status: 'REGEL_ONBEKEND',
                  bedrag: null,
                  berekening: 'Geen bedrag: de regelset kent voor zonneboiler en inkomenscategorie 3 in regime MVP-2026 geen bedrag.',
                  ontbreekt: ['een bedrag in de regelset (niet gevonden in de bronnen)'],
                  begrenzingen: [],
                  voorwaarden: [],
                  toelichting:
                    'Geen betrouwbare bedragen gevonden voor 2025-2026: enkel tegenstrijdige claims van aannemers (AGNAU: tot 1.750 euro voor categorie 3 en 4; MAXQ: 1.000, 1.750 of 2.750 euro).',
                  regelId: 'MVP-2026/ZONNEBOILER/CATEGORIE_3',
                  bronStatus: null,
                  bronnen: [],
                  product: PRODUCT,
                },
              ],
            },
          },
          {
            id: DEMO_IDS.dossierYoussef,
            premieAdvies: {
              ...regime2026,
              inkomenscategorie: 'CATEGORIE_4',
              totaal: 3000,
              ontbreekt: [],
              indicatief: true,
              premies: [
                {
                  maatregelId: 'm-yo-1',
                  categorie: 'ELEKTRICITEIT_EN_SANITAIR',
                  status: 'BEREKEND',
                  bedrag: 3000,
                  berekening:
                    '50 % van € 6.000 (de factuur van € 7.200 telt mee tot het maximale factuurbedrag van € 6.000) = € 3.000 (gelijk aan het maximum van € 3.000)',
                  ontbreekt: [],
                  begrenzingen: ['MAXIMAAL_FACTUURBEDRAG'],
                  voorwaarden: [
                    'factuur van minstens € 1.000 exclusief btw',
                    'aanvraag binnen 24 maanden na de eindfactuur',
                    'mag ook zelf uitgevoerd worden (met materiaalfacturen)',
                    'woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006',
                  ],
                  toelichting: null,
                  regelId: 'MVP-2026/ELEKTRICITEIT_EN_SANITAIR/CATEGORIE_4',
                  bronStatus: 'confirmed',
                  bronnen: [REN0VATE_PRIMES, ENERVIA],
                  product: PRODUCT,
                },
              ],
            },
          },
          {
            id: DEMO_IDS.dossierMarc,
            premieAdvies: {
              ...regime2026,
              inkomenscategorie: null,
              totaal: 0,
              ontbreekt: ['de inkomenscategorie van de burger'],
              indicatief: true,
              premies: [
                {
                  maatregelId: 'm-ma-1',
                  categorie: 'DAK',
                  status: 'GEGEVENS_ONTBREKEN',
                  bedrag: null,
                  berekening: 'Geen bedrag: de premie voor dak hangt af van de inkomenscategorie, en die is niet gekend.',
                  ontbreekt: ['de inkomenscategorie van de burger'],
                  begrenzingen: [],
                  voorwaarden: [],
                  toelichting: null,
                  regelId: null,
                  bronStatus: null,
                  bronnen: [],
                  product: PRODUCT,
                },
              ],
            },
          },
        ],
      },
    });
    expect(premies.queries.count).toBe(1);
  });

  it('uses today in Belgium as the application date when none is given', async () => {
    const response = await premies.call(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dossier { premieAdvies { datum regime totaal premies { bedrag } } } } }`,
      { representations: [dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [{ id: 'm1', categorie: 'DAK', oppervlakteM2: 80, bedragExclBtw: 9000 }])] },
      identityOf('burger'),
    );
    expect(response.body).toEqual({
      data: { _entities: [{ premieAdvies: { datum: '2025-09-11', regime: 'MVP-2025-H2', totaal: 3150, premies: [{ bedrag: 3150 }] } }] },
    });
  });

  it('resolves Burger.inkomenscategorie for several citizens with one SQL query', async () => {
    const response = await premies.call(
      BURGERS,
      {
        representations: [
          burger(DEMO_IDS.burgerAn),
          burger(DEMO_IDS.burgerYoussef),
          burger(DEMO_IDS.burgerMarc),
          burger(DEMO_IDS.burgerAn),
          burger('geen-uuid'),
        ],
      },
      identityOf('energieconsulent'),
    );
    expect(response.body).toEqual({
      data: {
        _entities: [
          { id: DEMO_IDS.burgerAn, inkomenscategorie: 'CATEGORIE_3' },
          { id: DEMO_IDS.burgerYoussef, inkomenscategorie: 'CATEGORIE_4' },
          { id: DEMO_IDS.burgerMarc, inkomenscategorie: null },
          { id: DEMO_IDS.burgerAn, inkomenscategorie: 'CATEGORIE_3' },
          { id: 'geen-uuid', inkomenscategorie: null },
        ],
      },
    });
    expect(premies.queries.count).toBe(1);
    // The three distinct UUIDs, once each; the malformed id never reaches the database.
    expect(premies.queries.statements[0]).toMatch(/"burger_id" IN \(\$1, \$2, \$3\)/);
  });

  describe('access per role', () => {
    const allowed = ['burger', 'burger2', 'spoc', 'energieconsulent', 'renovatiebegeleider', 'burgerprofiel'];
    for (const persona of allowed) {
      it(`${persona} may read the income category and the advice`, async () => {
        const category = await premies.call(BURGERS, { representations: [burger(DEMO_IDS.burgerAn)] }, identityOf(persona));
        expect(category.body).toEqual({ data: { _entities: [{ id: DEMO_IDS.burgerAn, inkomenscategorie: 'CATEGORIE_3' }] } });
        const advice = await premies.call(
          `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dossier { premieAdvies(datum: "2026-03-01") { totaal } } } }`,
          { representations: [dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [{ id: 'm1', categorie: 'VLOER', bedragExclBtw: 2000 }])] },
          identityOf(persona),
        );
        // Floor in 2026 is in conflict: no amount, total 0.
        expect(advice.body).toEqual({ data: { _entities: [{ premieAdvies: { totaal: 0 } }] } });
      });
    }

    for (const persona of ['partner', 'analist', 'stadsdienst']) {
      it(`${persona} gets FORBIDDEN and nothing is read from the database`, async () => {
        const response = await premies.call(
          `query ($representations: [_Any!]!) { _entities(representations: $representations) {
            ... on Burger { inkomenscategorie }
            ... on Dossier { premieAdvies(datum: "2026-03-01") { totaal } }
          } }`,
          { representations: [burger(DEMO_IDS.burgerAn), dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [])] },
          identityOf(persona),
        );
        expect(response.body).toEqual({
          errors: [
            { message: 'Geen toegang.', locations: [{ line: 2, column: 29 }], path: ['_entities', 0, 'inkomenscategorie'], extensions: { code: 'FORBIDDEN' } },
            { message: 'Geen toegang.', locations: [{ line: 3, column: 30 }], path: ['_entities', 1, 'premieAdvies'], extensions: { code: 'FORBIDDEN' } },
          ],
          data: { _entities: [{ inkomenscategorie: null }, { premieAdvies: null }] },
        });
        expect(premies.queries.count).toBe(0);
      });
    }

    it('an anonymous caller gets UNAUTHENTICATED', async () => {
      const response = await premies.call(BURGERS, { representations: [burger(DEMO_IDS.burgerAn)] }, ANONYMOUS);
      expect(response.body).toEqual({
        errors: [
          {
            message: 'Aanmelden is vereist.',
            locations: [{ line: 2, column: 69 }],
            path: ['_entities', 0, 'inkomenscategorie'],
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
        data: { _entities: [{ id: DEMO_IDS.burgerAn, inkomenscategorie: null }] },
      });
      expect(premies.queries.count).toBe(0);
    });
  });

  it('refuses a call that did not come through the gateway with 401', async () => {
    const body = JSON.stringify({ query: BURGERS, variables: { representations: [burger(DEMO_IDS.burgerAn)] } });
    const refused = { errors: [{ message: 'Deze dienst aanvaardt enkel oproepen via de gateway.', extensions: { code: 'UNAUTHENTICATED' } }] };
    const withoutIdentity = await fetch(premies.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect([withoutIdentity.status, await withoutIdentity.json()]).toEqual([401, refused]);
    const forged = signIdentity(identityOf('spoc'), 'another-secret-of-at-least-32-characters!!');
    const withForged = await fetch(premies.url, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: forged }, body });
    expect([withForged.status, await withForged.json()]).toEqual([401, refused]);
    expect(premies.queries.count).toBe(0);
  });

  describe('bad input gets a clear typed error', () => {
    const representations = [dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [{ id: 'm1', categorie: 'DAK', bedragExclBtw: 9000 }])];

    it('an impossible date', async () => {
      const response = await premies.call(ADVIES, { representations, datum: '2026-02-30' }, identityOf('spoc'));
      expect([response.status, response.body]).toEqual([
        400,
        {
          errors: [
            {
              message: 'Variable "$datum" got invalid value "2026-02-30"; Ongeldige datum "2026-02-30": verwacht een kalenderdatum JJJJ-MM-DD, bv. 2026-03-01.',
              locations: [{ line: 1, column: 42 }],
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
      ]);
    });

    it('a date on which no regime applies', async () => {
      const response = await premies.call(ADVIES, { representations, datum: '2024-12-31' }, identityOf('spoc'));
      expect(response.body).toEqual({
        errors: [
          {
            message:
              'Op 2024-12-31 geldt geen regime van Mijn VerbouwPremie in de regelset (versie 2026.11.2); de regels gelden voor aanvragen 2025-01-01 tot en met 2025-06-30, 2025-07-01 tot en met 2026-02-28, vanaf 2026-03-01.',
            locations: [{ line: 5, column: 7 }],
            path: ['_entities', 0, 'premieAdvies'],
            extensions: { datum: '2024-12-31', code: 'BAD_USER_INPUT' },
          },
        ],
        data: { _entities: [{ id: DEMO_IDS.dossierAn, premieAdvies: null }] },
      });
    });

    it('a representation with an unknown work category or a negative amount', async () => {
      const response = await premies.call(
        ADVIES,
        {
          representations: [
            dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [
              { id: 'm1', categorie: 'ZWEMBAD' },
              { id: 'm2', categorie: 'DAK', bedragExclBtw: -5 },
            ]),
          ],
          datum: '2026-03-01',
        },
        identityOf('spoc'),
      );
      const problems = [
        'maatregelen[0].categorie: must be one of DAK, BUITENMUUR, VLOER, RAMEN_EN_DEUREN, WARMTEPOMP, WARMTEPOMPBOILER, ZONNEBOILER, VENTILATIE, ELEKTRICITEIT_EN_SANITAIR, BINNENRENOVATIE, ASBESTVERWIJDERING',
        'maatregelen[1].bedragExclBtw: must not be negative',
      ];
      expect(response.body).toEqual({
        errors: [
          {
            message: `Ongeldige gegevens van het dossier voor het premieadvies: ${problems.join('; ')}`,
            locations: [{ line: 5, column: 7 }],
            path: ['_entities', 0, 'premieAdvies'],
            extensions: { problems, code: 'BAD_USER_INPUT' },
          },
        ],
        data: { _entities: [{ id: DEMO_IDS.dossierAn, premieAdvies: null }] },
      });
      expect(premies.queries.count).toBe(0);
    });
  });

  it('is ready when its database answers', async () => {
    const ready = await fetch(premies.url.replace('/graphql', '/ready'));
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', service: 'premies' }]);
  });
});
