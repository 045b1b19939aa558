import { badUserInput } from '@hub/shared';
import type { AdresDetail, AdresMatch, AdresMatchQuery } from '../clients/adressenregister.js';
import type { AdresKandidaatModel, AdresModel, AdresZoekvraag } from '../models.js';

/** An address register objectId: a positive whole number. */
const ADRES_ID = /^[1-9]\d{0,11}$/;
const HUISNUMMER = /^[0-9A-Za-z][0-9A-Za-z/_.-]{0,14}$/;
const BUSNUMMER = /^[0-9A-Za-z][0-9A-Za-z/_.-]{0,14}$/;
const POSTCODE = /^[1-9]\d{3}$/;
const MAX_NAAM = 80;

/** Whether a value is an address register objectId (what may go into a register URL). */
export const isAdresId = (adresId: string): boolean => ADRES_ID.test(adresId);

export function valideerAdresId(adresId: string): string {
  if (!isAdresId(adresId)) {
    throw badUserInput('Het adresId moet het objectId van een adres in het adressenregister zijn (een getal).', { field: 'adresId' });
  }
  return adresId;
}

const leegAlsNiets = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** Checks and tidies a typed address before it goes to the adresmatch; every problem is BAD_USER_INPUT with the field. */
export function valideerZoekvraag(input: AdresZoekvraag): AdresMatchQuery {
  const straatnaam = leegAlsNiets(input.straatnaam);
  const huisnummer = leegAlsNiets(input.huisnummer);
  const busnummer = leegAlsNiets(input.busnummer);
  const postcode = leegAlsNiets(input.postcode);
  const gemeentenaam = leegAlsNiets(input.gemeentenaam);
  if (!straatnaam || straatnaam.length > MAX_NAAM) {
    throw badUserInput(`Geef een straatnaam van hoogstens ${MAX_NAAM} tekens.`, { field: 'straatnaam' });
  }
  if (!huisnummer || !HUISNUMMER.test(huisnummer)) {
    throw badUserInput('Geef een huisnummer zoals 12, 12A of 12-14.', { field: 'huisnummer' });
  }
  if (busnummer !== undefined && !BUSNUMMER.test(busnummer)) {
    throw badUserInput('Een busnummer bestaat uit letters en cijfers, bv. 2 of 0.1.', { field: 'busnummer' });
  }
  if (postcode !== undefined && !POSTCODE.test(postcode)) {
    throw badUserInput('Een Belgische postcode bestaat uit 4 cijfers, bv. 3000.', { field: 'postcode' });
  }
  if (gemeentenaam !== undefined && gemeentenaam.length > MAX_NAAM) {
    throw badUserInput(`Een gemeentenaam heeft hoogstens ${MAX_NAAM} tekens.`, { field: 'gemeentenaam' });
  }
  if (postcode === undefined && gemeentenaam === undefined) {
    throw badUserInput('Geef de postcode of de gemeentenaam (of beide).', { field: 'postcode' });
  }
  return { straatnaam, huisnummer, busnummer, postcode, gemeentenaam };
}

const spelling = (naam: { geografischeNaam: { spelling: string } } | null | undefined) => naam?.geografischeNaam.spelling;

/** `<gml:Point ...><gml:pos>173512.3 174101.8</gml:pos></gml:Point>` → { x, y }. */
export function lambert72Punt(gml: string | undefined): { x: number; y: number } | null {
  const match = gml?.match(/<gml:pos>\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*<\/gml:pos>/);
  return match ? { x: Number(match[1]), y: Number(match[2]) } : null;
}

export function naarAdres(detail: AdresDetail): AdresModel {
  return {
    adresId: detail.identificator.objectId,
    volledigAdres: detail.volledigAdres.geografischeNaam.spelling,
    straatnaam: detail.straatnaam.straatnaam.geografischeNaam.spelling,
    huisnummer: detail.huisnummer,
    busnummer: detail.busnummer || null,
    postcode: detail.postinfo.objectId,
    gemeentenaam: detail.gemeente.gemeentenaam.geografischeNaam.spelling,
    status: detail.adresStatus,
    officieelToegekend: detail.officieelToegekend,
    positie: lambert72Punt(detail.adresPositie?.geometrie.gml),
  };
}

/** The one-line address the register would spell, for a match that comes without one. */
function volledigAdresVan(match: AdresMatch): string {
  const straat = [spelling(match.straatnaam?.straatnaam), match.huisnummer, match.busnummer ? `bus ${match.busnummer}` : undefined]
    .filter(Boolean)
    .join(' ');
  const gemeente = [match.postinfo?.objectId, spelling(match.gemeente?.gemeentenaam)].filter(Boolean).join(' ');
  return [straat, gemeente].filter(Boolean).join(', ');
}

/**
 * The candidate addresses of an adresmatch: only matches that are an address (street-level matches have
 * no objectId), each address once, best score first.
 */
export function naarKandidaten(matches: AdresMatch[]): AdresKandidaatModel[] {
  const perAdres = new Map<string, AdresKandidaatModel>();
  for (const match of matches) {
    const adresId = match.identificator?.objectId;
    if (!adresId) continue;
    const known = perAdres.get(adresId);
    if (known && known.score >= match.score) continue;
    perAdres.set(adresId, { score: match.score, adresId, volledigAdres: spelling(match.volledigAdres) ?? volledigAdresVan(match) });
  }
  return [...perAdres.values()].sort((a, b) => b.score - a.score || a.volledigAdres.localeCompare(b.volledigAdres, 'nl'));
}
