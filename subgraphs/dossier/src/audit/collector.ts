import { randomUUID } from 'node:crypto';
import type { Identity, Logger } from '@hub/shared';
import type { EntityManager } from 'typeorm';
import type { AuditActie } from '../domain.js';
import type { AuditLogRow } from './audit-log.entity.js';
import { AuditRepository } from './audit.repository.js';

/** What was read, changed or refused. Who, when and in which request the collector adds itself. */
export interface AuditEntry {
  actie: AuditActie;
  /** The GraphQL type of the object (Dossier, Burger, Vraag, Toestemming, Document, ...). */
  objectType: string;
  objectId: string;
  /** The dossier the object belongs to, when there is one (the trail of a dossier is read by this). */
  dossierId?: string | null;
  /** For changes: what changed, in a few words; never personal data beyond ids. */
  detail?: string | null;
}

/**
 * The audit log of one request. Reads (LEZEN) and refusals (WEIGERING) are collected with `record` and
 * written together, in one multi-row INSERT, by `flush` once the response is produced (the audit
 * plugin calls it, also when the request failed). Changes are written with `recordIn`, in the
 * transaction of the change, so that a change and its audit row commit or roll back together.
 */
export class AuditCollector {
  readonly #pending = new Map<string, AuditLogRow>();

  constructor(
    private readonly identity: Identity,
    private readonly requestId: string,
    private readonly repo: AuditRepository,
    private readonly now: () => Date,
  ) {}

  /** Collects a read or a refusal; the same action on the same object (in the same dossier) counts once per request. */
  record(entry: AuditEntry): void {
    const key = `${entry.actie}|${entry.objectType}|${entry.objectId}|${entry.dossierId ?? ''}`;
    if (!this.#pending.has(key)) this.#pending.set(key, this.row(entry));
  }

  /** Writes a change now, with the transaction's manager. */
  async recordIn(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await new AuditRepository(manager).append([this.row(entry)]);
  }

  /** The collected entries not written yet (for tests and diagnostics). */
  get pending(): readonly AuditLogRow[] {
    return [...this.#pending.values()];
  }

  /** Writes the collected entries in one statement; returns how many. */
  async flush(): Promise<number> {
    const rows = this.pending;
    this.#pending.clear();
    if (rows.length > 0) await this.repo.append(rows);
    return rows.length;
  }

  private row(entry: AuditEntry): AuditLogRow {
    return {
      id: randomUUID(),
      tijdstip: this.now(),
      sub: this.identity.sub,
      rollen: [...this.identity.rollen],
      organisatie: this.identity.organisatie ?? this.identity.dienst ?? null,
      actie: entry.actie,
      objectType: entry.objectType,
      objectId: entry.objectId.slice(0, 100),
      dossierId: entry.dossierId ?? null,
      requestId: this.requestId,
      detail: entry.detail?.slice(0, 500) ?? null,
    };
  }
}

/** Writes what a request collected; a failure is logged with the request id (the response is already made). */
export async function flushAudit(audit: AuditCollector, logger: Logger, requestId: string): Promise<void> {
  try {
    await audit.flush();
  } catch (err) {
    logger.error({ err, requestId }, 'could not write the audit log of a request');
  }
}
