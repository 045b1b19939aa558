import { ANONYMOUS, createLogger, type Identity, type SubgraphServer } from '@hub/shared';
import { createTestDatabase, identityOf, postGraphQL, QueryCounter, TEST_IDENTITY_SECRET, type GraphQLResponse, type TestDatabase } from '@hub/shared/testing';
import type { DataSource } from 'typeorm';
import { createServer, dossierEntities, dossierMigrations, seedDossierDemoData, type DocumentDeps, type StatistiekOpties, type ZakenOpties } from '../src/server.js';

export interface DossierTestSubgraph {
  db: TestDatabase;
  dataSource: DataSource;
  /** Counts every SQL statement of the data source (reset it before the call you measure). */
  queries: QueryCounter;
  server: SubgraphServer;
  url: string;
  /** Calls the subgraph as the gateway would for `who`: a demo persona key, an identity, or 'anoniem'. */
  gql<D = Record<string, unknown>>(who: string | Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<D>>;
  close(): Promise<void>;
}

export function identity(who: string | Identity): Identity {
  if (typeof who !== 'string') return who;
  return who === 'anoniem' ? ANONYMOUS : identityOf(who);
}

/** A dossier subgraph on a fresh test database (PGlite, or PostgreSQL with TEST_DATABASE_URL), on port 0. */
export async function startDossierSubgraph(
  opts: { seed?: boolean; now?: () => Date; documenten?: DocumentDeps; zaken?: Partial<ZakenOpties>; statistieken?: Partial<StatistiekOpties> } = {},
): Promise<DossierTestSubgraph> {
  const queries = new QueryCounter();
  const db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: dossierMigrations, queryLogger: queries });
  if (opts.seed ?? true) await seedDossierDemoData(db.dataSource);
  const server = await createServer({
    identitySecret: TEST_IDENTITY_SECRET,
    logger: createLogger('dossier-test', 'silent'),
    dataSource: db.dataSource,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.documenten ? { documenten: opts.documenten } : {}),
    ...(opts.zaken ? { zaken: opts.zaken } : {}),
    ...(opts.statistieken ? { statistieken: opts.statistieken } : {}),
  });
  const url = await server.listen(0);
  return {
    db,
    dataSource: db.dataSource,
    queries,
    server,
    url,
    gql: async (who, query, variables) => {
      const res = await postGraphQL(url, { query, ...(variables ? { variables } : {}) }, { identity: identity(who) });
      // The order of errors of sibling fields follows resolution timing, which GraphQL leaves open:
      // sort them by path so that tests can state the whole response.
      res.body.errors?.sort((a, b) => JSON.stringify(a.path ?? []).localeCompare(JSON.stringify(b.path ?? [])));
      return res as never;
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
}

/** Row counts of every table of the CRM, to prove that a refused call changed nothing. */
export async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const [row] = await dataSource.query<Array<Record<string, string>>>(
    `SELECT (SELECT count(*) FROM burger) AS burger, (SELECT count(*) FROM vraag) AS vraag,
            (SELECT count(*) FROM dossier) AS dossier, (SELECT count(*) FROM maatregel) AS maatregel`,
  );
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}
