import type { MigrationClass } from '@hub/shared';
import { DossierInitial1772000000000 } from './1772000000000-DossierInitial.js';

/** The migrations of the dossier schema, oldest first. Never edit one that shipped: add a new one. */
export const dossierMigrations: MigrationClass[] = [DossierInitial1772000000000];
