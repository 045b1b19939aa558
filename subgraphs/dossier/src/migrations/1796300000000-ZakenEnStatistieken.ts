import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mijn Burgerprofiel's running cases, the analysts' statistics and the staff directory (issue 6):
 *
 * - `medewerker`: the staff directory (name, e-mail, phone, service per `sub`), the contact of a
 *   dossier manager in Mijn Burgerprofiel;
 * - `dossier.start_kanaal`: the channel of the question a dossier was opened from (statistics per
 *   channel without joining the questions), filled in for existing dossiers from their question;
 * - `maatregel.uitgevoerd_op`: when a measure was executed (the period of "measures executed"), for
 *   existing executed measures their last change;
 * - `dossier_overgang.van_fase_sinds`: for a change that leaves a phase, since when the dossier was in
 *   it (the lead time per phase is `op - van_fase_sinds`, read from one row), filled in from the history;
 * - the indexes the statistics read from: each figure is a range scan on the date that fits it, with
 *   the columns it groups by included (index-only scans), partial where only some rows count.
 *
 * Value sets are written out (frozen in time, see the first migration).
 */
export class ZakenEnStatistieken1796300000000 implements MigrationInterface {
  name = 'ZakenEnStatistieken1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE medewerker (
        sub varchar(200) PRIMARY KEY,
        naam varchar(200) NOT NULL,
        email varchar(254),
        telefoon varchar(30),
        dienst varchar(100),
        gewijzigd_op timestamptz(3) NOT NULL,
        gewijzigd_door varchar(200) NOT NULL,
        CONSTRAINT medewerker_sub_ck CHECK (btrim(sub) <> ''),
        CONSTRAINT medewerker_naam_ck CHECK (btrim(naam) <> ''),
        CONSTRAINT medewerker_dienst_ck CHECK (btrim(dienst) <> '')
      )`);

    await q.query(`
      ALTER TABLE dossier
        ADD COLUMN start_kanaal varchar(20),
        ADD CONSTRAINT dossier_start_kanaal_ck CHECK (start_kanaal IN ('CONTACTFORMULIER', 'EMAIL', 'TELEFOON', 'FYSIEK_LOKET', 'DIGITAAL_LOKET'))`);
    // The question a dossier was opened from: the first one that got the status DOSSIER_GEOPEND for it.
    await q.query(`
      UPDATE dossier d SET start_kanaal = v.kanaal
        FROM (SELECT DISTINCT ON (dossier_id) dossier_id, kanaal FROM vraag
               WHERE status = 'DOSSIER_GEOPEND' ORDER BY dossier_id, ontvangen_op, id) v
       WHERE v.dossier_id = d.id`);

    await q.query(`ALTER TABLE maatregel ADD COLUMN uitgevoerd_op timestamptz(3)`);
    await q.query(`UPDATE maatregel SET uitgevoerd_op = gewijzigd_op WHERE status = 'UITGEVOERD'`);
    await q.query(`ALTER TABLE maatregel ADD CONSTRAINT maatregel_uitgevoerd_ck CHECK ((status = 'UITGEVOERD') = (uitgevoerd_op IS NOT NULL))`);

    await q.query(`ALTER TABLE dossier_overgang ADD COLUMN van_fase_sinds timestamptz(3)`);
    // A change leaves the phase the change before it brought the dossier into; where the history does
    // not show that (it starts later), the time in the phase is unknown and stays null.
    await q.query(`
      UPDATE dossier_overgang o SET van_fase_sinds = p.vorige_op
        FROM (SELECT id, lag(op) OVER w AS vorige_op, lag(naar_fase) OVER w AS vorige_fase
                FROM dossier_overgang WINDOW w AS (PARTITION BY dossier_id ORDER BY versie)) p
       WHERE p.id = o.id AND o.van_fase IS NOT NULL AND p.vorige_fase = o.van_fase`);
    await q.query(`
      ALTER TABLE dossier_overgang
        ADD CONSTRAINT dossier_overgang_van_fase_sinds_ck CHECK (van_fase_sinds IS NULL OR (van_fase_sinds <= op AND van_fase IS NOT NULL))`);

    // Dossiers opened in a period (per phase, status, channel, month) and guided in a period (homes).
    await q.query(`
      CREATE INDEX dossier_statistiek_idx ON dossier (geopend_op)
        INCLUDE (fase, status, start_kanaal, postcode, afgesloten_op, adres_id)`);
    // Lead times: the changes that left a phase in a period, with how long the dossier was in it (stops excluded).
    await q.query(`
      CREATE INDEX dossier_overgang_verblijf_idx ON dossier_overgang (op) INCLUDE (van_fase, van_fase_sinds, dossier_id)
        WHERE van_fase_sinds IS NOT NULL AND naar_status <> 'STOPGEZET'`);
    // Phases over time: the changes that brought a running dossier into a (new) phase, per month.
    await q.query(`
      CREATE INDEX dossier_overgang_instroom_idx ON dossier_overgang (op) INCLUDE (naar_fase, dossier_id)
        WHERE naar_status = 'LOPEND' AND van_fase IS DISTINCT FROM naar_fase`);
    // Questions not yet handled, by the day they came in.
    await q.query(`
      CREATE INDEX vraag_open_idx ON vraag (ontvangen_op) INCLUDE (status, postcode)
        WHERE status IN ('NIEUW', 'IN_BEHANDELING')`);
    // Measures executed in a period, per work category.
    await q.query(`
      CREATE INDEX maatregel_uitgevoerd_idx ON maatregel (uitgevoerd_op) INCLUDE (categorie, dossier_id, bedrag_excl_btw)
        WHERE uitgevoerd_op IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX maatregel_uitgevoerd_idx`);
    await q.query(`DROP INDEX vraag_open_idx`);
    await q.query(`DROP INDEX dossier_overgang_instroom_idx`);
    await q.query(`DROP INDEX dossier_overgang_verblijf_idx`);
    await q.query(`DROP INDEX dossier_statistiek_idx`);
    await q.query(`ALTER TABLE dossier_overgang DROP CONSTRAINT dossier_overgang_van_fase_sinds_ck, DROP COLUMN van_fase_sinds`);
    await q.query(`ALTER TABLE maatregel DROP CONSTRAINT maatregel_uitgevoerd_ck, DROP COLUMN uitgevoerd_op`);
    await q.query(`ALTER TABLE dossier DROP CONSTRAINT dossier_start_kanaal_ck, DROP COLUMN start_kanaal`);
    await q.query(`DROP TABLE medewerker`);
  }
}
