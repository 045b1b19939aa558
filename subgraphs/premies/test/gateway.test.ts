import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '@hub/embedded';
import { resetCircuitBreakers } from '@hub/shared';
import { DEMO_IDS, DEMO_PRODUCTS } from '@hub/shared/demo';
import { postGraphQL } from '@hub/shared/testing';
import { PremieAanvraagEntity, type PremieAanvraagRow } from '../src/entities/premie-aanvraag.js';

// The premie advice through the gateway, in the whole hub: the query planner fills the @requires of
// premieAdvies with the dossier's measures (dossier subgraph) and the home's EPC (woningpas subgraph).

/** An's measures in the demo world (subgraphs/dossier/src/seed/demo-data.ts). */
const AN = { dak: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0001', ramen: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0002' };

const ADVIES = /* GraphQL */ `
  query Advies($id: ID!, $datum: Date) {
    dossier(id: $id) {
      premieAdvies(datum: $datum) {
        regime
        totaal
        ontbreekt
        invoer {
          inkomenscategorie
          inkomenscategorieHerkomst
          woning { adresId epcLabel bouwjaar epcCertificaatnummer herkomst }
        }
        premies {
          maatregelId categorie aanvraagdatum aanvraagdatumHerkomst regime status bedrag berekening
          invoer { uitvoering oppervlakteM2 bedragExclBtw }
        }
        verbouwLening { mogelijkheid product { id naam } }
      }
    }
  }
`;

const WONING_AN = {
  adresId: '3000120',
  epcLabel: 'F',
  bouwjaar: 1930,
  epcCertificaatnummer: '20240318-0003187245-RES-1',
  herkomst: 'EPC 20240318-0003187245-RES-1 uit de EPC-databank van VEKA.',
};
const LENING = { mogelijkheid: 'MOGELIJK', product: { id: DEMO_PRODUCTS.mijnVerbouwLening, naam: 'Mijn VerbouwLening' } };
const premie = (maatregelId: string, categorie: string, datum: string, herkomst: string, regime: string, bedrag: number, berekening: string, invoer: object) => ({
  maatregelId,
  categorie,
  aanvraagdatum: datum,
  aanvraagdatumHerkomst: herkomst,
  regime,
  status: 'BEREKEND',
  bedrag,
  berekening,
  invoer,
});

describe('premie advice through the gateway', () => {
  let hub: RunningHub;
  const url = process.env.TEST_DATABASE_URL?.trim() || undefined;
  const suffix = randomBytes(4).toString('hex');
  const schemas = { dossier: `e2e_dossier_${suffix}`, premies: `e2e_premies_${suffix}`, ipdc: `e2e_ipdc_${suffix}` };

  beforeAll(async () => {
    hub = await startHub({
      ports: { gateway: 0, dossier: 0, woningpas: 0, ipdc: 0, premies: 0, sandbox: 0 },
      seed: true,
      logLevel: 'silent',
      mode: 'test',
      outboxPollMs: 0,
      premieVolgerIntervalMs: 0,
      ...(url ? { databaseUrl: url, schemas } : {}),
    });
  }, 120_000);
  afterAll(async () => {
    if (!hub) return;
    if (url) for (const schema of Object.values(schemas)) await hub.dataSources.premies.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await hub.close();
  });

  const as = async (persona: string | undefined, query: string, variables: Record<string, unknown>) => {
    const bearer = persona ? await hub.personaToken(persona) : undefined;
    return postGraphQL(hub.urls.graphql, { query, variables }, bearer ? { bearer } : {});
  };
  const calls = () => new Map(hub.sandboxCalls);
  const since = (before: Map<string, number>) =>
    Object.fromEntries([...hub.sandboxCalls].map(([k, v]) => [k, v - (before.get(k) ?? 0)]).filter(([, d]) => (d as number) > 0));

  it('An’s advice shows EPC label F and build year 1930 from the EPC as inputs, and computes the air-to-water heat pump', async () => {
    const before = calls();
    const response = await as('burger', ADVIES, { id: DEMO_IDS.dossierAn, datum: '2026-03-15' });
    expect(response.body).toEqual({
      data: {
        dossier: {
          premieAdvies: {
            regime: 'MVP-2026',
            totaal: 10380,
            ontbreekt: [],
            invoer: { inkomenscategorie: 'CATEGORIE_3', inkomenscategorieHerkomst: 'Opgegeven op 15-01-2026 (bron: demo).', woning: WONING_AN },
            premies: [
              premie(AN.dak, 'DAK', '2026-03-15', 'OPGEGEVEN', 'MVP-2026', 3150, '35 % van € 9.000 = € 3.150 (onder het maximum van € 4.025)', {
                uitvoering: null,
                oppervlakteM2: 80,
                bedragExclBtw: 9000,
              }),
              premie(AN.ramen, 'RAMEN_EN_DEUREN', '2026-03-15', 'OPGEGEVEN', 'MVP-2026', 2730, '35 % van € 7.800 = € 2.730 (onder het maximum van € 3.675)', {
                uitvoering: null,
                oppervlakteM2: null,
                bedragExclBtw: 7800,
              }),
              premie(
                '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0003',
                'WARMTEPOMP',
                '2026-03-15',
                'OPGEGEVEN',
                'MVP-2026',
                4500,
                'Vast bedrag voor lucht-water: € 4.500; onder 35 % van de factuur van € 15.400 (€ 5.390)',
                { uitvoering: 'WARMTEPOMP_LUCHT_WATER', oppervlakteM2: null, bedragExclBtw: 15400 },
              ),
            ],
            verbouwLening: LENING,
          },
        },
      },
    });
    // The home's EPC for the @requires: the address and its building unit, one EPC search and the certificate
    // (plus the gateway's first JWKS fetch and woningpas' token for VEKA). Asked again, the cache answers.
    expect(since(before)).toEqual({ basisregisters: 2, veka: 2, idp: 2 });
    const again = calls();
    expect((await as('burger', ADVIES, { id: DEMO_IDS.dossierAn, datum: '2026-03-15' })).body).toEqual(response.body);
    expect(since(again)).toEqual({});
  });

  it('a home without a valid EPC (only an expired one): the inputs say so, the building age is missing', async () => {
    const response = await as(
      'spoc',
      `query ($id: ID!) { dossier(id: $id) { premieAdvies(datum: "2026-03-15") { ontbreekt invoer { inkomenscategorieHerkomst woning { adresId epcLabel bouwjaar herkomst } } premies { categorie status ontbreekt } } } }`,
      { id: DEMO_IDS.dossierMarc },
    );
    expect(response.body).toEqual({
      data: {
        dossier: {
          premieAdvies: {
            ontbreekt: ['de inkomenscategorie van de burger'],
            invoer: {
              inkomenscategorieHerkomst: 'De burger gaf zijn inkomenscategorie (nog) niet op.',
              woning: { adresId: '3001017', epcLabel: null, bouwjaar: null, herkomst: 'Geen geldig EPC beschikbaar: de EPC-databank van VEKA kent er geen of antwoordde niet (zie de fouten van het antwoord). Label en bouwjaar ontbreken.' },
            },
            premies: [
              { categorie: 'BUITENMUUR', status: 'GEGEVENS_ONTBREKEN', ontbreekt: ['de inkomenscategorie van de burger'] },
              { categorie: 'VLOER', status: 'GEGEVENS_ONTBREKEN', ontbreekt: ['de inkomenscategorie van de burger'] },
              { categorie: 'VENTILATIE', status: 'GEGEVENS_ONTBREKEN', ontbreekt: ['de inkomenscategorie van de burger'] },
            ],
          },
        },
      },
    });
  });

  it('a rule change in the middle of the dossier: the windows applied for on 20-02-2026 keep MVP-2025-H2', async () => {
    const op = new Date('2026-02-20T10:00:00.000Z');
    const row: PremieAanvraagRow = {
      id: randomUUID(),
      idempotencyKey: `gateway-test-${randomUUID()}`,
      inhoudHash: 'b'.repeat(64),
      dossierId: DEMO_IDS.dossierAn,
      maatregelId: AN.ramen,
      burgerId: DEMO_IDS.burgerAn,
      insz: '85031412302',
      begeleiderSub: null,
      aangevraagdDoor: 'acm-85031412302',
      werkcategorie: 'RAMEN_EN_DEUREN',
      inhoud: {} as PremieAanvraagRow['inhoud'],
      ean: '541448820000000001',
      iban: 'BE68539007547034',
      problemen: [],
      status: 'INGEDIEND',
      dossiernummer: '26-MVP-000042',
      verwachtBedrag: 2730,
      toegekendBedrag: null,
      uitbetaaldBedrag: null,
      reden: null,
      aangevraagdOp: op,
      ingediendOp: op,
      gewijzigdOp: op,
      volgendeControleOp: null,
    };
    await hub.dataSources.premies.getRepository(PremieAanvraagEntity).insert(row);
    const response = await as(
      'burger',
      `query ($id: ID!) { dossier(id: $id) { premieAdvies(datum: "2026-05-04") { regime premies { maatregelId aanvraagdatum aanvraagdatumHerkomst regime regelId bedrag } } } }`,
      { id: DEMO_IDS.dossierAn },
    );
    expect(response.body).toEqual({
      data: {
        dossier: {
          premieAdvies: {
            regime: 'MVP-2026',
            premies: [
              { maatregelId: AN.dak, aanvraagdatum: '2026-05-04', aanvraagdatumHerkomst: 'OPGEGEVEN', regime: 'MVP-2026', regelId: 'MVP-2026/DAK/CATEGORIE_3', bedrag: 3150 },
              {
                maatregelId: AN.ramen,
                aanvraagdatum: '2026-02-20',
                aanvraagdatumHerkomst: 'INGEDIENDE_AANVRAAG',
                regime: 'MVP-2025-H2',
                regelId: 'MVP-2025-H2/RAMEN_EN_DEUREN/CATEGORIE_3',
                bedrag: 2730,
              },
              {
                maatregelId: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0003',
                aanvraagdatum: '2026-05-04',
                aanvraagdatumHerkomst: 'OPGEGEVEN',
                regime: 'MVP-2026',
                regelId: 'MVP-2026/WARMTEPOMP/CATEGORIE_3',
                bedrag: 4500,
              },
            ],
          },
        },
      },
    });
  });

  it('the simulation works for an anonymous visitor of the city website', async () => {
    const response = await as(
      undefined,
      `query ($input: PremieSimulatieInput!) { premieSimulatie(input: $input) { regime totaal premies { bedrag product { id naam } } } }`,
      { input: { datum: '2026-03-15', inkomenscategorie: 'CATEGORIE_4', bouwjaar: 1960, maatregelen: [{ categorie: 'VLOER', bedragExclBtw: 2000 }, { categorie: 'DAK', bedragExclBtw: 10000 }] } },
    );
    expect(response.body).toEqual({
      data: {
        premieSimulatie: {
          regime: 'MVP-2026',
          totaal: 5000,
          premies: [
            // Floor from March 2026: the sources conflict, no amount.
            { bedrag: null, product: { id: DEMO_PRODUCTS.mijnVerbouwPremie, naam: 'Mijn VerbouwPremie' } },
            { bedrag: 5000, product: { id: DEMO_PRODUCTS.mijnVerbouwPremie, naam: 'Mijn VerbouwPremie' } },
          ],
        },
      },
    });
  });

  it('VEKA down: the advice still comes, without the EPC, and the response names the failing source', async () => {
    hub.sandboxFaults.set('veka', { status: 503 });
    try {
      const response = await as(
        'burger2',
        `query ($id: ID!) { dossier(id: $id) { premieAdvies(datum: "2026-03-15") { ontbreekt invoer { inkomenscategorie woning { adresId epcLabel bouwjaar herkomst } } verbouwLening { mogelijkheid } } } }`,
        { id: DEMO_IDS.dossierYoussef },
      );
      expect(response.body).toEqual({
        errors: [
          {
            message: 'De bron epc is tijdelijk niet beschikbaar.',
            path: ['dossier', 'woning', 'epc'],
            extensions: { source: 'epc', code: 'UPSTREAM_UNAVAILABLE', serviceName: 'woningpas' },
          },
        ],
        data: {
          dossier: {
            premieAdvies: {
              ontbreekt: ['geplande maatregelen in het dossier'],
              invoer: {
                inkomenscategorie: 'CATEGORIE_4',
                woning: {
                  adresId: '3010250',
                  epcLabel: null,
                  bouwjaar: null,
                  herkomst: 'Geen geldig EPC beschikbaar: de EPC-databank van VEKA kent er geen of antwoordde niet (zie de fouten van het antwoord). Label en bouwjaar ontbreken.',
                },
              },
              verbouwLening: { mogelijkheid: 'MOGELIJK' },
            },
          },
        },
      });
    } finally {
      hub.sandboxFaults.clear('veka');
      resetCircuitBreakers();
    }
  });

  it('the analysts’ statistics: the premies per work category of the running dossiers, small groups suppressed, nothing personal', async () => {
    const STATISTIEK = `{ statistieken { drempel premies { categorie geadviseerd { ...T } aangevraagd { ...T } toegekend { ...T } uitbetaald { ...T } } } }
      fragment T on PremieTelling { aantalDossiers aantalMaatregelen bedrag aantalZonderBedrag onderdrukt }`;
    const leeg = { aantalDossiers: 0, aantalMaatregelen: 0, bedrag: 0, aantalZonderBedrag: 0, onderdrukt: false };
    const onderdrukt = { aantalDossiers: null, aantalMaatregelen: null, bedrag: null, aantalZonderBedrag: null, onderdrukt: true };
    const categorieen = ['DAK', 'BUITENMUUR', 'VLOER', 'RAMEN_EN_DEUREN', 'WARMTEPOMP', 'WARMTEPOMPBOILER', 'ZONNEBOILER', 'VENTILATIE', 'ELEKTRICITEIT_EN_SANITAIR', 'BINNENRENOVATIE', 'ASBESTVERWIJDERING'];
    const verwacht = (geadviseerd: string[]) => ({
      data: {
        statistieken: {
          drempel: 5,
          premies: categorieen.map((categorie) => ({
            categorie,
            geadviseerd: geadviseerd.includes(categorie) ? onderdrukt : leeg,
            // An's windows were applied for in an earlier test (INGEDIEND): one dossier, under the threshold.
            aangevraagd: categorie === 'RAMEN_EN_DEUREN' ? onderdrukt : leeg,
            toegekend: leeg,
            uitbetaald: leeg,
          })),
        },
      },
    });
    // Only advice on other dates than today so far: nothing counts as advised.
    expect((await as('analist', STATISTIEK, {})).body).toEqual(verwacht([]));
    // An opens her dossier page (the advice of today): her three measures count as advised, one dossier each.
    const pagina = await as('burger', `query ($id: ID!) { dossier(id: $id) { premieAdvies { premies { categorie } } } }`, { id: DEMO_IDS.dossierAn });
    expect(pagina.body).toEqual({ data: { dossier: { premieAdvies: { premies: [{ categorie: 'DAK' }, { categorie: 'RAMEN_EN_DEUREN' }, { categorie: 'WARMTEPOMP' }] } } } });
    const na = calls();
    expect((await as('analist', STATISTIEK, {})).body).toEqual(verwacht(['DAK', 'RAMEN_EN_DEUREN', 'WARMTEPOMP']));
    expect((await as('spoc', STATISTIEK, {})).body).toEqual(verwacht(['DAK', 'RAMEN_EN_DEUREN', 'WARMTEPOMP']));
    // The statistics touch no upstream source.
    expect(since(na)).toEqual({});
  });

  it('partners and analysts get FORBIDDEN for the advice (the CRM refuses the dossier already), without touching a source', async () => {
    for (const persona of ['partner', 'analist']) {
      const before = calls();
      const response = await as(persona, `query ($id: ID!) { dossier(id: $id) { premieAdvies(datum: "2026-03-15") { totaal } } }`, { id: DEMO_IDS.dossierAn });
      expect(response.body).toEqual({
        errors: [{ message: 'Geen toegang.', path: ['dossier'], extensions: { code: 'FORBIDDEN', serviceName: 'dossier' } }],
        data: { dossier: null },
      });
      expect(since(before)).toEqual({});
    }
  });
});
