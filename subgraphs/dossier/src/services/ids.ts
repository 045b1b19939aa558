import { badUserInput } from '@hub/shared';
import { isUuid } from '../domain.js';

/** Refuses an id that cannot be one of ours before it reaches SQL (a uuid column would choke on it). */
export function requireId(id: string, what: string): string {
  if (!isUuid(id)) throw badUserInput(`Ongeldig ${what}-id: verwacht een UUID.`, { argument: 'id' });
  return id;
}
