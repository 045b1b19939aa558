import { badUserInput } from '@hub/shared';
import { isDatum } from '../domain/datum.js';
import type { Doelgroep, ProductType, Thema } from '../domain/product.js';
import { normaliseer } from '../domain/zoektekst.js';
import type { Taal } from './taal.js';

/** The arguments of `Query.producten` as the schema gives them. */
export interface ProductenArgs {
  thema?: Thema | null;
  type?: ProductType | null;
  doelgroep?: Doelgroep | null;
  gemeente?: string | null;
  geldigOp?: string | null;
  zoekterm?: string | null;
  zoektaal?: Taal | null;
  limiet?: number | null;
  vanaf?: number | null;
}

/** Where a search term is looked for: every language, or one variant with its fallback. */
export type Zoektaal = Taal | 'ALLE';

/** A validated filter. */
export interface ProductFilter {
  thema?: Thema;
  type?: ProductType;
  doelgroep?: Doelgroep;
  /** The gemeente's NUTS/LAU code and every larger area that contains it (upper case). */
  gebieden?: string[];
  /** YYYY-MM-DD: the service runs on that day. */
  geldigOp?: string;
  /** Normalised search words (lower case, no accents); every one must occur. */
  woorden: string[];
  zoektaal: Zoektaal;
  limiet: number;
  vanaf: number;
}

export const MAX_LIMIET = 500;
const NUTS_OR_LAU = /^BE[0-9A-Z]{0,10}$/;

/** Checks the arguments; bad input is a BAD_USER_INPUT error naming the argument. */
export function productFilter(args: ProductenArgs): ProductFilter {
  const filter: ProductFilter = { woorden: [], zoektaal: 'ALLE', limiet: args.limiet ?? 100, vanaf: args.vanaf ?? 0 };
  if (args.thema) filter.thema = args.thema;
  if (args.type) filter.type = args.type;
  if (args.doelgroep) filter.doelgroep = args.doelgroep;
  if (args.gemeente != null) {
    const code = args.gemeente.trim().toUpperCase();
    if (!NUTS_OR_LAU.test(code)) {
      throw badUserInput('gemeente moet een Belgische NUTS- of LAU-code zijn, bv. BE24224062 voor Leuven.', { argument: 'gemeente' });
    }
    filter.gebieden = gebiedEnOmvattende(code);
  }
  if (args.geldigOp != null) {
    const dag = args.geldigOp.trim();
    if (!isDatum(dag)) throw badUserInput('geldigOp moet een datum zijn als JJJJ-MM-DD, bv. 2026-03-15.', { argument: 'geldigOp' });
    filter.geldigOp = dag;
  }
  if (args.zoekterm != null) {
    const term = args.zoekterm.trim();
    if (term.length < 2 || term.length > 100) {
      throw badUserInput('zoekterm moet 2 tot 100 tekens lang zijn.', { argument: 'zoekterm' });
    }
    filter.woorden = [...new Set(normaliseer(term).split(/\s+/).filter(Boolean))];
  }
  if (args.zoektaal) filter.zoektaal = args.zoektaal;
  if (!Number.isInteger(filter.limiet) || filter.limiet < 1 || filter.limiet > MAX_LIMIET) {
    throw badUserInput(`limiet moet tussen 1 en ${MAX_LIMIET} liggen.`, { argument: 'limiet' });
  }
  if (!Number.isInteger(filter.vanaf) || filter.vanaf < 0) {
    throw badUserInput('vanaf mag niet negatief zijn.', { argument: 'vanaf' });
  }
  return filter;
}

/**
 * The areas whose products apply in a gemeente: its own code and every larger area that contains it.
 * NUTS and LAU codes nest by prefix: BE (België) ⊃ BE2 (Vlaams Gewest) ⊃ BE24 (Vlaams-Brabant) ⊃
 * BE242 (arrondissement Leuven) ⊃ BE24224062 (Leuven).
 */
export function gebiedEnOmvattende(code: string): string[] {
  const upper = code.toUpperCase();
  return Array.from({ length: Math.max(upper.length - 1, 0) }, (_, i) => upper.slice(0, i + 2));
}
