import DataLoader from 'dataloader';
import type { Logger } from '@hub/shared';
import type { Inkomensopgave } from './entities/inkomensopgave.js';
import type { PremieAdviesRepository, VastTeLeggenAdvies } from './repositories/advies-repository.js';
import type { InkomensopgaveRepository } from './repositories/inkomensopgave-repository.js';

/** Per request: the declarations of all citizens asked for in one tick, in one query. */
export function createInkomensopgaveLoader(repository: InkomensopgaveRepository): DataLoader<string, Inkomensopgave | null> {
  return new DataLoader(async (burgerIds) => {
    const rows = await repository.findByBurgerIds(burgerIds);
    const byId = new Map(rows.map((row) => [row.burgerId.toLowerCase(), row]));
    return burgerIds.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
}

/**
 * Per request: records the advice of the dossiers advised in one tick in one statement (a list of 50
 * dossiers costs one write, not 50). Recording is for the statistics only: when it fails, the failure is
 * logged and the advice is still returned.
 */
export function createAdviesVastlegger(repository: PremieAdviesRepository, now: () => Date, logger: Logger): (advies: VastTeLeggenAdvies) => Promise<void> {
  const loader = new DataLoader<VastTeLeggenAdvies, true>(
    async (adviezen) => {
      await repository.legVast(adviezen, now());
      return adviezen.map(() => true as const);
    },
    { cache: false },
  );
  return async (advies) => {
    try {
      await loader.load(advies);
    } catch (err) {
      logger.warn({ err }, 'premie advice not recorded for the statistics');
    }
  };
}
