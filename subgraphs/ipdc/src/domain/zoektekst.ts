import type { Product } from './product.js';
import { kiesLijst, kiesTekst, type Taal } from '../services/taal.js';

/**
 * What the replica searches and sorts on, derived from a product when it is stored: names and
 * keywords, normalised so that a search ignores case and accents ("energiehuis" finds "Energiehuis",
 * "premie" finds "Prémie").
 */

/** Lower case without accents. */
export function normaliseer(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** The search text over every language: all names and keywords. */
export function zoektekst(product: Product): string {
  return normaliseer([...Object.values(product.naam), ...Object.values(product.zoektermen).flat()].join('\n'));
}

/** The search text of one language variant, with the fallback of `Taal`. */
export function zoektekstIn(product: Product, taal: Taal): string {
  return normaliseer([kiesTekst(product.naam, taal) ?? '', ...kiesLijst(product.zoektermen, taal)].join('\n'));
}

/** The key the catalogue is sorted on: the Dutch name (with its fallback), normalised; the URI when there is no name. */
export function sorteernaam(product: Product): string {
  return normaliseer(kiesTekst(product.naam, 'NL') ?? product.uri);
}
