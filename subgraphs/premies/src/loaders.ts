import DataLoader from 'dataloader';
import type { Inkomensopgave } from './entities/inkomensopgave.js';
import type { InkomensopgaveRepository } from './repositories/inkomensopgave-repository.js';

/** Per request: the declarations of all citizens asked for in one tick, in one query. */
export function createInkomensopgaveLoader(repository: InkomensopgaveRepository): DataLoader<string, Inkomensopgave | null> {
  return new DataLoader(async (burgerIds) => {
    const rows = await repository.findByBurgerIds(burgerIds);
    const byId = new Map(rows.map((row) => [row.burgerId.toLowerCase(), row]));
    return burgerIds.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
}
