import { openDatabase } from '@hub/shared';
import { createTestDatabase, type TestDatabase } from '@hub/shared/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT_ACTIES, GEGEVENSSOORTEN, PARTNER_AANVRAAG_SOORTEN, PARTNER_ORGANISATIES, TOESTEMMING_WIJZEN } from '../src/domain.js';
import { DossierInitial1772000000000 } from '../src/migrations/1772000000000-DossierInitial.js';
import { Klantreis1795900000000 } from '../src/migrations/1795900000000-Klantreis.js';
import { dossierEntities, dossierMigrations, seedDossierDemoData } from '../src/server.js';
import { DEMO_IDS } from './fixtures.js';
import { tabelTellingen } from './klantreis-helpers.js';

/*
 * The migration of questions, the lifecycle, consent, partners and audit (1795900000000-Klantreis): what
 * it makes, that down() takes exactly that away again, that it fills in what older rows lack, and that
 * its constraints hold the rules the services rely on.
 */

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});
/** A database with the first migration and this one only (for the objects of this one). */
const openTotHier = async () => {
  db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: [DossierInitial1772000000000, Klantreis1795900000000] });
  return db.dataSource;
};
/** A database with every migration (the entities, used by the seed, have the columns of later ones). */
const open = async () => {
  db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: dossierMigrations });
  return db.dataSource;
};

async function objects(ds: TestDatabase['dataSource']): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT c.relkind::text || ':' || c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname NOT IN ('migrations', 'migrations_id_seq', 'migrations_pkey')
     UNION ALL
     SELECT 'f:' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()
     UNION ALL
     SELECT 't:' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND NOT t.tgisinternal
     ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

const columns = async (ds: TestDatabase['dataSource'], table: string) =>
  (await ds.query<Array<{ c: string }>>(`SELECT column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, [table])).map(
    (r) => r.c,
  );

describe('the migration 1795900000000-Klantreis', () => {
  it('adds its tables, indexes, triggers and columns; down() takes exactly those away; up() again works', async () => {
    const ds = await openTotHier();
    const na = await objects(ds);
    await ds.undoLastMigration({ transaction: 'each' });
    const voor = await objects(ds);
    const vraagVoor = await columns(ds, 'vraag');
    const dossierVoor = await columns(ds, 'dossier');
    expect(na.filter((o) => !voor.includes(o))).toEqual([
      'f:audit_log_alleen_toevoegen',
      'f:toestemming_enkel_intrekken',
      'i:audit_log_dossier_idx',
      'i:audit_log_pkey',
      'i:audit_log_sub_idx',
      'i:dossier_overgang_pkey',
      'i:dossier_overgang_versie_uq',
      'i:opmerking_dossier_idx',
      'i:opmerking_pkey',
      'i:outbox_aggregate',
      'i:outbox_due',
      'i:outbox_pkey',
      'i:outbox_topic_dedup_key',
      'i:partner_aanvraag_dossier_idx',
      'i:partner_aanvraag_outbox_uq',
      'i:partner_aanvraag_pkey',
      'i:partner_toewijzing_actief_uq',
      'i:partner_toewijzing_partner_idx',
      'i:partner_toewijzing_pkey',
      'i:toestemming_actief_uq',
      'i:toestemming_dossier_idx',
      'i:toestemming_pkey',
      'i:vraag_inbox_idx',
      'r:audit_log',
      'r:dossier_overgang',
      'r:opmerking',
      'r:outbox',
      'r:partner_aanvraag',
      'r:partner_toewijzing',
      'r:toestemming',
      't:audit_log_onveranderlijk',
      't:toestemming_historiek',
    ]);
    expect(voor.filter((o) => !na.includes(o))).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await objects(ds)).toEqual(na);
    expect((await columns(ds, 'vraag')).filter((c) => !vraagVoor.includes(c))).toEqual([
      'adres_tekst',
      'postcode',
      'contact_naam',
      'contact_email',
      'contact_telefoon',
      'geregistreerd_door',
      'toegewezen_aan',
      'afhandel_reden',
      'afgehandeld_op',
    ]);
    expect((await columns(ds, 'dossier')).filter((c) => !dossierVoor.includes(c))).toEqual([
      'adres_tekst',
      'postcode',
      'begeleider_partner',
      'start_toestemming_wijze',
      'start_toestemming_op',
      'start_toestemming_door',
      'afsluit_reden',
      'afgesloten_op',
    ]);
  });

  it('gives a dossier that ended before it a placeholder reason, so that every ended dossier has one', async () => {
    db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: [DossierInitial1772000000000] });
    const oud = db.dataSource;
    await oud.query(`INSERT INTO burger (id, voornaam, achternaam) VALUES ($1, 'Oud', 'Dossier')`, [DEMO_IDS.burgerAn]);
    await oud.query(
      `INSERT INTO dossier (id, referentie, titel, fase, status, burger_id, adres_id, geopend_op, laatste_wijziging) VALUES
         ($1, 'REN-2025-000001', 'Afgesloten', 'UITVOEREN_EN_BETALEN', 'AFGESLOTEN', $3, '3000120', '2025-01-01T00:00:00Z', '2025-06-01T00:00:00Z'),
         ($2, 'REN-2025-000002', 'Lopend', 'OPTIES', 'LOPEND', $3, '3000120', '2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z')`,
      [DEMO_IDS.dossierAn, DEMO_IDS.dossierMarc, DEMO_IDS.burgerAn],
    );
    // The same database (schema), migrated further, as a new version of the hub would find it.
    const [{ schema }] = (await oud.query(`SELECT current_schema() AS schema`)) as [{ schema: string }];
    const verder = await openDatabase({
      ...(db.kind === 'postgres' ? { url: process.env.TEST_DATABASE_URL! } : { pglite: db.pglite! }),
      schema,
      entities: dossierEntities,
      migrations: [DossierInitial1772000000000, Klantreis1795900000000],
    });
    try {
      expect(await verder.query(`SELECT referentie, status, afsluit_reden, afgesloten_op FROM dossier ORDER BY referentie`)).toEqual([
        { referentie: 'REN-2025-000001', status: 'AFGESLOTEN', afsluit_reden: 'Beëindigd vóór het CRM redenen bijhield.', afgesloten_op: new Date('2025-06-01T00:00:00Z') },
        { referentie: 'REN-2025-000002', status: 'LOPEND', afsluit_reden: null, afgesloten_op: null },
      ]);
    } finally {
      await verder.destroy();
    }
  });

  it('holds the rules in the database too: value sets, reasons, one running consent per kind, one coach', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const values = async (name: string) => {
      const [row] = await ds.query<Array<{ def: string }>>(
        `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema() AND c.conname = $1`,
        [name],
      );
      return [...new Set([...row!.def.matchAll(/'([a-zA-Z_-]+)'/g)].map((m) => m[1]))];
    };
    expect({
      soort: await values('toestemming_soort_ck'),
      partner: await values('toestemming_partner_ck'),
      wijze: await values('dossier_start_toestemming_wijze_ck'),
      aanvraag: await values('partner_aanvraag_soort_ck'),
      actie: await values('audit_log_actie_ck'),
    }).toEqual({
      soort: [...GEGEVENSSOORTEN],
      partner: [...PARTNER_ORGANISATIES],
      wijze: [...TOESTEMMING_WIJZEN],
      aanvraag: [...PARTNER_AANVRAAG_SOORTEN],
      actie: [...AUDIT_ACTIES],
    });
    const voor = await tabelTellingen(ds);
    const failures: Array<[string, string, unknown[]]> = [
      ['afgesloten zonder reden', `UPDATE dossier SET status = 'AFGESLOTEN' WHERE id = $1`, [DEMO_IDS.dossierAn]],
      ['reden bij een lopend dossier', `UPDATE dossier SET afsluit_reden = 'x', afgesloten_op = now() WHERE id = $1`, [DEMO_IDS.dossierAn]],
      ['begeleider en partner', `UPDATE dossier SET begeleider_partner = 'dialoog' WHERE id = $1`, [DEMO_IDS.dossierAn]],
      ['halve starttoestemming', `UPDATE dossier SET start_toestemming_door = NULL WHERE id = $1`, [DEMO_IDS.dossierAn]],
      ['afgehandeld zonder reden', `UPDATE vraag SET status = 'AFGEHANDELD' WHERE burger_id = $1`, [DEMO_IDS.burgerAn]],
      ['in behandeling zonder medewerker', `UPDATE vraag SET status = 'IN_BEHANDELING' WHERE burger_id = $1`, [DEMO_IDS.burgerYoussef]],
      ['postcode', `UPDATE dossier SET postcode = '300' WHERE id = $1`, [DEMO_IDS.dossierAn]],
      [
        'twee lopende toestemmingen',
        `INSERT INTO toestemming (id, dossier_id, partner, soort, gegeven_op, gegeven_wijze) VALUES (gen_random_uuid(), $1, 'energiehuis', 'CONTACTGEGEVENS', now(), 'DIGITAAL')`,
        [DEMO_IDS.dossierAn],
      ],
      [
        'onbekende partner',
        `INSERT INTO toestemming (id, dossier_id, partner, soort, gegeven_op, gegeven_wijze) VALUES (gen_random_uuid(), $1, 'onbekend', 'DOCUMENTEN', now(), 'DIGITAAL')`,
        [DEMO_IDS.dossierAn],
      ],
      [
        'twee lopende toewijzingen',
        `INSERT INTO partner_toewijzing (id, dossier_id, partner, toegewezen_op, toegewezen_door) VALUES (gen_random_uuid(), $1, 'energiehuis', now(), 'x')`,
        [DEMO_IDS.dossierAn],
      ],
      ['audit wijzigen', `UPDATE audit_log SET detail = 'x'`, []],
    ];
    await ds.query(`INSERT INTO audit_log (id, tijdstip, sub, rollen, actie, object_type, object_id, request_id) VALUES (gen_random_uuid(), now(), 'x', ARRAY['spoc'], 'LEZEN', 'Dossier', 'x', 'r')`);
    for (const [what, sql, params] of failures) {
      await expect(ds.query(sql, params), what).rejects.toThrow();
    }
    expect(await tabelTellingen(ds)).toEqual({ ...voor, audit_log: voor.audit_log + 1 });
  });
});

describe('the demo seed of the journey', () => {
  it('adds consents, assignments, delivered requests and a remark; a second run changes nothing', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const eerste = await tabelTellingen(ds);
    const outbox = await ds.query(`SELECT id, topic, status, attempts, delivered_at FROM outbox ORDER BY id`);
    await seedDossierDemoData(ds);
    expect(await tabelTellingen(ds)).toEqual(eerste);
    expect(await ds.query(`SELECT id, topic, status, attempts, delivered_at FROM outbox ORDER BY id`)).toEqual(outbox);
    expect(eerste).toEqual({
      burger: 6,
      vraag: 6,
      dossier: 5,
      dossier_overgang: 0,
      toestemming: 8,
      partner_toewijzing: 4,
      partner_aanvraag: 4,
      opmerking: 1,
      outbox: 4,
      audit_log: 0,
    });
    // Nothing of the seed is sent again: every message is delivered.
    expect(await ds.query(`SELECT topic, status, count(*)::int AS n FROM outbox GROUP BY topic, status`)).toEqual([{ topic: 'partner.aanvraag', status: 'delivered', n: 4 }]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM partner_aanvraag a JOIN outbox o ON o.id = a.outbox_id AND o.aggregate_id = a.id`)).toEqual([{ n: 4 }]);
    expect(
      await ds.query(`SELECT referentie, adres_tekst, postcode, start_toestemming_wijze, afsluit_reden IS NOT NULL AS afgesloten FROM dossier ORDER BY referentie`),
    ).toEqual([
      { referentie: 'REN-2025-000001', adres_tekst: 'Aarschotsesteenweg 8, 3012 Leuven', postcode: '3012', start_toestemming_wijze: 'SCHRIFTELIJK', afgesloten: true },
      { referentie: 'REN-2025-000002', adres_tekst: 'Brusselsestraat 44 bus 2, 3000 Leuven', postcode: '3000', start_toestemming_wijze: 'DIGITAAL', afgesloten: false },
      { referentie: 'REN-2026-000003', adres_tekst: 'Tiensestraat 120, 3000 Leuven', postcode: '3000', start_toestemming_wijze: 'MONDELING', afgesloten: false },
      { referentie: 'REN-2026-000004', adres_tekst: 'Naamsesteenweg 17, 3001 Leuven', postcode: '3001', start_toestemming_wijze: 'MONDELING', afgesloten: false },
      { referentie: 'REN-2026-000005', adres_tekst: 'Diestsesteenweg 250, 3010 Leuven', postcode: '3010', start_toestemming_wijze: 'MONDELING', afgesloten: false },
    ]);
  });
});
