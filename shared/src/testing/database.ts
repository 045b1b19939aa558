import { randomBytes } from 'node:crypto';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { openDatabase, type DatabaseOptions } from '../db/database.js';
import { openPglite, type SharedPglite } from '../db/pglite.js';

export interface TestDatabase {
  dataSource: DataSource;
  /** 'postgres' when TEST_DATABASE_URL is set, else 'pglite'. */
  kind: 'postgres' | 'pglite';
  /** The embedded instance, when kind is 'pglite' (to share it with another service's schema). */
  pglite?: SharedPglite;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a new schema in the PostgreSQL of TEST_DATABASE_URL
 * (dropped on close), or an in-memory PGlite when that variable is unset.
 */
export async function createTestDatabase(
  options: Omit<DatabaseOptions, 'url' | 'pglite' | 'schema'> & { schemaPrefix: string; pglite?: SharedPglite },
): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL?.trim() || undefined;
  const schema = `${options.schemaPrefix}_t${randomBytes(5).toString('hex')}`;
  if (url) {
    const dataSource = await openDatabase({ ...options, url, schema, poolSize: options.poolSize ?? 5 });
    return {
      dataSource,
      kind: 'postgres',
      async close() {
        await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await dataSource.destroy();
      },
    };
  }
  const ownsPglite = !options.pglite;
  const pglite = options.pglite ?? (await openPglite());
  const dataSource = await openDatabase({ ...options, pglite, schema });
  return {
    dataSource,
    kind: 'pglite',
    pglite,
    async close() {
      await dataSource.destroy();
      if (ownsPglite) await pglite.close();
    },
  };
}

/** A TypeORM logger that counts the SQL statements run, to prove that a resolver has no N+1. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string) {
    this.count++;
    this.statements.push(query);
  }
  reset() {
    this.count = 0;
    this.statements = [];
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
