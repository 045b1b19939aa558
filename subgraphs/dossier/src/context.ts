import type { BaseContext } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { createRepositories } from './repositories/index.js';
import { createServices, type Services } from './services/index.js';
import { transactOn } from './services/transactie.js';
import { createTrajectServices, type TrajectServices } from './services/traject.js';
import { PostgresDocumentStore, type DocumentStore } from './documents/store.js';

/** The context of one request: who calls, and the services (with that request's DataLoaders). */
export interface Context extends BaseContext, Services, TrajectServices {}

/** Where documents are stored and how long an upload waits to be attached (see src/documents). */
export interface DocumentOpties {
  /** Default: the PostgreSQL store in the CRM's own schema (`document_inhoud`). */
  store?: DocumentStore;
  /** Default: 24 hours. */
  uploadTtlMs?: number;
}

/** Builds each request's context on one data source, with the clock of the server (injectable for tests). */
export function contextFactory(
  dataSource: DataSource,
  now: () => Date = () => new Date(),
  documenten: DocumentOpties = {},
): (base: BaseContext) => Context {
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
    return { ...base, ...services, ...traject };
  };
}
