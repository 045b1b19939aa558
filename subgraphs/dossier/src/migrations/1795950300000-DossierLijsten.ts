import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The back-office lists: the next action of a dossier (what makes a dossier "achterstallig", overdue)
 * and the indexes behind the filters and the search of `Query.dossiers`.
 *
 * Search is a case-insensitive prefix search (lower(...) LIKE 'term%') on the citizen's name and on the
 * address text. `text_pattern_ops` expression indexes serve such a prefix in every collation and work
 * the same on PostgreSQL and on PGlite, without an extension (pg_trgm is not always installable).
 */
export class DossierLijsten1795950300000 implements MigrationInterface {
  name = 'DossierLijsten1795950300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE dossier
        ADD COLUMN volgende_actie_op date,
        ADD COLUMN volgende_actie varchar(300),
        ADD CONSTRAINT dossier_volgende_actie_ck CHECK (volgende_actie IS NULL OR (volgende_actie_op IS NOT NULL AND btrim(volgende_actie) <> ''))`);
    // Filters, each with the list order so that a filtered page is read from the index in order.
    await q.query(`CREATE INDEX dossier_fase_idx ON dossier (fase, laatste_wijziging DESC, id DESC)`);
    await q.query(`CREATE INDEX dossier_status_idx ON dossier (status, laatste_wijziging DESC, id DESC)`);
    await q.query(`CREATE INDEX dossier_spoc_idx ON dossier (spoc_sub, laatste_wijziging DESC, id DESC) WHERE spoc_sub IS NOT NULL`);
    await q.query(`CREATE INDEX dossier_postcode_idx ON dossier (postcode, laatste_wijziging DESC, id DESC) WHERE postcode IS NOT NULL`);
    // Overdue: a running dossier whose next action lies before today.
    await q.query(`CREATE INDEX dossier_volgende_actie_idx ON dossier (volgende_actie_op) WHERE status = 'LOPEND' AND volgende_actie_op IS NOT NULL`);
    // Search by address and by name (prefix, case-insensitive).
    await q.query(`CREATE INDEX dossier_adres_zoek_idx ON dossier (lower(adres_tekst) text_pattern_ops) WHERE adres_tekst IS NOT NULL`);
    await q.query(`CREATE INDEX burger_achternaam_zoek_idx ON burger (lower(achternaam) text_pattern_ops)`);
    await q.query(`CREATE INDEX burger_naam_zoek_idx ON burger (lower(voornaam || ' ' || achternaam) text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX burger_naam_zoek_idx`);
    await q.query(`DROP INDEX burger_achternaam_zoek_idx`);
    await q.query(`DROP INDEX dossier_adres_zoek_idx`);
    await q.query(`DROP INDEX dossier_volgende_actie_idx`);
    await q.query(`DROP INDEX dossier_postcode_idx`);
    await q.query(`DROP INDEX dossier_spoc_idx`);
    await q.query(`DROP INDEX dossier_status_idx`);
    await q.query(`DROP INDEX dossier_fase_idx`);
    await q.query(`ALTER TABLE dossier DROP CONSTRAINT dossier_volgende_actie_ck, DROP COLUMN volgende_actie, DROP COLUMN volgende_actie_op`);
  }
}
