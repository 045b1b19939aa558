import { badUserInput } from '@hub/shared';
import { z } from 'zod';
import type { StatistiekFilterNorm } from '../repositories/statistiek.repository.js';
import { postcode } from './invoer.js';

/** The filter as the client gives it (`StatistiekFilter`). */
export interface StatistiekFilterInvoer {
  van?: string | null;
  tot?: string | null;
  postcodes?: readonly string[] | null;
}

/** The most postcodes in one filter. */
export const MAX_POSTCODES = 50;

const DAG = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks and normalises a filter: `van` not after `tot`, postcodes valid, sorted and without doubles.
 * BAD_USER_INPUT with `extensions.field` otherwise.
 */
export function normaliseerFilter(filter: StatistiekFilterInvoer | null | undefined, prefix = 'filter'): StatistiekFilterNorm {
  const van = filter?.van ?? null;
  const tot = filter?.tot ?? null;
  for (const [veld, dag] of [['van', van], ['tot', tot]] as const) {
    if (dag !== null && (!DAG.test(dag) || new Date(`${dag}T00:00:00Z`).toISOString().slice(0, 10) !== dag)) {
      throw badUserInput(`'${prefix}.${veld}' is geen kalenderdag (JJJJ-MM-DD).`, { field: `${prefix}.${veld}` });
    }
  }
  if (van !== null && tot !== null && tot < van) {
    throw badUserInput(`'${prefix}.tot' (${tot}) ligt voor '${prefix}.van' (${van}).`, { field: `${prefix}.tot` });
  }
  let postcodes: string[] | null = null;
  if (filter?.postcodes != null) {
    const field = `${prefix}.postcodes`;
    if (filter.postcodes.length === 0) throw badUserInput(`'${field}' mag niet leeg zijn: laat de filter weg voor alle postcodes.`, { field });
    postcodes = [...new Set(filter.postcodes.map((p) => postcode(p, field)))].sort();
    if (postcodes.length > MAX_POSTCODES) throw badUserInput(`'${field}' telt hoogstens ${MAX_POSTCODES} postcodes.`, { field });
  }
  return { van, tot, postcodes };
}

/** The canonical key of a filter: JSON with van, tot, postcodes in this order (see `Statistieken.sleutel`). */
export function statistiekSleutel(filter: StatistiekFilterNorm): string {
  return JSON.stringify({ van: filter.van, tot: filter.tot, postcodes: filter.postcodes });
}

const SleutelVorm = z.strictObject({
  van: z.string().nullable(),
  tot: z.string().nullable(),
  postcodes: z.array(z.string()).nullable(),
});

/** The filter of a key (a reference from another subgraph); only a canonical key is accepted. */
export function filterVanSleutel(sleutel: string): StatistiekFilterNorm {
  const fout = () => badUserInput(`Ongeldige sleutel van Statistieken: verwacht bv. {"van":"2026-01-01","tot":null,"postcodes":null}.`, { field: 'sleutel' });
  let json: unknown;
  try {
    json = JSON.parse(sleutel);
  } catch {
    throw fout();
  }
  const vorm = SleutelVorm.safeParse(json);
  if (!vorm.success) throw fout();
  const filter = normaliseerFilter(vorm.data, 'sleutel');
  if (statistiekSleutel(filter) !== sleutel) throw fout();
  return filter;
}
