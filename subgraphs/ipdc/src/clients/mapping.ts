import type { Contactadres, Contactpunt, Procedure, Product, ProductSnapshot, ProductVersie, Regelgeving, Teksten, Tekstblok, Voorwaarde, Website } from '../domain/product.js';
import { DOELGROEP_CODES, mapCode, shortCode, THEMA_CODES, TYPE_CODES, type CodeList } from './codes.js';
import type {
  AdresLd,
  ContactgegevensLd,
  InstantieLd,
  InstantieSnapshotLd,
  ProcedureLd,
  RegelgevingLd,
  TekstblokLd,
  VoorwaardeLd,
  WebsiteLd,
} from './ipdc-schemas.js';

/** A code the hub does not know: skipped, and reported so that it can be logged. */
export interface UnknownCode {
  list: CodeList;
  code: string;
  productId: string;
}

export type UnknownCodeReporter = (unknown: UnknownCode) => void;

type InstantieContent = Omit<InstantieLd, '@id'>;

/** The uuid at the end of an instance IRI (validated by the schemas). */
export const productIdOf = (iri: string): string => iri.slice(iri.lastIndexOf('/') + 1).toLowerCase();

/** Maps `GET /doc/instantie/{uuid}` to a product version. */
export function instantieToVersie(ld: InstantieLd, report: UnknownCodeReporter): ProductVersie {
  return { gearchiveerd: ld.gearchiveerd, product: toProduct(ld['@id'], ld, report) };
}

/** Maps a member of the snapshot feed; its content describes the product it is a version of. */
export function snapshotToProductSnapshot(ld: InstantieSnapshotLd, report: UnknownCodeReporter): ProductSnapshot {
  return {
    snapshotUri: ld['@id'],
    generatedAtTime: ld.generatedAtTime,
    gearchiveerd: ld.gearchiveerd,
    product: toProduct(ld.isVersionOf, ld, report),
  };
}

function toProduct(uri: string, ld: InstantieContent, report: UnknownCodeReporter): Product {
  const id = productIdOf(uri);
  const known = <T>(list: CodeList, table: Readonly<Record<string, T>>, value: string): T | undefined => {
    const mapped = mapCode(table, value);
    if (mapped === undefined) report({ list, code: value, productId: id });
    return mapped;
  };
  const type = ld.type === undefined ? undefined : known('type', TYPE_CODES, ld.type);
  return {
    id,
    uri,
    ...optional('productnummer', ld.productnummer),
    naam: teksten(ld.naam),
    beschrijving: teksten(ld.beschrijving),
    verdereBeschrijving: teksten(ld.verdereBeschrijving),
    uitzonderingen: teksten(ld.uitzonderingen),
    ...optional('type', type),
    themas: unique(ld.themas.map((c) => known('thema', THEMA_CODES, c))),
    doelgroepen: unique(ld.doelgroepen.map((c) => known('doelgroep', DOELGROEP_CODES, c))),
    geografischToepassingsgebieden: unique(ld.geografischToepassingsgebieden.map(shortCode)),
    ...optional('geldigVanaf', ld.startDienstVerlening),
    ...optional('geldigTot', ld.eindeDienstVerlening),
    ...optional('laatstGewijzigd', ld.laatstGewijzigd),
    zoektermen: zoektermen(ld.zoektermen),
    websites: byOrder(ld.websites).map(website),
    voorwaarden: byOrder(ld.voorwaarden).map(voorwaarde),
    procedures: byOrder(ld.procedures).map(procedure),
    kosten: byOrder(ld.kosten).map(tekstblok),
    financieleVoordelen: byOrder(ld.financieleVoordelen).map(tekstblok),
    regelgeving: byOrder(ld.regelgeving).map(regelgeving),
    contactpunten: byOrder(ld.contactgegevens).map(contactpunt),
  };
}

/** A language map with lower-case tags (JSON-LD tags are case-insensitive) and without empty texts. */
export function teksten(map: Record<string, string> | undefined): Teksten {
  const result: Record<string, string> = {};
  for (const [tag, text] of Object.entries(map ?? {})) {
    if (text.trim() !== '') result[tag.toLowerCase()] = text;
  }
  return result;
}

function zoektermen(map: Record<string, string | string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [tag, value] of Object.entries(map ?? {})) {
    const terms = (Array.isArray(value) ? value : [value]).map((t) => t.trim()).filter(Boolean);
    if (terms.length) result[tag.toLowerCase()] = terms;
  }
  return result;
}

const tekstblok = (ld: TekstblokLd): Tekstblok => ({ naam: teksten(ld.naam), beschrijving: teksten(ld.beschrijving) });

const website = (ld: WebsiteLd): Website => ({ ...tekstblok(ld), url: ld.url });

const voorwaarde = (ld: VoorwaardeLd): Voorwaarde => ({ ...tekstblok(ld), ...(ld.bewijs ? { bewijs: tekstblok(ld.bewijs) } : {}) });

const procedure = (ld: ProcedureLd): Procedure => ({ ...tekstblok(ld), websites: byOrder(ld.websites).map(website) });

const regelgeving = (ld: RegelgevingLd): Regelgeving => ({ ...tekstblok(ld), ...optional('url', ld.url) });

function contactpunt(ld: ContactgegevensLd): Contactpunt {
  const adres = Array.isArray(ld.adres) ? ld.adres[0] : ld.adres;
  return {
    ...optional('email', ld.email),
    ...optional('telefoonnummer', ld.telefoonnummer),
    ...optional('url', ld.url),
    ...optional('openingsuren', ld.openingsuren),
    ...(adres ? { adres: contactadres(adres) } : {}),
  };
}

function contactadres(ld: AdresLd): Contactadres {
  // Address parts are language maps; the Dutch spelling is the one the register keeps.
  const nl = (map: Record<string, string> | undefined) => {
    const t = teksten(map);
    return t.nl ?? Object.values(t)[0];
  };
  return {
    ...optional('straatnaam', nl(ld.straatnaam)),
    ...optional('huisnummer', ld.huisnummer),
    ...optional('busnummer', ld.busnummer),
    ...optional('postcode', ld.postcode),
    ...optional('gemeentenaam', nl(ld.gemeentenaam)),
    ...optional('land', nl(ld.land)),
  };
}

/** Items in the provider's order (`sh:order`); items without an order keep their place after the others. */
function byOrder<T extends { order?: number | undefined }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.order ?? Infinity) - (b.item.order ?? Infinity) || a.index - b.index)
    .map(({ item }) => item);
}

function unique<T>(values: Array<T | undefined>): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined))];
}

/** `{ key: value }` when the value is set, else `{}` (exactOptionalPropertyTypes-friendly). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}
