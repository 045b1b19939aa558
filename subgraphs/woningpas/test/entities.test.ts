import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES, nockConfig, startWoningpas, woning, type TestWoningpas } from './helpers.js';
import {
  adresBody,
  BRUSSELSESTRAAT,
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
  volledig,
} from './upstream.js';

const SPOC_REDEN = 'Renovatiebegeleiding Energieloket Leuven (rol spoc)';

const TIENSESTRAAT_ADRES = {
  volledigAdres: 'Tiensestraat 120, 3000 Leuven',
  straatnaam: 'Tiensestraat',
  huisnummer: '120',
  busnummer: null,
  postcode: '3000',
  gemeentenaam: 'Leuven',
  status: 'inGebruik',
  officieelToegekend: true,
  positie: { x: 173500.25, y: 174400.75 },
};

const TIENSESTRAAT_EPC = {
  certificaatnummer: '20240318-0003187245-RES-1',
  label: 'F',
  energiescore: 612,
  bouwjaar: 1930,
  gebouwType: 'Eengezinswoning',
  geldigTot: '2034-03-18',
  ingediendOp: '2024-03-18',
  gebouweenheidId: '30001201',
  aanbevelingen: [
    {
      categorie: 'DAK',
      vekaCategorie: 'dak',
      type: 'ISOLATIE',
      vekaType: 'isolatie',
      subtype: 'hellend dak',
      prioriteit: 1,
      huidigeSituatie: 'Het dak is niet geïsoleerd.',
      uitvoeringsmethodes: [{ omschrijving: 'Isolatie tussen de kepers', geschattePrijsvorkVan: 6800, geschattePrijsvorkTot: 11200 }],
    },
    {
      categorie: 'VENSTERS',
      vekaCategorie: 'vensters',
      type: 'VERVANGING',
      vekaType: 'vervanging',
      subtype: null,
      prioriteit: 2,
      huidigeSituatie: 'Enkel glas.',
      uitvoeringsmethodes: [{ omschrijving: 'Hoogrendementsglas', geschattePrijsvorkVan: 9000, geschattePrijsvorkTot: 14000 }],
    },
  ],
};

/** The calls without their duration, in a stable order (homes and their address and units load in parallel). */
const callsOf = (wp: TestWoningpas) =>
  wp.calls.map(({ durationMs: _d, ...call }) => call).sort((a, b) => `${a.path} ${a.status}`.localeCompare(`${b.path} ${b.status}`));
const sorted = <T extends { path: string; status?: number }>(calls: T[]) => [...calls].sort((a, b) => `${a.path} ${a.status}`.localeCompare(`${b.path} ${b.status}`));
const adresCall = (adresId: string, status = 200) => ({ source: 'adressenregister', method: 'GET', path: `/v2/adressen/${adresId}`, status });
const eenheidCall = (status = 200) => ({ source: 'adressenregister', method: 'GET', path: '/v2/gebouweenheden', status });
const zoekCall = (status = 200) => ({ source: 'epc', method: 'GET', path: '/dossier-api/v1/extern/certificaten', status });
const detailCall = (status = 200) => ({ source: 'epc', method: 'GET', path: '/dossier-api/v1/extern/certificaat', status });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Woning entities (nock upstreams)', () => {
  let wp: TestWoningpas;

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
  beforeEach(async () => {
    wp = await startWoningpas(nockConfig());
  });
  afterEach(async () => {
    await wp.close();
    nock.cleanAll();
  });

  it('resolves adres and epc from the upstreams when the CRM grants access: the EPC searched by building unit, with a token and the legal purpose', async () => {
    const register = nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    const eenheden = nockGebouweenheden('3000120', [[30001201]]);
    const token = nockToken('token-1');
    const veka = nockVeka()
      .matchHeader('authorization', 'Bearer token-1')
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(F_TIENSESTRAAT));

    const response = await wp.query('spoc', ENTITIES, { representations: [woning('3000120')] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { _entities: [{ adresId: '3000120', adres: TIENSESTRAAT_ADRES, epc: TIENSESTRAAT_EPC }] } });
    expect(register.isDone() && eenheden.isDone() && token.isDone() && veka.isDone()).toBe(true);
    expect(callsOf(wp)).toEqual(sorted([adresCall('3000120'), eenheidCall(), zoekCall(), detailCall()]));
    expect(wp.logs.filter((l) => l.msg === 'EPC geraadpleegd')).toEqual([
      { level: 'info', msg: 'EPC geraadpleegd', adresId: '3000120', rol: 'spoc', reden: SPOC_REDEN },
    ]);
  });

  it.each([
    ['heeftToegang false', woning('3000120', false)],
    ['no heeftToegang in the representation', { __typename: 'Woning', adresId: '3000120' }],
  ])('refuses adres and epc without calling any upstream (%s)', async (_case, representation) => {
    const response = await wp.query('spoc', ENTITIES, { representations: [representation] });

    expect(response.body).toEqual({
      data: { _entities: [{ adresId: '3000120', adres: null, epc: null }] },
      errors: [
        { message: 'Geen toegang tot de gegevens van deze woning.', locations: [{ line: 5, column: 7 }], path: ['_entities', 0, 'adres'], extensions: { code: 'FORBIDDEN' } },
        { message: 'Geen toegang tot de gegevens van deze woning.', locations: [{ line: 6, column: 7 }], path: ['_entities', 0, 'epc'], extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect(wp.calls).toEqual([]);
  });

  it('gives epc null without an error when VEKA has no certificate (204), for the building unit nor at the address', async () => {
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

    const response = await wp.query('spoc', ENTITIES, { representations: [woning('3000120')] });

    expect(response.body).toEqual({ data: { _entities: [{ adresId: '3000120', adres: TIENSESTRAAT_ADRES, epc: null }] } });
    expect(callsOf(wp)).toEqual(sorted([adresCall('3000120'), eenheidCall(), zoekCall(204), zoekCall(204)]));
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('ignores certificates of another box in the same building and does not fetch their detail', async () => {
    const bus1 = certificaatItem({
      ...F_TIENSESTRAAT,
      attestnummer: '20221130-0002611937-RES-1',
      adres: { ...BRUSSELSESTRAAT, adresId: '3000043', busnummer: '1' },
      gebouweenheidId: 30000441,
    });
    nockAdressenregister().get('/v2/adressen/3000044').reply(200, adresBody(BRUSSELSESTRAAT));
    nockGebouweenheden('3000044', [[30000442]]);
    nockToken();
    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30000442, SPOC_REDEN))
      .reply(204)
      .get('/dossier-api/v1/extern/certificaten')
      .query(certificatenQuery(BRUSSELSESTRAAT, SPOC_REDEN))
      .reply(200, [bus1]);

    const response = await wp.query('spoc', '{ _entities(representations: [{ __typename: "Woning", adresId: "3000044", heeftToegang: true }]) { ... on Woning { adres { volledigAdres } epc { label } } } }');

    expect(response.body).toEqual({ data: { _entities: [{ adres: { volledigAdres: volledig(BRUSSELSESTRAAT) }, epc: null }] } });
    expect(callsOf(wp)).toEqual(sorted([adresCall('3000044'), eenheidCall(), zoekCall(204), zoekCall()]));
  });

  it('takes the newest of several valid certificates, and skips a detail that is about another address', async () => {
    const ouder = { ...F_TIENSESTRAAT, attestnummer: '20190402-0002158830-RES-1', label: 'E', kengetal: 452, ingediend: '2019-04-02', geldigTot: '2029-04-02' };
    const nieuwer = { ...F_TIENSESTRAAT, attestnummer: '20241120-0003339052-RES-1', label: 'C', kengetal: 268, ingediend: '2024-11-20', geldigTot: '2034-11-20' };
    const nieuwste = { ...F_TIENSESTRAAT, attestnummer: '20250601-0003500001-RES-1', label: 'B', kengetal: 150, ingediend: '2025-06-01', geldigTot: '2035-06-01' };
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    // The register knows no unit here: VEKA is searched by address and the details are checked by address register id.
    nockGebouweenheden('3000120', []);
    nockToken();
    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query(certificatenQuery(TIENSESTRAAT, SPOC_REDEN))
      .reply(200, [certificaatItem(ouder), certificaatItem(nieuwste), certificaatItem(nieuwer)])
      // The newest one's detail names another address register id: not this home.
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: nieuwste.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(nieuwste, { adres: { arId: 3000121, straat: 'Tiensestraat', huisnummer: '120', postcode: '3000' } }))
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: nieuwer.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(nieuwer));

    const response = await wp.query('spoc', '{ _entities(representations: [{ __typename: "Woning", adresId: "3000120", heeftToegang: true }]) { ... on Woning { epc { certificaatnummer label energiescore geldigTot } } } }');

    expect(response.body).toEqual({
      data: { _entities: [{ epc: { certificaatnummer: '20241120-0003339052-RES-1', label: 'C', energiescore: 268, geldigTot: '2034-11-20' } }] },
    });
    expect(callsOf(wp)).toEqual(sorted([adresCall('3000120'), eenheidCall(), zoekCall(), detailCall(), detailCall()]));
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('maps every VEKA label onto the EpcLabel enum', async () => {
    const labels = ['A+', 'A', 'B', 'C', 'D', 'E', 'F'];
    const homes = labels.map((label, i) => ({ ...TIENSESTRAAT, adresId: `30001${30 + i}`, huisnummer: String(130 + i), label }));
    for (const home of homes) {
      const cert = { ...F_TIENSESTRAAT, attestnummer: `20240318-00031872${40 + labels.indexOf(home.label)}-RES-1`, adres: home, label: home.label };
      nockAdressenregister().get(`/v2/adressen/${home.adresId}`).reply(200, adresBody(home));
      nockGebouweenheden(home.adresId, []);
      nockVeka()
        .get('/dossier-api/v1/extern/certificaten')
        .query(certificatenQuery(home, SPOC_REDEN))
        .reply(200, [certificaatItem(cert)])
        .get('/dossier-api/v1/extern/certificaat')
        .query({ attestnummer: cert.attestnummer, reden: SPOC_REDEN })
        .reply(200, certificaatDetail(cert));
    }
    nockToken();

    const response = await wp.query('spoc', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { adresId epc { label } } } }', {
      r: homes.map((h) => woning(h.adresId)),
    });

    expect(response.body).toEqual({
      data: {
        _entities: [
          { adresId: '3000130', epc: { label: 'A_PLUS' } },
          { adresId: '3000131', epc: { label: 'A' } },
          { adresId: '3000132', epc: { label: 'B' } },
          { adresId: '3000133', epc: { label: 'C' } },
          { adresId: '3000134', epc: { label: 'D' } },
          { adresId: '3000135', epc: { label: 'E' } },
          { adresId: '3000136', epc: { label: 'F' } },
        ],
      },
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('costs one call per upstream per distinct home, and loads different homes in parallel', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const slowly = (body: unknown) => async () => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await sleep(50);
      inFlight -= 1;
      return [200, body] as [number, unknown];
    };
    nockAdressenregister().get('/v2/adressen/3000120').reply(slowly(adresBody(TIENSESTRAAT)));
    nockAdressenregister().get('/v2/adressen/3000044').reply(slowly(adresBody(BRUSSELSESTRAAT)));
    nockGebouweenheden('3000120', [[30001201]]);
    nockGebouweenheden('3000044', [[30000442]]);
    const token = nockToken();
    nockVeka()
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(F_TIENSESTRAAT))
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30000442, SPOC_REDEN))
      .reply(204)
      .get('/dossier-api/v1/extern/certificaten')
      .query(certificatenQuery(BRUSSELSESTRAAT, SPOC_REDEN))
      .reply(204);

    const response = await wp.query('spoc', ENTITIES, {
      representations: [woning('3000120'), woning('3000044'), woning('3000120'), woning('3000044')],
    });

    const brussel = {
      adresId: '3000044',
      adres: { ...TIENSESTRAAT_ADRES, volledigAdres: 'Brusselsestraat 44 bus 2, 3000 Leuven', straatnaam: 'Brusselsestraat', huisnummer: '44', busnummer: '2' },
      epc: null,
    };
    const tiense = { adresId: '3000120', adres: TIENSESTRAAT_ADRES, epc: TIENSESTRAAT_EPC };
    expect(response.body).toEqual({ data: { _entities: [tiense, brussel, tiense, brussel] } });
    expect(callsOf(wp)).toEqual(
      sorted([adresCall('3000120'), adresCall('3000044'), eenheidCall(), eenheidCall(), zoekCall(), detailCall(), zoekCall(204), zoekCall(204)]),
    );
    expect(maxInFlight).toBe(2);
    expect(token.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it.each([
    ['burger', 'Raadpleging eigen woning door de burger (Mijn VerbouwPremie/renovatiebegeleiding)'],
    ['energieconsulent', 'Renovatiebegeleiding Energieloket Leuven (rol energieconsulent)'],
    ['renovatiebegeleider', 'Renovatiebegeleiding Energieloket Leuven (rol renovatiebegeleider)'],
    ['partner', 'Renovatiebegeleiding Energieloket Leuven (rol partner, organisatie dialoog)'],
    ['stadsdienst', 'Renovatiebegeleiding Energieloket Leuven (rol stadsdienst, dienst erfgoed)'],
  ])('asks VEKA with the legal purpose of the caller: %s', async (persona, reden) => {
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockGebouweenheden('3000120', [[30001201]]);
    nockToken('token-7');
    nockVeka()
      .matchHeader('authorization', 'Bearer token-7')
      .get('/dossier-api/v1/extern/certificaten')
      .query(eenheidQuery(30001201, reden))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get('/dossier-api/v1/extern/certificaat')
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden })
      .reply(200, certificaatDetail(F_TIENSESTRAAT));

    const response = await wp.query(persona, '{ _entities(representations: [{ __typename: "Woning", adresId: "3000120", heeftToegang: true }]) { ... on Woning { epc { certificaatnummer label } } } }');

    expect(response.body).toEqual({ data: { _entities: [{ epc: { certificaatnummer: F_TIENSESTRAAT.attestnummer, label: 'F' } }] } });
    expect(nock.pendingMocks()).toEqual([]);
    expect(wp.logs.filter((l) => l.msg === 'EPC geraadpleegd').map((l) => l.reden)).toEqual([reden]);
  });

  it.each(['analist', 'burgerprofiel'])('calls no upstream for the EPC of a caller without a legal purpose (%s), even with access', async (persona) => {
    const response = await wp.query(persona, '{ _entities(representations: [{ __typename: "Woning", adresId: "3000120", heeftToegang: true }]) { ... on Woning { epc { label } } } }');

    expect(response.body).toEqual({
      data: { _entities: [{ epc: null }] },
      errors: [
        {
          message: 'Je rol geeft geen wettelijke reden om EPC-gegevens op te vragen.',
          locations: [{ line: 1, column: 116 }],
          path: ['_entities', 0, 'epc'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect(wp.calls).toEqual([]);
  });

  it('refuses a representation with an adresId that is not a register id, without calling upstream', async () => {
    const response = await wp.query('spoc', '{ _entities(representations: [{ __typename: "Woning", adresId: "../gemeenten/24062", heeftToegang: true }]) { ... on Woning { adres { volledigAdres } } } }');

    expect(response.body).toEqual({
      data: { _entities: [{ adres: null }] },
      errors: [
        {
          message: 'Het adresId moet het objectId van een adres in het adressenregister zijn (een getal).',
          locations: [{ line: 1, column: 127 }],
          path: ['_entities', 0, 'adres'],
          extensions: { code: 'BAD_USER_INPUT', field: 'adresId' },
        },
      ],
    });
    expect(wp.calls).toEqual([]);
  });
});
