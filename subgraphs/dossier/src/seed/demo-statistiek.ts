import type { DataSource, EntityManager } from 'typeorm';
import { DossierOvergangEntity } from '../entities/dossier-overgang.js';
import { createRepositories } from '../repositories/index.js';
import { insertMissing } from '../repositories/insert-missing.js';
import { genereerStatistiekDemo } from './demo-statistiek-data.js';

const DEMO = genereerStatistiekDemo();

/** What the statistics demo adds (see demo-statistiek-data.ts). */
export const DEMO_STATISTIEK = {
  dossiers: DEMO.dossiers.length,
  vragen: DEMO.vragen.length,
  overgangen: DEMO.overgangen.length,
  maatregelen: DEMO.maatregelen.length,
  facturen: DEMO.facturen.length,
  /** The homes of the generated dossiers (the sandboxes of the authentic sources do not know them). */
  woningen: DEMO.dossiers.map((d) => ({ adresId: d.dossier.adresId, adres: d.dossier.adresTekst!, postcode: d.dossier.postcode! })),
} as const;

/**
 * Loads the statistics demo in the caller's transaction; records already there are left as they are.
 * A dossier gets the version its history ends at.
 */
export async function seedStatistiekDemo(manager: EntityManager): Promise<void> {
  const repos = createRepositories(manager);
  await repos.burgers.insertMissing(DEMO.burgers);
  const present = new Set((await repos.dossiers.findByIds(DEMO.dossiers.map((d) => d.dossier.id))).map((d) => d.id));
  for (const { dossier, versie } of DEMO.dossiers) {
    if (present.has(dossier.id)) continue;
    await repos.dossiers.insert(dossier);
    await manager.query(`UPDATE dossier SET version = $2 WHERE id = $1`, [dossier.id, versie]);
  }
  await repos.vragen.insertMissing(DEMO.vragen);
  await insertMissing(manager.getRepository(DossierOvergangEntity), DEMO.overgangen);
  await repos.maatregelen.insertMissing(DEMO.maatregelen);
  await repos.facturen.insertMissing(DEMO.facturen);
}

/** The statistics demo on its own, in one transaction (serialised between replicas like the demo seed). */
export async function seedDossierStatistiekDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('renovatiehub:seed:dossier'))`);
    await seedStatistiekDemo(manager);
  });
}
