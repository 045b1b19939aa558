import type { DocumentSoort, Kanaal, MijlpaalSoort, OfferteStatus, PartnerOrganisatie } from './domain.js';
import type { DocumentRow } from './entities/document.js';
import type { FactuurRow } from './entities/factuur.js';
import type { MijlpaalRow } from './entities/mijlpaal.js';
import type { OfferteRow } from './entities/offerte.js';
import { decimalToNumber } from './mappers.js';
import { parseMijlpaalDetails } from './services/mijlpaal-details.js';

/*
 * The objects the resolvers of the journey types work with (codegen mappers): milestones, documents,
 * quotes and invoices. Amounts are numbers (from NUMERIC strings), calendar days 'YYYY-MM-DD' strings.
 */

/** Who did something, as the verified identity named them when they did it. */
export interface ActorModel {
  id: string;
  naam: string | null;
  rol: string;
  /** The partner organisation of a partner (the identity service's name, e.g. 'dialoog'). */
  organisatie: PartnerOrganisatie | null;
  /** The city service of a stadsdienst user (e.g. 'omgeving'). */
  dienst: string | null;
}

/**
 * The actor stored with a record: one column holds the partner organisation of a partner, or the city
 * service of a stadsdienst user.
 */
export function actorVan(sub: string, naam: string | null, rol: string, organisatieOfDienst: string | null): ActorModel {
  return rol === 'stadsdienst'
    ? { id: sub, naam, rol, organisatie: null, dienst: organisatieOfDienst }
    : { id: sub, naam, rol, organisatie: organisatieOfDienst as PartnerOrganisatie | null, dienst: null };
}

export interface AannemerModel {
  naam: string;
  kbo: string;
}

interface MijlpaalBase {
  id: string;
  dossierId: string;
  soort: MijlpaalSoort;
  datum: Date;
  toelichting: string | null;
  documentId: string | null;
  actor: ActorModel;
  geregistreerdOp: Date;
}

export type MijlpaalModel =
  | (MijlpaalBase & { type: 'Contactmoment'; kanaal: Kanaal; samenvatting: string })
  | (MijlpaalBase & { type: 'Afsprakennota'; stappen: string[] })
  | (MijlpaalBase & { type: 'Beslissing'; nodig: boolean; advies: string | null })
  | (MijlpaalBase & { type: 'Trajectstap' });

export type ContactmomentModel = Extract<MijlpaalModel, { type: 'Contactmoment' }>;
export type AfsprakennotaModel = Extract<MijlpaalModel, { type: 'Afsprakennota' }>;
export type BeslissingModel = Extract<MijlpaalModel, { type: 'Beslissing' }>;
export type TrajectstapModel = Extract<MijlpaalModel, { type: 'Trajectstap' }>;

export interface DocumentModel {
  id: string;
  dossierId: string;
  soort: DocumentSoort;
  titel: string;
  bestandsnaam: string;
  mimeType: string;
  grootte: number;
  sha256: string;
  maatregelId: string | null;
  offerteId: string | null;
  factuurId: string | null;
  toegevoegdDoor: ActorModel;
  toegevoegdOp: Date;
}

export interface OfferteModel {
  id: string;
  dossierId: string;
  maatregelId: string;
  aannemer: AannemerModel;
  status: OfferteStatus;
  bedragExclBtw: number | null;
  btwTarief: number | null;
  datum: string | null;
  geldigTot: string | null;
  toegevoegdOp: Date;
}

export interface FactuurModel {
  id: string;
  dossierId: string;
  maatregelId: string;
  nummer: string;
  datum: string;
  aannemer: AannemerModel;
  bedragExclBtw: number;
  btwBedrag: number;
  betaaldOp: string | null;
  toegevoegdOp: Date;
}

export function toMijlpaal(row: MijlpaalRow): MijlpaalModel {
  const base: MijlpaalBase = {
    id: row.id,
    dossierId: row.dossierId,
    soort: row.soort,
    datum: row.datum,
    toelichting: row.toelichting,
    documentId: row.documentId,
    actor: actorVan(row.actorSub, row.actorNaam, row.actorRol, row.actorOrganisatie),
    geregistreerdOp: row.geregistreerdOp,
  };
  const details = parseMijlpaalDetails(row.soort, row.details);
  switch (details.soort) {
    case 'CONTACTMOMENT':
      return { ...base, type: 'Contactmoment', kanaal: details.kanaal, samenvatting: details.samenvatting };
    case 'AFSPRAKENNOTA':
      return { ...base, type: 'Afsprakennota', stappen: details.stappen };
    case 'ARCHITECT_ADVIES':
      return { ...base, type: 'Beslissing', nodig: details.nodig, advies: details.advies };
    case 'OMGEVINGSVERGUNNING':
    case 'INNAME_OPENBAAR_DOMEIN':
      return { ...base, type: 'Beslissing', nodig: details.nodig, advies: null };
    default:
      return { ...base, type: 'Trajectstap' };
  }
}

export const toDocument = (row: DocumentRow): DocumentModel => ({
  id: row.id,
  dossierId: row.dossierId,
  soort: row.soort,
  titel: row.titel,
  bestandsnaam: row.bestandsnaam,
  mimeType: row.mimeType,
  grootte: row.grootte,
  sha256: row.sha256,
  maatregelId: row.maatregelId,
  offerteId: row.offerteId,
  factuurId: row.factuurId,
  toegevoegdDoor: actorVan(row.toegevoegdDoorSub, row.toegevoegdDoorNaam, row.toegevoegdDoorRol, row.toegevoegdDoorOrganisatie),
  toegevoegdOp: row.toegevoegdOp,
});

export const toOfferte = (row: OfferteRow): OfferteModel => ({
  id: row.id,
  dossierId: row.dossierId,
  maatregelId: row.maatregelId,
  aannemer: { naam: row.aannemerNaam, kbo: row.aannemerKbo },
  status: row.status,
  bedragExclBtw: decimalToNumber(row.bedragExclBtw),
  btwTarief: decimalToNumber(row.btwTarief),
  datum: row.datum,
  geldigTot: row.geldigTot,
  toegevoegdOp: row.aangemaaktOp,
});

export const toFactuur = (row: FactuurRow): FactuurModel => ({
  id: row.id,
  dossierId: row.dossierId,
  maatregelId: row.maatregelId,
  nummer: row.nummer,
  datum: row.datum,
  aannemer: { naam: row.aannemerNaam, kbo: row.aannemerKbo },
  bedragExclBtw: decimalToNumber(row.bedragExclBtw)!,
  btwBedrag: decimalToNumber(row.btwBedrag)!,
  betaaldOp: row.betaaldOp,
  toegevoegdOp: row.aangemaaktOp,
});
