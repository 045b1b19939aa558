import { In, type EntityManager, type Repository } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { VraagEntity, type VraagRow } from '../entities/vraag.js';
import type { DossierScope } from '../services/toegang.js';
import { whereVraagVisible } from './scope.js';

/** A position in the inbox order (ontvangen_op asc, id asc). */
export interface VraagInboxPosition {
  ontvangenOp: Date;
  id: string;
}

export type VraagChange = Partial<
  Pick<VraagRow, 'status' | 'burgerId' | 'dossierId' | 'toegewezenAan' | 'afhandelReden' | 'afgehandeldOp' | 'gewijzigdOp'>
>;

export class VraagRepository {
  readonly #repo: Repository<VraagRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<VraagRow>(VraagEntity);
  }

  findByIds(ids: readonly string[]): Promise<VraagRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ id: In([...ids]) });
  }

  /** The questions of these dossiers, newest first. */
  findByDossierIds(dossierIds: readonly string[]): Promise<VraagRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { dossierId: In([...dossierIds]) }, order: { ontvangenOp: 'DESC', id: 'DESC' } });
  }

  /** The visible questions of these citizens, newest first. */
  findByBurgerIds(burgerIds: readonly string[], scope: DossierScope): Promise<VraagRow[]> {
    if (burgerIds.length === 0) return Promise.resolve([]);
    const qb = this.#repo.createQueryBuilder('v').where('v.burgerId IN (:...burgerIds)', { burgerIds: [...burgerIds] });
    return whereVraagVisible(qb, scope).orderBy('v.ontvangenOp', 'DESC').addOrderBy('v.id', 'DESC').getMany();
  }

  insert(vraag: VraagRow): Promise<unknown> {
    return this.#repo.insert(vraag);
  }

  /** The question, locked until the end of the transaction. */
  findForUpdate(id: string): Promise<VraagRow | null> {
    return this.#repo.createQueryBuilder('v').where('v.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Sets columns of a question locked with findForUpdate; returns the stored row. */
  async change(row: VraagRow, change: VraagChange): Promise<VraagRow> {
    await this.#repo.update({ id: row.id }, change);
    return { ...row, ...change };
  }

  /** Up to `limit` questions of the inbox (status NIEUW), oldest first, after `after` when given. */
  findInbox(limit: number, after?: VraagInboxPosition): Promise<VraagRow[]> {
    const qb = this.#repo.createQueryBuilder('v').where(`v.status = 'NIEUW'`);
    if (after) {
      qb.andWhere('(v.ontvangenOp, v.id) > (CAST(:afterTs AS timestamptz), CAST(:afterId AS uuid))', {
        afterTs: after.ontvangenOp.toISOString(),
        afterId: after.id,
      });
    }
    return qb.orderBy('v.ontvangenOp', 'ASC').addOrderBy('v.id', 'ASC').limit(limit).getMany();
  }

  async countInbox(): Promise<number> {
    const row = await this.#repo.createQueryBuilder('v').where(`v.status = 'NIEUW'`).select('COUNT(*)', 'n').getRawOne<{ n: string }>();
    return Number(row?.n ?? 0);
  }

  /** Inserts the vragen whose id is not there yet (see insertMissing); returns how many were inserted. */
  insertMissing(vragen: readonly VraagRow[]): Promise<number> {
    return insertMissing(this.#repo, vragen);
  }
}
