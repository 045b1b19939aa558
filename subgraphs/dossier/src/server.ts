import { createSubgraphServer, loadSchemaFile, type Logger, type SubgraphServer } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { auditPlugin } from './audit/index.js';
import { contextFactory, type Context } from './context.js';
import { resolvers } from './resolvers/index.js';
import { documentRoutes } from './documents/routes.js';
import type { DocumentStore } from './documents/store.js';
import type { StatistiekOpties, ZakenOpties } from './services/overzicht-opties.js';

export { loadDossierConfig, type DossierConfig } from './config.js';
export { openDossierDatabase, DOSSIER_SCHEMA, type DossierDatabaseOptions } from './database.js';
export { dossierEntities } from './entities/index.js';
export type { BurgerRow, DossierRow, MaatregelRow, VraagRow } from './entities/index.js';
export { dossierMigrations } from './migrations/index.js';
export { seedDossierDemoData, DEMO_REFERENCE_DATE } from './seed/seed.js';
export { DEMO_CRM_IDS, DEMO_INSZ, DEMO_BEGELEIDER_WIM } from './seed/demo-data.js';
export type { Context } from './context.js';
/** The per-request context (services on a data source) without the GraphQL server: for `npm run bench:db`. */
export { contextFactory } from './context.js';
export { PostgresDocumentStore, type DocumentStore } from './documents/store.js';
export { DEMO_TRAJECT_IDS, DEMO_AANNEMERS } from './seed/demo-traject.js';
export type { DocumentModel, FactuurModel, MijlpaalModel, OfferteModel } from './journey-mappers.js';
export type { BurgerModel, DossierModel, MaatregelModel, VraagModel, WoningModel } from './mappers.js';
export type { DossierOvergangRow, OpmerkingRow, PartnerAanvraagRow, PartnerToewijzingRow, ToestemmingRow } from './entities/index.js';
export { AuditCollector, auditPlugin, type AuditEntry, type AuditLogRow } from './audit/index.js';
export { DEMO_KLANTREIS_IDS } from './seed/demo-klantreis.js';
export { FASE_OVERGANGEN, STATUS_OVERGANGEN, VRAAG_OVERGANGEN, BURGER_ACTIE_PER_FASE, PARTNER_DIENSTEN } from './services/klantreis.js';
export { STATISTIEK_DEFAULTS, ZAKEN_DEFAULTS, type StatistiekOpties, type ZakenOpties } from './services/overzicht-opties.js';
export { statistiekSleutel, filterVanSleutel } from './services/statistiek-filter.js';
export { STATISTIEK_ROLLEN, LEEFTIJDSGRENZEN } from './services/statistiek.service.js';
export type { StatistiekFilterNorm } from './repositories/statistiek.repository.js';
export type { LopendeZaakModel, MedewerkerModel, StatistiekenModel } from './overzicht-mappers.js';
export type { MedewerkerRow } from './entities/medewerker.js';
export { DEMO_MEDEWERKERS } from './seed/demo-medewerkers.js';
export { seedDossierStatistiekDemo, DEMO_STATISTIEK } from './seed/demo-statistiek.js';

export interface DossierServerDeps {
  /** Shared with the gateway: calls without an identity signed with it are refused (401). */
  identitySecret: string;
  logger: Logger;
  /** The migrated CRM database (see `openDossierDatabase`). */
  dataSource: DataSource;
  /** The clock of the CRM (times of registrations and changes); tests pass a fixed one. Default: the system clock. */
  now?: () => Date;
  /** The documents: where their bytes are stored and the upload limits (see `DocumentDeps`). */
  documenten?: DocumentDeps;
  /**
   * Mijn Burgerprofiel's running cases (`lopendeZaken`): the base of the deep link of a case
   * (DOSSIER_DEEPLINK_BASE) and how many days an ended dossier stays a case. Defaults: ZAKEN_DEFAULTS.
   */
  zaken?: Partial<ZakenOpties>;
  /**
   * The statistics (`statistieken`): the k-anonymity threshold (STATISTIEK_MIN_GROEP) and the most homes
   * or dossiers handed to another subgraph (STATISTIEK_ID_LIMIET). Defaults: STATISTIEK_DEFAULTS.
   */
  statistieken?: Partial<StatistiekOpties>;
}

export interface DocumentDeps {
  /** Where the bytes of documents are stored. Default: PostgreSQL, in the CRM's schema (`document_inhoud`). */
  store?: DocumentStore;
  /** The largest upload accepted by POST /documenten/upload, in bytes (413 above it). Default 15 MB. */
  maxBytes?: number;
  /** How long an upload waits to be attached before it is removed, in ms. Default 24 hours. */
  uploadTtlMs?: number;
}

/** The defaults of DocumentDeps (also those of DOCUMENT_MAX_BYTES and DOCUMENT_UPLOAD_TTL_HOURS). */
export const DOCUMENT_DEFAULTS = { maxBytes: 15 * 1024 * 1024, uploadTtlMs: 24 * 60 * 60 * 1000 } as const;

/**
 * The dossier subgraph: the city CRM (citizens, questions, dossiers, their journey, documents, measures,
 * quotes and invoices; Mijn Burgerprofiel's running cases, the analysts' statistics, the staff
 * directory), with the document endpoints next to /graphql. Ready when the database answers.
 */
export function createServer(deps: DossierServerDeps): Promise<SubgraphServer> {
  const createContext = contextFactory(
    deps.dataSource,
    deps.now,
    {
      ...(deps.documenten?.store ? { store: deps.documenten.store } : {}),
      uploadTtlMs: deps.documenten?.uploadTtlMs ?? DOCUMENT_DEFAULTS.uploadTtlMs,
    },
    { ...(deps.zaken ? { zaken: deps.zaken } : {}), ...(deps.statistieken ? { statistieken: deps.statistieken } : {}) },
  );
  return createSubgraphServer({
    name: 'dossier',
    typeDefs: loadSchemaFile(new URL('../', import.meta.url)),
    resolvers,
    identitySecret: deps.identitySecret,
    logger: deps.logger,
    createContext,
    // POST /documenten/upload and GET /documenten/{id}/inhoud, reached through the gateway.
    routes: documentRoutes({ limieten: { maxBytes: deps.documenten?.maxBytes ?? DOCUMENT_DEFAULTS.maxBytes }, logger: deps.logger, createContext }),
    // Reads and refusals of a request go to the audit log in one INSERT once its response is produced.
    plugins: [auditPlugin<Context>()],
    ready: async () => {
      await deps.dataSource.query('SELECT 1');
    },
  });
}
