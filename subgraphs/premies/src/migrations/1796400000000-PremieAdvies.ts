import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest premie advice per measure of a dossier, as the citizen sees it (recorded by Dossier.premieAdvies
 * without another target group, on today's date), for the analysts' statistics (`Statistieken.premies`).
 * No personal data: the dossier and the measure by id, the work category, the outcome and the amount.
 */
export class PremieAdvies1796400000000 implements MigrationInterface {
  name = 'PremieAdvies1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE premie_advies (
        dossier_id uuid NOT NULL,
        maatregel_id uuid NOT NULL,
        werkcategorie text NOT NULL,
        status text NOT NULL
          CONSTRAINT premie_advies_status_check CHECK (status IN ('BEREKEND', 'NIET_IN_AANMERKING', 'GEGEVENS_ONTBREKEN', 'REGEL_ONBEKEND')),
        bedrag numeric(12, 2) CONSTRAINT premie_advies_bedrag_check CHECK (bedrag >= 0),
        regime text,
        regel_id text,
        -- When these figures were recorded: a later advice with the same figures leaves the row as it is.
        vastgelegd_op timestamptz NOT NULL,
        PRIMARY KEY (dossier_id, maatregel_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE premie_advies');
  }
}
