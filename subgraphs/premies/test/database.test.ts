import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '@hub/shared/demo';
import { createTestDatabase, type TestDatabase } from '@hub/shared/testing';
import { premiesEntities, premiesMigrations, seedPremiesDemoData } from '../src/server.js';

const rows = (db: TestDatabase) =>
  db.dataSource.query(`SELECT burger_id, categorie, to_char(opgegeven_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS opgegeven_op, bron FROM inkomensopgave ORDER BY burger_id`);

describe(`premies database (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ schemaPrefix: 'premies', entities: premiesEntities, migrations: premiesMigrations });
  });
  afterAll(async () => db?.close());

  it('runs its timestamped migration once', async () => {
    expect(await db.dataSource.query('SELECT name FROM migrations ORDER BY id')).toEqual([{ name: 'CreateInkomensopgave1795836511885' }]);
  });

  it('seeds the demo citizens idempotently: An categorie 3, Youssef categorie 4, Marc nothing', async () => {
    const expected = [
      { burger_id: DEMO_IDS.burgerAn, categorie: 'CATEGORIE_3', opgegeven_op: '2026-01-15T09:00:00', bron: 'demo' },
      { burger_id: DEMO_IDS.burgerYoussef, categorie: 'CATEGORIE_4', opgegeven_op: '2026-01-15T09:00:00', bron: 'demo' },
    ];
    await seedPremiesDemoData(db.dataSource);
    expect(await rows(db)).toEqual(expected);
    await seedPremiesDemoData(db.dataSource);
    expect(await rows(db)).toEqual(expected);
  });

  it('refuses an income category that does not exist, and changes nothing', async () => {
    await expect(
      db.dataSource.query(`INSERT INTO inkomensopgave (burger_id, categorie, opgegeven_op, bron) VALUES ($1, 'CATEGORIE_5', now(), 'loket')`, [
        DEMO_IDS.burgerMarc,
      ]),
    ).rejects.toThrow(/inkomensopgave_categorie_check/);
    expect(await rows(db)).toHaveLength(2);
  });

  it('can undo its migration (down) and apply it again', async () => {
    await db.dataSource.undoLastMigration({ transaction: 'each' });
    const tables = () =>
      db.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'inkomensopgave'`);
    expect(await tables()).toEqual([{ n: 0 }]);
    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual([{ n: 1 }]);
  });
});
