import { createOutboxTable } from '@hub/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSSEN = `'TE_VERZENDEN', 'NIET_AANVAARD', 'INGEDIEND', 'IN_BEHANDELING', 'BIJKOMENDE_INFO_GEVRAAGD', 'GOEDGEKEURD', 'UITBETAALD', 'AFGEWEZEN'`;

/**
 * Mijn VerbouwPremie applications: one row per submission (unique idempotency key, at most one running
 * application per measure), their status history (one row per change, numbered), and the outbox of the
 * premies service (submissions to the desk, notifications to Mijn Burgerprofiel).
 */
export class PremieAanvragen1796200000000 implements MigrationInterface {
  name = 'PremieAanvragen1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE premie_aanvraag (
        id uuid PRIMARY KEY,
        idempotency_key text NOT NULL CONSTRAINT premie_aanvraag_idempotency_key UNIQUE,
        inhoud_hash text NOT NULL CONSTRAINT premie_aanvraag_inhoud_hash_check CHECK (inhoud_hash ~ '^[0-9a-f]{64}$'),
        dossier_id uuid NOT NULL,
        maatregel_id uuid NOT NULL,
        burger_id uuid NOT NULL,
        insz text NOT NULL CONSTRAINT premie_aanvraag_insz_check CHECK (insz ~ '^[0-9]{11}$'),
        begeleider_sub text,
        aangevraagd_door text NOT NULL,
        werkcategorie text NOT NULL,
        inhoud jsonb NOT NULL,
        ean text NOT NULL CONSTRAINT premie_aanvraag_ean_check CHECK (ean ~ '^54[0-9]{16}$'),
        iban text NOT NULL CONSTRAINT premie_aanvraag_iban_check CHECK (iban ~ '^BE[0-9]{14}$'),
        problemen jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CONSTRAINT premie_aanvraag_status_check CHECK (status IN (${STATUSSEN})),
        dossiernummer text CONSTRAINT premie_aanvraag_dossiernummer_check CHECK (dossiernummer ~ '^[0-9]{2}-MVP-[0-9]{6}$'),
        verwacht_bedrag numeric(12, 2),
        toegekend_bedrag numeric(12, 2),
        uitbetaald_bedrag numeric(12, 2),
        reden text,
        aangevraagd_op timestamptz NOT NULL,
        ingediend_op timestamptz,
        gewijzigd_op timestamptz NOT NULL,
        volgende_controle_op timestamptz
      )`);
    // A measure has at most one running (or paid) application; a refused one can be submitted again.
    await q.query(
      `CREATE UNIQUE INDEX premie_aanvraag_lopend_per_maatregel ON premie_aanvraag (maatregel_id) WHERE status NOT IN ('AFGEWEZEN', 'NIET_AANVAARD')`,
    );
    await q.query('CREATE INDEX premie_aanvraag_dossier ON premie_aanvraag (dossier_id, aangevraagd_op)');
    await q.query(
      `CREATE INDEX premie_aanvraag_te_volgen ON premie_aanvraag (volgende_controle_op) WHERE status IN ('INGEDIEND', 'IN_BEHANDELING', 'BIJKOMENDE_INFO_GEVRAAGD', 'GOEDGEKEURD')`,
    );
    await q.query(`
      CREATE TABLE premie_aanvraag_status (
        aanvraag_id uuid NOT NULL REFERENCES premie_aanvraag (id) ON DELETE CASCADE,
        volgnummer integer NOT NULL CONSTRAINT premie_aanvraag_status_volgnummer_check CHECK (volgnummer >= 0),
        status text NOT NULL CONSTRAINT premie_aanvraag_status_status_check CHECK (status IN (${STATUSSEN})),
        op timestamptz NOT NULL,
        toelichting text,
        bron text NOT NULL CONSTRAINT premie_aanvraag_status_bron_check CHECK (bron IN ('HUB', 'LOKET')),
        geregistreerd_op timestamptz NOT NULL,
        PRIMARY KEY (aanvraag_id, volgnummer)
      )`);
    await createOutboxTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outbox');
    await q.query('DROP TABLE premie_aanvraag_status');
    await q.query('DROP TABLE premie_aanvraag');
  }
}
