import type { Identity } from '@hub/shared';
import { createLoaders } from '../loaders.js';
import type { Repositories } from '../repositories/index.js';
import { BurgerService } from './burger.service.js';
import { DossierService } from './dossier.service.js';
import { MaatregelService } from './maatregel.service.js';
import { Toegang } from './toegang.js';
import { VraagService } from './vraag.service.js';
import { WoningService } from './woning.service.js';

export { BurgerService, DossierService, MaatregelService, Toegang, VraagService, WoningService };
export type { DossierScope, WoningScope } from './toegang.js';

export interface Services {
  toegang: Toegang;
  burgers: BurgerService;
  dossiers: DossierService;
  maatregelen: MaatregelService;
  vragen: VraagService;
  woningen: WoningService;
}

/** The services of one request, for one caller, with fresh DataLoaders. */
export function createServices(repos: Repositories, identity: Identity): Services {
  const toegang = new Toegang(identity);
  const loaders = createLoaders(repos, {
    scope: () => toegang.dossierScope(),
    burgerInsz: toegang.ownInsz(),
    begeleiderSub: toegang.begeleiderSub(),
  });
  const dossiers = new DossierService(toegang, loaders, repos);
  const burgers = new BurgerService(toegang, loaders);
  return {
    toegang,
    dossiers,
    burgers,
    maatregelen: new MaatregelService(toegang, loaders, dossiers),
    vragen: new VraagService(toegang, loaders, burgers, dossiers),
    woningen: new WoningService(toegang, loaders),
  };
}
