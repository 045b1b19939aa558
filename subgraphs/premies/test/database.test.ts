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

  it('runs its timestamped migrations once', async () => {
    expect(await db.dataSource.query('SELECT name FROM migrations ORDER BY id')).toEqual([
      { name: 'CreateInkomensopgave1795836511885' },
      { name: 'PremieAanvragen1796200000000' },
      { name: 'PremieAdvies1796400000000' },
    ]);
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

  it('refuses a recorded advice with an unknown outcome or a negative amount, and changes nothing', async () => {
    const insert = (status: string, bedrag: number) =>
      db.dataSource.query(
        `INSERT INTO premie_advies (dossier_id, maatregel_id, werkcategorie, status, bedrag, regime, regel_id, vastgelegd_op) VALUES ($1, $2, 'DAK', $3, $4, 'MVP-2026', NULL, now())`,
        [DEMO_IDS.dossierAn, DEMO_IDS.dossierAn, status, bedrag],
      );
    await expect(insert('GESCHAT', 100)).rejects.toThrow(/premie_advies_status_check/);
    await expect(insert('BEREKEND', -1)).rejects.toThrow(/premie_advies_bedrag_check/);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM premie_advies')).toEqual([{ n: 0 }]);
  });

  it('can undo its migrations (down) and apply them again', async () => {
    const tables = async () =>
      (
        (await db.dataSource.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations' ORDER BY table_name`,
        )) as Array<{ table_name: string }>
      ).map((t) => t.table_name);
    const all = ['inkomensopgave', 'outbox', 'premie_aanvraag', 'premie_aanvraag_status', 'premie_advies'];
    expect(await tables()).toEqual(all);
    await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['inkomensopgave', 'outbox', 'premie_aanvraag', 'premie_aanvraag_status']);
    await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['inkomensopgave']);
    await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(all);
  });
});
