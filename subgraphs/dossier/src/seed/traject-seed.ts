import type { EntityManager } from 'typeorm';
import { createRepositories } from '../repositories/index.js';
import { DEMO_DOCUMENTEN, DEMO_FACTUREN, DEMO_MIJLPALEN, DEMO_OFFERTES } from './demo-traject.js';

/**
 * Loads the demo journey (milestones, documents with their bytes, quotes, invoices) in the seed's
 * transaction; records already there are left as they are. The bytes go to the default PostgreSQL
 * document store (`document_inhoud`): the demo runs on it.
 */
export async function seedDemoTraject(manager: EntityManager): Promise<void> {
  const repos = createRepositories(manager);
  await repos.offertes.insertMissing(DEMO_OFFERTES);
  await repos.facturen.insertMissing(DEMO_FACTUREN);
  for (const { row, bytes } of DEMO_DOCUMENTEN) {
    await manager.query(`INSERT INTO document_inhoud (sleutel, inhoud) VALUES ($1, $2) ON CONFLICT (sleutel) DO NOTHING`, [row.opslagSleutel, bytes]);
  }
  await repos.documenten.insertMissing(DEMO_DOCUMENTEN.map((d) => d.row));
  await repos.mijlpalen.insertMissing(DEMO_MIJLPALEN);
}
