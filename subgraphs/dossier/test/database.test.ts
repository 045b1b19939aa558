import { createTestDatabase, type TestDatabase } from '@hub/shared/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { dossierEntities, dossierMigrations, seedDossierDemoData } from '../src/server.js';
import { createRepositories } from '../src/repositories/index.js';
import { DOSSIER_FASEN, DOSSIER_STATUSSEN, KANALEN, MAATREGEL_STATUSSEN, VRAAG_STATUSSEN, WERKCATEGORIEEN } from '../src/domain.js';
import { rowCounts } from './helpers.js';
import { DEMO_IDS } from './fixtures.js';

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});
const open = async () => {
  db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: dossierMigrations });
  return db.dataSource;
};

/** Every row of every table, to compare two states of the database. */
async function snapshot(ds: TestDatabase['dataSource']) {
  const out: Record<string, unknown[]> = {};
  for (const table of ['burger', 'vraag', 'dossier', 'maatregel']) out[table] = await ds.query(`SELECT * FROM ${table} ORDER BY id`);
  return out;
}

/** The tables, indexes, sequences and views in the database's schema, except TypeORM's bookkeeping table. */
async function objectsInSchema(ds: TestDatabase['dataSource']): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT c.relkind::text || ':' || c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname NOT IN ('migrations', 'migrations_id_seq')
        AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE i.indexrelid = c.oid AND t.relname = 'migrations')
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

describe('the demo seed', () => {
  it('loads the demo world and is idempotent: a second run changes nothing', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const counts = await rowCounts(ds);
    const first = await snapshot(ds);
    await seedDossierDemoData(ds);
    expect(counts).toEqual({ burger: 6, vraag: 6, dossier: 5, maatregel: 10 });
    expect(await rowCounts(ds)).toEqual(counts);
    expect(await snapshot(ds)).toEqual(first);
    // No reference numbers used up by the second run.
    expect(await ds.query(`SELECT last_value FROM dossier_referentie_seq`)).toEqual([{ last_value: '5' }]);
  });

  it('holds the personas of the brief', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const rows = await ds.query(
      `SELECT b.voornaam, b.insz, d.id, d.adres_id, d.fase, d.renovatiebegeleider_sub, d.spoc_sub,
              (SELECT string_agg(m.categorie || ' ' || coalesce(m.oppervlakte_m2::text, '-') || ' ' || coalesce(m.bedrag_excl_btw::text, '-') || ' ' || m.status, ', ' ORDER BY m.volgorde)
                 FROM maatregel m WHERE m.dossier_id = d.id) AS maatregelen
         FROM dossier d JOIN burger b ON b.id = d.burger_id WHERE d.id = ANY($1::uuid[]) ORDER BY b.voornaam`,
      [[DEMO_IDS.dossierAn, DEMO_IDS.dossierYoussef, DEMO_IDS.dossierMarc]],
    );
    expect(rows).toEqual([
      {
        voornaam: 'An',
        insz: '85031412302',
        id: DEMO_IDS.dossierAn,
        adres_id: '3000120',
        fase: 'FINANCIEREN',
        renovatiebegeleider_sub: 'stad-lies.wouters',
        spoc_sub: 'stad-sofie.claes',
        maatregelen: 'DAK 80.00 9000.00 OFFERTE, RAMEN_EN_DEUREN - 7800.00 OFFERTE, WARMTEPOMP - 15400.00 GEPLAND',
      },
      {
        voornaam: 'Marc',
        insz: '58120312322',
        id: DEMO_IDS.dossierMarc,
        adres_id: '3001017',
        fase: 'OPTIES',
        renovatiebegeleider_sub: 'stad-lies.wouters',
        spoc_sub: 'stad-sofie.claes',
        maatregelen: 'BUITENMUUR 120.00 - GEPLAND, VLOER 65.50 - GEPLAND, VENTILATIE - - GEPLAND',
      },
      {
        voornaam: 'Youssef',
        insz: '01072245650',
        id: DEMO_IDS.dossierYoussef,
        adres_id: '3010250',
        fase: 'CONTACTNAME',
        renovatiebegeleider_sub: null,
        spoc_sub: 'stad-sofie.claes',
        maatregelen: null,
      },
    ]);
    expect(await ds.query(`SELECT kanaal, status, dossier_id FROM vraag WHERE burger_id = $1`, [DEMO_IDS.burgerYoussef])).toEqual([
      { kanaal: 'TELEFOON', status: 'DOSSIER_GEOPEND', dossier_id: DEMO_IDS.dossierYoussef },
    ]);
  });
});

describe('the migration', () => {
  it('down() removes everything it made, and up() again gives a working schema', async () => {
    const ds = await open();
    const migrated = await objectsInSchema(ds);
    // The first migration's objects; each later migration's own are checked in that migration's tests.
    expect(migrated).toEqual(
      expect.arrayContaining([
        'S:dossier_referentie_seq',
        'i:burger_insz_uq',
        'i:burger_pkey',
        // (dossier_adres_idx: replaced by dossier_woning_idx in 1796400000000)
        'i:dossier_begeleider_idx',
        'i:dossier_burger_idx',
        'i:dossier_lijst_idx',
        'i:dossier_pkey',
        'i:dossier_referentie_uq',
        'i:maatregel_pkey',
        'i:maatregel_volgorde_uq',
        'i:vraag_adres_idx',
        'i:vraag_burger_idx',
        'i:vraag_dossier_idx',
        'i:vraag_pkey',
        'r:burger',
        'r:dossier',
        'r:maatregel',
        'r:vraag',
      ]),
    );
    await seedDossierDemoData(ds);

    for (const _ of dossierMigrations) await ds.undoLastMigration({ transaction: 'each' });
    // Only TypeORM's own bookkeeping table (and its sequence and key) remain.
    expect(await objectsInSchema(ds)).toEqual([]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM migrations`)).toEqual([{ n: 0 }]);

    await ds.runMigrations({ transaction: 'each' });
    expect(await objectsInSchema(ds)).toEqual(migrated);
    expect(await rowCounts(ds)).toEqual({ burger: 0, vraag: 0, dossier: 0, maatregel: 0 });
    await seedDossierDemoData(ds);
    expect(await rowCounts(ds)).toEqual({ burger: 6, vraag: 6, dossier: 5, maatregel: 10 });
  });

  it('rejects values outside the value sets and broken links (check constraints, foreign keys)', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const failures: Array<[string, string, unknown[]]> = [
      ['fase', `UPDATE dossier SET fase = 'DROMEN' WHERE id = $1`, [DEMO_IDS.dossierAn]],
      ['status', `UPDATE dossier SET status = 'OPEN' WHERE id = $1`, [DEMO_IDS.dossierAn]],
      ['categorie', `UPDATE maatregel SET categorie = 'ZWEMBAD' WHERE dossier_id = $1`, [DEMO_IDS.dossierAn]],
      ['negatief bedrag', `UPDATE maatregel SET bedrag_excl_btw = -1 WHERE dossier_id = $1`, [DEMO_IDS.dossierAn]],
      ['kanaal', `UPDATE vraag SET kanaal = 'DUIF' WHERE burger_id = $1`, [DEMO_IDS.burgerAn]],
      ['insz', `UPDATE burger SET insz = '123' WHERE id = $1`, [DEMO_IDS.burgerAn]],
      ['dubbel insz', `UPDATE burger SET insz = '01072245650' WHERE id = $1`, [DEMO_IDS.burgerAn]],
      ['geopend zonder dossier', `UPDATE vraag SET dossier_id = NULL WHERE burger_id = $1`, [DEMO_IDS.burgerAn]],
      ['burger met dossiers', `DELETE FROM burger WHERE id = $1`, [DEMO_IDS.burgerAn]],
      ['dubbele volgorde', `UPDATE maatregel SET volgorde = 1 WHERE dossier_id = $1`, [DEMO_IDS.dossierAn]],
    ];
    const before = await snapshot(ds);
    for (const [what, sql, params] of failures) {
      await expect(ds.query(sql, params), what).rejects.toThrow();
    }
    expect(await snapshot(ds)).toEqual(before);
  });

  it('its check constraints allow exactly the value sets of src/domain.ts', async () => {
    const ds = await open();
    const rows: Array<{ name: string; def: string }> = await ds.query(
      `SELECT c.conname AS name, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = current_schema() AND c.conname = ANY($1::text[]) ORDER BY c.conname`,
      [['dossier_fase_ck', 'dossier_status_ck', 'maatregel_categorie_ck', 'maatregel_status_ck', 'vraag_kanaal_ck', 'vraag_status_ck']],
    );
    const values = Object.fromEntries(rows.map((r) => [r.name, [...r.def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1])]));
    expect(values).toEqual({
      dossier_fase_ck: [...DOSSIER_FASEN],
      dossier_status_ck: [...DOSSIER_STATUSSEN],
      maatregel_categorie_ck: [...WERKCATEGORIEEN],
      maatregel_status_ck: [...MAATREGEL_STATUSSEN],
      vraag_kanaal_ck: [...KANALEN],
      vraag_status_ck: [...VRAAG_STATUSSEN],
    });
  });

  it('matches the entities column for column (name, type, length, precision, nullability)', async () => {
    const ds = await open();
    // The entities declare columns only; the migration owns keys, checks, indexes and defaults. So what
    // TypeORM's schema builder would change may only be dropping those, never adding or altering a column.
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    const columnChanges = upQueries.map((q) => q.query).filter((sql) => !/DROP CONSTRAINT|DROP INDEX|ALTER COLUMN "[a-z_]+" DROP DEFAULT/.test(sql));
    expect(columnChanges).toEqual([]);
    expect(upQueries.length).toBeGreaterThan(0); // the filter above is really exercised
  });

  it('numbers dossiers REN-<year opened>-<sequence>, never reusing a number', async () => {
    const ds = await open();
    await seedDossierDemoData(ds);
    const repos = createRepositories(ds.manager);
    const base = { titel: 'Nieuw', fase: 'CONTACTNAME' as const, status: 'LOPEND' as const, burgerId: DEMO_IDS.burgerAn, adresId: '3000120', spocSub: null, renovatiebegeleiderSub: null };
    const a = await repos.dossiers.insert({ ...base, id: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0101', geopendOp: new Date('2026-03-03T10:00:00Z'), laatsteWijziging: new Date('2026-03-03T10:00:00Z') });
    // 31 December 23:30 UTC is already New Year in Leuven.
    const b = await repos.dossiers.insert({ ...base, id: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0102', geopendOp: new Date('2026-12-31T23:30:00Z'), laatsteWijziging: new Date('2026-12-31T23:30:00Z') });
    expect([a.referentie, b.referentie]).toEqual(['REN-2026-000006', 'REN-2027-000007']);
    expect(await ds.query(`SELECT referentie, version FROM dossier WHERE id = ANY($1::uuid[]) ORDER BY referentie`, [[a.id, b.id]])).toEqual([
      { referentie: 'REN-2026-000006', version: 1 },
      { referentie: 'REN-2027-000007', version: 1 },
    ]);
  });
});
