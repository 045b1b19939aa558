import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Sandbox } from '@hub/shared';
import type { CertificaatFixture } from './fixtures.js';
import { normalize } from './matching.js';
import type { SynthetischeWoningen } from './synthetisch.js';

const BASE = '/dossier-api/v1/extern';
const URL_BASE = 'https://energie-secure.api.vlaanderen.be/dossier-api/v1';

/** The search's `Certificaat` view of a certificate. */
function alsCertificaat(c: CertificaatFixture) {
  const { straat, huisnummer, busnummer, postcode, gemeente, land } = c.adres;
  return {
    id: c.id,
    attestnummer: c.attestnummer,
    adressen: [{ straat, huisnummer, ...(busnummer ? { busnummer } : {}), postcode, gemeente, land }],
    ...(c.aardVanWerken ? { aardVanWerken: c.aardVanWerken } : {}),
    bestemming: c.bestemming,
    datumGeldigheid: c.datumGeldigheid,
    datumIngediend: c.datumIngediend,
    epcDocumentRefs: [{ id: c.id, type: 'EPC', url: `${URL_BASE}/epcDocument/${c.id}` }],
    epcEenheidType: c.epcEenheidType,
    gebouwId: c.gebouwId,
    gebouwTypes: [c.gebouwType],
    gebouweenheidId: c.gebouweenheidId,
    isNieuwbouwNaSloop: c.isNieuwbouwNaSloop,
    score: c.score,
    status: c.status,
    url: `${URL_BASE}/extern/certificaat?attestnummer=${c.attestnummer}`,
  };
}

/** The detail's `CertificaatDetail` view of a certificate. */
function alsDetail(c: CertificaatFixture) {
  return {
    aanbevelingen: c.aanbevelingen,
    ...(c.aardVanWerken ? { aardVanWerken: c.aardVanWerken } : {}),
    adres: c.adres,
    attestnummer: c.attestnummer,
    bestemming: c.bestemming,
    bouwjaar: c.bouwjaar,
    datumGeldigheid: c.datumGeldigheid,
    datumIngediend: c.datumIngediend,
    gebouwId: c.gebouwId,
    gebouwType: c.gebouwType,
    gebouweenheidId: c.gebouweenheidId,
    isNieuwbouwNaSloop: c.isNieuwbouwNaSloop,
    score: c.score,
  };
}

const error = (res: ServerResponse, status: number, message: string) => sendJson(res, status, { status, message });

function booleanParam(url: URL, name: string): boolean | undefined | 'invalid' {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  return 'invalid';
}

export interface VekaSandboxOptions {
  /** The clock that decides which certificates are still valid. */
  now?: () => Date;
  /** Also the certificates of the generated homes of benchmarks (found by building unit or attestnummer). */
  synthetisch?: SynthetischeWoningen;
}

/**
 * The VEKA dossier API's certificate search and detail over the fixture certificates. Like the real one
 * it refuses (403) a call without a bearer token (any token will do here), answers 400 without a legal
 * purpose (`reden`), 204 when a search finds nothing and 404 for an unknown attestnummer.
 */
export function createVekaSandbox(certificaten: CertificaatFixture[], options: VekaSandboxOptions = {}): Sandbox {
  const now = options.now ?? (() => new Date());

  function search(res: ServerResponse, url: URL) {
    const q = (name: string) => url.searchParams.get(name)?.trim() || undefined;
    const geldig = booleanParam(url, 'geldig');
    const residentieel = booleanParam(url, 'residentieel');
    if (geldig === 'invalid' || residentieel === 'invalid') {
      error(res, 400, 'Ongeldige request: geldig en residentieel zijn true of false.');
      return;
    }
    const criteria = {
      attestnummer: q('attestnummer'),
      straat: q('straat'),
      huisnummer: q('huisnummer'),
      busnummer: q('busnummer'),
      postcode: q('postcode'),
      gemeente: q('gemeente'),
      gebouwId: q('gebouwId'),
      gebouwEenheidId: q('gebouwEenheidId'),
    };
    if (!criteria.attestnummer && !criteria.straat && !criteria.postcode && !criteria.gebouwId && !criteria.gebouwEenheidId) {
      error(res, 400, 'Ongeldige request: geef minstens een attestnummer, een adres of een gebouw(eenheid)id.');
      return;
    }
    const vandaag = now().getTime();
    const same = (wanted: string | undefined, actual: string | number | undefined) => wanted === undefined || normalize(wanted) === normalize(String(actual ?? ''));
    const pool = options.synthetisch ? [...certificaten, ...options.synthetisch.certificaten(criteria)] : certificaten;
    const found = pool.filter(
      (c) =>
        same(criteria.attestnummer, c.attestnummer) &&
        same(criteria.straat, c.adres.straat) &&
        same(criteria.huisnummer, c.adres.huisnummer) &&
        same(criteria.busnummer, c.adres.busnummer) &&
        same(criteria.postcode, c.adres.postcode) &&
        same(criteria.gemeente, c.adres.gemeente) &&
        same(criteria.gebouwId, c.gebouwId) &&
        same(criteria.gebouwEenheidId, c.gebouweenheidId) &&
        (geldig === undefined || geldig === Date.parse(c.datumGeldigheid) > vandaag) &&
        (residentieel === undefined || residentieel === (c.bestemming === 'residentieel')),
    );
    if (found.length === 0) {
      res.writeHead(204).end();
      return;
    }
    sendJson(res, 200, found.map(alsCertificaat));
  }

  function detail(res: ServerResponse, url: URL) {
    const attestnummer = url.searchParams.get('attestnummer')?.trim();
    if (!attestnummer) {
      error(res, 400, "Ongeldige request: parameter 'attestnummer' is verplicht.");
      return;
    }
    const certificaat = certificaten.find((c) => c.attestnummer === attestnummer) ?? options.synthetisch?.certificaat(attestnummer);
    if (!certificaat) error(res, 404, 'Er zijn geen gegevens gevonden.');
    else sendJson(res, 200, alsDetail(certificaat));
  }

  const hasBearer = (req: IncomingMessage) => /^Bearer\s+\S+/i.test(req.headers.authorization ?? '');

  return {
    prefix: 'veka',
    name: 'VEKA dossier-API, EPC-certificaten (sandbox)',
    handle(req, res, url) {
      const endpoint = url.pathname === `${BASE}/certificaten` ? search : url.pathname === `${BASE}/certificaat` ? detail : undefined;
      if (!endpoint || req.method !== 'GET') return false;
      if (!hasBearer(req)) {
        error(res, 403, 'Forbidden');
        return true;
      }
      if (!url.searchParams.get('reden')?.trim()) {
        error(res, 400, "Ongeldige request: parameter 'reden' is verplicht.");
        return true;
      }
      endpoint(res, url);
      return true;
    },
  };
}
