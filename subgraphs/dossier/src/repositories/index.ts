import type { EntityManager } from 'typeorm';
import { BurgerRepository } from './burger.repository.js';
import { DossierRepository } from './dossier.repository.js';
import { MaatregelRepository } from './maatregel.repository.js';
import { VraagRepository } from './vraag.repository.js';
import { WoningRepository } from './woning.repository.js';

export { BurgerRepository, DossierRepository, MaatregelRepository, VraagRepository, WoningRepository };
export type { DossierListPosition, NewDossier } from './dossier.repository.js';

export interface Repositories {
  burgers: BurgerRepository;
  dossiers: DossierRepository;
  maatregelen: MaatregelRepository;
  vragen: VraagRepository;
  woningen: WoningRepository;
}

/** The repositories on a data source's manager, or on a transaction's. */
export function createRepositories(manager: EntityManager): Repositories {
  return {
    burgers: new BurgerRepository(manager),
    dossiers: new DossierRepository(manager),
    maatregelen: new MaatregelRepository(manager),
    vragen: new VraagRepository(manager),
    woningen: new WoningRepository(manager),
  };
}
