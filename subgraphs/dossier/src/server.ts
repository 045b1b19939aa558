import { createSubgraphServer, loadSchemaFile, type Logger, type SubgraphServer } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { contextFactory } from './context.js';
import { resolvers } from './resolvers/index.js';

export { loadDossierConfig, type DossierConfig } from './config.js';
export { openDossierDatabase, DOSSIER_SCHEMA, type DossierDatabaseOptions } from './database.js';
export { dossierEntities } from './entities/index.js';
export type { BurgerRow, DossierRow, MaatregelRow, VraagRow } from './entities/index.js';
export { dossierMigrations } from './migrations/index.js';
export { seedDossierDemoData, DEMO_REFERENCE_DATE } from './seed/seed.js';
export { DEMO_CRM_IDS, DEMO_INSZ, DEMO_BEGELEIDER_WIM } from './seed/demo-data.js';
export type { Context } from './context.js';
export type { BurgerModel, DossierModel, MaatregelModel, VraagModel, WoningModel } from './mappers.js';

export interface DossierServerDeps {
  /** Shared with the gateway: calls without an identity signed with it are refused (401). */
  identitySecret: string;
  logger: Logger;
  /** The migrated CRM database (see `openDossierDatabase`). */
  dataSource: DataSource;
}

/** The dossier subgraph: the city CRM (citizens, questions, dossiers, measures). Ready when the database answers. */
export function createServer(deps: DossierServerDeps): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: 'dossier',
    typeDefs: loadSchemaFile(new URL('../', import.meta.url)),
    resolvers,
    identitySecret: deps.identitySecret,
    logger: deps.logger,
    createContext: contextFactory(deps.dataSource),
    ready: async () => {
      await deps.dataSource.query('SELECT 1');
    },
  });
}
