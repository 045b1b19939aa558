import type { Identity } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { AuditCollector } from '../audit/collector.js';
import { createLifecycleLoaders } from '../lifecycle-loaders.js';
import { createLoaders } from '../loaders.js';
import type { Repositories } from '../repositories/index.js';
import { AuditTrailService } from './audit-trail.service.js';
import { BurgerService } from './burger.service.js';
import { DossierLevensloopService } from './dossier-levensloop.service.js';
import { DossierService } from './dossier.service.js';
import { MaatregelService } from './maatregel.service.js';
import { OpmerkingService } from './opmerking.service.js';
import { PartnerService } from './partner.service.js';
import { Toegang } from './toegang.js';
import { ToestemmingService } from './toestemming.service.js';
import { transactOn, type Transact } from './transactie.js';
import { VraagRegistratieService } from './vraag-registratie.service.js';
import { VraagService } from './vraag.service.js';
import { WoningService } from './woning.service.js';

export { BurgerService, DossierService, MaatregelService, Toegang, VraagService, WoningService };
export { AuditTrailService, DossierLevensloopService, OpmerkingService, PartnerService, ToestemmingService, VraagRegistratieService };
export type { DossierScope, WoningScope } from './toegang.js';

export interface Services {
  toegang: Toegang;
  /** The audit log of this request: `record` for reads and refusals, `recordIn` for changes (src/audit). */
  audit: AuditCollector;
  burgers: BurgerService;
  dossiers: DossierService;
  maatregelen: MaatregelService;
  vragen: VraagService;
  woningen: WoningService;
  /** Consent, and the per-kind checks of what a partner sees (`vereisInzage`, `magPartnerZien`). */
  toestemmingen: ToestemmingService;
  vraagRegistratie: VraagRegistratieService;
  levensloop: DossierLevensloopService;
  partners: PartnerService;
  opmerkingen: OpmerkingService;
  auditTrail: AuditTrailService;
}

/** What the services of a request run on besides the repositories. */
export interface ServiceInfra {
  dataSource: DataSource;
  requestId: string;
  /** The clock (injectable for tests). */
  now: () => Date;
}

/** The services of one request, for one caller, with fresh DataLoaders. */
export function createServices(repos: Repositories, identity: Identity, infra: ServiceInfra): Services {
  const toegang = new Toegang(identity);
  const loaders = createLoaders(repos, {
    scope: () => toegang.dossierScope(),
    burgerInsz: toegang.ownInsz(),
    begeleiderSub: toegang.begeleiderSub(),
    partnerOrganisatie: toegang.partnerOrganisatie(),
  });
  const lifecycle = createLifecycleLoaders(repos, infra.dataSource.manager, toegang.partnerOrganisatie());
  const audit = new AuditCollector(identity, infra.requestId, repos.audit, infra.now);
  const transact: Transact = transactOn(infra.dataSource);
  const dossiers = new DossierService(toegang, loaders, { audit, lifecycle });
  const toestemmingen = new ToestemmingService(toegang, dossiers, loaders, lifecycle, audit, transact, infra.now);
  const burgers = new BurgerService(toegang, loaders, { audit, lifecycle, toestemmingen });
  const vragen = new VraagService(toegang, loaders, burgers, dossiers, { audit, toestemmingen });
  return {
    toegang,
    audit,
    dossiers,
    burgers,
    maatregelen: new MaatregelService(toegang, loaders, dossiers, { audit, toestemmingen }),
    vragen,
    woningen: new WoningService(toegang, loaders, toestemmingen),
    toestemmingen,
    vraagRegistratie: new VraagRegistratieService(toegang, vragen, repos, audit, transact, infra.now),
    levensloop: new DossierLevensloopService(toegang, dossiers, vragen, audit, transact, infra.now),
    partners: new PartnerService(toegang, dossiers, loaders, lifecycle, audit, transact, infra.now),
    opmerkingen: new OpmerkingService(toegang, lifecycle, audit, transact, infra.now),
    auditTrail: new AuditTrailService(toegang, loaders, repos, audit),
  };
}
