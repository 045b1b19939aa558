import { createLogger, type Identity } from '@hub/shared';
import { createTestDatabase, postGraphQL, QueryCounter, TEST_IDENTITY_SECRET, type TestDatabase } from '@hub/shared/testing';
import { createServer, loadRegelset, premiesEntities, premiesMigrations, type Regelset } from '../src/server.js';

/** The draft secret of the in-process premies subgraph in tests. */
export const TEST_VOORSTEL_SECRET = 'test-voorstel-secret-of-at-least-32-characters';

export interface TestPremies {
  url: string;
  db: TestDatabase;
  /** Counts the SQL statements run (reset it before the call you measure). */
  queries: QueryCounter;
  call(query: string, variables: Record<string, unknown>, identity?: Identity): ReturnType<typeof postGraphQL>;
  close(): Promise<void>;
}

/** The premies subgraph in-process on a fresh test database (PGlite, or PostgreSQL with TEST_DATABASE_URL), on a free port. */
export async function startPremies(opts: { now?: () => Date; regelset?: Regelset } = {}): Promise<TestPremies> {
  const queries = new QueryCounter();
  const db = await createTestDatabase({ schemaPrefix: 'premies', entities: premiesEntities, migrations: premiesMigrations, queryLogger: queries });
  const server = await createServer({
    identitySecret: TEST_IDENTITY_SECRET,
    logger: createLogger('premies-test', 'silent'),
    dataSource: db.dataSource,
    regelset: opts.regelset ?? loadRegelset(),
    ...(opts.now ? { now: opts.now } : {}),
    voorstel: { secret: TEST_VOORSTEL_SECRET, geldigheidMs: 24 * 60 * 60_000 },
  });
  const url = await server.listen(0);
  return {
    url,
    db,
    queries,
    call: (query, variables, identity) => postGraphQL(url, { query, variables }, identity ? { identity } : {}),
    async close() {
      await server.close();
      await db.close();
    },
  };
}
