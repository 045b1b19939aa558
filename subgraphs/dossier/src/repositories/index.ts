import type { EntityManager } from 'typeorm';
import { BurgerRepository } from './burger.repository.js';
import { DossierRepository } from './dossier.repository.js';
import { MaatregelRepository } from './maatregel.repository.js';
import { VraagRepository } from './vraag.repository.js';
import { WoningRepository } from './woning.repository.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { OpmerkingRepository } from './opmerking.repository.js';
import { OvergangRepository } from './overgang.repository.js';
import { PartnerRepository } from './partner.repository.js';
import { ToestemmingRepository } from './toestemming.repository.js';
import { DocumentRepository } from './document.repository.js';
import { FactuurRepository } from './factuur.repository.js';
import { MijlpaalRepository } from './mijlpaal.repository.js';
import { OfferteRepository } from './offerte.repository.js';
import { TrajectRepository } from './traject.repository.js';
import { DossierLijstRepository } from './dossier-lijst.repository.js';
import { MedewerkerRepository } from './medewerker.repository.js';
import { StatistiekRepository } from './statistiek.repository.js';
import { ZaakRepository } from './zaak.repository.js';

export { BurgerRepository, DossierRepository, MaatregelRepository, VraagRepository, WoningRepository };
export { DocumentRepository, DossierLijstRepository, FactuurRepository, MijlpaalRepository, OfferteRepository, TrajectRepository };
export type { LijstFilter } from './dossier-lijst.repository.js';
export type { DossierListPosition, NewDossier } from './dossier.repository.js';
export { AuditRepository, OpmerkingRepository, OvergangRepository, PartnerRepository, ToestemmingRepository };
export type { DossierChange } from './dossier.repository.js';
export type { VraagChange, VraagInboxPosition } from './vraag.repository.js';
export type { MaatregelMetBedragen } from './maatregel.repository.js';
export { MedewerkerRepository, StatistiekRepository, ZaakRepository };
export type { StatistiekFilterNorm } from './statistiek.repository.js';

export interface Repositories {
  burgers: BurgerRepository;
  dossiers: DossierRepository;
  maatregelen: MaatregelRepository;
  vragen: VraagRepository;
  woningen: WoningRepository;
  offertes: OfferteRepository;
  facturen: FactuurRepository;
  documenten: DocumentRepository;
  mijlpalen: MijlpaalRepository;
  traject: TrajectRepository;
  dossierLijst: DossierLijstRepository;
  audit: AuditRepository;
  opmerkingen: OpmerkingRepository;
  overgangen: OvergangRepository;
  partners: PartnerRepository;
  toestemmingen: ToestemmingRepository;
  medewerkers: MedewerkerRepository;
  statistieken: StatistiekRepository;
  zaken: ZaakRepository;
}

/** The repositories on a data source's manager, or on a transaction's. */
export function createRepositories(manager: EntityManager): Repositories {
  return {
    burgers: new BurgerRepository(manager),
    dossiers: new DossierRepository(manager),
    maatregelen: new MaatregelRepository(manager),
    vragen: new VraagRepository(manager),
    woningen: new WoningRepository(manager),
    audit: new AuditRepository(manager),
    opmerkingen: new OpmerkingRepository(manager),
    overgangen: new OvergangRepository(manager),
    partners: new PartnerRepository(manager),
    toestemmingen: new ToestemmingRepository(manager),
    offertes: new OfferteRepository(manager),
    facturen: new FactuurRepository(manager),
    documenten: new DocumentRepository(manager),
    mijlpalen: new MijlpaalRepository(manager),
    traject: new TrajectRepository(manager),
    dossierLijst: new DossierLijstRepository(manager),
    medewerkers: new MedewerkerRepository(manager),
    statistieken: new StatistiekRepository(manager),
    zaken: new ZaakRepository(manager),
  };
}
