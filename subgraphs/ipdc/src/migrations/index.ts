import type { MigrationClass } from '@hub/shared';
import { IpdcReplica1795838359839 } from './1795838359839-IpdcReplica.js';

/** The migrations of the ipdc schema, oldest first. */
export const ipdcMigrations: MigrationClass[] = [IpdcReplica1795838359839];
