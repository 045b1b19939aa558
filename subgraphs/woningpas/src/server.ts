import { createSubgraphServer, loadSchemaFile, type Logger, type SubgraphServer } from '@hub/shared';
import type { UpstreamCache } from './cache/index.js';
import { withCache, type WoningpasClients } from './clients/index.js';
import { contextFactory, type Context } from './context.js';
import { resolvers } from './resolvers.js';

export { loadWoningpasConfig, type WoningpasConfig } from './config.js';
export {
  createWoningpasClients,
  SOURCES,
  withCache,
  type WoningpasClients,
  type AdressenregisterClient,
  type DatadienstenClient,
  type EpcClient,
  type ErfgoedBron,
  type VergunningenBron,
} from './clients/index.js';
export {
  cacheTtls,
  createMemoryCacheBackend,
  createRedisCacheBackend,
  createUpstreamCache,
  createWoningpasCache,
  CACHE_BRONNEN,
  type CacheBackend,
  type CacheBron,
  type CacheStats,
  type CacheTtls,
  type UpstreamCache,
} from './cache/index.js';
export { rechtsgrondVoor, rechtsgrondVoorStatistiek, type Rechtsgrond } from './services/reden.js';
export { EPC_STATISTIEK_PARALLEL } from './loaders.js';
export type { Context } from './context.js';
export type * from './models.js';

export interface WoningpasServerDeps {
  /** Shared with the gateway: calls without an identity signed with it are refused (401). */
  identitySecret: string;
  logger: Logger;
  clients: WoningpasClients;
  /**
   * The cache of upstream answers shared across requests (`createWoningpasCache(config, logger)`); without
   * one, every request asks the upstreams (the per-request DataLoaders still deduplicate). The caller
   * owns it: close it after the server.
   */
  cache?: UpstreamCache;
  /** Today's date as YYYY-MM-DD (tests); EPC validity is checked against it. Default: today (UTC). */
  vandaag?: () => string;
  /** How many homes `Statistieken.epcLabels` looks up at a time per request (default EPC_STATISTIEK_PARALLEL, 16). */
  epcStatistiekParallel?: number;
}

/**
 * The woningpas subgraph: the home from the address register, the VEKA EPC database and datadiensten,
 * and the heritage and permit sources.
 */
export async function createServer(deps: WoningpasServerDeps): Promise<SubgraphServer> {
  const clients = deps.cache ? withCache(deps.clients, deps.cache) : deps.clients;
  return createSubgraphServer<Context>({
    name: 'woningpas',
    typeDefs: loadSchemaFile(new URL('../', import.meta.url)),
    resolvers,
    identitySecret: deps.identitySecret,
    logger: deps.logger,
    createContext: contextFactory({
      clients,
      ...(deps.vandaag ? { vandaag: deps.vandaag } : {}),
      ...(deps.epcStatistiekParallel ? { epcStatistiekParallel: deps.epcStatistiekParallel } : {}),
    }),
  });
}
