import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@hub/shared';
import { DEMO_IDS, DEMO_PRODUCTS } from '@hub/shared/demo';
import { identityOf } from '@hub/shared/testing';
import { PremieAanvraagEntity, type PremieAanvraagRow } from '../src/entities/premie-aanvraag.js';
import { seedPremiesDemoData } from '../src/server.js';
import { startPremies, type TestPremies } from './helpers.js';

// Dossier.premieAdvies with the inputs from the authentic sources, the application date per measure
// (a submitted application fixes it), the caps, Mijn VerbouwLening; and Query.premieSimulatie.

const ADVIES = `query Advies($representations: [_Any!]!, $datum: Date, $doelgroep: PremieDoelgroep) {
  _entities(representations: $representations) {
    ... on Dossier {
      premieAdvies(datum: $datum, doelgroep: $doelgroep) {
        datum regime inkomenscategorie doelgroep totaal ontbreekt indicatief
        invoer { inkomenscategorie inkomenscategorieHerkomst doelgroep woning { adresId epcLabel bouwjaar epcCertificaatnummer herkomst } }
        premies {
          maatregelId aanvraagdatum aanvraagdatumHerkomst regime status bedrag berekening ontbreekt begrenzingen regelId
          invoer { oppervlakteM2 bedragExclBtw uitvoering laatsteFactuurdatum }
        }
        plafonds { id regime soort maximum maatregelIds bedragVoorPlafond bedragNaPlafond toegepast }
        verbouwLening { naam mogelijkheid maxBedrag maxLooptijdJaren product { id } }
      }
    }
  }
}`;

const EPC_AN = { certificaatnummer: '20240318-0001234-00000001', label: 'F', bouwjaar: 1930 };
const dossier = (id: string, burgerId: string, maatregelen: Array<Record<string, unknown>>, epc: unknown = EPC_AN) => ({
  __typename: 'Dossier',
  id,
  burger: { id: burgerId },
  woning: { adresId: '3000120', epc },
  maatregelen: maatregelen.map((m) => ({ uitvoering: null, oppervlakteM2: null, bedragExclBtw: null, facturen: [], ...m })),
});
const WONING_AN = {
  adresId: '3000120',
  epcLabel: 'F',
  bouwjaar: 1930,
  epcCertificaatnummer: '20240318-0001234-00000001',
  herkomst: 'EPC 20240318-0001234-00000001 uit de EPC-databank van VEKA.',
};
const INVOER_AN = { inkomenscategorie: 'CATEGORIE_3', inkomenscategorieHerkomst: 'Opgegeven op 15-01-2026 (bron: demo).', doelgroep: 'CATEGORIE_3', woning: WONING_AN };
const LENING_MOGELIJK = { naam: 'Mijn VerbouwLening', mogelijkheid: 'MOGELIJK', maxBedrag: 60000, maxLooptijdJaren: 25, product: { id: DEMO_PRODUCTS.mijnVerbouwLening } };

const M = { dak: randomUUID(), ramen: randomUUID(), warmtepomp: randomUUID(), vloerVroeg: randomUUID(), vloerLaat: randomUUID(), vloerAfgewezen: randomUUID() };

/** A Mijn VerbouwPremie application of a measure, as the application part of this subgraph stores it. */
function aanvraag(maatregelId: string, aangevraagdOp: string, status: PremieAanvraagRow['status']): PremieAanvraagRow {
  return {
    id: randomUUID(),
    idempotencyKey: `test-${randomUUID()}`,
    inhoudHash: 'a'.repeat(64),
    dossierId: DEMO_IDS.dossierAn,
    maatregelId,
    burgerId: DEMO_IDS.burgerAn,
    insz: '85031412302',
    begeleiderSub: null,
    aangevraagdDoor: 'acm-85031412302',
    werkcategorie: 'VLOER',
    inhoud: {} as PremieAanvraagRow['inhoud'],
    ean: '541448820000000001',
    iban: 'BE68539007547034',
    problemen: [],
    status,
    dossiernummer: null,
    verwachtBedrag: null,
    toegekendBedrag: null,
    uitbetaaldBedrag: null,
    reden: null,
    aangevraagdOp: new Date(aangevraagdOp),
    ingediendOp: null,
    gewijzigdOp: new Date(aangevraagdOp),
    volgendeControleOp: null,
  };
}

describe(`premie advice and simulation in the subgraph (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let premies: TestPremies;
  const now = () => new Date('2026-05-04T08:00:00.000Z');

  beforeAll(async () => {
    premies = await startPremies({ now });
    await seedPremiesDemoData(premies.db.dataSource);
    // The floor applied for on 20 February 2026 (23:30 UTC on the 19th is already the 20th in Belgium); another refused.
    await premies.db.dataSource
      .getRepository(PremieAanvraagEntity)
      .insert([aanvraag(M.vloerVroeg, '2026-02-19T23:30:00.000Z', 'IN_BEHANDELING'), aanvraag(M.vloerAfgewezen, '2026-01-10T10:00:00.000Z', 'AFGEWEZEN')]);
  });
  afterAll(async () => premies?.close());
  beforeEach(() => premies.queries.reset());
  /** The advice recorded for the statistics (premie_advies), by dossier and measure. */
  const vastgelegd = async () =>
    (
      (await premies.db.dataSource.query(
        `SELECT dossier_id, maatregel_id, werkcategorie, status, bedrag::float8 AS bedrag, regime, regel_id FROM premie_advies ORDER BY dossier_id, maatregel_id`,
      )) as Array<Record<string, unknown>>
    ).map((r) => ({ ...r, bedrag: r.bedrag === null ? null : Number(r.bedrag) }));

  it('An’s dossier: the EPC label and build year as inputs, the air-to-water heat pump computed, the loan option', async () => {
    const representations = [
      dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [
        { id: M.dak, categorie: 'DAK', oppervlakteM2: 80, bedragExclBtw: 9000 },
        { id: M.ramen, categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 7800, facturen: [{ datum: '2026-04-02' }, { datum: '2026-03-20' }] },
        { id: M.warmtepomp, categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_LUCHT_WATER', bedragExclBtw: 15400 },
      ]),
    ];
    const response = await premies.call(ADVIES, { representations }, identityOf('burger'));
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            premieAdvies: {
              datum: '2026-05-04',
              regime: 'MVP-2026',
              inkomenscategorie: 'CATEGORIE_3',
              doelgroep: 'CATEGORIE_3',
              totaal: 10380,
              ontbreekt: [],
              indicatief: true,
              invoer: INVOER_AN,
              premies: [
                {
                  maatregelId: M.dak,
                  aanvraagdatum: '2026-05-04',
                  aanvraagdatumHerkomst: 'VANDAAG',
                  regime: 'MVP-2026',
                  status: 'BEREKEND',
                  bedrag: 3150,
                  berekening: '35 % van € 9.000 = € 3.150 (onder het maximum van € 4.025)',
                  ontbreekt: [],
                  begrenzingen: [],
                  regelId: 'MVP-2026/DAK/CATEGORIE_3',
                  invoer: { oppervlakteM2: 80, bedragExclBtw: 9000, uitvoering: null, laatsteFactuurdatum: null },
                },
                {
                  maatregelId: M.ramen,
                  aanvraagdatum: '2026-05-04',
                  aanvraagdatumHerkomst: 'VANDAAG',
                  regime: 'MVP-2026',
                  status: 'BEREKEND',
                  bedrag: 2730,
                  berekening: '35 % van € 7.800 = € 2.730 (onder het maximum van € 3.675)',
                  ontbreekt: [],
                  begrenzingen: [],
                  regelId: 'MVP-2026/RAMEN_EN_DEUREN/CATEGORIE_3',
                  invoer: { oppervlakteM2: null, bedragExclBtw: 7800, uitvoering: null, laatsteFactuurdatum: '2026-04-02' },
                },
                {
                  maatregelId: M.warmtepomp,
                  aanvraagdatum: '2026-05-04',
                  aanvraagdatumHerkomst: 'VANDAAG',
                  regime: 'MVP-2026',
                  status: 'BEREKEND',
                  bedrag: 4500,
                  berekening: 'Vast bedrag voor lucht-water: € 4.500; onder 35 % van de factuur van € 15.400 (€ 5.390)',
                  ontbreekt: [],
                  begrenzingen: [],
                  regelId: 'MVP-2026/WARMTEPOMP/CATEGORIE_3',
                  invoer: { oppervlakteM2: null, bedragExclBtw: 15400, uitvoering: 'WARMTEPOMP_LUCHT_WATER', laatsteFactuurdatum: null },
                },
              ],
              plafonds: [],
              verbouwLening: LENING_MOGELIJK,
            },
          },
        ],
      },
    });
    // The declared income category and the applications of the three measures: one query each; the advice
    // of today (no date, no other target group) is recorded for the statistics in one more statement.
    expect(premies.queries.count).toBe(3);
    expect(await vastgelegd()).toEqual([
      { dossier_id: DEMO_IDS.dossierAn, maatregel_id: M.dak, werkcategorie: 'DAK', status: 'BEREKEND', bedrag: 3150, regime: 'MVP-2026', regel_id: 'MVP-2026/DAK/CATEGORIE_3' },
      {
        dossier_id: DEMO_IDS.dossierAn,
        maatregel_id: M.ramen,
        werkcategorie: 'RAMEN_EN_DEUREN',
        status: 'BEREKEND',
        bedrag: 2730,
        regime: 'MVP-2026',
        regel_id: 'MVP-2026/RAMEN_EN_DEUREN/CATEGORIE_3',
      },
      {
        dossier_id: DEMO_IDS.dossierAn,
        maatregel_id: M.warmtepomp,
        werkcategorie: 'WARMTEPOMP',
        status: 'BEREKEND',
        bedrag: 4500,
        regime: 'MVP-2026',
        regel_id: 'MVP-2026/WARMTEPOMP/CATEGORIE_3',
      },
    ].sort((a, b) => (a.maatregel_id < b.maatregel_id ? -1 : 1)));
  });

  it('a rule change in the middle of the dossier: the floor applied for on 20-02-2026 keeps MVP-2025-H2, the other floor gets MVP-2026', async () => {
    const representations = [
      dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [
        { id: M.vloerVroeg, categorie: 'VLOER', bedragExclBtw: 2000, facturen: [{ datum: '2026-02-02' }] },
        { id: M.vloerLaat, categorie: 'VLOER', bedragExclBtw: 2000 },
        // Refused by the desk: the refused application does not fix the date.
        { id: M.vloerAfgewezen, categorie: 'VLOER', bedragExclBtw: 1500 },
      ]),
    ];
    const response = await premies.call(ADVIES, { representations, datum: '2026-06-01' }, identityOf('spoc'));
    const vloer2026 = {
      aanvraagdatum: '2026-06-01',
      aanvraagdatumHerkomst: 'OPGEGEVEN',
      regime: 'MVP-2026',
      status: 'REGEL_ONBEKEND',
      bedrag: null,
      berekening: 'Geen bedrag: de bronnen spreken elkaar tegen over de premie voor vloer en inkomenscategorie 3 in regime MVP-2026.',
      ontbreekt: ['een eenduidig bedrag in de regelset (de bronnen spreken elkaar tegen)'],
      begrenzingen: [],
      regelId: 'MVP-2026/VLOER/CATEGORIE_3',
    };
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            premieAdvies: {
              datum: '2026-06-01',
              regime: 'MVP-2026',
              inkomenscategorie: 'CATEGORIE_3',
              doelgroep: 'CATEGORIE_3',
              totaal: 700,
              ontbreekt: [],
              indicatief: true,
              invoer: INVOER_AN,
              premies: [
                {
                  maatregelId: M.vloerVroeg,
                  aanvraagdatum: '2026-02-20',
                  aanvraagdatumHerkomst: 'INGEDIENDE_AANVRAAG',
                  regime: 'MVP-2025-H2',
                  status: 'BEREKEND',
                  bedrag: 700,
                  berekening: '35 % van € 2.000 = € 700 (onder het maximum van € 1.050)',
                  ontbreekt: [],
                  begrenzingen: [],
                  regelId: 'MVP-2025-H2/VLOER/CATEGORIE_3',
                  invoer: { oppervlakteM2: null, bedragExclBtw: 2000, uitvoering: null, laatsteFactuurdatum: '2026-02-02' },
                },
                { maatregelId: M.vloerLaat, ...vloer2026, invoer: { oppervlakteM2: null, bedragExclBtw: 2000, uitvoering: null, laatsteFactuurdatum: null } },
                { maatregelId: M.vloerAfgewezen, ...vloer2026, invoer: { oppervlakteM2: null, bedragExclBtw: 1500, uitvoering: null, laatsteFactuurdatum: null } },
              ],
              plafonds: [],
              verbouwLening: LENING_MOGELIJK,
            },
          },
        ],
      },
    });
    expect(premies.queries.count).toBe(2);
  });

  it('advises several dossiers with two SQL queries in all: the income categories and the applications of every measure', async () => {
    const ids = Array.from({ length: 6 }, () => randomUUID());
    const representations = [
      dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [
        { id: ids[0], categorie: 'DAK', bedragExclBtw: 9000 },
        { id: ids[1], categorie: 'VLOER', bedragExclBtw: 2000 },
      ]),
      dossier(DEMO_IDS.dossierYoussef, DEMO_IDS.burgerYoussef, [{ id: ids[2], categorie: 'DAK', bedragExclBtw: 9000 }]),
      dossier(DEMO_IDS.dossierMarc, DEMO_IDS.burgerMarc, [
        { id: ids[3], categorie: 'DAK', bedragExclBtw: 9000 },
        { id: ids[4], categorie: 'VLOER', bedragExclBtw: 9000 },
        { id: ids[5], categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 9000 },
      ]),
    ];
    const response = await premies.call(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dossier { premieAdvies(datum: "2026-03-15") { totaal } } } }`,
      { representations },
      identityOf('spoc'),
    );
    expect(response.body).toEqual({ data: { _entities: [{ premieAdvies: { totaal: 3150 } }, { premieAdvies: { totaal: 4500 } }, { premieAdvies: { totaal: 0 } }] } });
    // An advice on another date than today is not recorded for the statistics: no third statement.
    expect(premies.queries.count).toBe(2);
    expect(premies.queries.statements.filter((sql) => /premie_aanvraag/.test(sql))).toEqual([
      expect.stringMatching(/"maatregel_id" IN \(\$1, \$2, \$3, \$4, \$5, \$6\)/),
    ]);
  });

  it('computes for another target group when asked, and says so in its inputs', async () => {
    const representations = [dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [{ id: M.dak, categorie: 'DAK', bedragExclBtw: 10000 }])];
    const response = await premies.call(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dossier {
        premieAdvies(datum: "2025-09-01", doelgroep: VERHUURDER_WOONMAATSCHAPPIJ) { inkomenscategorie doelgroep invoer { doelgroep } totaal premies { regelId bedrag } verbouwLening { mogelijkheid } }
      } } }`,
      { representations },
      identityOf('energieconsulent'),
    );
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            premieAdvies: {
              inkomenscategorie: 'CATEGORIE_3',
              doelgroep: 'VERHUURDER_WOONMAATSCHAPPIJ',
              invoer: { doelgroep: 'VERHUURDER_WOONMAATSCHAPPIJ' },
              totaal: 5000,
              premies: [{ regelId: 'MVP-2025-H2/DAK/VERHUURDER_WOONMAATSCHAPPIJ', bedrag: 5000 }],
              verbouwLening: { mogelijkheid: 'MOGELIJK' },
            },
          },
        ],
      },
    });
  });

  it('a home without a valid EPC: its inputs say so and the building age is what is missing', async () => {
    const representations = [dossier(DEMO_IDS.dossierYoussef, DEMO_IDS.burgerYoussef, [{ id: M.dak, categorie: 'DAK', bedragExclBtw: 10000 }], null)];
    const response = await premies.call(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dossier {
        premieAdvies(datum: "2026-05-04") { invoer { inkomenscategorieHerkomst woning { adresId epcLabel bouwjaar epcCertificaatnummer herkomst } } ontbreekt premies { status bedrag ontbreekt } }
      } } }`,
      { representations },
      identityOf('spoc'),
    );
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            premieAdvies: {
              invoer: {
                inkomenscategorieHerkomst: 'Opgegeven op 15-01-2026 (bron: demo).',
                woning: {
                  adresId: '3000120',
                  epcLabel: null,
                  bouwjaar: null,
                  epcCertificaatnummer: null,
                  herkomst: 'Geen geldig EPC beschikbaar: de EPC-databank van VEKA kent er geen of antwoordde niet (zie de fouten van het antwoord). Label en bouwjaar ontbreken.',
                },
              },
              ontbreekt: ['het bouwjaar van de woning (geen geldig EPC)'],
              premies: [
                {
                  status: 'BEREKEND',
                  bedrag: 5000,
                  ontbreekt: ['het bouwjaar van de woning (geen geldig EPC), om na te gaan of ze gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006 is'],
                },
              ],
            },
          },
        ],
      },
    });
  });

  it('refuses a way of execution that does not fit the measure, reading nothing', async () => {
    const representations = [dossier(DEMO_IDS.dossierAn, DEMO_IDS.burgerAn, [{ id: M.dak, categorie: 'DAK', uitvoering: 'MUUR_SPOUW' }])];
    const response = await premies.call(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dossier { premieAdvies { totaal } } } }`,
      { representations },
      identityOf('spoc'),
    );
    const problems = ['maatregelen[0].uitvoering: MUUR_SPOUW is not a way of execution of DAK'];
    expect(response.body).toEqual({
      errors: [
        {
          message: `Ongeldige gegevens van het dossier voor het premieadvies: ${problems.join('; ')}`,
          locations: [{ line: 1, column: 102 }],
          path: ['_entities', 0, 'premieAdvies'],
          extensions: { problems, code: 'BAD_USER_INPUT' },
        },
      ],
      data: { _entities: [{ premieAdvies: null }] },
    });
    expect(premies.queries.count).toBe(0);
  });

  describe('Query.premieSimulatie', () => {
    const SIMULATIE = `query ($input: PremieSimulatieInput!) {
      premieSimulatie(input: $input) {
        datum regime doelgroep totaal ontbreekt indicatief
        invoer { inkomenscategorie inkomenscategorieHerkomst doelgroep woning { adresId epcLabel bouwjaar epcCertificaatnummer herkomst } }
        premies { maatregelId aanvraagdatum aanvraagdatumHerkomst regime status bedrag berekening ontbreekt begrenzingen }
        plafonds { id maatregelIds bedragVoorPlafond bedragNaPlafond toegepast }
        verbouwLening { mogelijkheid toelichting }
      }
    }`;

    it('works without logging in, reads nothing from the database and stores nothing', async () => {
      const input = {
        inkomenscategorie: 'CATEGORIE_3',
        bouwjaar: 1975,
        epcLabel: 'E',
        maatregelen: [
          { categorie: 'DAK', oppervlakteM2: 90, bedragExclBtw: 7000 },
          { id: 'goten', categorie: 'DAK', bedragExclBtw: 6000, aanvraagdatum: '2026-04-15' },
          { categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_HYBRIDE', bedragExclBtw: 9000, factuurdatum: '2026-04-01' },
        ],
      };
      const response = await premies.call(SIMULATIE, { input }, ANONYMOUS);
      expect(response.body).toEqual({
        data: {
          premieSimulatie: {
            datum: '2026-05-04',
            regime: 'MVP-2026',
            doelgroep: 'CATEGORIE_3',
            totaal: 7025,
            ontbreekt: [],
            indicatief: true,
            invoer: {
              inkomenscategorie: 'CATEGORIE_3',
              inkomenscategorieHerkomst: 'Opgegeven in de simulatie.',
              doelgroep: 'CATEGORIE_3',
              woning: { adresId: null, epcLabel: 'E', bouwjaar: 1975, epcCertificaatnummer: null, herkomst: 'Opgegeven in de simulatie.' },
            },
            premies: [
              {
                maatregelId: '1',
                aanvraagdatum: '2026-05-04',
                aanvraagdatumHerkomst: 'VANDAAG',
                regime: 'MVP-2026',
                status: 'BEREKEND',
                bedrag: 1925,
                berekening:
                  '35 % van € 7.000 = € 2.450 (onder het maximum van € 4.025); samen met een eerdere maatregel voor dak (€ 2.100) begrensd tot het gedeelde maximum van € 4.025 in dit dossier: nog € 1.925',
                ontbreekt: [],
                begrenzingen: ['GEDEELD_PLAFOND'],
              },
              {
                maatregelId: 'goten',
                aanvraagdatum: '2026-04-15',
                aanvraagdatumHerkomst: 'OPGEGEVEN',
                regime: 'MVP-2026',
                status: 'BEREKEND',
                bedrag: 2100,
                berekening: '35 % van € 6.000 = € 2.100 (onder het maximum van € 4.025)',
                ontbreekt: [],
                begrenzingen: [],
              },
              {
                maatregelId: '3',
                aanvraagdatum: '2026-05-04',
                aanvraagdatumHerkomst: 'VANDAAG',
                regime: 'MVP-2026',
                status: 'BEREKEND',
                bedrag: 3000,
                berekening: 'Vast bedrag voor hybride lucht-water: € 3.000; onder 35 % van de factuur van € 9.000 (€ 3.150)',
                ontbreekt: [],
                begrenzingen: [],
              },
            ],
            plafonds: [{ id: 'MVP-2026/DAK/PER_DOSSIER', maatregelIds: ['goten', '1'], bedragVoorPlafond: 4550, bedragNaPlafond: 4025, toegepast: true }],
            verbouwLening: {
              mogelijkheid: 'MOGELIJK',
              toelichting:
                'De bronnen (2022-2024) noemen eigenaar-bewoners uit de laagste en de middelste inkomenscategorie van Mijn VerbouwPremie, toen nog drie categorieën (laagste tot 32.980 euro, middelste tot 46.170 euro voor een alleenstaande, grenzen van 2022). Categorie 3 (tot 42.340 euro voor een alleenstaande in 2025) valt binnen de vroegere middelste: onze interpretatie.',
            },
          },
        },
      });
      expect(premies.queries.count).toBe(0);
    });

    it('a home too young in a simulation, and a simulation without income category or build year', async () => {
      const jong = await premies.call(
        `query ($input: PremieSimulatieInput!) { premieSimulatie(input: $input) { totaal premies { status bedrag berekening } } }`,
        { input: { datum: '2025-09-01', inkomenscategorie: 'CATEGORIE_4', bouwjaar: 2015, maatregelen: [{ categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 8000 }] } },
        identityOf('partner'),
      );
      expect(jong.body).toEqual({
        data: {
          premieSimulatie: {
            totaal: 0,
            premies: [
              {
                status: 'NIET_IN_AANMERKING',
                bedrag: 0,
                berekening:
                  'Geen premie: de woning is volgens de simulatie gebouwd in 2015; de premie voor ramen en deuren geldt enkel voor een woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006.',
              },
            ],
          },
        },
      });
      const leeg = await premies.call(
        `query ($input: PremieSimulatieInput!) { premieSimulatie(input: $input) { invoer { inkomenscategorieHerkomst woning { herkomst } } ontbreekt premies { status ontbreekt } verbouwLening { mogelijkheid } } }`,
        { input: { maatregelen: [{ categorie: 'VENTILATIE' }] } },
        ANONYMOUS,
      );
      expect(leeg.body).toEqual({
        data: {
          premieSimulatie: {
            invoer: { inkomenscategorieHerkomst: 'Niet opgegeven in de simulatie.', woning: { herkomst: 'Niet opgegeven in de simulatie.' } },
            ontbreekt: ['de inkomenscategorie van de burger'],
            premies: [{ status: 'GEGEVENS_ONTBREKEN', ontbreekt: ['de inkomenscategorie van de burger'] }],
            verbouwLening: { mogelijkheid: 'ONBEKEND' },
          },
        },
      });
    });

    it('bad input: every problem in one typed error, with the first field', async () => {
      const input = {
        datum: '2024-06-01',
        bouwjaar: 2031,
        maatregelen: [
          { id: 'a', categorie: 'DAK', oppervlakteM2: 0, uitvoering: 'MUUR_SPOUW' },
          { id: 'a', categorie: 'WARMTEPOMP', uitvoering: 'MUUR_SPOUW', bedragExclBtw: -1 },
          { categorie: 'VLOER', factuurdatum: '2026-06-01', aanvraagdatum: '2026-05-01' },
        ],
      };
      const response = await premies.call(`query ($input: PremieSimulatieInput!) { premieSimulatie(input: $input) { totaal } }`, { input }, ANONYMOUS);
      const problems = [
        'input.datum: op 01-06-2024 geldt geen regime; de regels gelden voor aanvragen 2025-01-01 tot en met 2025-06-30, 2025-07-01 tot en met 2026-02-28, vanaf 2026-03-01',
        'input.bouwjaar: moet tussen 1000 en 2026 liggen',
        'input.maatregelen[0].uitvoering: DAK heeft geen uitvoeringen',
        'input.maatregelen[0].oppervlakteM2: moet groter dan 0 en hoogstens 100000 zijn',
        "input.maatregelen[1].id: 'a' komt al voor in de simulatie",
        'input.maatregelen[1].uitvoering: past niet bij WARMTEPOMP: een van WARMTEPOMP_BODEM_WATER, WARMTEPOMP_LUCHT_WATER, WARMTEPOMP_HYBRIDE, WARMTEPOMP_LUCHT_LUCHT',
        'input.maatregelen[1].bedragExclBtw: moet tussen 0 en 10000000 liggen',
        'input.maatregelen[2].factuurdatum: ligt na de aanvraagdatum 01-05-2026',
      ];
      expect(response.body).toEqual({
        errors: [
          {
            message: `Ongeldige simulatie: ${problems.join('; ')}.`,
            locations: [{ line: 1, column: 41 }],
            path: ['premieSimulatie'],
            extensions: { field: 'input.datum', problems, code: 'BAD_USER_INPUT' },
          },
        ],
        data: null,
      });
      const teVeel = await premies.call(
        `query ($input: PremieSimulatieInput!) { premieSimulatie(input: $input) { totaal } }`,
        { input: { maatregelen: Array.from({ length: 31 }, () => ({ categorie: 'VENTILATIE' })) } },
        ANONYMOUS,
      );
      expect(teVeel.body).toEqual({
        errors: [
          {
            message: 'Ongeldige simulatie: input.maatregelen: hoogstens 30 maatregelen per simulatie.',
            locations: [{ line: 1, column: 41 }],
            path: ['premieSimulatie'],
            extensions: { field: 'input.maatregelen', problems: ['input.maatregelen: hoogstens 30 maatregelen per simulatie'], code: 'BAD_USER_INPUT' },
          },
        ],
        data: null,
      });
      expect(premies.queries.count).toBe(0);
    });
  });
});
