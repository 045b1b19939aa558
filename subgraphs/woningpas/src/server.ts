import { createSubgraphServer, loadSchemaFile, type Logger, type SubgraphServer } from '@hub/shared';
import type { WoningpasClients } from './clients/index.js';
import { contextFactory, type Context } from './context.js';
import { resolvers } from './resolvers.js';

export { loadWoningpasConfig, type WoningpasConfig } from './config.js';
export { createWoningpasClients, SOURCES, type WoningpasClients, type AdressenregisterClient, type EpcClient } from './clients/index.js';
export { rechtsgrondVoor, type Rechtsgrond } from './services/reden.js';
export type { Context } from './context.js';
export type * from './models.js';

export interface WoningpasServerDeps {
  /** Shared with the gateway: calls without an identity signed with it are refused (401). */
  identitySecret: string;
  logger: Logger;
  clients: WoningpasClients;
  /** Today's date as YYYY-MM-DD (tests); EPC validity is checked against it. Default: today (UTC). */
  vandaag?: () => string;
}

/** The woningpas subgraph: the home from the address register and the VEKA EPC database. */
export async function createServer(deps: WoningpasServerDeps): Promise<SubgraphServer> {
  return createSubgraphServer<Context>({
    name: 'woningpas',
    typeDefs: loadSchemaFile(new URL('../', import.meta.url)),
    resolvers,
    identitySecret: deps.identitySecret,
    logger: deps.logger,
    createContext: contextFactory({ clients: deps.clients, ...(deps.vandaag ? { vandaag: deps.vandaag } : {}) }),
  });
}
