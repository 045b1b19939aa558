import { enqueue } from '@hub/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { PARTNER_AANVRAAG_TOPIC } from '../delivery/contracts.js';
import type { Gegevenssoort } from '../domain.js';
import { createRepositories, type Repositories } from '../repositories/index.js';
import { partnerAanvraagPayload } from '../services/partner-aanvraag-payload.js';
import { DEMO_BURGERS, DEMO_DOSSIERS, DEMO_MAATREGELEN, DEMO_VRAGEN } from './demo-data.js';
import { DEMO_AANVRAGEN, DEMO_OPMERKINGEN, DEMO_TOESTEMMINGEN, DEMO_TOEWIJZINGEN } from './demo-klantreis.js';
import { DEMO_VOLGENDE_ACTIES } from './demo-traject.js';
import { seedDemoTraject } from './traject-seed.js';
import { DEMO_MEDEWERKERS } from './demo-medewerkers.js';
import { seedStatistiekDemo } from './demo-statistiek.js';

export { DEMO_REFERENCE_DATE } from './demo-data.js';

export interface SeedOpties {
  /**
   * Also the statistics demo (demo-statistiek.ts): some 150 generated dossiers over 14 months with their
   * phase history, measures and questions, so that the statistics look real. Default false: the
   * demo world of the personas stays as small as the tests and the tour of the README expect.
   */
  statistieken?: boolean;
}

/**
 * Loads the demo data (src/seed/demo-data.ts, demo-klantreis.ts, demo-traject.ts, demo-medewerkers.ts) into
 * a migrated CRM database. Idempotent: every record has a fixed id and a record that is already there is
 * left as it is, so a second run changes nothing (no new rows, no reference numbers used up). One
 * transaction, serialised between replicas. The demo partner requests come with their outbox messages,
 * already delivered.
 */
export async function seedDossierDemoData(dataSource: DataSource, opties: SeedOpties = {}): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('renovatiehub:seed:dossier'))`);
    const repos = createRepositories(manager);
    await repos.burgers.insertMissing(DEMO_BURGERS);
    const present = new Set((await repos.dossiers.findByIds(DEMO_DOSSIERS.map((d) => d.id))).map((d) => d.id));
    for (const dossier of DEMO_DOSSIERS) {
      if (!present.has(dossier.id)) await repos.dossiers.insert({ ...dossier, ...DEMO_VOLGENDE_ACTIES[dossier.id] });
    }
    await repos.maatregelen.insertMissing(DEMO_MAATREGELEN);
    await repos.vragen.insertMissing(DEMO_VRAGEN);
    await repos.toestemmingen.insertMissing(DEMO_TOESTEMMINGEN);
    await repos.partners.insertMissingToewijzingen(DEMO_TOEWIJZINGEN);
    await seedAanvragen(manager, repos);
    await repos.opmerkingen.insertMissing(DEMO_OPMERKINGEN);
    await seedDemoTraject(manager);
    await repos.medewerkers.insertMissing(DEMO_MEDEWERKERS);
    if (opties.statistieken) await seedStatistiekDemo(manager);
  });
}

/** The demo partner requests, each with its outbox message marked delivered (nothing is sent again). */
async function seedAanvragen(manager: EntityManager, repos: Repositories): Promise<void> {
  const present = new Set((await repos.partners.aanvragenOf([...new Set(DEMO_AANVRAGEN.map((a) => a.dossierId))])).map((a) => a.id));
  const dossiers = new Map((await repos.dossiers.findByIds(DEMO_AANVRAGEN.map((a) => a.dossierId))).map((d) => [d.id, d]));
  const burgers = new Map((await repos.burgers.findByIds([...dossiers.values()].map((d) => d.burgerId))).map((b) => [b.id, b]));
  for (const { afgeleverdOp, ...aanvraag } of DEMO_AANVRAGEN) {
    if (present.has(aanvraag.id)) continue;
    const dossier = dossiers.get(aanvraag.dossierId)!;
    // What the citizen shared with the partner at the moment of the request.
    const gedeeld = new Set<Gegevenssoort>(
      DEMO_TOESTEMMINGEN.filter(
        (t) =>
          t.dossierId === dossier.id &&
          t.partner === aanvraag.partner &&
          t.gegevenOp <= aanvraag.aangevraagdOp &&
          (t.ingetrokkenOp === null || t.ingetrokkenOp > aanvraag.aangevraagdOp),
      ).map((t) => t.soort),
    );
    const payload = partnerAanvraagPayload(aanvraag, dossier, burgers.get(dossier.burgerId)!, gedeeld);
    const message = await enqueue(manager, { topic: PARTNER_AANVRAAG_TOPIC, dedupKey: aanvraag.id, payload, aggregateId: aanvraag.id }, aanvraag.aangevraagdOp);
    await manager.query(`UPDATE outbox SET status = 'delivered', attempts = 1, delivered_at = $2 WHERE id = $1 AND status = 'pending'`, [
      message.id,
      afgeleverdOp,
    ]);
    await repos.partners.insertAanvraag({ ...aanvraag, outboxId: message.id });
  }
}
