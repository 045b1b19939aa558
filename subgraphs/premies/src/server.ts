import { createSubgraphServer, loadSchemaFile, type Logger, type SubgraphServer } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { contextFactory } from './context.js';
import type { Regelset } from './regels/regelset.js';
import { resolvers } from './resolvers.js';

export { loadPremiesConfig, type PremiesConfig } from './config.js';
export { openPremiesDatabase, premiesEntities, premiesMigrations, PREMIES_SCHEMA } from './database.js';
export { seedPremiesDemoData } from './seed.js';
export { loadRegelset, parseRegelset, RegelsetError, DEFAULT_REGELS_FILE } from './regels/load.js';
export { Regelset } from './regels/regelset.js';
export type { Inkomenscategorie, Werkcategorie, RegelsetData } from './regels/schema.js';
export type { Inkomensopgave } from './entities/inkomensopgave.js';
export { adviseer, type PremieAdviesResultaat, type AdviesInvoer } from './services/advies.js';
export { berekenPremie, type MaatregelInvoer, type PremieResultaat, type PremieStatus } from './services/berekening.js';
export type { Context } from './context.js';

export interface PremiesServerDeps {
  /** Shared secret with the gateway (HUB_IDENTITY_SECRET). */
  identitySecret: string;
  logger: Logger;
  /** The premies database, migrated (see openPremiesDatabase). */
  dataSource: DataSource;
  /** The rule set, loaded and validated at start (see loadRegelset). */
  regelset: Regelset;
  /** The clock; the default advice date is today in Belgium. */
  now?: () => Date;
}

const packageRoot = new URL('../', import.meta.url);

/** Builds the premies subgraph: Mijn VerbouwPremie advice per dossier and the citizen's declared income category. */
export async function createServer(deps: PremiesServerDeps): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: 'premies',
    typeDefs: loadSchemaFile(packageRoot),
    resolvers,
    identitySecret: deps.identitySecret,
    logger: deps.logger,
    createContext: contextFactory({ dataSource: deps.dataSource, regelset: deps.regelset, now: deps.now ?? (() => new Date()) }),
    ready: async () => {
      await deps.dataSource.query('SELECT 1');
    },
  });
}
