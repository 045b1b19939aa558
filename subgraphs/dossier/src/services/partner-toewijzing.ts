import { randomUUID } from 'node:crypto';
import type { AuditCollector } from '../audit/collector.js';
import type { PartnerOrganisatie } from '../domain.js';
import type { PartnerToewijzingRow } from '../entities/partner-toewijzing.js';
import type { Tx } from './transactie.js';

/** Makes sure a partner is assigned to a dossier (a running assignment stays as it is); returns the assignment. */
export async function zorgVoorToewijzing(
  tx: Tx,
  dossierId: string,
  partner: PartnerOrganisatie,
  door: string,
  at: Date,
  audit: AuditCollector,
): Promise<PartnerToewijzingRow> {
  const lopend = await tx.repos.partners.activeToewijzing(dossierId, partner);
  if (lopend) return lopend;
  const row: PartnerToewijzingRow = { id: randomUUID(), dossierId, partner, toegewezenOp: at, toegewezenDoor: door, beeindigdOp: null, beeindigdDoor: null };
  await tx.repos.partners.insertToewijzing(row);
  await audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'PartnerToewijzing', objectId: row.id, dossierId, detail: `${partner} toegewezen` });
  return row;
}
