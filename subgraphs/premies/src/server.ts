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
export type { Inkomenscategorie, Werkcategorie, RegelsetData, Doelgroep, MaatregelUitvoering, Plafond, Voorwaarden } from './regels/schema.js';
export { controleerOuderdom, uiterlijkeAanvraagdatum, plusMaanden, type OuderdomUitkomst } from './regels/controles.js';
export type { Inkomensopgave } from './entities/inkomensopgave.js';
export {
  adviseer,
  type PremieAdviesResultaat,
  type AdviesInvoer,
  type AdviesMaatregel,
  type AdviesPremie,
  type AanvraagdatumHerkomst,
  type WoningInvoer,
} from './services/advies.js';
export { berekenPremie, type MaatregelInvoer, type PremieResultaat, type PremieStatus, type WoningVoorBerekening } from './services/berekening.js';
export { simuleer, MAX_SIMULATIE_MAATREGELEN, type SimulatieInvoer } from './services/simulatie.js';
export type { ToegepastPlafond } from './services/plafonds.js';
export type { VerbouwLeningOptie } from './services/lening.js';
export type { Context } from './context.js';
export { loadAanvraagConfig, type AanvraagConfig } from './aanvraag-config.js';
export { createPremieAanvraagDiensten, type PremieAanvraagDiensten } from './aanvraag-diensten.js';
export {
  createMijnVerbouwPremieClient,
  MIJNVERBOUWPREMIE_SOURCE,
  DOSSIERNUMMER,
  LOKET_STATUSSEN,
  type PremieLoket,
  type LoketAanvraag,
  type LoketOntvangst,
  type LoketAanvraagStatus,
  type LoketStatus,
} from './clients/mijnverbouwpremie.js';
export {
  createPremiesOutboxWorker,
  toNotificatie,
  MIJNVERBOUWPREMIE_AANVRAAG_TOPIC,
  BURGERPROFIEL_NOTIFICATIE_TOPIC,
  type IndieningPayload,
  type PremieNotificatiePayload,
} from './delivery/index.js';
export { createPremieVolger, type PremieVolger, type VolgRonde } from './delivery/volger.js';
export { AanvraagOpvolging } from './services/aanvraag/opvolging.js';
export { PremieAanvraagRepository } from './repositories/aanvraag-repository.js';
export type { PremieAanvraagRow, PremieAanvraagStatusRow } from './entities/premie-aanvraag.js';
export { isValidEan, gs1CheckDigit } from './services/aanvraag/ean.js';

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
  /** Signs the drafts of Mijn VerbouwPremie applications (PREMIE_VOORSTEL_SECRET) and how long they are valid. */
  voorstel: { secret: string; geldigheidMs: number };
}

const packageRoot = new URL('../', import.meta.url);

/**
 * Builds the premies subgraph: Mijn VerbouwPremie advice per dossier, the citizen's declared income category,
 * and the applications (drafts, submission; their delivery and follow-up run beside it, see
 * createPremieAanvraagDiensten).
 */
export async function createServer(deps: PremiesServerDeps): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: 'premies',
    typeDefs: loadSchemaFile(packageRoot),
    resolvers,
    identitySecret: deps.identitySecret,
    logger: deps.logger,
    createContext: contextFactory({ dataSource: deps.dataSource, regelset: deps.regelset, now: deps.now ?? (() => new Date()), voorstel: deps.voorstel }),
    ready: async () => {
      await deps.dataSource.query('SELECT 1');
    },
  });
}
