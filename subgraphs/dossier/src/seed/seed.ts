import type { DataSource } from 'typeorm';
import { createRepositories } from '../repositories/index.js';
import { DEMO_BURGERS, DEMO_DOSSIERS, DEMO_MAATREGELEN, DEMO_VRAGEN } from './demo-data.js';

export { DEMO_REFERENCE_DATE } from './demo-data.js';

/**
 * Loads the demo data (src/seed/demo-data.ts) into a migrated CRM database. Idempotent: every record
 * has a fixed id and a record that is already there is left as it is, so a second run changes nothing
 * (no new rows, no reference numbers used up). One transaction, serialised between replicas.
 */
export async function seedDossierDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('renovatiehub:seed:dossier'))`);
    const repos = createRepositories(manager);
    await repos.burgers.insertMissing(DEMO_BURGERS);
    const present = new Set((await repos.dossiers.findByIds(DEMO_DOSSIERS.map((d) => d.id))).map((d) => d.id));
    for (const dossier of DEMO_DOSSIERS) {
      if (!present.has(dossier.id)) await repos.dossiers.insert(dossier);
    }
    await repos.maatregelen.insertMissing(DEMO_MAATREGELEN);
    await repos.vragen.insertMissing(DEMO_VRAGEN);
  });
}
