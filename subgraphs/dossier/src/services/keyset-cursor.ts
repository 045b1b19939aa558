import { badUserInput } from '@hub/shared';
import { isUuid } from '../domain.js';

/**
 * Opaque cursors for keyset pagination on (a moment, an id), for the lists of this part of the CRM
 * (the inbox, the audit trail). `kind` names the list, so that a cursor of one list is refused by another.
 */
export function encodeKeyset(kind: string, at: Date, id: string): string {
  return Buffer.from(`${kind}|${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

export function decodeKeyset(kind: string, cursor: string): { at: Date; id: string } {
  const refuse = () => badUserInput("Ongeldige cursor: geef de 'endCursor' van een vorige pagina als 'after'.", { argument: 'after' });
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  const [prefix, iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (prefix !== kind || iso === undefined || id === undefined || rest.length > 0 || !isUuid(id)) throw refuse();
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || at.toISOString() !== iso) throw refuse();
  return { at, id };
}
