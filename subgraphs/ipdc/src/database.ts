import { openDatabase, type Logger, type SharedPglite } from '@hub/shared';
import type { DataSource, EntitySchema } from 'typeorm';
import { ProductEntity } from './entities/product.js';
import { ReplicatieEntity } from './entities/replicatie.js';
import { ipdcMigrations } from './migrations/index.js';

export { ipdcMigrations };

/** The PostgreSQL schema that holds the replica of the catalogue. */
export const IPDC_SCHEMA = 'ipdc';

export const ipdcEntities: EntitySchema[] = [ProductEntity as EntitySchema, ReplicatieEntity as EntitySchema];

/** Opens the ipdc database (PostgreSQL at `url`, else the embedded `pglite`) and runs its migrations. */
export function openIpdcDatabase(opts: {
  url?: string;
  pglite?: SharedPglite;
  logger?: Logger;
  /** Another schema than `ipdc` (end-to-end tests give each run its own). */
  schema?: string;
}): Promise<DataSource> {
  return openDatabase({
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.pglite ? { pglite: opts.pglite } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    schema: opts.schema ?? IPDC_SCHEMA,
    entities: ipdcEntities,
    migrations: ipdcMigrations,
  });
}
