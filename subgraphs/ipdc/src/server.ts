import { createSubgraphServer, loadSchemaFile, type Logger, type SubgraphServer } from '@hub/shared';
import type { DataSource } from 'typeorm';
import type { IpdcClient } from './clients/ipdc-client.js';
import type { Context } from './context.js';
import { ProductRepository } from './repositories/product-repository.js';
import { ReplicatieRepository } from './repositories/replicatie-repository.js';
import { resolvers } from './resolvers.js';
import { ReplicaGereedheid } from './services/gereedheid.js';
import { ProductService } from './services/producten.js';
import type { IpdcSync } from './services/replicatie.js';
import { ReplicatieStatusService } from './services/replicatie-status.js';

export { loadIpdcConfig, type IpdcConfig } from './config.js';
export { createIpdcClient, IPDC_SOURCE, type IpdcClient, type IpdcClientOptions, type SnapshotPage } from './clients/ipdc-client.js';
export { openIpdcDatabase, ipdcEntities, ipdcMigrations, IPDC_SCHEMA } from './database.js';
export {
  createIpdcSync,
  DEFAULT_SYNC_INTERVAL_MS,
  type IpdcSync,
  type IpdcSyncOptions,
  type SyncResultaat,
  type SyncUitkomst,
} from './services/replicatie.js';
export { unrefTimer, type Timer } from './services/timer.js';
export type { Context } from './context.js';
export type { Product, ProductSnapshot, ProductVersie } from './domain/product.js';

export interface IpdcServerDeps {
  /** Shared secret with the gateway (HUB_IDENTITY_SECRET). */
  identitySecret: string;
  logger: Logger;
  /** For products the replica does not know yet (GET /doc/instantie/{uuid}). */
  ipdc: Pick<IpdcClient, 'getInstantie'>;
  /** The ipdc database with the replica (see openIpdcDatabase). */
  dataSource: DataSource;
  /** The sync that fills the replica (see createIpdcSync); the caller starts and stops it. */
  sync: IpdcSync;
  now?: () => Date;
}

/**
 * The ipdc subgraph: the IPDC product catalogue from the replica, readable by anyone who comes through
 * the gateway. Ready (GET /ready) once the replica can serve: it held products when the server was
 * created, or a sync has completed since. Create the server before starting the sync.
 */
export async function createServer(deps: IpdcServerDeps): Promise<SubgraphServer> {
  const producten = new ProductRepository(deps.dataSource);
  const checkpoints = new ReplicatieRepository(deps.dataSource);
  const gereedheid = await ReplicaGereedheid.bijStart(checkpoints, deps.sync);
  const replicatie = new ReplicatieStatusService(checkpoints, producten, deps.now ?? (() => new Date()));
  return createSubgraphServer<Context>({
    name: 'ipdc',
    typeDefs: loadSchemaFile(new URL('../', import.meta.url)),
    resolvers,
    identitySecret: deps.identitySecret,
    logger: deps.logger,
    createContext: (base) => ({ ...base, producten: new ProductService({ producten, ipdc: deps.ipdc, gereedheid }), replicatie }),
    ready: async () => {
      if (!(await gereedheid.isGevuld())) throw new Error('the IPDC replica cannot serve yet: its first sync has not completed');
    },
  });
}
