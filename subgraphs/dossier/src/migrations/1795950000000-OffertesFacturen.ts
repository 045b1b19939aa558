import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quotes (offertes) and invoices (facturen) per planned measure.
 *
 * Each carries its dossier id next to its measure id, and a composite foreign key to
 * maatregel (id, dossier_id), so that the database itself guarantees that a quote, an invoice and the
 * documents linked to them (next migration) all belong to one dossier. At most one quote per measure
 * is GEKOZEN (a partial unique index). Value sets are written out (frozen in time, see the first migration).
 */
export class OffertesFacturen1795950000000 implements MigrationInterface {
  name = 'OffertesFacturen1795950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE maatregel ADD CONSTRAINT maatregel_id_dossier_uq UNIQUE (id, dossier_id)`);

    await q.query(`
      CREATE TABLE offerte (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        maatregel_id uuid NOT NULL,
        aannemer_naam varchar(200) NOT NULL,
        aannemer_kbo varchar(10) NOT NULL,
        status varchar(20) NOT NULL,
        bedrag_excl_btw numeric(12, 2),
        btw_tarief numeric(4, 2),
        datum date,
        geldig_tot date,
        toegevoegd_door varchar(200) NOT NULL,
        aangemaakt_op timestamptz(3) NOT NULL,
        gewijzigd_op timestamptz(3) NOT NULL,
        CONSTRAINT offerte_maatregel_fk FOREIGN KEY (maatregel_id, dossier_id) REFERENCES maatregel (id, dossier_id) ON DELETE CASCADE,
        CONSTRAINT offerte_id_dossier_uq UNIQUE (id, dossier_id),
        CONSTRAINT offerte_status_ck CHECK (status IN ('AANGEVRAAGD', 'ONTVANGEN', 'GEKOZEN', 'AFGEWEZEN')),
        CONSTRAINT offerte_aannemer_ck CHECK (btrim(aannemer_naam) <> ''),
        CONSTRAINT offerte_kbo_ck CHECK (aannemer_kbo ~ '^[01][0-9]{9}$'),
        CONSTRAINT offerte_bedrag_ck CHECK (bedrag_excl_btw >= 0),
        CONSTRAINT offerte_btw_ck CHECK (btw_tarief IN (0, 6, 12, 21)),
        CONSTRAINT offerte_geldig_ck CHECK (geldig_tot >= datum),
        -- A received (or chosen, or rejected after receipt) quote has its amount, VAT rate and date.
        CONSTRAINT offerte_ontvangen_ck CHECK (status IN ('AANGEVRAAGD', 'AFGEWEZEN')
          OR (bedrag_excl_btw IS NOT NULL AND btw_tarief IS NOT NULL AND datum IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX offerte_maatregel_idx ON offerte (maatregel_id, aangemaakt_op, id)`);
    await q.query(`CREATE UNIQUE INDEX offerte_gekozen_uq ON offerte (maatregel_id) WHERE status = 'GEKOZEN'`);

    await q.query(`
      CREATE TABLE factuur (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        maatregel_id uuid NOT NULL,
        nummer varchar(50) NOT NULL,
        datum date NOT NULL,
        aannemer_naam varchar(200) NOT NULL,
        aannemer_kbo varchar(10) NOT NULL,
        bedrag_excl_btw numeric(12, 2) NOT NULL,
        btw_bedrag numeric(12, 2) NOT NULL,
        betaald_op date,
        toegevoegd_door varchar(200) NOT NULL,
        aangemaakt_op timestamptz(3) NOT NULL,
        gewijzigd_op timestamptz(3) NOT NULL,
        CONSTRAINT factuur_maatregel_fk FOREIGN KEY (maatregel_id, dossier_id) REFERENCES maatregel (id, dossier_id) ON DELETE CASCADE,
        CONSTRAINT factuur_id_dossier_uq UNIQUE (id, dossier_id),
        -- A contractor numbers its invoices uniquely: the same number twice is the same invoice.
        CONSTRAINT factuur_nummer_uq UNIQUE (aannemer_kbo, nummer),
        CONSTRAINT factuur_nummer_ck CHECK (btrim(nummer) <> ''),
        CONSTRAINT factuur_aannemer_ck CHECK (btrim(aannemer_naam) <> ''),
        CONSTRAINT factuur_kbo_ck CHECK (aannemer_kbo ~ '^[01][0-9]{9}$'),
        CONSTRAINT factuur_bedrag_ck CHECK (bedrag_excl_btw >= 0 AND btw_bedrag >= 0)
      )`);
    await q.query(`CREATE INDEX factuur_maatregel_idx ON factuur (maatregel_id, datum, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE factuur`);
    await q.query(`DROP TABLE offerte`);
    await q.query(`ALTER TABLE maatregel DROP CONSTRAINT maatregel_id_dossier_uq`);
  }
}
