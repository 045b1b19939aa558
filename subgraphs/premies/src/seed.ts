import { DEMO_IDS } from '@hub/shared/demo';
import type { DataSource } from 'typeorm';
import { InkomensopgaveRepository } from './repositories/inkomensopgave-repository.js';

/** When the demo citizens declared their income category (fixed, so that a second run changes nothing). */
const DEMO_OPGEGEVEN_OP = new Date('2026-01-15T09:00:00.000Z');

/**
 * Loads the premies demo data: An declared categorie 3, Youssef categorie 4, Marc nothing.
 * Idempotent: an upsert with fixed values.
 */
export async function seedPremiesDemoData(dataSource: DataSource): Promise<void> {
  await new InkomensopgaveRepository(dataSource).upsert([
    { burgerId: DEMO_IDS.burgerAn, categorie: 'CATEGORIE_3', opgegevenOp: DEMO_OPGEGEVEN_OP, bron: 'demo' },
    { burgerId: DEMO_IDS.burgerYoussef, categorie: 'CATEGORIE_4', opgegevenOp: DEMO_OPGEGEVEN_OP, bron: 'demo' },
  ]);
}
