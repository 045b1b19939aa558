import DataLoader from 'dataloader';
import { outboxMessagesFor, type OutboxMessage } from '@hub/shared';
import type { EntityManager } from 'typeorm';
import type { Gegevenssoort } from './domain.js';
import type { DossierOvergangRow } from './entities/dossier-overgang.js';
import type { OpmerkingRow } from './entities/opmerking.js';
import type { PartnerAanvraagRow } from './entities/partner-aanvraag.js';
import type { PartnerToewijzingRow } from './entities/partner-toewijzing.js';
import type { ToestemmingRow } from './entities/toestemming.js';
import type { Repositories } from './repositories/index.js';

/**
 * The DataLoaders of one request for consent, partners, phase history and remarks: a page of dossiers
 * with these costs one query per kind, whatever its size.
 */
export interface LifecycleLoaders {
  /** Every consent of a dossier (history included), oldest first. */
  toestemmingenByDossierId: DataLoader<string, ToestemmingRow[]>;
  /**
   * What a partner may see of a dossier: the kinds of data with a running consent, when the dossier is
   * assigned to the partner (else empty). Keyed by `partnerInzageKey(partner, dossierId)`.
   */
  partnerInzage: DataLoader<string, ReadonlySet<Gegevenssoort>>;
  /** Whether a citizen's contact data is shared with the caller's partner organisation (through a dossier). */
  burgerSharedWithPartner: DataLoader<string, boolean>;
  partnerToewijzingenByDossierId: DataLoader<string, PartnerToewijzingRow[]>;
  partnerAanvragenByDossierId: DataLoader<string, PartnerAanvraagRow[]>;
  /** The outbox message of a partner request, by the request id (the message's aggregate id). */
  outboxByAanvraagId: DataLoader<string, OutboxMessage | null>;
  overgangenByDossierId: DataLoader<string, DossierOvergangRow[]>;
  opmerkingenByDossierId: DataLoader<string, OpmerkingRow[]>;
}

export const partnerInzageKey = (partner: string, dossierId: string) => `${partner}|${dossierId}`;

export function createLifecycleLoaders(repos: Repositories, manager: EntityManager, partnerOrganisatie: string | null): LifecycleLoaders {
  return {
    toestemmingenByDossierId: new DataLoader((ids) => repos.toestemmingen.findByDossierIds(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId))),
    partnerInzage: new DataLoader(async (keys) => {
      const byPartner = new Map<string, string[]>();
      for (const key of keys) {
        const [partner, dossierId] = key.split('|') as [string, string];
        byPartner.set(partner, [...(byPartner.get(partner) ?? []), dossierId]);
      }
      const seen = new Map<string, Set<Gegevenssoort>>(keys.map((k) => [k, new Set()]));
      for (const [partner, dossierIds] of byPartner) {
        const [toewijzingen, consents] = await Promise.all([
          repos.partners.toewijzingenOf(dossierIds),
          repos.toestemmingen.findActiveFor(partner, dossierIds),
        ]);
        const assigned = new Set(toewijzingen.filter((t) => t.partner === partner && t.beeindigdOp === null).map((t) => t.dossierId));
        for (const c of consents) if (assigned.has(c.dossierId)) seen.get(partnerInzageKey(partner, c.dossierId))?.add(c.soort);
      }
      return keys.map((k) => seen.get(k)!);
    }),
    burgerSharedWithPartner: new DataLoader(async (ids) => {
      if (partnerOrganisatie === null) return ids.map(() => false);
      const shared = await repos.burgers.sharedWithPartner(ids, partnerOrganisatie);
      return ids.map((id) => shared.has(id));
    }),
    partnerToewijzingenByDossierId: new DataLoader((ids) => repos.partners.toewijzingenOf(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId))),
    partnerAanvragenByDossierId: new DataLoader((ids) => repos.partners.aanvragenOf(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId))),
    outboxByAanvraagId: new DataLoader(async (ids) => {
      const messages = await outboxMessagesFor(manager, ids);
      const byAggregate = new Map(messages.map((m) => [m.aggregateId, m]));
      return ids.map((id) => byAggregate.get(id) ?? null);
    }),
    overgangenByDossierId: new DataLoader((ids) => repos.overgangen.findByDossierIds(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId))),
    opmerkingenByDossierId: new DataLoader((ids) => repos.opmerkingen.findByDossierIds(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId))),
  };
}

/** The rows per key (in the order the query returned them), in the order of the keys. */
function manyEach<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((k) => byKey.get(k) ?? []);
}
