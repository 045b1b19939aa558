import { openDatabase, type Logger, type SharedPglite } from '@hub/shared';
import type { DataSource, EntitySchema } from 'typeorm';
import { InkomensopgaveEntity } from './entities/inkomensopgave.js';
import { PremieAanvraagEntity, PremieAanvraagStatusEntity } from './entities/premie-aanvraag.js';
import { PremieAdviesEntity } from './entities/premie-advies.js';
import { premiesMigrations } from './migrations/index.js';

export { premiesMigrations };

/** The PostgreSQL schema that holds the premies tables. */
export const PREMIES_SCHEMA = 'premies';

export const premiesEntities: EntitySchema[] = [
  InkomensopgaveEntity as EntitySchema,
  PremieAanvraagEntity as EntitySchema,
  PremieAanvraagStatusEntity as EntitySchema,
  PremieAdviesEntity as EntitySchema,
];

/** Opens the premies database (PostgreSQL at `url`, else the embedded `pglite`) and runs its migrations. */
export function openPremiesDatabase(opts: {
  url?: string;
  pglite?: SharedPglite;
  logger?: Logger;
  /** Another schema than `premies` (end-to-end tests give each run its own). */
  schema?: string;
}): Promise<DataSource> {
  return openDatabase({
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.pglite ? { pglite: opts.pglite } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    schema: opts.schema ?? PREMIES_SCHEMA,
    entities: premiesEntities,
    migrations: premiesMigrations,
  });
}
