import type { BaseContext } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { createAanvraagLoaders } from './aanvraag-loaders.js';
import { createAdviesVastlegger, createInkomensopgaveLoader } from './loaders.js';
import type { Regelset } from './regels/regelset.js';
import { PremieAanvraagRepository } from './repositories/aanvraag-repository.js';
import { PremieAdviesRepository } from './repositories/advies-repository.js';
import { InkomensopgaveRepository } from './repositories/inkomensopgave-repository.js';
import { PremieStatistiekRepository } from './repositories/statistiek-repository.js';
import { AanvraagService } from './services/aanvraag-service.js';
import { datumInBelgie } from './services/datum.js';
import { PremieService } from './services/premie-service.js';
import { PremieStatistiekService } from './services/statistiek/premie-statistiek.js';

/** What the premies resolvers get: the base context and this request's premie service (with its DataLoader). */
export interface Context extends BaseContext {
  premies: PremieService;
  /** Mijn VerbouwPremie applications: drafts, submission, reading. */
  aanvragen: AanvraagService;
  /** The premie figures of the analysts' statistics. */
  statistiek: PremieStatistiekService;
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
  const adviesRepository = new PremieAdviesRepository(deps.dataSource);
  const statistiekRepository = new PremieStatistiekRepository(deps.dataSource);
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
        legAdviesVast: createAdviesVastlegger(adviesRepository, deps.now, base.logger),
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
      statistiek: new PremieStatistiekService(base.identity, statistiekRepository),
    };
  };
}
