import { In, type EntityManager, type Repository } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { OfferteEntity, type OfferteRow } from '../entities/offerte.js';
import type { OfferteStatus } from '../domain.js';

export class OfferteRepository {
  readonly #repo: Repository<OfferteRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<OfferteRow>(OfferteEntity);
  }

  findByIds(ids: readonly string[]): Promise<OfferteRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ id: In([...ids]) });
  }

  /** The quotes of these measures, per measure in the order they were added. */
  findByMaatregelIds(maatregelIds: readonly string[]): Promise<OfferteRow[]> {
    if (maatregelIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { maatregelId: In([...maatregelIds]) }, order: { maatregelId: 'ASC', aangemaaktOp: 'ASC', id: 'ASC' } });
  }

  /** One quote, locked for the rest of the transaction. */
  findForUpdate(id: string): Promise<OfferteRow | null> {
    return this.#repo.createQueryBuilder('o').where('o.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async insert(row: OfferteRow): Promise<void> {
    await this.#repo.insert(row);
  }

  async setStatus(id: string, status: OfferteStatus, at: Date, fields: Partial<Pick<OfferteRow, 'bedragExclBtw' | 'btwTarief' | 'datum' | 'geldigTot'>> = {}): Promise<void> {
    await this.#repo.update({ id }, { ...fields, status, gewijzigdOp: at });
  }

  /**
   * Rejects the other open or chosen quotes of a measure (when one is chosen). Returns the ids of the
   * quotes it rejected.
   */
  async rejectOthers(maatregelId: string, chosenId: string, at: Date): Promise<string[]> {
    // TypeORM answers an UPDATE with [rows, affected count] (on pg and on the PGlite adapter alike).
    const [rows] = (await this.#repo.manager.query(
      `UPDATE offerte SET status = 'AFGEWEZEN', gewijzigd_op = $3
        WHERE maatregel_id = $1 AND id <> $2 AND status IN ('AANGEVRAAGD', 'ONTVANGEN', 'GEKOZEN') RETURNING id`,
      [maatregelId, chosenId, at],
    )) as [Array<{ id: string }>, number];
    return rows.map((r) => r.id).sort();
  }

  /** Inserts the rows whose id is not there yet (the demo seed); returns how many were inserted. */
  insertMissing(rows: readonly OfferteRow[]): Promise<number> {
    return insertMissing(this.#repo, rows);
  }
}
