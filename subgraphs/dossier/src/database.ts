import { openDatabase, type Logger, type SharedPglite } from '@hub/shared';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { dossierEntities } from './entities/index.js';
import { dossierMigrations } from './migrations/index.js';

/** The PostgreSQL schema of the CRM. */
export const DOSSIER_SCHEMA = 'dossier';

export interface DossierDatabaseOptions {
  /** A PostgreSQL URL; when unset, `pglite` is used. */
  url?: string;
  /** The embedded database (may be shared with other services: each has its own schema). */
  pglite?: SharedPglite;
  logger?: Logger;
  /** A TypeORM logger, e.g. a QueryCounter in tests. */
  queryLogger?: TypeOrmLogger;
  /** Another schema than `dossier` (end-to-end tests give each run its own). */
  schema?: string;
}

/** Opens the CRM database (schema `dossier` unless told otherwise) and runs its pending migrations. */
export function openDossierDatabase(opts: DossierDatabaseOptions): Promise<DataSource> {
  return openDatabase({
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.pglite ? { pglite: opts.pglite } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.queryLogger ? { queryLogger: opts.queryLogger } : {}),
    schema: opts.schema ?? DOSSIER_SCHEMA,
    entities: dossierEntities,
    migrations: dossierMigrations,
  });
}
