import type { BaseContext } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { createAanvraagLoaders } from './aanvraag-loaders.js';
import { createInkomensopgaveLoader } from './loaders.js';
import type { Regelset } from './regels/regelset.js';
import { PremieAanvraagRepository } from './repositories/aanvraag-repository.js';
import { InkomensopgaveRepository } from './repositories/inkomensopgave-repository.js';
import { AanvraagService } from './services/aanvraag-service.js';
import { datumInBelgie } from './services/datum.js';
import { PremieService } from './services/premie-service.js';

/** What the premies resolvers get: the base context and this request's premie service (with its DataLoader). */
export interface Context extends BaseContext {
  premies: PremieService;
  /** Mijn VerbouwPremie applications: drafts, submission, reading. */
  aanvragen: AanvraagService;
}

/** Builds each request's context: fresh DataLoaders, so that nothing is cached across requests. */
export function contextFactory(deps: {
  dataSource: DataSource;
  regelset: Regelset;
  now: () => Date;
  /** Signs the drafts of applications, and how long they can be submitted. */
  voorstel: { secret: string; geldigheidMs: number };
}) {
  const repository = new InkomensopgaveRepository(deps.dataSource);
  const aanvraagRepository = new PremieAanvraagRepository(deps.dataSource);
  return (base: BaseContext): Context => {
    const inkomensopgaven = createInkomensopgaveLoader(repository);
    const aanvraagLoaders = createAanvraagLoaders(aanvraagRepository);
    const vandaag = () => datumInBelgie(deps.now());
    return {
      ...base,
      premies: new PremieService({
        identity: base.identity,
        regelset: deps.regelset,
        inkomensopgaven,
        aanvragenVanMaatregel: aanvraagLoaders.byMaatregel,
        vandaag,
      }),
      aanvragen: new AanvraagService({
        identity: base.identity,
        requestId: base.requestId,
        logger: base.logger,
        dataSource: deps.dataSource,
        regelset: deps.regelset,
        repository: aanvraagRepository,
        loaders: aanvraagLoaders,
        inkomensopgaven,
        voorstel: deps.voorstel,
        now: deps.now,
        vandaag,
      }),
    };
  };
}
