import { createOutboxTable, dropOutboxTable } from '@hub/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journey records and the access model (issue 3, part 1):
 * - `vraag`: the address as the client found it (text and postcode), the contact of a caller without
 *   INSZ, the staff member who registered it (null: the citizen), to whom it is assigned, and why it
 *   was closed without a dossier;
 * - `dossier`: the same address columns, the citizen's consent to start guidance (how, when, recorded
 *   by whom), an external coach (a partner organisation), and why and when it ended;
 * - `dossier_overgang`: every phase or status change, with who, when and why;
 * - `toestemming`: what the citizen shares with which partner; never deleted, a withdrawal ends a row;
 *   `*_door` is the staff member who recorded it on the citizen's behalf, null when the citizen did;
 * - `partner_toewijzing`: which partner organisation works on which dossier;
 * - `partner_aanvraag`: the requests sent to partners (through the `outbox`) and their results;
 * - `opmerking`: remarks of staff and city services;
 * - `audit_log`: who read or changed what (append-only);
 * - `outbox`: the transactional outbox of @hub/shared.
 *
 * Value sets are written out (frozen in time, see the first migration). Ended dossiers of before this
 * migration get a placeholder reason, so that "an ended dossier has a reason" holds for every row.
 */
export class Klantreis1795900000000 implements MigrationInterface {
  name = 'Klantreis1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE vraag
        ADD COLUMN adres_tekst varchar(300),
        ADD COLUMN postcode varchar(4),
        ADD COLUMN contact_naam varchar(200),
        ADD COLUMN contact_email varchar(254),
        ADD COLUMN contact_telefoon varchar(30),
        ADD COLUMN geregistreerd_door varchar(200),
        ADD COLUMN toegewezen_aan varchar(200),
        ADD COLUMN afhandel_reden varchar(1000),
        ADD COLUMN afgehandeld_op timestamptz(3),
        ADD CONSTRAINT vraag_postcode_ck CHECK (postcode ~ '^[1-9][0-9]{3}$'),
        ADD CONSTRAINT vraag_adres_tekst_ck CHECK (btrim(adres_tekst) <> ''),
        ADD CONSTRAINT vraag_contact_naam_ck CHECK (btrim(contact_naam) <> ''),
        ADD CONSTRAINT vraag_in_behandeling_ck CHECK (status <> 'IN_BEHANDELING' OR toegewezen_aan IS NOT NULL),
        ADD CONSTRAINT vraag_afgehandeld_ck CHECK ((status = 'AFGEHANDELD') = (afhandel_reden IS NOT NULL AND afgehandeld_op IS NOT NULL)),
        ADD CONSTRAINT vraag_afhandel_reden_ck CHECK (btrim(afhandel_reden) <> '')`);
    // The inbox: questions nobody took up yet, oldest first.
    await q.query(`CREATE INDEX vraag_inbox_idx ON vraag (ontvangen_op, id) WHERE status = 'NIEUW'`);

    await q.query(`
      ALTER TABLE dossier
        ADD COLUMN adres_tekst varchar(300),
        ADD COLUMN postcode varchar(4),
        ADD COLUMN begeleider_partner varchar(30),
        ADD COLUMN start_toestemming_wijze varchar(20),
        ADD COLUMN start_toestemming_op timestamptz(3),
        ADD COLUMN start_toestemming_door varchar(200),
        ADD COLUMN afsluit_reden varchar(1000),
        ADD COLUMN afgesloten_op timestamptz(3)`);
    await q.query(`
      UPDATE dossier SET afsluit_reden = 'Beëindigd vóór het CRM redenen bijhield.', afgesloten_op = laatste_wijziging
        WHERE status <> 'LOPEND' AND afsluit_reden IS NULL`);
    await q.query(`
      ALTER TABLE dossier
        ADD CONSTRAINT dossier_postcode_ck CHECK (postcode ~ '^[1-9][0-9]{3}$'),
        ADD CONSTRAINT dossier_adres_tekst_ck CHECK (btrim(adres_tekst) <> ''),
        ADD CONSTRAINT dossier_begeleider_partner_ck CHECK (begeleider_partner IN ('dialoog', 'energiehuis', 'minder-meer')),
        ADD CONSTRAINT dossier_een_begeleider_ck CHECK (begeleider_partner IS NULL OR renovatiebegeleider_sub IS NULL),
        ADD CONSTRAINT dossier_start_toestemming_wijze_ck CHECK (start_toestemming_wijze IN ('MONDELING', 'SCHRIFTELIJK', 'DIGITAAL')),
        ADD CONSTRAINT dossier_start_toestemming_ck CHECK (
          (start_toestemming_wijze IS NULL) = (start_toestemming_op IS NULL) AND (start_toestemming_op IS NULL) = (start_toestemming_door IS NULL)),
        ADD CONSTRAINT dossier_afsluiting_ck CHECK ((status = 'LOPEND') = (afsluit_reden IS NULL AND afgesloten_op IS NULL)),
        ADD CONSTRAINT dossier_afsluit_reden_ck CHECK (btrim(afsluit_reden) <> '')`);

    await q.query(`
      CREATE TABLE dossier_overgang (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        versie integer NOT NULL,
        van_fase varchar(30),
        naar_fase varchar(30) NOT NULL,
        van_status varchar(20),
        naar_status varchar(20) NOT NULL,
        reden varchar(1000),
        door_sub varchar(200) NOT NULL,
        op timestamptz(3) NOT NULL,
        CONSTRAINT dossier_overgang_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
        CONSTRAINT dossier_overgang_versie_uq UNIQUE (dossier_id, versie),
        CONSTRAINT dossier_overgang_fase_ck CHECK (naar_fase IN ('CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN')
          AND (van_fase IS NULL OR van_fase IN ('CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN'))),
        CONSTRAINT dossier_overgang_status_ck CHECK (naar_status IN ('LOPEND', 'AFGESLOTEN', 'STOPGEZET')
          AND (van_status IS NULL OR van_status IN ('LOPEND', 'AFGESLOTEN', 'STOPGEZET'))),
        CONSTRAINT dossier_overgang_reden_ck CHECK (btrim(reden) <> '')
      )`);

    await q.query(`
      CREATE TABLE toestemming (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        partner varchar(30) NOT NULL,
        soort varchar(30) NOT NULL,
        gegeven_op timestamptz(3) NOT NULL,
        gegeven_door varchar(200),
        gegeven_wijze varchar(20) NOT NULL,
        ingetrokken_op timestamptz(3),
        ingetrokken_door varchar(200),
        ingetrokken_wijze varchar(20),
        CONSTRAINT toestemming_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE RESTRICT,
        CONSTRAINT toestemming_partner_ck CHECK (partner IN ('dialoog', 'energiehuis', 'minder-meer')),
        CONSTRAINT toestemming_soort_ck CHECK (soort IN ('CONTACTGEGEVENS', 'WONINGGEGEVENS', 'RENOVATIEPLAN', 'DOCUMENTEN',
          'OFFERTES_EN_FACTUREN', 'PREMIEGEGEVENS')),
        CONSTRAINT toestemming_wijze_ck CHECK (gegeven_wijze IN ('MONDELING', 'SCHRIFTELIJK', 'DIGITAAL')
          AND (ingetrokken_wijze IS NULL OR ingetrokken_wijze IN ('MONDELING', 'SCHRIFTELIJK', 'DIGITAAL'))),
        CONSTRAINT toestemming_intrekking_ck CHECK ((ingetrokken_op IS NULL) = (ingetrokken_wijze IS NULL)
          AND (ingetrokken_door IS NULL OR ingetrokken_op IS NOT NULL)),
        CONSTRAINT toestemming_volgorde_ck CHECK (ingetrokken_op >= gegeven_op)
      )`);
    // At most one running consent per dossier, partner and kind; also the index of the partner's view.
    await q.query(`CREATE UNIQUE INDEX toestemming_actief_uq ON toestemming (dossier_id, partner, soort) WHERE ingetrokken_op IS NULL`);
    await q.query(`CREATE INDEX toestemming_dossier_idx ON toestemming (dossier_id, gegeven_op, id)`);
    // History is never lost: no deletes, and the only update is ending a running consent.
    await q.query(`
      CREATE FUNCTION toestemming_enkel_intrekken() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'toestemming is historiek en wordt nooit verwijderd';
        END IF;
        IF OLD.ingetrokken_op IS NOT NULL OR NEW.id <> OLD.id OR NEW.dossier_id <> OLD.dossier_id OR NEW.partner <> OLD.partner
           OR NEW.soort <> OLD.soort OR NEW.gegeven_op <> OLD.gegeven_op OR NEW.gegeven_door IS DISTINCT FROM OLD.gegeven_door
           OR NEW.gegeven_wijze <> OLD.gegeven_wijze THEN
          RAISE EXCEPTION 'een toestemming kan enkel (één keer) ingetrokken worden';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER toestemming_historiek BEFORE UPDATE OR DELETE ON toestemming
        FOR EACH ROW EXECUTE FUNCTION toestemming_enkel_intrekken()`);

    await q.query(`
      CREATE TABLE partner_toewijzing (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        partner varchar(30) NOT NULL,
        toegewezen_op timestamptz(3) NOT NULL,
        toegewezen_door varchar(200) NOT NULL,
        beeindigd_op timestamptz(3),
        beeindigd_door varchar(200),
        CONSTRAINT partner_toewijzing_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
        CONSTRAINT partner_toewijzing_partner_ck CHECK (partner IN ('dialoog', 'energiehuis', 'minder-meer')),
        CONSTRAINT partner_toewijzing_einde_ck CHECK ((beeindigd_op IS NULL) = (beeindigd_door IS NULL) AND beeindigd_op >= toegewezen_op)
      )`);
    await q.query(`CREATE UNIQUE INDEX partner_toewijzing_actief_uq ON partner_toewijzing (dossier_id, partner) WHERE beeindigd_op IS NULL`);
    // A partner's list of its dossiers.
    await q.query(`CREATE INDEX partner_toewijzing_partner_idx ON partner_toewijzing (partner, dossier_id) WHERE beeindigd_op IS NULL`);

    await createOutboxTable(q);

    await q.query(`
      CREATE TABLE partner_aanvraag (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        partner varchar(30) NOT NULL,
        soort varchar(30) NOT NULL,
        toelichting varchar(2000),
        aangevraagd_op timestamptz(3) NOT NULL,
        aangevraagd_door varchar(200) NOT NULL,
        outbox_id uuid NOT NULL,
        resultaat varchar(2000),
        opgeleverd_op timestamptz(3),
        opgeleverd_door varchar(200),
        CONSTRAINT partner_aanvraag_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE RESTRICT,
        CONSTRAINT partner_aanvraag_outbox_uq UNIQUE (outbox_id),
        CONSTRAINT partner_aanvraag_partner_ck CHECK (partner IN ('dialoog', 'energiehuis', 'minder-meer')),
        CONSTRAINT partner_aanvraag_soort_ck CHECK (soort IN ('DUBO_ADVIES', 'RENOVATIEBEGELEIDING', 'LENING')),
        CONSTRAINT partner_aanvraag_toelichting_ck CHECK (btrim(toelichting) <> ''),
        CONSTRAINT partner_aanvraag_resultaat_ck CHECK (
          (resultaat IS NULL) = (opgeleverd_op IS NULL) AND (opgeleverd_op IS NULL) = (opgeleverd_door IS NULL) AND btrim(resultaat) <> '')
      )`);
    await q.query(`CREATE INDEX partner_aanvraag_dossier_idx ON partner_aanvraag (dossier_id, aangevraagd_op, id)`);

    await q.query(`
      CREATE TABLE opmerking (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        tekst varchar(2000) NOT NULL,
        auteur_sub varchar(200) NOT NULL,
        auteur_rol varchar(30) NOT NULL,
        auteur_dienst varchar(100),
        geplaatst_op timestamptz(3) NOT NULL,
        CONSTRAINT opmerking_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
        CONSTRAINT opmerking_tekst_ck CHECK (btrim(tekst) <> '')
      )`);
    await q.query(`CREATE INDEX opmerking_dossier_idx ON opmerking (dossier_id, geplaatst_op, id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY,
        tijdstip timestamptz(3) NOT NULL,
        sub varchar(200) NOT NULL,
        rollen varchar(30) array NOT NULL,
        organisatie varchar(100),
        actie varchar(10) NOT NULL,
        object_type varchar(40) NOT NULL,
        object_id varchar(100) NOT NULL,
        dossier_id uuid,
        request_id varchar(128) NOT NULL,
        detail varchar(500),
        CONSTRAINT audit_log_actie_ck CHECK (actie IN ('LEZEN', 'WIJZIGEN', 'WEIGERING'))
      )`);
    // The trail of one dossier, newest first; and everything one person did.
    await q.query(`CREATE INDEX audit_log_dossier_idx ON audit_log (dossier_id, tijdstip DESC, id DESC) WHERE dossier_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_log_sub_idx ON audit_log (sub, tijdstip DESC)`);
    // Append-only: an audit trail that can be edited proves nothing.
    await q.query(`
      CREATE FUNCTION audit_log_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'de audit log kan enkel aangevuld worden';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_onveranderlijk BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_alleen_toevoegen()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_alleen_toevoegen()`);
    await q.query(`DROP TABLE opmerking`);
    await q.query(`DROP TABLE partner_aanvraag`);
    await dropOutboxTable(q);
    await q.query(`DROP TABLE partner_toewijzing`);
    await q.query(`DROP TABLE toestemming`);
    await q.query(`DROP FUNCTION toestemming_enkel_intrekken()`);
    await q.query(`DROP TABLE dossier_overgang`);
    await q.query(`
      ALTER TABLE dossier
        DROP COLUMN adres_tekst, DROP COLUMN postcode, DROP COLUMN begeleider_partner, DROP COLUMN start_toestemming_wijze,
        DROP COLUMN start_toestemming_op, DROP COLUMN start_toestemming_door, DROP COLUMN afsluit_reden, DROP COLUMN afgesloten_op`);
    await q.query(`DROP INDEX vraag_inbox_idx`);
    await q.query(`
      ALTER TABLE vraag
        DROP COLUMN adres_tekst, DROP COLUMN postcode, DROP COLUMN contact_naam, DROP COLUMN contact_email, DROP COLUMN contact_telefoon,
        DROP COLUMN geregistreerd_door, DROP COLUMN toegewezen_aan, DROP COLUMN afhandel_reden, DROP COLUMN afgehandeld_op`);
  }
}
