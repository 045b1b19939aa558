import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents of a dossier, the uploads waiting to be attached, and the default document store.
 *
 * - `document_inhoud`: the bytes, by key (the PostgreSQL implementation of the DocumentStore).
 * - `document_upload`: an upload that is stored but not yet attached to a dossier; only its uploader
 *   may attach it, and it expires (`verloopt_op`).
 * - `document`: an attached document's metadata. Its optional links to a measure, quote or invoice
 *   use composite foreign keys with the dossier id, so a document can only be linked within its dossier.
 */
export class Documenten1795950100000 implements MigrationInterface {
  name = 'Documenten1795950100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_inhoud (
        sleutel varchar(100) PRIMARY KEY,
        inhoud bytea NOT NULL,
        aangemaakt_op timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE document_upload (
        id uuid PRIMARY KEY,
        eigenaar_sub varchar(200) NOT NULL,
        eigenaar_issuer varchar(50),
        bestandsnaam varchar(200) NOT NULL,
        mime_type varchar(100) NOT NULL,
        grootte integer NOT NULL,
        sha256 varchar(64) NOT NULL,
        opslag_sleutel varchar(100) NOT NULL,
        opgeladen_op timestamptz(3) NOT NULL,
        verloopt_op timestamptz(3) NOT NULL,
        CONSTRAINT document_upload_sleutel_uq UNIQUE (opslag_sleutel),
        CONSTRAINT document_upload_grootte_ck CHECK (grootte > 0),
        CONSTRAINT document_upload_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT document_upload_naam_ck CHECK (btrim(bestandsnaam) <> ''),
        CONSTRAINT document_upload_verloopt_ck CHECK (verloopt_op > opgeladen_op)
      )`);
    await q.query(`CREATE INDEX document_upload_verloopt_idx ON document_upload (verloopt_op)`);

    await q.query(`
      CREATE TABLE document (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        soort varchar(20) NOT NULL,
        titel varchar(200) NOT NULL,
        bestandsnaam varchar(200) NOT NULL,
        mime_type varchar(100) NOT NULL,
        grootte integer NOT NULL,
        sha256 varchar(64) NOT NULL,
        opslag_sleutel varchar(100) NOT NULL,
        maatregel_id uuid,
        offerte_id uuid,
        factuur_id uuid,
        toegevoegd_door_sub varchar(200) NOT NULL,
        toegevoegd_door_naam varchar(200),
        toegevoegd_door_rol varchar(30) NOT NULL,
        toegevoegd_door_organisatie varchar(100),
        toegevoegd_op timestamptz(3) NOT NULL,
        CONSTRAINT document_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
        CONSTRAINT document_maatregel_fk FOREIGN KEY (maatregel_id, dossier_id) REFERENCES maatregel (id, dossier_id),
        CONSTRAINT document_offerte_fk FOREIGN KEY (offerte_id, dossier_id) REFERENCES offerte (id, dossier_id),
        CONSTRAINT document_factuur_fk FOREIGN KEY (factuur_id, dossier_id) REFERENCES factuur (id, dossier_id),
        CONSTRAINT document_id_dossier_uq UNIQUE (id, dossier_id),
        CONSTRAINT document_sleutel_uq UNIQUE (opslag_sleutel),
        CONSTRAINT document_soort_ck CHECK (soort IN ('ADVIES', 'RENOVATIEPLAN', 'AFSPRAKENNOTA', 'OFFERTE', 'CONTRACT', 'FACTUUR', 'ATTEST', 'ANDERE')),
        CONSTRAINT document_titel_ck CHECK (btrim(titel) <> ''),
        CONSTRAINT document_grootte_ck CHECK (grootte > 0),
        CONSTRAINT document_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$')
      )`);
    await q.query(`CREATE INDEX document_dossier_idx ON document (dossier_id, toegevoegd_op DESC, id DESC)`);
    await q.query(`CREATE INDEX document_maatregel_idx ON document (maatregel_id) WHERE maatregel_id IS NOT NULL`);
    await q.query(`CREATE INDEX document_offerte_idx ON document (offerte_id) WHERE offerte_id IS NOT NULL`);
    await q.query(`CREATE INDEX document_factuur_idx ON document (factuur_id) WHERE factuur_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document`);
    await q.query(`DROP TABLE document_upload`);
    await q.query(`DROP TABLE document_inhoud`);
  }
}
