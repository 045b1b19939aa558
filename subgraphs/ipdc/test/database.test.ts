import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from './helpers.js';

// The replica's schema: one timestamped migration with a working down(), and the constraints that keep
// the checkpoint consistent.

type Db = Awaited<ReturnType<typeof testDatabase>>;

const tables = (db: Db) =>
  db.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('product', 'replicatie') ORDER BY table_name`,
  );

describe(`ipdc database (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => db?.close());

  it('runs its timestamped migration once and starts with an unstarted checkpoint at page 0', async () => {
    expect(await db.dataSource.query('SELECT name FROM migrations ORDER BY id')).toEqual([{ name: 'IpdcReplica1795838359839' }]);
    expect(await tables(db)).toEqual([{ table_name: 'product' }, { table_name: 'replicatie' }]);
    expect(await db.dataSource.query('SELECT feed, pagina, status, eigenaar FROM replicatie')).toEqual([
      { feed: 'instantiesnapshot', pagina: 0, status: 'NIET_GESTART', eigenaar: null },
    ]);
  });

  it('refuses an unknown status and a claim without an end, and changes nothing', async () => {
    await expect(db.dataSource.query(`UPDATE replicatie SET status = 'KLAAR'`)).rejects.toThrow(/replicatie_status_check/);
    await expect(db.dataSource.query(`UPDATE replicatie SET eigenaar = 'x'`)).rejects.toThrow(/replicatie_claim_check/);
    expect(await db.dataSource.query('SELECT status, eigenaar FROM replicatie')).toEqual([{ status: 'NIET_GESTART', eigenaar: null }]);
  });

  it('can undo its migration (down) and apply it again', async () => {
    await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables(db)).toEqual([]);
    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await tables(db)).toEqual([{ table_name: 'product' }, { table_name: 'replicatie' }]);
  });
});
