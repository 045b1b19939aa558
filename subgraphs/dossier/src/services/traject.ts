import type { Logger } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import type { DocumentStore } from '../documents/store.js';
import { createJourneyLoaders } from '../journey-loaders.js';
import type { Repositories } from '../repositories/index.js';
import type { BurgerService } from './burger.service.js';
import { DocumentService, type DocumentConfig } from './document.service.js';
import { DossierLijstService } from './dossier-lijst.service.js';
import type { DossierService } from './dossier.service.js';
import { FactuurService } from './factuur.service.js';
import { Inzage } from './inzage.js';
import { MaatregelBeheerService } from './maatregel-beheer.service.js';
import { MijlpaalService } from './mijlpaal.service.js';
import { OfferteService } from './offerte.service.js';
import { OpvolgingService } from './opvolging.service.js';
import type { ToestemmingService } from './toestemming.service.js';
import type { Toegang } from './toegang.js';
import type { Transact } from './transactie.js';
import { TrajectWijzigingen } from './traject-wijziging.js';

/** The services of the journey's records (issue 3, part 2), per request. */
export interface TrajectServices {
  maatregelBeheer: MaatregelBeheerService;
  offertes: OfferteService;
  facturen: FactuurService;
  documenten: DocumentService;
  mijlpalen: MijlpaalService;
  dossierLijst: DossierLijstService;
  opvolging: OpvolgingService;
}

export interface TrajectServiceDeps {
  toegang: Toegang;
  repos: Repositories;
  transact: Transact;
  audit: AuditCollector;
  clock: () => Date;
  logger: Logger;
  documentStore: DocumentStore;
  documentConfig: DocumentConfig;
  dossiers: DossierService;
  burgers: BurgerService;
  toestemmingen: ToestemmingService;
}

/** The journey services of one request, with fresh DataLoaders. */
export function createTrajectServices(deps: TrajectServiceDeps): TrajectServices {
  const loaders = createJourneyLoaders(deps.repos);
  const w = new TrajectWijzigingen({ toegang: deps.toegang, repos: deps.repos, transact: deps.transact, audit: deps.audit, clock: deps.clock });
  const inzage = new Inzage(deps.toegang, deps.toestemmingen, deps.burgers);
  return {
    maatregelBeheer: new MaatregelBeheerService(w, deps.repos),
    offertes: new OfferteService(w, deps.repos, loaders, inzage, deps.clock),
    facturen: new FactuurService(w, deps.repos, loaders, inzage, deps.clock),
    documenten: new DocumentService(w, deps.repos, loaders, inzage, deps.documentStore, deps.audit, deps.clock, deps.documentConfig, deps.logger),
    mijlpalen: new MijlpaalService(w, loaders, inzage),
    dossierLijst: new DossierLijstService(deps.toegang, deps.repos, deps.clock, deps.audit, deps.dossiers),
    opvolging: new OpvolgingService(w, deps.clock),
  };
}
