import { createTestDatabase, type TestDatabase } from '@hub/shared/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_SOORTEN, MIJLPAAL_SOORTEN, OFFERTE_STATUSSEN } from '../src/domain.js';
import { DEMO_TRAJECT_IDS as T, dossierEntities, dossierMigrations, seedDossierDemoData } from '../src/server.js';
import { C, DEMO_IDS } from './fixtures.js';
import { DossierLijsten1795950300000 } from '../src/migrations/1795950300000-DossierLijsten.js';
import { momentopname, tel } from './traject-support.js';

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});
const open = async () => {
  db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: dossierMigrations });
  return db.dataSource;
};

/** The tables, indexes and sequences in the schema (TypeORM's bookkeeping excepted). */
async function objects(ds: TestDatabase['dataSource']): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT c.relkind::text || ':' || c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname NOT LIKE 'migrations%' ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** What the four migrations of the journey (1795950000000..1795950300000) make, written out. */
const TRAJECT_OBJECTEN = [
  'S:mijlpaal_volgnummer_seq',
  'i:burger_achternaam_zoek_idx',
  'i:burger_naam_zoek_idx',
  'i:document_dossier_idx',
  'i:document_factuur_idx',
  'i:document_id_dossier_uq',
  'i:document_inhoud_pkey',
  'i:document_maatregel_idx',
  'i:document_offerte_idx',
  'i:document_pkey',
  'i:document_sleutel_uq',
  'i:document_upload_pkey',
  'i:document_upload_sleutel_uq',
  'i:document_upload_verloopt_idx',
  'i:dossier_adres_zoek_idx',
  'i:dossier_fase_idx',
  'i:dossier_postcode_idx',
  'i:dossier_spoc_idx',
  'i:dossier_status_idx',
  'i:dossier_volgende_actie_idx',
  'i:factuur_id_dossier_uq',
  'i:factuur_maatregel_idx',
  'i:factuur_nummer_uq',
  'i:factuur_pkey',
  'i:maatregel_id_dossier_uq',
  'i:mijlpaal_dossier_idx',
  'i:mijlpaal_pkey',
  'i:offerte_gekozen_uq',
  'i:offerte_id_dossier_uq',
  'i:offerte_maatregel_idx',
  'i:offerte_pkey',
  'r:document',
  'r:document_inhoud',
  'r:document_upload',
  'r:factuur',
  'r:mijlpaal',
  'r:offerte',
];

describe('the migrations of the journey', () => {
  it('make exactly their objects; down() removes them and the columns they added, up() makes them again', async () => {
    const ds = await open();
    const volledig = await objects(ds);
    // First the migrations after the journey's (they have their own tests), then the journey's four.
    const later = dossierMigrations.length - 1 - dossierMigrations.indexOf(DossierLijsten1795950300000);
    for (let i = 0; i < later; i++) await ds.undoLastMigration({ transaction: 'each' });
    const all = await objects(ds);
    const columns = async () =>
      (await ds.query<Array<{ c: string }>>(`SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 1`)).map((r) => r.c);
    const allColumns = await columns();
    for (let i = 0; i < 4; i++) await ds.undoLastMigration({ transaction: 'each' });
    const before = await objects(ds);
    expect(all.filter((o) => !before.includes(o))).toEqual(TRAJECT_OBJECTEN);
    expect(before.filter((o) => !all.includes(o))).toEqual([]);
    const nieuweTabellen = ['offerte', 'factuur', 'document', 'document_upload', 'document_inhoud', 'mijlpaal'];
    const beforeColumns = await columns();
    expect(allColumns.filter((c) => !nieuweTabellen.includes(c.split('.')[0]!) && !beforeColumns.includes(c))).toEqual([
      'dossier.volgende_actie',
      'dossier.volgende_actie_op',
    ]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await objects(ds)).toEqual(volledig);
    await seedDossierDemoData(ds);
    expect(await tel(ds, ['mijlpaal', 'document', 'document_inhoud', 'offerte', 'factuur'])).toEqual({ mijlpaal: 11, document: 5, document_inhoud: 5, offerte: 6, factuur: 2 });
  });

  it('check exactly the value sets of src/domain.ts', async () => {
    const ds = await open();
    const rows: Array<{ name: string; def: string }> = await ds.query(
      `SELECT c.conname AS name, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = current_schema() AND c.conname = ANY($1::text[]) ORDER BY c.conname`,
      [['mijlpaal_soort_ck', 'document_soort_ck', 'offerte_status_ck']],
    );
    const values = Object.fromEntries(rows.map((r) => [r.name, [...r.def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1])]));
    expect(values).toEqual({ document_soort_ck: [...DOCUMENT_SOORTEN], mijlpaal_soort_ck: [...MIJLPAAL_SOORTEN], offerte_status_ck: [...OFFERTE_STATUSSEN] });
  });

  it('keep links within one dossier and a measure’s choice single, whatever the application does', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const failures: Array<[string, string, unknown[]]> = [
      ['a document of An linked to a quote of Els', `UPDATE document SET offerte_id = $2 WHERE id = $1`, [T.documentAnPlan, T.offerteElsRamen]],
      ['a quote of An’s dossier on Marc’s measure', `UPDATE offerte SET maatregel_id = $2 WHERE id = $1`, [T.offerteAnRamen, C.maatregelMarcMuur]],
      ['a milestone of Marc with An’s document', `UPDATE mijlpaal SET document_id = $2 WHERE id = $1`, [T.mijlpaalMarcLoket, T.documentAnPlan]],
      ['two chosen quotes for one measure', `UPDATE offerte SET status = 'GEKOZEN' WHERE maatregel_id = $1`, [C.maatregelAnDak]],
      ['the same invoice number of a contractor twice', `UPDATE factuur SET nummer = '2025-0117' WHERE id = $1`, [T.factuurKoenZonneboiler]],
      ['a KBO number of 9 digits', `UPDATE factuur SET aannemer_kbo = '123456749' WHERE id = $1`, [T.factuurKoenZonneboiler]],
      ['a received quote without amount', `UPDATE offerte SET bedrag_excl_btw = NULL WHERE id = $1`, [T.offerteAnDakJanssens]],
      ['a VAT rate of 20 %', `UPDATE offerte SET btw_tarief = 20 WHERE id = $1`, [T.offerteAnDakJanssens]],
      ['details that are no object', `UPDATE mijlpaal SET details = '[]' WHERE id = $1`, [T.mijlpaalAnContact]],
      ['a next action without a day', `UPDATE dossier SET volgende_actie_op = NULL WHERE id = $1`, [DEMO_IDS.dossierAn]],
      ['an unknown kind of document', `UPDATE document SET soort = 'FOTO' WHERE id = $1`, [T.documentAnPlan]],
    ];
    const before = await momentopname(ds);
    for (const [what, sql, params] of failures) {
      await expect(ds.query(sql, params), what).rejects.toThrow();
    }
    expect(await momentopname(ds)).toEqual(before);
  });

  it('the seed of the journey is idempotent', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const first = await momentopname(ds);
    await seedDossierDemoData(ds);
    expect(await momentopname(ds)).toEqual(first);
  });

  it('serve the list filters and the search from their indexes', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const plan = async (sql: string) => {
      return ds.transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        const rows: Array<{ 'QUERY PLAN': string }> = await m.query(`EXPLAIN ${sql}`);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    };
    const cases: Array<[string, string]> = [
      // (the citizen's names are searched on the dossier since migration 1796400000000)
      [`SELECT id FROM dossier WHERE zoek_achternaam LIKE 'peet%'`, 'dossier_zoek_achternaam_idx'],
      [`SELECT id FROM dossier WHERE zoek_naam LIKE 'an pee%'`, 'dossier_zoek_naam_idx'],
      [`SELECT id FROM dossier WHERE lower(adres_tekst) LIKE 'tiensestraat%'`, 'dossier_adres_zoek_idx'],
      [`SELECT id FROM dossier WHERE fase = 'OPTIES' ORDER BY laatste_wijziging DESC, id DESC LIMIT 51`, 'dossier_fase_idx'],
      [`SELECT id FROM dossier WHERE postcode = '3000' ORDER BY laatste_wijziging DESC, id DESC LIMIT 51`, 'dossier_postcode_idx'],
      [`SELECT id FROM dossier WHERE spoc_sub = 'stad-sofie.claes' ORDER BY laatste_wijziging DESC, id DESC LIMIT 51`, 'dossier_spoc_idx'],
      [`SELECT id FROM dossier WHERE status = 'LOPEND' AND volgende_actie_op < DATE '2026-03-02'`, 'dossier_achterstallig_idx'],
    ];
    for (const [sql, index] of cases) expect(await plan(sql), sql).toContain(index);
  });
});
