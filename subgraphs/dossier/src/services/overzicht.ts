import type { AuditCollector } from '../audit/collector.js';
import type { Repositories } from '../repositories/index.js';
import { LopendeZakenService } from './lopende-zaken.service.js';
import { MedewerkerService } from './medewerker.service.js';
import type { StatistiekOpties, ZakenOpties } from './overzicht-opties.js';
import { StatistiekService } from './statistiek.service.js';
import type { Toegang } from './toegang.js';
import type { Transact } from './transactie.js';

/** The services for the hub's outside users (issue 6): Mijn Burgerprofiel, analysts, and the staff directory. */
export interface OverzichtServices {
  lopendeZaken: LopendeZakenService;
  statistieken: StatistiekService;
  medewerkers: MedewerkerService;
}

export interface OverzichtDeps {
  toegang: Toegang;
  audit: AuditCollector;
  repos: Repositories;
  transact: Transact;
  now: () => Date;
  zaken: ZakenOpties;
  statistieken: StatistiekOpties;
}

/** These services for one request (with fresh DataLoaders and a fresh cache of figures). */
export function createOverzichtServices(deps: OverzichtDeps): OverzichtServices {
  return {
    lopendeZaken: new LopendeZakenService(deps.toegang, deps.audit, deps.repos, deps.zaken, deps.now),
    statistieken: new StatistiekService(deps.toegang, deps.repos.statistieken, deps.statistieken, deps.now),
    medewerkers: new MedewerkerService(deps.toegang, deps.repos, deps.audit, deps.transact, deps.now),
  };
}
