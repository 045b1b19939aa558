import { EntitySchema } from 'typeorm';
import type { DocumentSoort } from '../domain.js';

/** A row of `document`: an attached document's metadata; the bytes are in the DocumentStore under `opslagSleutel`. */
export interface DocumentRow {
  id: string;
  dossierId: string;
  soort: DocumentSoort;
  titel: string;
  bestandsnaam: string;
  mimeType: string;
  grootte: number;
  sha256: string;
  opslagSleutel: string;
  maatregelId: string | null;
  offerteId: string | null;
  factuurId: string | null;
  toegevoegdDoorSub: string;
  toegevoegdDoorNaam: string | null;
  toegevoegdDoorRol: string;
  toegevoegdDoorOrganisatie: string | null;
  toegevoegdOp: Date;
}

export const DocumentEntity = new EntitySchema<DocumentRow>({
  name: 'Document',
  tableName: 'document',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    soort: { type: 'varchar', length: 20 },
    titel: { type: 'varchar', length: 200 },
    bestandsnaam: { type: 'varchar', length: 200 },
    mimeType: { name: 'mime_type', type: 'varchar', length: 100 },
    grootte: { type: 'integer' },
    sha256: { type: 'varchar', length: 64 },
    opslagSleutel: { name: 'opslag_sleutel', type: 'varchar', length: 100 },
    maatregelId: { name: 'maatregel_id', type: 'uuid', nullable: true },
    offerteId: { name: 'offerte_id', type: 'uuid', nullable: true },
    factuurId: { name: 'factuur_id', type: 'uuid', nullable: true },
    toegevoegdDoorSub: { name: 'toegevoegd_door_sub', type: 'varchar', length: 200 },
    toegevoegdDoorNaam: { name: 'toegevoegd_door_naam', type: 'varchar', length: 200, nullable: true },
    toegevoegdDoorRol: { name: 'toegevoegd_door_rol', type: 'varchar', length: 30 },
    toegevoegdDoorOrganisatie: { name: 'toegevoegd_door_organisatie', type: 'varchar', length: 100, nullable: true },
    toegevoegdOp: { name: 'toegevoegd_op', type: 'timestamptz', precision: 3 },
  },
});

/** A row of `document_upload`: stored bytes waiting to be attached by their uploader, until `verlooptOp`. */
export interface DocumentUploadRow {
  id: string;
  eigenaarSub: string;
  eigenaarIssuer: string | null;
  bestandsnaam: string;
  mimeType: string;
  grootte: number;
  sha256: string;
  opslagSleutel: string;
  opgeladenOp: Date;
  verlooptOp: Date;
}

export const DocumentUploadEntity = new EntitySchema<DocumentUploadRow>({
  name: 'DocumentUpload',
  tableName: 'document_upload',
  columns: {
    id: { type: 'uuid', primary: true },
    eigenaarSub: { name: 'eigenaar_sub', type: 'varchar', length: 200 },
    eigenaarIssuer: { name: 'eigenaar_issuer', type: 'varchar', length: 50, nullable: true },
    bestandsnaam: { type: 'varchar', length: 200 },
    mimeType: { name: 'mime_type', type: 'varchar', length: 100 },
    grootte: { type: 'integer' },
    sha256: { type: 'varchar', length: 64 },
    opslagSleutel: { name: 'opslag_sleutel', type: 'varchar', length: 100 },
    opgeladenOp: { name: 'opgeladen_op', type: 'timestamptz', precision: 3 },
    verlooptOp: { name: 'verloopt_op', type: 'timestamptz', precision: 3 },
  },
});

/** A row of `document_inhoud`: the bytes of the PostgreSQL DocumentStore. */
export interface DocumentInhoudRow {
  sleutel: string;
  inhoud: Buffer;
  aangemaaktOp: Date;
}

export const DocumentInhoudEntity = new EntitySchema<DocumentInhoudRow>({
  name: 'DocumentInhoud',
  tableName: 'document_inhoud',
  columns: {
    sleutel: { type: 'varchar', length: 100, primary: true },
    inhoud: { type: 'bytea' },
    aangemaaktOp: { name: 'aangemaakt_op', type: 'timestamptz', precision: 3 },
  },
});
