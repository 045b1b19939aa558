import type { BaseContext } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { createRepositories } from './repositories/index.js';
import { createServices, type Services } from './services/index.js';
import { transactOn } from './services/transactie.js';
import { createTrajectServices, type TrajectServices } from './services/traject.js';
import { PostgresDocumentStore, type DocumentStore } from './documents/store.js';
import { createOverzichtServices, type OverzichtServices } from './services/overzicht.js';
import { STATISTIEK_DEFAULTS, ZAKEN_DEFAULTS, type StatistiekOpties, type ZakenOpties } from './services/overzicht-opties.js';

/** The context of one request: who calls, and the services (with that request's DataLoaders). */
export interface Context extends BaseContext, Services, TrajectServices, OverzichtServices {}

/** Where documents are stored and how long an upload waits to be attached (see src/documents). */
export interface DocumentOpties {
  /** Default: the PostgreSQL store in the CRM's own schema (`document_inhoud`). */
  store?: DocumentStore;
  /** Default: 24 hours. */
  uploadTtlMs?: number;
}

/** The settings of Mijn Burgerprofiel's running cases and of the statistics (defaults: overzicht-opties.ts). */
export interface OverzichtOpties {
  zaken?: Partial<ZakenOpties>;
  statistieken?: Partial<StatistiekOpties>;
}

/** Builds each request's context on one data source, with the clock of the server (injectable for tests). */
export function contextFactory(
  dataSource: DataSource,
  now: () => Date = () => new Date(),
  documenten: DocumentOpties = {},
  overzicht: OverzichtOpties = {},
): (base: BaseContext) => Context {
  const zaken: ZakenOpties = { ...ZAKEN_DEFAULTS, ...overzicht.zaken };
  const statistieken: StatistiekOpties = { ...STATISTIEK_DEFAULTS, ...overzicht.statistieken };
  const repos = createRepositories(dataSource.manager);
  const documentStore = documenten.store ?? new PostgresDocumentStore(dataSource);
  const documentConfig = { uploadTtlMs: documenten.uploadTtlMs ?? 24 * 60 * 60 * 1000 };
  const transact = transactOn(dataSource);
  return (base) => {
    const services = createServices(repos, base.identity, { dataSource, requestId: base.requestId, now });
    const traject = createTrajectServices({
      toegang: services.toegang,
      repos,
      transact,
      audit: services.audit,
      clock: now,
      logger: base.logger,
      documentStore,
      documentConfig,
      dossiers: services.dossiers,
      burgers: services.burgers,
      toestemmingen: services.toestemmingen,
    });
    const buiten = createOverzichtServices({ toegang: services.toegang, audit: services.audit, repos, transact, now, zaken, statistieken });
    return { ...base, ...services, ...traject, ...buiten };
  };
}
