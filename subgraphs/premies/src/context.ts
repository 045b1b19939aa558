import type { BaseContext } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { createInkomensopgaveLoader } from './loaders.js';
import type { Regelset } from './regels/regelset.js';
import { InkomensopgaveRepository } from './repositories/inkomensopgave-repository.js';
import { datumInBelgie } from './services/datum.js';
import { PremieService } from './services/premie-service.js';

/** What the premies resolvers get: the base context and this request's premie service (with its DataLoader). */
export interface Context extends BaseContext {
  premies: PremieService;
}

/** Builds each request's context: fresh DataLoaders, so that nothing is cached across requests. */
export function contextFactory(deps: { dataSource: DataSource; regelset: Regelset; now: () => Date }) {
  const repository = new InkomensopgaveRepository(deps.dataSource);
  return (base: BaseContext): Context => ({
    ...base,
    premies: new PremieService({
      identity: base.identity,
      regelset: deps.regelset,
      inkomensopgaven: createInkomensopgaveLoader(repository),
      vandaag: () => datumInBelgie(deps.now()),
    }),
  });
}
