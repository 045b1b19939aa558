import type { Doelgroep, ProductType, Thema } from '../domain/product.js';

/**
 * The IPDC code lists (codelist-type.ttl, codelist-thema.ttl, codelist-doelgroep.ttl) mapped to the
 * schema's enums. IPDC writes a code as its short name ("BouwenWonen") or as the full concept IRI
 * (https://productencatalogus.data.vlaanderen.be/id/concept/Thema/BouwenWonen); both are understood.
 */

export const TYPE_CODES: Readonly<Record<string, ProductType>> = {
  FinancieleVerplichting: 'FINANCIELE_VERPLICHTING',
  Toelating: 'TOELATING',
  Bewijs: 'BEWIJS',
  Voorwerp: 'VOORWERP',
  AdviesBegeleiding: 'ADVIES_BEGELEIDING',
  InfrastructuurMateriaal: 'INFRASTRUCTUUR_MATERIAAL',
  FinancieelVoordeel: 'FINANCIEEL_VOORDEEL',
};

export const THEMA_CODES: Readonly<Record<string, Thema>> = {
  BurgerOverheid: 'BURGER_OVERHEID',
  CultuurSportVrijeTijd: 'CULTUUR_SPORT_VRIJE_TIJD',
  EconomieWerk: 'ECONOMIE_WERK',
  MilieuEnergie: 'MILIEU_ENERGIE',
  MobiliteitOpenbareWerken: 'MOBILITEIT_OPENBARE_WERKEN',
  OnderwijsWetenschap: 'ONDERWIJS_WETENSCHAP',
  WelzijnGezondheid: 'WELZIJN_GEZONDHEID',
  BouwenWonen: 'BOUWEN_WONEN',
};

export const DOELGROEP_CODES: Readonly<Record<string, Doelgroep>> = {
  Burger: 'BURGER',
  Onderneming: 'ONDERNEMING',
  Organisatie: 'ORGANISATIE',
  VlaamseOverheid: 'VLAAMSE_OVERHEID',
  LokaalBestuur: 'LOKAAL_BESTUUR',
  Vereniging: 'VERENIGING',
};

export type CodeList = 'type' | 'thema' | 'doelgroep';

/** The short code of a code or IRI: what follows the last '/' or '#'. */
export function shortCode(value: string): string {
  const trimmed = value.trim();
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#')) + 1);
}

/** Looks a code up in a table; undefined when the table does not know it. */
export function mapCode<T>(table: Readonly<Record<string, T>>, value: string): T | undefined {
  const code = shortCode(value);
  return Object.hasOwn(table, code) ? table[code] : undefined;
}
