import { EntitySchema } from 'typeorm';
import type { Kanaal, VraagStatus } from '../domain.js';

/** A row of `vraag`: a question that reached the Energieloket, registered so that it is never lost. */
export interface VraagRow {
  id: string;
  kanaal: Kanaal;
  onderwerp: string;
  ontvangenOp: Date;
  burgerId: string | null;
  /** The home the question is about (the address register's objectId), when known. */
  adresId: string | null;
  dossierId: string | null;
  status: VraagStatus;
  aangemaaktOp: Date;
  gewijzigdOp: Date;
  /** The home's address in one line and its postcode, as the client got them from woningpas' `adresZoeken`. */
  adresTekst: string | null;
  postcode: string | null;
  /** Who asked, while the question is linked to no citizen profile (no INSZ given yet). */
  contactNaam: string | null;
  contactEmail: string | null;
  contactTelefoon: string | null;
  /** The `sub` of the staff member who registered it; null when the citizen submitted it themself. */
  geregistreerdDoor: string | null;
  /** The `sub` of the staff member handling it (status IN_BEHANDELING). */
  toegewezenAan: string | null;
  /** Why it was closed without a dossier, and when (status AFGEHANDELD). */
  afhandelReden: string | null;
  afgehandeldOp: Date | null;
}

export const VraagEntity = new EntitySchema<VraagRow>({
  name: 'Vraag',
  tableName: 'vraag',
  columns: {
    id: { type: 'uuid', primary: true },
    kanaal: { type: 'varchar', length: 20 },
    onderwerp: { type: 'varchar', length: 500 },
    ontvangenOp: { name: 'ontvangen_op', type: 'timestamptz', precision: 3 },
    burgerId: { name: 'burger_id', type: 'uuid', nullable: true },
    adresId: { name: 'adres_id', type: 'varchar', length: 32, nullable: true },
    dossierId: { name: 'dossier_id', type: 'uuid', nullable: true },
    status: { type: 'varchar', length: 20 },
    aangemaaktOp: { name: 'aangemaakt_op', type: 'timestamptz', precision: 3 },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz', precision: 3 },
    adresTekst: { name: 'adres_tekst', type: 'varchar', length: 300, nullable: true },
    postcode: { type: 'varchar', length: 4, nullable: true },
    contactNaam: { name: 'contact_naam', type: 'varchar', length: 200, nullable: true },
    contactEmail: { name: 'contact_email', type: 'varchar', length: 254, nullable: true },
    contactTelefoon: { name: 'contact_telefoon', type: 'varchar', length: 30, nullable: true },
    geregistreerdDoor: { name: 'geregistreerd_door', type: 'varchar', length: 200, nullable: true },
    toegewezenAan: { name: 'toegewezen_aan', type: 'varchar', length: 200, nullable: true },
    afhandelReden: { name: 'afhandel_reden', type: 'varchar', length: 1000, nullable: true },
    afgehandeldOp: { name: 'afgehandeld_op', type: 'timestamptz', precision: 3, nullable: true },
  },
});
