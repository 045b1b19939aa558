import type { BaseContext } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { createRepositories } from './repositories/index.js';
import { createServices, type Services } from './services/index.js';

/** The context of one request: who calls, and the services (with that request's DataLoaders). */
export interface Context extends BaseContext, Services {}

/** Builds each request's context on one data source. */
export function contextFactory(dataSource: DataSource): (base: BaseContext) => Context {
  const repos = createRepositories(dataSource.manager);
  return (base) => ({ ...base, ...createServices(repos, base.identity) });
}
