import type { MigrationClass } from '@hub/shared';
import { CreateInkomensopgave1795836511885 } from './1795836511885-CreateInkomensopgave.js';
import { PremieAanvragen1796200000000 } from './1796200000000-PremieAanvragen.js';
import { PremieAdvies1796400000000 } from './1796400000000-PremieAdvies.js';

/** The migrations of the premies schema, oldest first. */
export const premiesMigrations: MigrationClass[] = [CreateInkomensopgave1795836511885, PremieAanvragen1796200000000, PremieAdvies1796400000000];
