import type { EntitySchema } from 'typeorm';
import { BurgerEntity } from './burger.js';
import { DossierEntity } from './dossier.js';
import { MaatregelEntity } from './maatregel.js';
import { VraagEntity } from './vraag.js';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { DossierOvergangEntity } from './dossier-overgang.js';
import { OpmerkingEntity } from './opmerking.js';
import { PartnerAanvraagEntity } from './partner-aanvraag.js';
import { PartnerToewijzingEntity } from './partner-toewijzing.js';
import { ToestemmingEntity } from './toestemming.js';
import { DocumentEntity, DocumentInhoudEntity, DocumentUploadEntity } from './document.js';
import { FactuurEntity } from './factuur.js';
import { MijlpaalEntity } from './mijlpaal.js';
import { OfferteEntity } from './offerte.js';
import { MedewerkerEntity } from './medewerker.js';

export * from './burger.js';
export * from './dossier.js';
export * from './maatregel.js';
export * from './vraag.js';
export * from '../audit/audit-log.entity.js';
export * from './dossier-overgang.js';
export * from './opmerking.js';
export * from './partner-aanvraag.js';
export * from './partner-toewijzing.js';
export * from './toestemming.js';
export * from './document.js';
export * from './factuur.js';
export * from './mijlpaal.js';
export * from './offerte.js';
export * from './medewerker.js';

/** Every entity of the dossier schema, for the data source. */
export const dossierEntities: EntitySchema[] = [
  BurgerEntity,
  VraagEntity,
  DossierEntity,
  MaatregelEntity,
  DossierOvergangEntity,
  ToestemmingEntity,
  PartnerToewijzingEntity,
  PartnerAanvraagEntity,
  OpmerkingEntity,
  AuditLogEntity,
  OfferteEntity,
  FactuurEntity,
  DocumentInhoudEntity,
  DocumentUploadEntity,
  DocumentEntity,
  MijlpaalEntity,
  MedewerkerEntity,
] as unknown as EntitySchema[];
