import type { DataSource, EntityManager } from 'typeorm';
import { createRepositories, type Repositories } from '../repositories/index.js';

/** A unit of work: the transaction's manager (for the outbox and the audit) and repositories on it. */
export interface Tx {
  manager: EntityManager;
  repos: Repositories;
}

export type Transact = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** Runs work in one database transaction: everything it writes commits together or not at all. */
export const transactOn =
  (dataSource: DataSource): Transact =>
  (work) =>
    dataSource.transaction((manager) => work({ manager, repos: createRepositories(manager) }));
