import { createSubgraphServer, loadSchemaFile, type Logger, type SubgraphServer } from '@hub/shared';
import type { IpdcClient } from './clients/ipdc-client.js';
import type { Context } from './context.js';
import { resolvers } from './resolvers.js';
import { Catalogus } from './services/catalogus.js';
import { ProductService } from './services/producten.js';

export { loadIpdcConfig, type IpdcConfig } from './config.js';
export { createIpdcClient, IPDC_SOURCE, type IpdcClient, type IpdcClientOptions } from './clients/ipdc-client.js';
export type { Context } from './context.js';
export type { Product, ProductSnapshot, ProductVersie } from './domain/product.js';

export interface IpdcServerDeps {
  /** Shared secret with the gateway (HUB_IDENTITY_SECRET). */
  identitySecret: string;
  logger: Logger;
  ipdc: IpdcClient;
  /** How long the catalogue read from the feed is kept (default 10 minutes). */
  catalogusTtlMs?: number;
}

export const DEFAULT_CATALOGUS_TTL_MS = 10 * 60 * 1000;

/** The ipdc subgraph: the IPDC product catalogue, readable by anyone who comes through the gateway. */
export async function createServer(deps: IpdcServerDeps): Promise<SubgraphServer> {
  const catalogus = new Catalogus(deps.ipdc, deps.logger, { ttlMs: deps.catalogusTtlMs ?? DEFAULT_CATALOGUS_TTL_MS });
  return createSubgraphServer<Context>({
    name: 'ipdc',
    typeDefs: loadSchemaFile(new URL('../', import.meta.url)),
    resolvers,
    identitySecret: deps.identitySecret,
    logger: deps.logger,
    createContext: (base) => ({ ...base, producten: new ProductService(deps.ipdc, catalogus) }),
  });
}
