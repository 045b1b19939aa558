import type { MigrationClass } from '@hub/shared';
import { DossierInitial1772000000000 } from './1772000000000-DossierInitial.js';
import { Klantreis1795900000000 } from './1795900000000-Klantreis.js';
import { OffertesFacturen1795950000000 } from './1795950000000-OffertesFacturen.js';
import { Documenten1795950100000 } from './1795950100000-Documenten.js';
import { Mijlpalen1795950200000 } from './1795950200000-Mijlpalen.js';
import { DossierLijsten1795950300000 } from './1795950300000-DossierLijsten.js';
import { MaatregelUitvoering1796100500000 } from './1796100500000-MaatregelUitvoering.js';
import { ZakenEnStatistieken1796300000000 } from './1796300000000-ZakenEnStatistieken.js';
import { DossierOpSchaal1796400000000 } from './1796400000000-DossierOpSchaal.js';

/** The migrations of the dossier schema, oldest first. Never edit one that shipped: add a new one. */
export const dossierMigrations: MigrationClass[] = [
  DossierInitial1772000000000,
  Klantreis1795900000000,
  OffertesFacturen1795950000000,
  Documenten1795950100000,
  Mijlpalen1795950200000,
  DossierLijsten1795950300000,
  MaatregelUitvoering1796100500000,
  ZakenEnStatistieken1796300000000,
  DossierOpSchaal1796400000000,
];
