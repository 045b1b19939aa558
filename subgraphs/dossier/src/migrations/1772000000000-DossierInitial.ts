import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema of the CRM: citizens, their questions, dossiers and the planned measures.
 *
 * Value sets are check constraints (not enum types), so a later migration can widen one with a
 * constraint swap. The lists are written out here on purpose: a migration is frozen in time and must
 * not change when src/domain.ts grows. Tables are created unqualified: the data source's search_path
 * points at the service's schema (`dossier`, or a fresh schema per test database).
 */
export class DossierInitial1772000000000 implements MigrationInterface {
  name = 'DossierInitial1772000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE burger (
        id uuid PRIMARY KEY,
        insz varchar(11),
        voornaam varchar(100) NOT NULL,
        achternaam varchar(100) NOT NULL,
        email varchar(254),
        telefoon varchar(30),
        aangemaakt_op timestamptz(3) NOT NULL DEFAULT now(),
        gewijzigd_op timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT burger_insz_uq UNIQUE (insz),
        CONSTRAINT burger_insz_ck CHECK (insz ~ '^[0-9]{11}$'),
        CONSTRAINT burger_naam_ck CHECK (btrim(voornaam) <> '' AND btrim(achternaam) <> '')
      )`);

    await q.query(`CREATE SEQUENCE dossier_referentie_seq AS bigint START WITH 1`);
    await q.query(`
      CREATE TABLE dossier (
        id uuid PRIMARY KEY,
        referentie varchar(20) NOT NULL,
        titel varchar(200) NOT NULL,
        fase varchar(30) NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'LOPEND',
        burger_id uuid NOT NULL,
        adres_id varchar(32) NOT NULL,
        spoc_sub varchar(200),
        renovatiebegeleider_sub varchar(200),
        geopend_op timestamptz(3) NOT NULL,
        laatste_wijziging timestamptz(3) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT dossier_burger_fk FOREIGN KEY (burger_id) REFERENCES burger (id) ON DELETE RESTRICT,
        CONSTRAINT dossier_referentie_uq UNIQUE (referentie),
        CONSTRAINT dossier_referentie_ck CHECK (referentie ~ '^REN-[0-9]{4}-[0-9]{6,}$'),
        CONSTRAINT dossier_titel_ck CHECK (btrim(titel) <> ''),
        CONSTRAINT dossier_fase_ck CHECK (fase IN ('CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN')),
        CONSTRAINT dossier_status_ck CHECK (status IN ('LOPEND', 'AFGESLOTEN', 'STOPGEZET')),
        CONSTRAINT dossier_adres_ck CHECK (btrim(adres_id) <> ''),
        CONSTRAINT dossier_wijziging_ck CHECK (laatste_wijziging >= geopend_op),
        CONSTRAINT dossier_version_ck CHECK (version >= 1)
      )`);
    await q.query(`ALTER SEQUENCE dossier_referentie_seq OWNED BY dossier.referentie`);
    // The list order (laatste_wijziging desc, id desc) for everyone, per citizen and per coach.
    await q.query(`CREATE INDEX dossier_lijst_idx ON dossier (laatste_wijziging DESC, id DESC)`);
    await q.query(`CREATE INDEX dossier_burger_idx ON dossier (burger_id, laatste_wijziging DESC, id DESC)`);
    await q.query(`
      CREATE INDEX dossier_begeleider_idx ON dossier (renovatiebegeleider_sub, laatste_wijziging DESC, id DESC)
        WHERE renovatiebegeleider_sub IS NOT NULL`);
    await q.query(`CREATE INDEX dossier_adres_idx ON dossier (adres_id)`);

    await q.query(`
      CREATE TABLE vraag (
        id uuid PRIMARY KEY,
        kanaal varchar(20) NOT NULL,
        onderwerp varchar(500) NOT NULL,
        ontvangen_op timestamptz(3) NOT NULL,
        burger_id uuid,
        adres_id varchar(32),
        dossier_id uuid,
        status varchar(20) NOT NULL DEFAULT 'NIEUW',
        aangemaakt_op timestamptz(3) NOT NULL DEFAULT now(),
        gewijzigd_op timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT vraag_burger_fk FOREIGN KEY (burger_id) REFERENCES burger (id) ON DELETE RESTRICT,
        CONSTRAINT vraag_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE RESTRICT,
        CONSTRAINT vraag_kanaal_ck CHECK (kanaal IN ('CONTACTFORMULIER', 'EMAIL', 'TELEFOON', 'FYSIEK_LOKET', 'DIGITAAL_LOKET')),
        CONSTRAINT vraag_status_ck CHECK (status IN ('NIEUW', 'IN_BEHANDELING', 'DOSSIER_GEOPEND', 'AFGEHANDELD')),
        CONSTRAINT vraag_onderwerp_ck CHECK (btrim(onderwerp) <> ''),
        CONSTRAINT vraag_dossier_geopend_ck CHECK (status <> 'DOSSIER_GEOPEND' OR dossier_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX vraag_burger_idx ON vraag (burger_id, ontvangen_op DESC) WHERE burger_id IS NOT NULL`);
    await q.query(`CREATE INDEX vraag_dossier_idx ON vraag (dossier_id, ontvangen_op DESC) WHERE dossier_id IS NOT NULL`);
    await q.query(`CREATE INDEX vraag_adres_idx ON vraag (adres_id) WHERE adres_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE maatregel (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        categorie varchar(40) NOT NULL,
        omschrijving varchar(500) NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'GEPLAND',
        oppervlakte_m2 numeric(10, 2),
        bedrag_excl_btw numeric(12, 2),
        volgorde integer NOT NULL,
        aangemaakt_op timestamptz(3) NOT NULL DEFAULT now(),
        gewijzigd_op timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT maatregel_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
        CONSTRAINT maatregel_categorie_ck CHECK (categorie IN ('DAK', 'BUITENMUUR', 'VLOER', 'RAMEN_EN_DEUREN', 'WARMTEPOMP',
          'WARMTEPOMPBOILER', 'ZONNEBOILER', 'VENTILATIE', 'ELEKTRICITEIT_EN_SANITAIR', 'BINNENRENOVATIE', 'ASBESTVERWIJDERING')),
        CONSTRAINT maatregel_status_ck CHECK (status IN ('GEPLAND', 'OFFERTE', 'BESTELD', 'UITGEVOERD')),
        CONSTRAINT maatregel_omschrijving_ck CHECK (btrim(omschrijving) <> ''),
        CONSTRAINT maatregel_oppervlakte_ck CHECK (oppervlakte_m2 > 0),
        CONSTRAINT maatregel_bedrag_ck CHECK (bedrag_excl_btw >= 0),
        CONSTRAINT maatregel_volgorde_ck CHECK (volgorde >= 1),
        -- Also the index of "the measures of a dossier, in order". Deferrable so that a reorder can swap positions.
        CONSTRAINT maatregel_volgorde_uq UNIQUE (dossier_id, volgorde) DEFERRABLE INITIALLY IMMEDIATE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE maatregel`);
    await q.query(`DROP TABLE vraag`);
    await q.query(`DROP TABLE dossier`);
    await q.query(`DROP SEQUENCE IF EXISTS dossier_referentie_seq`);
    await q.query(`DROP TABLE burger`);
  }
}
