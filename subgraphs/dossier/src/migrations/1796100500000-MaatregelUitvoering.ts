import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `maatregel.uitvoering`: how a measure is executed where its premie depends on it (the heat-pump type, the
 * method of wall insulation). Nullable; a value must belong to the measure's work category, which the check
 * constraint enforces too. Value sets are written out (frozen in time, see the first migration).
 */
export class MaatregelUitvoering1796100500000 implements MigrationInterface {
  name = 'MaatregelUitvoering1796100500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE maatregel
        ADD COLUMN uitvoering varchar(40),
        ADD CONSTRAINT maatregel_uitvoering_ck CHECK (
          uitvoering IS NULL
          OR (categorie = 'WARMTEPOMP' AND uitvoering IN ('WARMTEPOMP_BODEM_WATER', 'WARMTEPOMP_LUCHT_WATER', 'WARMTEPOMP_HYBRIDE', 'WARMTEPOMP_LUCHT_LUCHT'))
          OR (categorie = 'BUITENMUUR' AND uitvoering IN ('MUUR_SPOUW', 'MUUR_BINNENZIJDE', 'MUUR_BUITENZIJDE'))
        )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE maatregel DROP CONSTRAINT maatregel_uitvoering_ck, DROP COLUMN uitvoering`);
  }
}
