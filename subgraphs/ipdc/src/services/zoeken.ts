import { badUserInput } from '@hub/shared';
import type { Doelgroep, Product, ProductType, Thema } from '../domain/product.js';
import { kiesTekst } from './taal.js';

/** The arguments of `Query.producten` as the schema gives them. */
export interface ProductenArgs {
  thema?: Thema | null;
  type?: ProductType | null;
  doelgroep?: Doelgroep | null;
  gemeente?: string | null;
  zoekterm?: string | null;
  limiet?: number | null;
  vanaf?: number | null;
}

/** A validated filter. */
export interface ProductFilter {
  thema?: Thema;
  type?: ProductType;
  doelgroep?: Doelgroep;
  /** Upper-case NUTS/LAU code. */
  gemeente?: string;
  /** Normalised search words (lower case, no accents). */
  woorden: string[];
  limiet: number;
  vanaf: number;
}

export const MAX_LIMIET = 500;
const NUTS_OR_LAU = /^BE[0-9A-Z]{0,10}$/;

/** Checks the arguments; bad input is a BAD_USER_INPUT error naming the argument. */
export function productFilter(args: ProductenArgs): ProductFilter {
  const filter: ProductFilter = { woorden: [], limiet: args.limiet ?? 100, vanaf: args.vanaf ?? 0 };
  if (args.thema) filter.thema = args.thema;
  if (args.type) filter.type = args.type;
  if (args.doelgroep) filter.doelgroep = args.doelgroep;
  if (args.gemeente != null) {
    const code = args.gemeente.trim().toUpperCase();
    if (!NUTS_OR_LAU.test(code)) {
      throw badUserInput('gemeente moet een Belgische NUTS- of LAU-code zijn, bv. BE24224062 voor Leuven.', { argument: 'gemeente' });
    }
    filter.gemeente = code;
  }
  if (args.zoekterm != null) {
    const term = args.zoekterm.trim();
    if (term.length < 2 || term.length > 100) {
      throw badUserInput('zoekterm moet 2 tot 100 tekens lang zijn.', { argument: 'zoekterm' });
    }
    filter.woorden = normalise(term).split(/\s+/).filter(Boolean);
  }
  if (!Number.isInteger(filter.limiet) || filter.limiet < 1 || filter.limiet > MAX_LIMIET) {
    throw badUserInput(`limiet moet tussen 1 en ${MAX_LIMIET} liggen.`, { argument: 'limiet' });
  }
  if (!Number.isInteger(filter.vanaf) || filter.vanaf < 0) {
    throw badUserInput('vanaf mag niet negatief zijn.', { argument: 'vanaf' });
  }
  return filter;
}

/**
 * Whether a product applies in a gemeente: one of its areas is the gemeente's code or a larger area
 * that contains it. NUTS and LAU codes nest by prefix: BE2 (Vlaams Gewest) ⊃ BE24 (Vlaams-Brabant) ⊃
 * BE242 (arrondissement Leuven) ⊃ BE24224062 (Leuven).
 */
export function geldtIn(product: Product, gemeente: string): boolean {
  return product.geografischToepassingsgebieden.some((gebied) => gemeente.startsWith(gebied.toUpperCase()));
}

/** Whether every search word occurs in the product's name or keywords, in any language. */
export function vindt(product: Product, woorden: readonly string[]): boolean {
  if (woorden.length === 0) return true;
  const haystack = normalise([...Object.values(product.naam), ...Object.values(product.zoektermen).flat()].join('\n'));
  return woorden.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The products that pass the filter, alphabetically on their Dutch name, paged. */
export function zoekProducten(producten: readonly Product[], filter: ProductFilter): Product[] {
  return producten
    .filter(
      (p) =>
        (!filter.thema || p.themas.includes(filter.thema)) &&
        (!filter.type || p.type === filter.type) &&
        (!filter.doelgroep || p.doelgroepen.includes(filter.doelgroep)) &&
        (!filter.gemeente || geldtIn(p, filter.gemeente)) &&
        vindt(p, filter.woorden),
    )
    .map((p) => ({ p, naam: kiesTekst(p.naam, 'NL') ?? '' }))
    .sort((a, b) => collator.compare(a.naam, b.naam) || a.p.id.localeCompare(b.p.id))
    .slice(filter.vanaf, filter.vanaf + filter.limiet)
    .map(({ p }) => p);
}

/** Lower case without accents, so that "energiehuis" finds "Energiehuis" and "premie" finds "Prémie". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
