import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntitySchema, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@hub/shared/testing';

interface Teller {
  id: string;
  naam: string;
  waarde: number;
  bedrag: string;
  dag: string;
}

const TellerEntity = new EntitySchema<Teller>({
  name: 'Teller',
  tableName: 'teller',
  columns: {
    id: { type: 'uuid', primary: true },
    naam: { type: 'text' },
    waarde: { type: 'int' },
    bedrag: { type: 'numeric', precision: 12, scale: 2 },
    dag: { type: 'date' },
  },
});

class CreateTeller1700000000000 implements MigrationInterface {
  name = 'CreateTeller1700000000000';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE teller (id uuid PRIMARY KEY, naam text NOT NULL UNIQUE, waarde int NOT NULL, bedrag numeric(12,2) NOT NULL, dag date NOT NULL)`);
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE teller');
  }
}

describe(`database layer (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ schemaPrefix: 'shared', entities: [TellerEntity], migrations: [CreateTeller1700000000000] });
  });
  afterAll(async () => db?.close());

  it('runs the migrations once and records them in the schema', async () => {
    const rows = await db.dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(rows).toEqual([{ name: 'CreateTeller1700000000000' }]);
  });

  it('maps numeric and date columns the same way on PGlite and PostgreSQL', async () => {
    const repo = db.dataSource.getRepository(TellerEntity);
    await repo.insert({ id: crypto.randomUUID(), naam: 'typen', waarde: 1, bedrag: '1234.50', dag: '2026-03-01' });
    const row = await repo.findOneByOrFail({ naam: 'typen' });
    expect(row).toMatchObject({ naam: 'typen', waarde: 1, bedrag: '1234.50', dag: '2026-03-01' });
    const result = await repo.update({ naam: 'typen' }, { waarde: 2 });
    expect(result.affected).toBe(1);
  });

  it('keeps concurrent transactions isolated (no lost updates, a failed one rolls back)', async () => {
    const repo = db.dataSource.getRepository(TellerEntity);
    const id = crypto.randomUUID();
    await repo.insert({ id, naam: 'teller', waarde: 0, bedrag: '0', dag: '2026-01-01' });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.dataSource.transaction(async (m) => {
          const [current] = await m.query('SELECT waarde FROM teller WHERE id = $1 FOR UPDATE', [id]);
          await new Promise((r) => setTimeout(r, 1));
          await m.query('UPDATE teller SET waarde = $1 WHERE id = $2', [current.waarde + 1, id]);
        }),
      ),
    );
    await expect(
      db.dataSource.transaction(async (m) => {
        await m.query('UPDATE teller SET waarde = 999 WHERE id = $1', [id]);
        await m.query(`INSERT INTO teller (id, naam, waarde, bedrag, dag) VALUES ($1, 'teller', 0, 0, '2026-01-01')`, [crypto.randomUUID()]);
      }),
    ).rejects.toThrow(/duplicate key|unique/i);
    const after = await repo.findOneByOrFail({ id });
    expect(after.waarde).toBe(20);
  });
});
