import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The milestones of a dossier: one table with a typed kind (`soort`) and the kind's structured details
 * as jsonb (validated per kind by the application, see services/mijlpaal-details.ts). Contact moments
 * are the milestones of kind CONTACTMOMENT. `document_id` links the deliverable (a DuBo-advies, the
 * renovation plan, the afsprakennota) within the same dossier.
 */
export class Mijlpalen1795950200000 implements MigrationInterface {
  name = 'Mijlpalen1795950200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mijlpaal (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        soort varchar(40) NOT NULL,
        datum timestamptz(3) NOT NULL,
        toelichting varchar(2000),
        details jsonb NOT NULL,
        document_id uuid,
        actor_sub varchar(200) NOT NULL,
        actor_naam varchar(200),
        actor_rol varchar(30) NOT NULL,
        actor_organisatie varchar(100),
        geregistreerd_op timestamptz(3) NOT NULL,
        -- The order of registration: of two milestones on the same date, the later registered one is the later.
        volgnummer bigserial NOT NULL,
        CONSTRAINT mijlpaal_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
        CONSTRAINT mijlpaal_document_fk FOREIGN KEY (document_id, dossier_id) REFERENCES document (id, dossier_id),
        CONSTRAINT mijlpaal_soort_ck CHECK (soort IN ('CONTACTMOMENT', 'HUISBEZOEK', 'DUBO_ADVIES_ONTVANGEN', 'RENOVATIEPLAN_OPGEMAAKT',
          'RENOVATIEPLAN_BESPROKEN', 'AFSPRAKENNOTA', 'ARCHITECT_ADVIES', 'OMGEVINGSVERGUNNING', 'INNAME_OPENBAAR_DOMEIN')),
        CONSTRAINT mijlpaal_details_ck CHECK (jsonb_typeof(details) = 'object')
      )`);
    await q.query(`CREATE INDEX mijlpaal_dossier_idx ON mijlpaal (dossier_id, datum, volgnummer)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mijlpaal`);
  }
}
