import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetCircuitBreakers } from '@hub/shared';
import { nockConfig, startWoningpas, UPSTREAM, woning, type TestWoningpas } from './helpers.js';
import { nockGebouweenheden, nockToken } from './upstream.js';

const WERKEN = '/api/datadiensten/v1/mvp/werken';
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { eerderePremiewerken {
  werkId dossierNummer categorie type facturatieDatum uitvoeringsdatum uitvoerder netbeheerder bron
  dak { type oppervlakte rdWaarde teVerwijderenAsbest oppervlakteAsbest }
  buitenmuur { type oppervlakte rdWaarde dikteSpouw lambdaWaarde stsNummer teVerwijderenAsbest oppervlakteAsbest }
  vloer { type oppervlakte rdWaarde teVerwijderenAsbest oppervlakteAsbest }
  ramenEnDeuren { type soortBeglazingTerVervanging uWaarde oppervlakte }
  elektriciteitEnSanitair { netbeheerder }
  hernieuwbareEnergie { type oppervlakte productLabel vermogens { type waarde } typeHoofdverwarming energieEfficientie typeAandrijving vervangingElektrischeVerwarming aardgasnetAanwezig gebruik inhoud }
  gascondensatieketel { type teVervangenInstallatieType teVervangenInstallatieLeeftijd vervangingHoogrendementsketel aardgasnetAanwezig productLabel vermogens { type waarde } typeHoofdverwarming }
  ventilatie { type productLabel }
} } } }`;

const LEEG = { dak: null, buitenmuur: null, vloer: null, ramenEnDeuren: null, elektriciteitEnSanitair: null, hernieuwbareEnergieproductie: null, gascondensatieketel: null, ventilatie: null };
const werk = (extra: Record<string, unknown>) => ({
  werkId: 'w',
  type: null,
  dossierNummer: null,
  facturatieDatum: null,
  gebouweenheidId: 30102501,
  adresId: 3010250,
  uitvoeringsdatum: null,
  uitvoerder: 'aannemer',
  netbeheerder: null,
  bron: 'Mijn VerbouwPremie',
  ...LEEG,
  ...extra,
});

/** The upstream answer in the contract's shape (`Mvp.WerkenLijst`): the contract's own example and more kinds. */
const WERKEN_BODY = {
  werken: [
    werk({
      werkId: '87a2c980c7ab1576c310d42765b79c12d02beb00d93970b239692487681d85e3',
      type: 'navullenSpouwmuur',
      dossierNummer: '23-MVP-000001',
      uitvoeringsdatum: '2023-01-03',
      buitenmuur: { type: null, teVerwijderenAsbest: false, oppervlakteAsbest: null, oppervlakte: null, dikteSpouw: 45.1, lambdaWaarde: 0.035, rdWaarde: null, stsNummer: '4568745236' },
    }),
    werk({
      werkId: '821f307234185a4be1e9fd6f5d7e53445c768d3bd25eeeef1ba0981a6b38e747',
      type: 'elektriciteit',
      dossierNummer: '23-MVP-000006',
      facturatieDatum: '2022-05-02',
      elektriciteitEnSanitair: { netbeheerder: 'Eandis' },
    }),
    werk({
      werkId: 'd1',
      type: 'dakisolatie',
      dossierNummer: '23-MVP-004812',
      uitvoeringsdatum: '2023-11-06',
      facturatieDatum: '2023-11-20',
      dak: { type: 'plat dak', teVerwijderenAsbest: true, oppervlakteAsbest: 12.5, oppervlakte: 64.5, rdWaarde: 4.5 },
    }),
    werk({
      werkId: 'wp1',
      type: 'warmtepomp',
      dossierNummer: '24-MVP-000310',
      uitvoeringsdatum: '2024-02-12',
      hernieuwbareEnergieproductie: {
        type: 'lucht-water',
        oppervlakte: null,
        productLabel: 'A+++',
        vermogens: [{ type: 'thermisch', waarde: 8 }],
        typeHoofdverwarming: 'warmtepomp',
        energieEfficientie: '175',
        typeAandrijving: 'elektrisch',
        vervangingElektrischeVerwarming: false,
        aardgasnetAanwezig: true,
        gebruik: null,
        inhoud: null,
      },
    }),
    werk({ werkId: 'x', type: 'onbekendWerk', dossierNummer: '21-MVP-000002', facturatieDatum: '2021-09-01' }),
  ],
};

const geenDelen = { dak: null, buitenmuur: null, vloer: null, ramenEnDeuren: null, elektriciteitEnSanitair: null, hernieuwbareEnergie: null, gascondensatieketel: null, ventilatie: null };

describe('Woning.eerderePremiewerken (VEKA datadiensten, nock)', () => {
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

  it('types the works of the home\'s building unit, most recent first, asked with a bearer token; the consultation logged with the reden', async () => {
    nockGebouweenheden('3010250', [[30102501]]);
    const token = nockToken('token-9');
    const datadiensten = nock(UPSTREAM.datadiensten).matchHeader('authorization', 'Bearer token-9').get(WERKEN).query({ gebouweenheidId: '30102501' }).reply(200, WERKEN_BODY);

    const response = await wp.query('renovatiebegeleider', QUERY, { r: [woning('3010250')] });

    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            eerderePremiewerken: [
              {
                werkId: 'wp1',
                dossierNummer: '24-MVP-000310',
                categorie: 'HERNIEUWBARE_ENERGIE',
                type: 'warmtepomp',
                facturatieDatum: null,
                uitvoeringsdatum: '2024-02-12',
                uitvoerder: 'aannemer',
                netbeheerder: null,
                bron: 'Mijn VerbouwPremie',
                ...geenDelen,
                hernieuwbareEnergie: {
                  type: 'lucht-water',
                  oppervlakte: null,
                  productLabel: 'A+++',
                  vermogens: [{ type: 'thermisch', waarde: 8 }],
                  typeHoofdverwarming: 'warmtepomp',
                  energieEfficientie: '175',
                  typeAandrijving: 'elektrisch',
                  vervangingElektrischeVerwarming: false,
                  aardgasnetAanwezig: true,
                  gebruik: null,
                  inhoud: null,
                },
              },
              {
                werkId: 'd1',
                dossierNummer: '23-MVP-004812',
                categorie: 'DAK',
                type: 'dakisolatie',
                facturatieDatum: '2023-11-20',
                uitvoeringsdatum: '2023-11-06',
                uitvoerder: 'aannemer',
                netbeheerder: null,
                bron: 'Mijn VerbouwPremie',
                ...geenDelen,
                dak: { type: 'plat dak', oppervlakte: 64.5, rdWaarde: 4.5, teVerwijderenAsbest: true, oppervlakteAsbest: 12.5 },
              },
              {
                werkId: '87a2c980c7ab1576c310d42765b79c12d02beb00d93970b239692487681d85e3',
                dossierNummer: '23-MVP-000001',
                categorie: 'BUITENMUUR',
                type: 'navullenSpouwmuur',
                facturatieDatum: null,
                uitvoeringsdatum: '2023-01-03',
                uitvoerder: 'aannemer',
                netbeheerder: null,
                bron: 'Mijn VerbouwPremie',
                ...geenDelen,
                buitenmuur: { type: null, oppervlakte: null, rdWaarde: null, dikteSpouw: 45.1, lambdaWaarde: 0.035, stsNummer: '4568745236', teVerwijderenAsbest: false, oppervlakteAsbest: null },
              },
              {
                werkId: '821f307234185a4be1e9fd6f5d7e53445c768d3bd25eeeef1ba0981a6b38e747',
                dossierNummer: '23-MVP-000006',
                categorie: 'ELEKTRICITEIT_EN_SANITAIR',
                type: 'elektriciteit',
                facturatieDatum: '2022-05-02',
                uitvoeringsdatum: null,
                uitvoerder: 'aannemer',
                netbeheerder: null,
                bron: 'Mijn VerbouwPremie',
                ...geenDelen,
                elektriciteitEnSanitair: { netbeheerder: 'Eandis' },
              },
              {
                werkId: 'x',
                dossierNummer: '21-MVP-000002',
                categorie: 'ANDERE',
                type: 'onbekendWerk',
                facturatieDatum: '2021-09-01',
                uitvoeringsdatum: null,
                uitvoerder: 'aannemer',
                netbeheerder: null,
                bron: 'Mijn VerbouwPremie',
                ...geenDelen,
              },
            ],
          },
        ],
      },
    });
    expect(token.isDone() && datadiensten.isDone()).toBe(true);
    expect(wp.calls.map((c) => [c.source, c.path, c.status]).sort()).toEqual([
      ['adressenregister', '/v2/gebouweenheden', 200],
      ['veka-datadiensten', WERKEN, 200],
    ]);
    expect(wp.logs.filter((l) => l.msg === 'Premiewerken geraadpleegd')).toEqual([
      {
        level: 'info',
        msg: 'Premiewerken geraadpleegd',
        adresId: '3010250',
        gebouweenheidId: '30102501',
        rol: 'renovatiebegeleider',
        reden: 'Renovatiebegeleiding Energieloket Leuven (rol renovatiebegeleider)',
      },
    ]);
  });

  it('gives an empty list for a unit without works (also an answer without a list)', async () => {
    nockGebouweenheden('3012008', [[30120081]]);
    nockGebouweenheden('3000120', [[30001201]]);
    nockToken();
    nock(UPSTREAM.datadiensten).get(WERKEN).query({ gebouweenheidId: '30120081' }).reply(200, { werken: [] }).get(WERKEN).query({ gebouweenheidId: '30001201' }).reply(200, { werken: null });

    const response = await wp.query('spoc', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { adresId eerderePremiewerken { dossierNummer } } } }', {
      r: [woning('3012008'), woning('3000120')],
    });

    expect(response.body).toEqual({ data: { _entities: [{ adresId: '3012008', eerderePremiewerken: [] }, { adresId: '3000120', eerderePremiewerken: [] }] } });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('gives null without an error, and asks VEKA nothing, for a home without a building unit of its own', async () => {
    nockGebouweenheden('3000505', [[30005051], [30005052]]);
    nockGebouweenheden('3000999', []);

    const response = await wp.query('spoc', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { adresId eerderePremiewerken { dossierNummer } } } }', {
      r: [woning('3000505'), woning('3000999')],
    });

    expect(response.body).toEqual({ data: { _entities: [{ adresId: '3000505', eerderePremiewerken: null }, { adresId: '3000999', eerderePremiewerken: null }] } });
    expect(wp.calls.map((c) => c.source)).toEqual(['adressenregister', 'adressenregister']);
  });

  it.each([
    ['without the CRM\'s access', 'spoc', false, 'Geen toegang tot de gegevens van deze woning.'],
    ['to a caller without a legal purpose (analist)', 'analist', true, 'Je rol geeft geen wettelijke reden om EPC-gegevens op te vragen.'],
  ])('refuses %s without calling any upstream', async (_case, persona, heeftToegang, message) => {
    const response = await wp.query(persona, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { eerderePremiewerken { dossierNummer } } } }', {
      r: [woning('3010250', heeftToegang)],
    });
    expect(response.body).toEqual({
      data: { _entities: [{ eerderePremiewerken: null }] },
      errors: [{ message, locations: [{ line: 1, column: 73 }], path: ['_entities', 0, 'eerderePremiewerken'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect(wp.calls).toEqual([]);
  });

  it.each([
    ['a 403', (s: nock.Interceptor) => s.reply(403), 'De bron veka-datadiensten weigerde de vraag.', 'UPSTREAM_REJECTED'],
    ['a wrong shape', (s: nock.Interceptor) => s.reply(200, { werken: [{ dossierNummer: '23-MVP-000001' }] }), 'De bron veka-datadiensten gaf een antwoord in een onverwachte vorm.', 'UPSTREAM_BAD_RESPONSE'],
  ])('names the source on %s', async (_case, reply, message, code) => {
    nockGebouweenheden('3010250', [[30102501]]);
    nockToken();
    reply(nock(UPSTREAM.datadiensten).get(WERKEN).query({ gebouweenheidId: '30102501' }));

    const response = await wp.query('spoc', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { adresId eerderePremiewerken { dossierNummer } } } }', {
      r: [woning('3010250')],
    });

    expect(response.body).toEqual({
      data: { _entities: [{ adresId: '3010250', eerderePremiewerken: null }] },
      errors: [{ message, locations: [{ line: 1, column: 81 }], path: ['_entities', 0, 'eerderePremiewerken'], extensions: { code, source: 'veka-datadiensten' } }],
    });
    expect(nock.pendingMocks()).toEqual([]);
  });
});
