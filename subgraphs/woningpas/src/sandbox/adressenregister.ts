import type { ServerResponse } from 'node:http';
import { sendJson, type Sandbox } from '@hub/shared';
import type { AdresFixture, GebouweenheidFixture } from './fixtures.js';
import { normalize, similarity } from './matching.js';
import type { SynthetischeWoningen } from './synthetisch.js';

const API = 'https://api.basisregisters.vlaanderen.be/v2';
/** Below this street-name similarity the sandbox does not consider a street a match. */
const MIN_STRAAT = 0.75;
/** A match that leaves the box number open scores lower than an exact one. */
const ZONDER_BUS = 0.9;
/** A street-level match (the street exists, the number does not) scores at most this. */
const STRAAT_NIVEAU = 50;
const MAX_MATCHES = 10;

const round = (score: number) => Math.round(score * 100) / 100;

function problem(res: ServerResponse, status: number, title: string, detail: string, instance: string) {
  const body = { type: `https://api.basisregisters.vlaanderen.be/v2/foutmeldingen/${status}`, title, detail, status, instance };
  sendJson(res, status, body, { 'content-type': 'application/problem+json' });
}

function withoutContext(adres: AdresFixture) {
  const { '@context': _context, ...rest } = adres;
  return rest;
}

/**
 * The address register's v2 read endpoints over the fixture addresses: `GET /v2/adressen/{objectId}`
 * (404 for an unknown id), `GET /v2/adresmatch` with a simple scoring: 100 for an exact match, lower
 * for a fuzzy street name or an open box number, street-level matches (no address) when only the street
 * is known; and the building register's `GET /v2/gebouweenheden?adresObjectId=` (the list view: every
 * unit linked to the address, any status; an empty list for an address without units). No API key
 * needed (the real register only rate-limits anonymous callers harder). With `synthetisch`, also the
 * generated homes of benchmarks (their address and unit; adresmatch does not find them).
 */
export function createAdressenregisterSandbox(
  adressen: AdresFixture[],
  gebouweenheden: GebouweenheidFixture[] = [],
  synthetisch?: SynthetischeWoningen,
): Sandbox {
  const byId = new Map(adressen.map((a) => [a.identificator.objectId, a]));

  function eenheden(res: ServerResponse, url: URL) {
    const adresObjectId = url.searchParams.get('adresObjectId')?.trim();
    if (adresObjectId !== undefined && !/^\d+$/.test(adresObjectId)) {
      problem(res, 400, 'Ongeldige vraag.', 'Het adresObjectId moet een getal zijn.', url.pathname);
      return;
    }
    const gevonden = gebouweenheden.filter((e) => adresObjectId === undefined || e.adressen.some((a) => a.objectId === adresObjectId));
    if (synthetisch && adresObjectId !== undefined) gevonden.push(...synthetisch.gebouweenheden(adresObjectId));
    sendJson(res, 200, {
      '@context': 'https://docs.basisregisters.vlaanderen.be/context/gebouweenheid/2022-01-11/gebouweenheden_list.jsonld',
      // The list view: identificator, detail link and status (functie and addresses are in the detail).
      gebouweenheden: gevonden.map(({ adressen: _adressen, functie: _functie, ...item }) => item),
    }, { 'content-type': 'application/ld+json' });
  }

  function adresmatch(res: ServerResponse, url: URL) {
    const q = (name: string) => url.searchParams.get(name)?.trim() || undefined;
    const straatnaam = q('straatnaam');
    const huisnummer = q('huisnummer');
    const busnummer = q('busnummer');
    const postcode = q('postcode');
    const gemeentenaam = q('gemeentenaam');
    if (!straatnaam || (!postcode && !gemeentenaam)) {
      problem(res, 400, 'Ongeldige vraag.', 'Geef een straatnaam en een gemeentenaam of postcode.', url.pathname);
      return;
    }
    const adresMatches: Array<Record<string, unknown>> = [];
    const straten = new Map<string, { adres: AdresFixture; score: number }>();
    for (const adres of adressen) {
      if (postcode && adres.postinfo.objectId !== postcode) continue;
      if (gemeentenaam && normalize(gemeentenaam) !== normalize(adres.gemeente.gemeentenaam.geografischeNaam.spelling)) continue;
      const straat = similarity(straatnaam, adres.straatnaam.straatnaam.geografischeNaam.spelling);
      if (straat < MIN_STRAAT) continue;
      const straatKey = `${adres.postinfo.objectId}/${normalize(adres.straatnaam.straatnaam.geografischeNaam.spelling)}`;
      if (!straten.has(straatKey)) straten.set(straatKey, { adres, score: round(STRAAT_NIVEAU * straat) });
      if (!huisnummer || normalize(huisnummer) !== normalize(adres.huisnummer)) continue;
      if (busnummer && normalize(busnummer) !== normalize(adres.busnummer)) continue;
      const score = round(100 * straat * (!busnummer && adres.busnummer ? ZONDER_BUS : 1));
      adresMatches.push({ ...withoutContext(adres), detail: `${API}/adressen/${adres.identificator.objectId}`, score });
    }
    if (adresMatches.length === 0) {
      for (const { adres, score } of straten.values()) adresMatches.push({ gemeente: adres.gemeente, straatnaam: adres.straatnaam, score });
    }
    adresMatches.sort((a, b) => (b.score as number) - (a.score as number));
    sendJson(res, 200, {
      '@context': 'https://docs.basisregisters.vlaanderen.be/context/adresmatch/2023-03-13/adresmatch.jsonld',
      adresMatches: adresMatches.slice(0, MAX_MATCHES),
      warnings: [],
    });
  }

  return {
    prefix: 'basisregisters',
    name: 'Gebouwen- en Adressenregister (sandbox)',
    handle(req, res, url) {
      if (req.method !== 'GET') return false;
      if (url.pathname === '/v2/adresmatch') {
        adresmatch(res, url);
        return true;
      }
      if (url.pathname === '/v2/gebouweenheden') {
        eenheden(res, url);
        return true;
      }
      const detail = /^\/v2\/adressen\/([^/]+)$/.exec(url.pathname);
      if (detail) {
        const adresId = decodeURIComponent(detail[1]!);
        const adres = byId.get(adresId) ?? synthetisch?.adres(adresId);
        if (adres) sendJson(res, 200, adres, { 'content-type': 'application/ld+json' });
        else problem(res, 404, 'Onbestaand adres.', 'Het adres werd niet gevonden.', url.pathname);
        return true;
      }
      return false;
    },
  };
}
