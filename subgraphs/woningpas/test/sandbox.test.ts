import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WONINGEN } from '@hub/shared/demo';
import { AdresDetailSchema, AdresMatchResponseSchema, GebouweenhedenResponseSchema } from '../src/clients/adressenregister.js';
import { WerkenLijstSchema } from '../src/clients/datadiensten.js';
import { CertificaatDetailSchema, CertificatenResponseSchema } from '../src/clients/epc.js';
import { AanduidingsobjectenSchema } from '../src/clients/erfgoed.js';
import { ProjectenSchema } from '../src/clients/vergunningen.js';
import { inPolygon } from '../src/sandbox/erfgoed.js';
import { startSandbox, type TestSandbox } from './helpers.js';

const BEARER = { authorization: 'Bearer any-token' };
const REDEN = 'Renovatiebegeleiding Energieloket Leuven (rol spoc)';

describe('woningpas sandboxes: the real contracts from the fixtures', () => {
  let sandbox: TestSandbox;
  const get = (path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) =>
    fetch(`${sandbox.base}${path}?${new URLSearchParams(params)}`, { headers });
  const json = async (response: Response) => JSON.parse(await response.text()) as unknown;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  describe('address register (/basisregisters)', () => {
    it.each(DEMO_WONINGEN.map((w) => [w.adresId, w] as const))('serves demo home %s as GET /v2/adressen/{id}, in the client contract', async (adresId, demo) => {
      const response = await get(`/basisregisters/v2/adressen/${adresId}`);
      expect(response.status).toBe(200);
      const adres = AdresDetailSchema.parse(await json(response));
      expect({
        objectId: adres.identificator.objectId,
        straatnaam: adres.straatnaam.straatnaam.geografischeNaam.spelling,
        huisnummer: adres.huisnummer,
        busnummer: adres.busnummer ?? undefined,
        postcode: adres.postinfo.objectId,
        gemeentenaam: adres.gemeente.gemeentenaam.geografischeNaam.spelling,
        volledigAdres: adres.volledigAdres.geografischeNaam.spelling,
        status: adres.adresStatus,
      }).toEqual({
        objectId: demo.adresId,
        straatnaam: demo.straatnaam,
        huisnummer: demo.huisnummer,
        busnummer: demo.busnummer,
        postcode: demo.postcode,
        gemeentenaam: demo.gemeentenaam,
        volledigAdres: `${demo.straatnaam} ${demo.huisnummer}${demo.busnummer ? ` bus ${demo.busnummer}` : ''}, ${demo.postcode} ${demo.gemeentenaam}`,
        status: 'inGebruik',
      });
    });

    it('answers 404 (problem+json) for an unknown address', async () => {
      const response = await get('/basisregisters/v2/adressen/9999999');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await json(response)).toEqual({
        type: 'https://api.basisregisters.vlaanderen.be/v2/foutmeldingen/404',
        title: 'Onbestaand adres.',
        detail: 'Het adres werd niet gevonden.',
        status: 404,
        instance: '/v2/adressen/9999999',
      });
    });

    const adresmatch = async (params: Record<string, string>) => {
      const response = await get('/basisregisters/v2/adresmatch', params);
      expect(response.status).toBe(200);
      const body = AdresMatchResponseSchema.parse(await json(response));
      return body.adresMatches.map((m) => [m.identificator?.objectId ?? null, m.score, m.volledigAdres?.geografischeNaam.spelling ?? m.straatnaam?.straatnaam.geografischeNaam.spelling]);
    };

    it('scores an exact match 100', async () => {
      expect(await adresmatch({ straatnaam: 'Tiensestraat', huisnummer: '120', postcode: '3000', gemeentenaam: 'Leuven' })).toEqual([
        ['3000120', 100, 'Tiensestraat 120, 3000 Leuven'],
      ]);
      expect(await adresmatch({ straatnaam: 'brusselsestraat', huisnummer: '44', busnummer: '2', gemeentenaam: 'leuven' })).toEqual([
        ['3000044', 100, 'Brusselsestraat 44 bus 2, 3000 Leuven'],
      ]);
    });

    it('scores lower without the busnummer (every box of the number) and for a misspelt street', async () => {
      expect(await adresmatch({ straatnaam: 'Brusselsestraat', huisnummer: '44', postcode: '3000' })).toEqual([
        ['3000043', 90, 'Brusselsestraat 44 bus 1, 3000 Leuven'],
        ['3000044', 90, 'Brusselsestraat 44 bus 2, 3000 Leuven'],
      ]);
      expect(await adresmatch({ straatnaam: 'Tiensestraa', huisnummer: '120', postcode: '3000' })).toEqual([['3000120', 91.67, 'Tiensestraat 120, 3000 Leuven']]);
    });

    it('answers a street-level match (no address) when the number does not exist, and nothing for another postcode', async () => {
      expect(await adresmatch({ straatnaam: 'Tiensestraat', huisnummer: '999', postcode: '3000' })).toEqual([[null, 50, 'Tiensestraat']]);
      expect(await adresmatch({ straatnaam: 'Tiensestraat', huisnummer: '120', postcode: '3010' })).toEqual([]);
    });

    it('serves the building units of an address as GET /v2/gebouweenheden?adresObjectId=, in the client contract', async () => {
      const eenheden = async (adresObjectId: string) => {
        const response = await get('/basisregisters/v2/gebouweenheden', { adresObjectId });
        expect(response.status).toBe(200);
        return GebouweenhedenResponseSchema.parse(await json(response)).gebouweenheden.map((e) => [e.identificator.objectId, e.gebouweenheidStatus]);
      };
      for (const w of DEMO_WONINGEN) expect(await eenheden(w.adresId), w.adresId).toContainEqual([String(w.gebouweenheidId), 'gerealiseerd']);
      expect(await eenheden('3018031')).toEqual([
        ['30180310', 'gehistoreerd'],
        ['30180311', 'gerealiseerd'],
      ]);
      expect(await eenheden('3000505')).toEqual([
        ['30005051', 'gerealiseerd'],
        ['30005052', 'gerealiseerd'],
      ]);
      expect(await eenheden('9999999')).toEqual([]);
    });

    it('serves a unit in the list view only: identificator, detail link and status', async () => {
      const response = await get('/basisregisters/v2/gebouweenheden', { adresObjectId: '3000120' });
      expect(await json(response)).toEqual({
        '@context': 'https://docs.basisregisters.vlaanderen.be/context/gebouweenheid/2022-01-11/gebouweenheden_list.jsonld',
        gebouweenheden: [
          {
            '@type': 'Gebouweenheid',
            identificator: {
              id: 'https://data.vlaanderen.be/id/gebouweenheid/30001201',
              naamruimte: 'https://data.vlaanderen.be/id/gebouweenheid',
              objectId: '30001201',
              versieId: '2019-05-23T14:02:11+02:00',
            },
            detail: 'https://api.basisregisters.vlaanderen.be/v2/gebouweenheden/30001201',
            gebouweenheidStatus: 'gerealiseerd',
          },
        ],
      });
    });

    it('answers 400 for a building unit search on an adresObjectId that is not a number', async () => {
      const response = await get('/basisregisters/v2/gebouweenheden', { adresObjectId: 'abc' });
      expect(response.status).toBe(400);
      expect(await json(response)).toEqual({
        type: 'https://api.basisregisters.vlaanderen.be/v2/foutmeldingen/400',
        title: 'Ongeldige vraag.',
        detail: 'Het adresObjectId moet een getal zijn.',
        status: 400,
        instance: '/v2/gebouweenheden',
      });
    });

    it('answers 400 without a municipality or postcode', async () => {
      const response = await get('/basisregisters/v2/adresmatch', { straatnaam: 'Tiensestraat', huisnummer: '120' });
      expect(response.status).toBe(400);
      expect(await json(response)).toEqual({
        type: 'https://api.basisregisters.vlaanderen.be/v2/foutmeldingen/400',
        title: 'Ongeldige vraag.',
        detail: 'Geef een straatnaam en een gemeentenaam of postcode.',
        status: 400,
        instance: '/v2/adresmatch',
      });
    });
  });

  describe('VEKA dossier API (/veka)', () => {
    const search = (params: Record<string, string>, headers: Record<string, string> = BEARER) =>
      get('/veka/dossier-api/v1/extern/certificaten', params, headers);
    const detail = (params: Record<string, string>, headers: Record<string, string> = BEARER) =>
      get('/veka/dossier-api/v1/extern/certificaat', params, headers);
    const adresParams = (w: (typeof DEMO_WONINGEN)[number]) => ({
      straat: w.straatnaam,
      huisnummer: w.huisnummer,
      ...(w.busnummer ? { busnummer: w.busnummer } : {}),
      postcode: w.postcode,
      gemeente: w.gemeentenaam,
    });

    it('refuses with 403 a call without a bearer token', async () => {
      for (const response of [
        await search({ straat: 'Tiensestraat', reden: REDEN }, {}),
        await detail({ attestnummer: '20240318-0003187245-RES-1', reden: REDEN }, {}),
        await detail({ attestnummer: '20240318-0003187245-RES-1', reden: REDEN }, { authorization: 'Basic dXNlcjpwdw==' }),
      ]) {
        expect(response.status).toBe(403);
        expect(await json(response)).toEqual({ status: 403, message: 'Forbidden' });
      }
    });

    it('answers 400 without a legal purpose (reden)', async () => {
      for (const response of [
        await search({ straat: 'Tiensestraat' }),
        await search({ straat: 'Tiensestraat', reden: '  ' }),
        await detail({ attestnummer: '20240318-0003187245-RES-1' }),
      ]) {
        expect(response.status).toBe(400);
        expect(await json(response)).toEqual({ status: 400, message: "Ongeldige request: parameter 'reden' is verplicht." });
      }
    });

    it('answers 400 for a search without criteria or with a bad boolean', async () => {
      const noCriteria = await search({ geldig: 'true', reden: REDEN });
      expect(noCriteria.status).toBe(400);
      const badBoolean = await search({ straat: 'Tiensestraat', geldig: 'ja', reden: REDEN });
      expect(badBoolean.status).toBe(400);
    });

    it('answers 404 for an unknown attestnummer', async () => {
      const response = await detail({ attestnummer: '20990101-0000000000-RES-1', reden: REDEN });
      expect(response.status).toBe(404);
      expect(await json(response)).toEqual({ status: 404, message: 'Er zijn geen gegevens gevonden.' });
    });

    it('knows every demo home: its certificates carry its gebouweenheidId and address register id', async () => {
      for (const w of DEMO_WONINGEN) {
        const response = await search({ ...adresParams(w), reden: REDEN });
        expect(response.status, w.adresId).toBe(200);
        const list = CertificatenResponseSchema.parse(await json(response));
        expect(list.length, w.adresId).toBeGreaterThan(0);
        for (const certificaat of list) {
          expect(certificaat.gebouweenheidId).toBe(w.gebouweenheidId);
          const d = CertificaatDetailSchema.parse(await json(await detail({ attestnummer: certificaat.attestnummer, reden: REDEN })));
          expect([d.adres?.arId, d.gebouweenheidId]).toEqual([Number(w.adresId), w.gebouweenheidId]);
        }
      }
    });

    it('gives the demo homes varied valid EPCs, and exactly one home only an expired one (geldig=true: 204)', async () => {
      const valid: Array<[string, string | null, number | null | undefined, string | null | undefined, number | null | undefined]> = [];
      for (const w of DEMO_WONINGEN) {
        const response = await search({ ...adresParams(w), geldig: 'true', residentieel: 'true', reden: REDEN });
        if (response.status === 204) {
          expect(await response.text()).toBe('');
          valid.push([w.adresId, null, null, null, null]);
          continue;
        }
        const list = CertificatenResponseSchema.parse(await json(response));
        const newest = [...list].sort((a, b) => (b.datumIngediend ?? '').localeCompare(a.datumIngediend ?? ''))[0]!;
        const d = CertificaatDetailSchema.parse(await json(await detail({ attestnummer: newest.attestnummer, reden: REDEN })));
        valid.push([w.adresId, d.score.label.waarde, d.bouwjaar, d.gebouwType, d.aanbevelingen?.length]);
      }
      expect(valid).toEqual([
        ['3000120', 'F', 1930, 'Eengezinswoning', 6],
        ['3010250', 'D', 1968, 'Eengezinswoning', 4],
        ['3001017', null, null, null, null],
        ['3000044', 'B', 1995, 'Appartement', 2],
        ['3012008', 'A', 2021, 'Eengezinswoning', 1],
        ['3018031', 'C', 1978, 'Eengezinswoning', 3],
      ]);

      const expired = await search({ straat: 'Naamsesteenweg', huisnummer: '17', postcode: '3001', geldig: 'false', reden: REDEN });
      expect(expired.status).toBe(200);
      expect(CertificatenResponseSchema.parse(await json(expired)).map((c) => [c.attestnummer, c.datumGeldigheid, c.status])).toEqual([
        ['20120522-0000731264-RES-1', '2022-05-22T00:00:00+02:00', 'VERVALLEN'],
      ]);
    });

    it('serves aanbevelingen in the real shape: categorie, type, prioriteit, huidigeSituatie, uitvoeringsmethodes with a price range', async () => {
      const d = CertificaatDetailSchema.parse(await json(await detail({ attestnummer: '20240318-0003187245-RES-1', reden: REDEN })));
      expect(d.aanbevelingen?.[0]).toEqual({
        categorie: 'dak',
        type: 'isolatie',
        subtype: 'hellend dak',
        prioriteit: 1,
        huidigeSituatie: 'Het hellend dak (ongeveer 62 m²) is niet geïsoleerd.',
        uitvoeringsmethodes: [
          { omschrijving: 'Isolatie aan de binnenzijde tussen en onder de kepers, met dampscherm (Rd ≥ 4,5 m²K/W)', geschattePrijsvorkVan: 6800, geschattePrijsvorkTot: 11200 },
          { omschrijving: 'Sarkingdak: isolatie aan de buitenzijde bij vernieuwing van de dakbedekking', geschattePrijsvorkVan: 17500, geschattePrijsvorkTot: 26000 },
        ],
      });
      for (const a of d.aanbevelingen ?? []) {
        for (const m of a.uitvoeringsmethodes ?? []) expect(m.geschattePrijsvorkVan!).toBeLessThan(m.geschattePrijsvorkTot!);
      }
    });

    it('searches by building unit, valid and expired certificates alike without geldig', async () => {
      const perEenheid = async (gebouwEenheidId: string, extra: Record<string, string> = {}) => {
        const response = await search({ gebouwEenheidId, residentieel: 'true', reden: REDEN, ...extra });
        if (response.status === 204) return [];
        return CertificatenResponseSchema.parse(await json(response)).map((c) => [c.attestnummer, c.gebouweenheidId, c.status]);
      };
      expect(await perEenheid('30180311')).toEqual([
        ['20190402-0002158830-RES-1', 30180311, 'GELDIG'],
        ['20241120-0003339052-RES-1', 30180311, 'GELDIG'],
      ]);
      expect(await perEenheid('30010171')).toEqual([['20120522-0000731264-RES-1', 30010171, 'VERVALLEN']]);
      expect(await perEenheid('30010171', { geldig: 'true' })).toEqual([]);
      expect(await perEenheid('30005052')).toEqual([['20240603-0003221870-RES-1', 30005052, 'GELDIG']]);
      expect(await perEenheid('99999999')).toEqual([]);
    });

    it('filters a building search by busnummer', async () => {
      const both = CertificatenResponseSchema.parse(await json(await search({ straat: 'Brusselsestraat', huisnummer: '44', postcode: '3000', reden: REDEN })));
      expect(both.map((c) => c.adressen?.[0]?.busnummer)).toEqual(['1', '2']);
      const one = CertificatenResponseSchema.parse(await json(await search({ straat: 'Brusselsestraat', huisnummer: '44', busnummer: '2', postcode: '3000', reden: REDEN })));
      expect(one.map((c) => c.attestnummer)).toEqual(['20250211-0003402716-RES-1']);
    });
  });

  describe('VEKA datadiensten (/veka-datadiensten)', () => {
    const werken = (params: Record<string, string>, headers: Record<string, string> = BEARER) => get('/veka-datadiensten/api/datadiensten/v1/mvp/werken', params, headers);

    it('serves the Mijn VerbouwPremie works of a building unit in the client contract, an empty list for a unit without', async () => {
      const perEenheid = async (gebouweenheidId: string) => {
        const response = await werken({ gebouweenheidId });
        expect(response.status).toBe(200);
        return (WerkenLijstSchema.parse(await json(response)).werken ?? []).map((w) => [w.dossierNummer, w.type, w.gebouweenheidId, w.adresId]);
      };
      expect(await perEenheid('30102501')).toEqual([['23-MVP-004812', 'dakisolatie', 30102501, 3010250]]);
      expect(await perEenheid('30180311')).toEqual([
        ['24-MVP-010377', 'navullenSpouwmuur', 30180311, 3018031],
        ['24-MVP-010379', 'elektriciteit', 30180311, 3018031],
      ]);
      expect(await perEenheid('30120081')).toEqual([]);
    });

    it('gives every work a dossier number YY-MVP-NNNNNN and exactly one technical part, that of its kind', async () => {
      const parts = ['dak', 'buitenmuur', 'vloer', 'ramenEnDeuren', 'elektriciteitEnSanitair', 'hernieuwbareEnergieproductie', 'gascondensatieketel', 'ventilatie'] as const;
      for (const w of DEMO_WONINGEN) {
        const lijst = WerkenLijstSchema.parse(await json(await werken({ gebouweenheidId: String(w.gebouweenheidId) }))).werken ?? [];
        for (const werk of lijst) {
          expect(werk.dossierNummer).toMatch(/^\d{2}-MVP-\d{6}$/);
          expect(parts.filter((p) => werk[p] != null)).toHaveLength(1);
          expect(werk.adresId).toBe(Number(w.adresId));
        }
      }
    });

    it('refuses with 403 a call without a bearer token, and answers 400 without a numeric gebouweenheidId', async () => {
      const zonder = await werken({ gebouweenheidId: '30102501' }, {});
      expect(zonder.status).toBe(403);
      expect(await json(zonder)).toEqual({ type: 'https://httpstatuses.io/403', title: 'Forbidden', status: 403, detail: 'Een geldig toegangstoken is vereist.' });
      for (const params of [{}, { gebouweenheidId: 'x' }] as Array<Record<string, string>>) {
        const response = await werken(params);
        expect(response.status).toBe(400);
        expect(await json(response)).toEqual({
          type: 'https://httpstatuses.io/400',
          title: 'Ongeldige request',
          status: 400,
          detail: "De parameter 'gebouweenheidId' is verplicht en is een getal.",
        });
      }
    });
  });

  describe('heritage lookup by location (/erfgoed, sandbox contract)', () => {
    const opLigging = async (x: number, y: number) => {
      const response = await get('/erfgoed/aanduidingsobjecten', { x: String(x), y: String(y), srid: '31370' });
      expect(response.status).toBe(200);
      return AanduidingsobjectenSchema.parse(await json(response)).aanduidingsobjecten;
    };

    it('answers the designations that cover a point, in the client contract, without geometry', async () => {
      expect(await opLigging(173912.41, 174215.87)).toEqual([
        {
          id: 200575,
          uri: 'https://id.erfgoed.net/aanduidingsobjecten/200575',
          naam: 'Tiensestraat en omgeving',
          aanduidingstype: { id: 'beschermd-stads-of-dorpsgezicht', naam: 'beschermd stads- of dorpsgezicht' },
          besluit: { id: 4512, uri: 'https://id.erfgoed.net/besluiten/4512', datumOndertekening: '1997-03-12' },
        },
        {
          id: 300412,
          uri: 'https://id.erfgoed.net/aanduidingsobjecten/300412',
          naam: 'Burgerhuis met lijstgevel',
          aanduidingstype: { id: 'vastgesteld-bouwkundig-erfgoed', naam: 'vastgesteld bouwkundig erfgoed' },
          besluit: { id: 5101, uri: 'https://id.erfgoed.net/besluiten/5101', datumOndertekening: '2009-11-26' },
        },
      ]);
      // Next door: in the town view, not the listed house.
      expect((await opLigging(173925, 174215.87)).map((a) => a.id)).toEqual([200575]);
      expect((await opLigging(173388.77, 172604.19)).map((a) => a.aanduidingstype.id)).toEqual(['beschermd-monument']);
      expect(await opLigging(175631.08, 175348.52)).toEqual([]);
    });

    it('tells inside from outside an irregular polygon', () => {
      const driehoek = { type: 'Polygon' as const, coordinates: [[[0, 0], [10, 0], [0, 10], [0, 0]] as Array<[number, number]>] };
      expect([inPolygon(1, 1, driehoek), inPolygon(4.9, 4.9, driehoek), inPolygon(5.1, 5.1, driehoek), inPolygon(-1, 1, driehoek)]).toEqual([true, true, false, false]);
    });

    it('answers 400 without a valid point or for another coordinate system', async () => {
      for (const [params, detail] of [
        [{ x: '173912.41' }, 'Geef de ligging als x en y in Lambert 72 (EPSG:31370).'],
        [{ x: 'oost', y: '174215.87' }, 'Geef de ligging als x en y in Lambert 72 (EPSG:31370).'],
        [{ x: '4.7', y: '50.88', srid: '4326' }, 'Enkel srid 31370 (Lambert 72) wordt ondersteund.'],
      ] as const) {
        const response = await get('/erfgoed/aanduidingsobjecten', params);
        expect(response.status).toBe(400);
        expect(await json(response)).toEqual({ type: 'https://httpstatuses.io/400', title: 'Ongeldige vraag', status: 400, detail });
      }
    });
  });

  describe('permit lookup by address (/omgevingsloket, sandbox contract)', () => {
    it('answers the projects of an address in the client contract, an empty list for an address without', async () => {
      const projecten = async (adresId: string) => {
        const response = await get('/omgevingsloket/projecten', { adresId });
        expect(response.status).toBe(200);
        return ProjectenSchema.parse(await json(response)).projecten;
      };
      expect(await projecten('3010250')).toEqual([
        {
          projectnummer: 'OMV_2026087412',
          onderwerp: 'Isoleren en verhogen van het platte dak, nieuwe dakrand en dakkapel aan de achterzijde',
          type: 'omgevingsvergunning',
          procedure: 'vereenvoudigde procedure',
          status: 'in behandeling',
          datumIndiening: '2026-09-14',
          datumBeslissing: null,
          adresIds: ['3010250'],
        },
      ]);
      expect(await projecten('3000044')).toEqual([]);
    });

    it('answers 400 without a numeric adresId', async () => {
      const response = await get('/omgevingsloket/projecten', { adresId: '3010250;drop' });
      expect(response.status).toBe(400);
      expect(await json(response)).toEqual({ type: 'https://httpstatuses.io/400', title: 'Ongeldige vraag', status: 400, detail: "De parameter 'adresId' is verplicht en is een getal." });
    });
  });
});
