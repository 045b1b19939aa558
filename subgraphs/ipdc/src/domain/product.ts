/**
 * The product catalogue's domain model: an IPDC instance as the hub uses it, independent of the
 * JSON-LD wire format (see clients/mapping.ts). Enum values are the GraphQL enum values.
 */

export type ProductType =
  | 'FINANCIELE_VERPLICHTING'
  | 'TOELATING'
  | 'BEWIJS'
  | 'VOORWERP'
  | 'ADVIES_BEGELEIDING'
  | 'INFRASTRUCTUUR_MATERIAAL'
  | 'FINANCIEEL_VOORDEEL';

export type Thema =
  | 'BURGER_OVERHEID'
  | 'CULTUUR_SPORT_VRIJE_TIJD'
  | 'ECONOMIE_WERK'
  | 'MILIEU_ENERGIE'
  | 'MOBILITEIT_OPENBARE_WERKEN'
  | 'ONDERWIJS_WETENSCHAP'
  | 'WELZIJN_GEZONDHEID'
  | 'BOUWEN_WONEN';

export type Doelgroep = 'BURGER' | 'ONDERNEMING' | 'ORGANISATIE' | 'VLAAMSE_OVERHEID' | 'LOKAAL_BESTUUR' | 'VERENIGING';

/** A text per IPDC language tag (lower case), e.g. `{ nl: '...', 'nl-be-x-informal': '...' }`. */
export type Teksten = Readonly<Record<string, string>>;

/** A named text block (voorwaarde, kost, financieel voordeel, ...). */
export interface Tekstblok {
  naam: Teksten;
  beschrijving: Teksten;
}

export interface Website extends Tekstblok {
  url: string;
}

export interface Voorwaarde extends Tekstblok {
  bewijs?: Tekstblok;
}

export interface Procedure extends Tekstblok {
  websites: Website[];
}

export interface Regelgeving extends Tekstblok {
  url?: string;
}

export interface Contactadres {
  straatnaam?: string;
  huisnummer?: string;
  busnummer?: string;
  postcode?: string;
  gemeentenaam?: string;
  land?: string;
}

export interface Contactpunt {
  email?: string;
  telefoonnummer?: string;
  url?: string;
  openingsuren?: string;
  adres?: Contactadres;
}

export interface Product {
  /** The uuid of the instance: the last segment of `uri`. */
  id: string;
  /** The instance IRI, http://data.lblod.info/id/public-service/{uuid}. */
  uri: string;
  productnummer?: string;
  naam: Teksten;
  beschrijving: Teksten;
  verdereBeschrijving: Teksten;
  uitzonderingen: Teksten;
  type?: ProductType;
  themas: Thema[];
  doelgroepen: Doelgroep[];
  /** NUTS/LAU codes, e.g. BE24224062 (Leuven). */
  geografischToepassingsgebieden: string[];
  geldigVanaf?: string;
  geldigTot?: string;
  laatstGewijzigd?: string;
  /** Keywords per language tag. */
  zoektermen: Readonly<Record<string, readonly string[]>>;
  websites: Website[];
  voorwaarden: Voorwaarde[];
  procedures: Procedure[];
  kosten: Tekstblok[];
  financieleVoordelen: Tekstblok[];
  regelgeving: Regelgeving[];
  contactpunten: Contactpunt[];
}

/** A product as IPDC currently publishes it, with its archive flag. */
export interface ProductVersie {
  /** An archived product is no longer offered; its content may be nearly empty. */
  gearchiveerd: boolean;
  product: Product;
}

/** One member of the instance snapshot feed: a version of a product at a point in time. */
export interface ProductSnapshot extends ProductVersie {
  /** The snapshot's own IRI. */
  snapshotUri: string;
  /** When the snapshot was made (ISO-8601); the newest snapshot of a product wins. */
  generatedAtTime: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);
