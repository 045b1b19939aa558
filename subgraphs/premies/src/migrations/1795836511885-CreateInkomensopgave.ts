import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The income category a citizen declared for the premie: one row per citizen. */
export class CreateInkomensopgave1795836511885 implements MigrationInterface {
  name = 'CreateInkomensopgave1795836511885';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inkomensopgave (
        burger_id uuid PRIMARY KEY,
        categorie text NOT NULL
          CONSTRAINT inkomensopgave_categorie_check CHECK (categorie IN ('CATEGORIE_1', 'CATEGORIE_2', 'CATEGORIE_3', 'CATEGORIE_4')),
        opgegeven_op timestamptz NOT NULL,
        bron text NOT NULL CONSTRAINT inkomensopgave_bron_check CHECK (length(bron) > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE inkomensopgave');
  }
}
