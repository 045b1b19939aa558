import nock from 'nock';
import { CLIENT, UPSTREAM } from './helpers.js';

/**
 * Upstream answers in the real contracts' shapes, for the nock-backed tests, and the interceptors that
 * check exactly what the clients send (path, every query parameter, the bearer token).
 */

export interface TestAdres {
  adresId: string;
  straat: string;
  huisnummer: string;
  busnummer?: string;
  postcode: string;
}

export const TIENSESTRAAT: TestAdres = { adresId: '3000120', straat: 'Tiensestraat', huisnummer: '120', postcode: '3000' };
export const BRUSSELSESTRAAT: TestAdres = { adresId: '3000044', straat: 'Brusselsestraat', huisnummer: '44', busnummer: '2', postcode: '3000' };

const naam = (spelling: string) => ({ geografischeNaam: { spelling, taal: 'nl' } });
export const volledig = (a: TestAdres) => `${a.straat} ${a.huisnummer}${a.busnummer ? ` bus ${a.busnummer}` : ''}, ${a.postcode} Leuven`;

/** `GET /v2/adressen/{objectId}`. */
export function adresBody(a: TestAdres) {
  return {
    '@context': 'https://docs.basisregisters.vlaanderen.be/context/adres/2023-03-13/adres_detail.jsonld',
    '@type': 'Adres',
    identificator: { id: `https://data.vlaanderen.be/id/adres/${a.adresId}`, naamruimte: 'https://data.vlaanderen.be/id/adres', objectId: a.adresId, versieId: '2023-01-01T10:00:00+01:00' },
    gemeente: { objectId: '24062', detail: 'https://api.basisregisters.vlaanderen.be/v2/gemeenten/24062', gemeentenaam: naam('Leuven') },
    postinfo: { objectId: a.postcode, detail: `https://api.basisregisters.vlaanderen.be/v2/postinfo/${a.postcode}` },
    straatnaam: { objectId: '45000', detail: 'https://api.basisregisters.vlaanderen.be/v2/straatnamen/45000', straatnaam: naam(a.straat) },
    huisnummer: a.huisnummer,
    ...(a.busnummer ? { busnummer: a.busnummer } : {}),
    volledigAdres: naam(volledig(a)),
    adresPositie: {
      geometrie: {
        type: 'Point',
        gml: '<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/31370" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>173500.25 174400.75</gml:pos></gml:Point>',
      },
      positieGeometrieMethode: 'aangeduidDoorBeheerder',
      positieSpecificatie: 'ingang',
    },
    adresStatus: 'inGebruik',
    officieelToegekend: true,
  };
}

export interface TestCertificaat {
  attestnummer: string;
  adres: TestAdres;
  label: string;
  kengetal: number;
  ingediend: string;
  geldigTot: string;
  /** The building unit VEKA links the certificate to (default 30001201). */
  gebouweenheidId?: number | null;
}

/** One `Certificaat` of the search. */
export function certificaatItem(c: TestCertificaat) {
  return {
    id: 1,
    attestnummer: c.attestnummer,
    adressen: [{ straat: c.adres.straat, huisnummer: c.adres.huisnummer, ...(c.adres.busnummer ? { busnummer: c.adres.busnummer } : {}), postcode: c.adres.postcode, gemeente: 'Leuven', land: 'België' }],
    bestemming: 'residentieel',
    datumGeldigheid: `${c.geldigTot}T00:00:00+01:00`,
    datumIngediend: `${c.ingediend}T10:00:00+01:00`,
    gebouweenheidId: c.gebouweenheidId === undefined ? 30001201 : c.gebouweenheidId,
    gebouwTypes: ['Eengezinswoning'],
    score: { label: { waarde: c.label }, kengetal: { waarde: c.kengetal, meeteenheid: 'kWh/(m²jaar)' } },
    status: 'GELDIG',
  };
}

/** `CertificaatDetail`. */
export function certificaatDetail(c: TestCertificaat, extra: Record<string, unknown> = {}) {
  return {
    attestnummer: c.attestnummer,
    adres: { arId: Number(c.adres.adresId), straat: c.adres.straat, huisnummer: c.adres.huisnummer, ...(c.adres.busnummer ? { busnummer: c.adres.busnummer } : {}), postcode: c.adres.postcode, gemeente: 'Leuven', land: 'België' },
    bestemming: 'residentieel',
    bouwjaar: 1930,
    datumGeldigheid: `${c.geldigTot}T00:00:00+01:00`,
    datumIngediend: `${c.ingediend}T10:00:00+01:00`,
    gebouwType: 'Eengezinswoning',
    gebouweenheidId: c.gebouweenheidId === undefined ? 30001201 : c.gebouweenheidId,
    score: { label: { waarde: c.label }, kengetal: { waarde: c.kengetal, meeteenheid: 'kWh/(m²jaar)' } },
    aanbevelingen: [
      {
        categorie: 'vensters',
        type: 'vervanging',
        prioriteit: 2,
        huidigeSituatie: 'Enkel glas.',
        uitvoeringsmethodes: [{ omschrijving: 'Hoogrendementsglas', geschattePrijsvorkVan: 9000, geschattePrijsvorkTot: 14000 }],
      },
      {
        categorie: 'dak',
        type: 'isolatie',
        subtype: 'hellend dak',
        prioriteit: 1,
        huidigeSituatie: 'Het dak is niet geïsoleerd.',
        uitvoeringsmethodes: [{ omschrijving: 'Isolatie tussen de kepers', geschattePrijsvorkVan: 6800, geschattePrijsvorkTot: 11200 }],
      },
    ],
    ...extra,
  };
}

export const F_TIENSESTRAAT: TestCertificaat = {
  attestnummer: '20240318-0003187245-RES-1',
  adres: TIENSESTRAAT,
  label: 'F',
  kengetal: 612,
  ingediend: '2024-03-18',
  geldigTot: '2034-03-18',
};

export const nockAdressenregister = () => nock(UPSTREAM.adressenregister);
export const nockVeka = () => nock(UPSTREAM.veka);

/** The ACM/IDM token endpoint: one client-credentials grant for the test client. */
export function nockToken(token = 'token-1') {
  return nock(UPSTREAM.idp)
    .post('/acm/token', { grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret })
    .reply(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
}

/** The search for the residential certificates at a home's address (valid and expired), with exactly these parameters. */
export function certificatenQuery(a: TestAdres, reden: string) {
  return {
    straat: a.straat,
    huisnummer: a.huisnummer,
    ...(a.busnummer ? { busnummer: a.busnummer } : {}),
    postcode: a.postcode,
    gemeente: 'Leuven',
    residentieel: 'true',
    reden,
  };
}

/** The search for the residential certificates of a building unit, with exactly these parameters. */
export const eenheidQuery = (gebouwEenheidId: string | number, reden: string) => ({ gebouwEenheidId: String(gebouwEenheidId), residentieel: 'true', reden });

/** `GET /v2/gebouweenheden?adresObjectId=`: the list view with these units. */
export function gebouweenhedenBody(units: Array<[id: string | number, status?: string]>) {
  return {
    '@context': 'https://docs.basisregisters.vlaanderen.be/context/gebouweenheid/2022-01-11/gebouweenheden_list.jsonld',
    gebouweenheden: units.map(([id, status = 'gerealiseerd']) => ({
      '@type': 'Gebouweenheid',
      identificator: { id: `https://data.vlaanderen.be/id/gebouweenheid/${id}`, naamruimte: 'https://data.vlaanderen.be/id/gebouweenheid', objectId: String(id), versieId: '2023-01-01T10:00:00+01:00' },
      detail: `https://api.basisregisters.vlaanderen.be/v2/gebouweenheden/${id}`,
      gebouweenheidStatus: status,
    })),
  };
}

/** The register's building units of an address (one realised unit unless told otherwise). */
export function nockGebouweenheden(adresId: string, units: Array<[id: string | number, status?: string]> = [[30001201]]) {
  return nock(UPSTREAM.adressenregister).get('/v2/gebouweenheden').query({ adresObjectId: adresId }).reply(200, gebouweenhedenBody(units));
}
