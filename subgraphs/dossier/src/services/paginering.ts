import { badUserInput } from '@hub/shared';
import { isUuid } from '../domain.js';
import type { DossierListPosition } from '../repositories/index.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The page size asked for: 1..100; the default when the client sent null. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`'first' moet tussen 1 en ${MAX_PAGE_SIZE} liggen.`, { argument: 'first', min: 1, max: MAX_PAGE_SIZE });
  }
  return first;
}

const CURSOR_VERSION = 'd1';

/**
 * An opaque cursor for a position in the dossier list (laatste_wijziging desc, id desc). Clients must
 * not build or read one; the format may change (the version prefix lets an old cursor be refused).
 */
export function encodeCursor(position: DossierListPosition): string {
  return Buffer.from(`${CURSOR_VERSION}|${position.laatsteWijziging.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): DossierListPosition {
  const refuse = () => badUserInput("Ongeldige cursor: geef de 'endCursor' van een vorige pagina als 'after'.", { argument: 'after' });
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  const [version, iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (version !== CURSOR_VERSION || iso === undefined || id === undefined || rest.length > 0 || !isUuid(id)) throw refuse();
  const laatsteWijziging = new Date(iso);
  if (Number.isNaN(laatsteWijziging.getTime()) || laatsteWijziging.toISOString() !== iso) throw refuse();
  return { laatsteWijziging, id };
}
