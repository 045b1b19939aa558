import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetCircuitBreakers } from '@hub/shared';
import { nockConfig, startWoningpas, woning, type TestWoningpas } from './helpers.js';
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
  type TestAdres,
  type TestCertificaat,
} from './upstream.js';

const SPOC_REDEN = 'Renovatiebegeleiding Energieloket Leuven (rol spoc)';
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning {
  gebouweenheid { gebouweenheidId status }
  epc { certificaatnummer label gebouweenheidId }
  epcStatus { heeftGeldigEpc geenEpcReden toelichting verlopenOp }
} } }`;
const VAARTSTRAAT: TestAdres = { adresId: '3000505', straat: 'Vaartstraat', huisnummer: '5', postcode: '3000' };

const ZOEK = '/dossier-api/v1/extern/certificaten';
const DETAIL = '/dossier-api/v1/extern/certificaat';
/** [path, status] per call, sorted: the address and its units load in parallel. */
const callsOf = (wp: TestWoningpas) => wp.calls.map((c) => [c.path, c.status ?? c.error]).sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));

const geenEpc = (geenEpcReden: string, toelichting: string, verlopenOp: string | null = null) => ({ heeftGeldigEpc: false, geenEpcReden, toelichting, verlopenOp });

describe('why a home has no valid EPC (nock upstreams)', () => {
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

  const home = (a: TestAdres, units: Array<[number, string?]>) => {
    nockAdressenregister().get(`/v2/adressen/${a.adresId}`).reply(200, adresBody(a));
    nockGebouweenheden(a.adresId, units);
    nockToken();
  };
  const ask = (adresId: string) => wp.query('spoc', QUERY, { r: [woning(adresId)] });

  it('a valid EPC of the building unit: heeftGeldigEpc with its validity', async () => {
    home(TIENSESTRAAT, [[30001201]]);
    nockVeka()
      .get(ZOEK)
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get(DETAIL)
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(F_TIENSESTRAAT));

    expect((await ask('3000120')).body).toEqual({
      data: {
        _entities: [
          {
            gebouweenheid: { gebouweenheidId: '30001201', status: 'GEREALISEERD' },
            epc: { certificaatnummer: F_TIENSESTRAAT.attestnummer, label: 'F', gebouweenheidId: '30001201' },
            epcStatus: { heeftGeldigEpc: true, geenEpcReden: null, toelichting: 'Geldig EPC tot 2034-03-18.', verlopenOp: null },
          },
        ],
      },
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('GEEN_EPC_GEVONDEN: VEKA knows nothing for the unit nor at the address', async () => {
    home(TIENSESTRAAT, [[30001201]]);
    nockVeka().get(ZOEK).query(eenheidQuery(30001201, SPOC_REDEN)).reply(204).get(ZOEK).query(certificatenQuery(TIENSESTRAAT, SPOC_REDEN)).reply(204);

    expect((await ask('3000120')).body).toEqual({
      data: {
        _entities: [
          {
            gebouweenheid: { gebouweenheidId: '30001201', status: 'GEREALISEERD' },
            epc: null,
            epcStatus: geenEpc('GEEN_EPC_GEVONDEN', 'Geen EPC gevonden voor deze woning.'),
          },
        ],
      },
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('ENKEL_VERLOPEN_EPC: only expired certificates, the newest expiry named; no detail asked', async () => {
    home(TIENSESTRAAT, [[30001201]]);
    const verlopen = (attestnummer: string, ingediend: string, geldigTot: string): TestCertificaat => ({ ...F_TIENSESTRAAT, attestnummer, ingediend, geldigTot, label: 'E' });
    nockVeka()
      .get(ZOEK)
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(verlopen('20090501-0000100001-RES-1', '2009-05-01', '2019-05-01')), certificaatItem(verlopen('20120522-0000731264-RES-1', '2012-05-22', '2022-05-22'))]);

    expect((await ask('3000120')).body).toEqual({
      data: {
        _entities: [
          {
            gebouweenheid: { gebouweenheidId: '30001201', status: 'GEREALISEERD' },
            epc: null,
            epcStatus: geenEpc('ENKEL_VERLOPEN_EPC', 'Enkel een verlopen EPC (geldig tot 2022-05-22).', '2022-05-22'),
          },
        ],
      },
    });
    expect(callsOf(wp)).toEqual([
      [ZOEK, 200],
      ['/v2/adressen/3000120', 200],
      ['/v2/gebouweenheden', 200],
    ]);
  });

  it('MEERDERE_WOONEENHEDEN: two flats at one address without box numbers, each with an EPC; no detail asked', async () => {
    home(VAARTSTRAAT, [[30005051], [30005052]]);
    nockVeka()
      .get(ZOEK)
      .query(certificatenQuery(VAARTSTRAAT, SPOC_REDEN))
      .reply(200, [
        certificaatItem({ ...F_TIENSESTRAAT, attestnummer: '20230412-0002890011-RES-1', adres: VAARTSTRAAT, label: 'C', gebouweenheidId: 30005051 }),
        certificaatItem({ ...F_TIENSESTRAAT, attestnummer: '20240603-0003221870-RES-1', adres: VAARTSTRAAT, label: 'D', gebouweenheidId: 30005052 }),
      ]);

    expect((await ask('3000505')).body).toEqual({
      data: {
        _entities: [
          {
            gebouweenheid: null,
            epc: null,
            epcStatus: geenEpc(
              'MEERDERE_WOONEENHEDEN',
              'Meerdere wooneenheden op dit adres hebben een EPC en het adres (zonder busnummer) wijst er geen eenduidig aan: kies het adres met busnummer.',
            ),
          },
        ],
      },
    });
    expect(callsOf(wp)).toEqual([
      [ZOEK, 200],
      ['/v2/adressen/3000505', 200],
      ['/v2/gebouweenheden', 200],
    ]);
  });

  it('two units at one address of which only one has an EPC: that EPC is the home\'s', async () => {
    home(VAARTSTRAAT, [[30005051], [30005052]]);
    const enige: TestCertificaat = { ...F_TIENSESTRAAT, attestnummer: '20240603-0003221870-RES-1', adres: VAARTSTRAAT, label: 'D', gebouweenheidId: 30005052 };
    nockVeka()
      .get(ZOEK)
      .query(certificatenQuery(VAARTSTRAAT, SPOC_REDEN))
      .reply(200, [certificaatItem(enige)])
      .get(DETAIL)
      .query({ attestnummer: enige.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(enige));

    expect((await ask('3000505')).body).toEqual({
      data: {
        _entities: [
          {
            gebouweenheid: null,
            epc: { certificaatnummer: '20240603-0003221870-RES-1', label: 'D', gebouweenheidId: '30005052' },
            epcStatus: { heeftGeldigEpc: true, geenEpcReden: null, toelichting: 'Geldig EPC tot 2034-03-18.', verlopenOp: null },
          },
        ],
      },
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('ANDERE_WOONEENHEDEN: the house number has an EPC, but for another box', async () => {
    home(BRUSSELSESTRAAT, [[30000442]]);
    nockVeka()
      .get(ZOEK)
      .query(eenheidQuery(30000442, SPOC_REDEN))
      .reply(204)
      .get(ZOEK)
      .query(certificatenQuery(BRUSSELSESTRAAT, SPOC_REDEN))
      .reply(200, [certificaatItem({ ...F_TIENSESTRAAT, adres: { ...BRUSSELSESTRAAT, adresId: '3000043', busnummer: '1' }, gebouweenheidId: 30000441 })]);

    expect((await ask('3000044')).body).toEqual({
      data: {
        _entities: [
          {
            gebouweenheid: { gebouweenheidId: '30000442', status: 'GEREALISEERD' },
            epc: null,
            epcStatus: geenEpc('ANDERE_WOONEENHEDEN', 'Geen EPC voor deze woning; wel voor andere wooneenheden op hetzelfde huisnummer.'),
          },
        ],
      },
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('finds an older EPC that VEKA links to the address only, when the unit search finds nothing', async () => {
    home(TIENSESTRAAT, [[30001201]]);
    const oud: TestCertificaat = { ...F_TIENSESTRAAT, attestnummer: '20180115-0001900022-RES-1', ingediend: '2018-01-15', geldigTot: '2028-01-15', label: 'E', gebouweenheidId: null };
    nockVeka()
      .get(ZOEK)
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(204)
      .get(ZOEK)
      .query(certificatenQuery(TIENSESTRAAT, SPOC_REDEN))
      .reply(200, [certificaatItem(oud)])
      .get(DETAIL)
      .query({ attestnummer: oud.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(oud));

    expect((await ask('3000120')).body).toEqual({
      data: {
        _entities: [
          {
            gebouweenheid: { gebouweenheidId: '30001201', status: 'GEREALISEERD' },
            epc: { certificaatnummer: '20180115-0001900022-RES-1', label: 'E', gebouweenheidId: null },
            epcStatus: { heeftGeldigEpc: true, geenEpcReden: null, toelichting: 'Geldig EPC tot 2028-01-15.', verlopenOp: null },
          },
        ],
      },
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('takes the realised unit and ignores a historic one', async () => {
    home(TIENSESTRAAT, [[30001200, 'gehistoreerd'], [30001201, 'gerealiseerd'], [30001202, 'nietGerealiseerd']]);
    nockVeka()
      .get(ZOEK)
      .query(eenheidQuery(30001201, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get(DETAIL)
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(F_TIENSESTRAAT));

    const response = await ask('3000120');

    expect(response.body.data).toEqual({
      _entities: [
        {
          gebouweenheid: { gebouweenheidId: '30001201', status: 'GEREALISEERD' },
          epc: { certificaatnummer: F_TIENSESTRAAT.attestnummer, label: 'F', gebouweenheidId: '30001201' },
          epcStatus: { heeftGeldigEpc: true, geenEpcReden: null, toelichting: 'Geldig EPC tot 2034-03-18.', verlopenOp: null },
        },
      ],
    });
    expect(response.body.errors).toBeUndefined();
  });

  it('a failing building-unit lookup costs only gebouweenheid: the EPC is searched by address', async () => {
    nockAdressenregister().get('/v2/adressen/3000120').reply(200, adresBody(TIENSESTRAAT));
    nockAdressenregister().get('/v2/gebouweenheden').query({ adresObjectId: '3000120' }).reply(200, { gebouweenheden: [{ identificator: { objectId: '1' } }] });
    nockToken();
    nockVeka()
      .get(ZOEK)
      .query(certificatenQuery(TIENSESTRAAT, SPOC_REDEN))
      .reply(200, [certificaatItem(F_TIENSESTRAAT)])
      .get(DETAIL)
      .query({ attestnummer: F_TIENSESTRAAT.attestnummer, reden: SPOC_REDEN })
      .reply(200, certificaatDetail(F_TIENSESTRAAT));

    expect((await ask('3000120')).body).toEqual({
      data: {
        _entities: [
          {
            gebouweenheid: null,
            epc: { certificaatnummer: F_TIENSESTRAAT.attestnummer, label: 'F', gebouweenheidId: '30001201' },
            epcStatus: { heeftGeldigEpc: true, geenEpcReden: null, toelichting: 'Geldig EPC tot 2034-03-18.', verlopenOp: null },
          },
        ],
      },
      errors: [
        {
          message: 'De bron adressenregister gaf een antwoord in een onverwachte vorm.',
          locations: [{ line: 2, column: 3 }],
          path: ['_entities', 0, 'gebouweenheid'],
          extensions: { code: 'UPSTREAM_BAD_RESPONSE', source: 'adressenregister' },
        },
      ],
    });
    expect(wp.logs.filter((l) => l.level === 'warn' && l.msg === 'gebouweenheid onbekend: EPC gezocht op adres').map((l) => l.adresId)).toEqual(['3000120']);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
