import type { EntityManager, Repository } from 'typeorm';
import { AuditLogEntity, type AuditLogRow } from './audit-log.entity.js';

/** A position in a dossier's audit trail (tijdstip desc, id desc). */
export interface AuditPosition {
  tijdstip: Date;
  id: string;
}

/** Rows per INSERT statement: far below PostgreSQL's 65535 parameters (11 per row). */
const ROWS_PER_STATEMENT = 2000;

export class AuditRepository {
  readonly #repo: Repository<AuditLogRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<AuditLogRow>(AuditLogEntity);
  }

  /** Appends rows: one multi-row INSERT (more only beyond ROWS_PER_STATEMENT rows). */
  async append(rows: readonly AuditLogRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await this.#repo.createQueryBuilder().insert().values(rows.slice(i, i + ROWS_PER_STATEMENT)).updateEntity(false).execute();
    }
  }

  /** A page of the trail of a dossier, newest first. */
  trailOf(dossierId: string, limit: number, after?: AuditPosition): Promise<AuditLogRow[]> {
    const qb = this.#repo.createQueryBuilder('a').where('a.dossierId = :dossierId', { dossierId });
    if (after) {
      qb.andWhere('(a.tijdstip, a.id) < (CAST(:afterTs AS timestamptz), CAST(:afterId AS uuid))', {
        afterTs: after.tijdstip.toISOString(),
        afterId: after.id,
      });
    }
    return qb.orderBy('a.tijdstip', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }

  async countTrail(dossierId: string): Promise<number> {
    const row = await this.#repo.createQueryBuilder('a').where('a.dossierId = :dossierId', { dossierId }).select('COUNT(*)', 'n').getRawOne<{ n: string }>();
    return Number(row?.n ?? 0);
  }
}
