import { In, type EntityManager, type Repository } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { FactuurEntity, type FactuurRow } from '../entities/factuur.js';

export class FactuurRepository {
  readonly #repo: Repository<FactuurRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<FactuurRow>(FactuurEntity);
  }

  findByIds(ids: readonly string[]): Promise<FactuurRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ id: In([...ids]) });
  }

  /** The invoices of these measures, per measure by invoice date. */
  findByMaatregelIds(maatregelIds: readonly string[]): Promise<FactuurRow[]> {
    if (maatregelIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { maatregelId: In([...maatregelIds]) }, order: { maatregelId: 'ASC', datum: 'ASC', id: 'ASC' } });
  }

  /** The invoice of a contractor with this number, if the CRM has it (in any dossier). */
  findByNummer(aannemerKbo: string, nummer: string): Promise<FactuurRow | null> {
    return this.#repo.findOneBy({ aannemerKbo, nummer });
  }

  findForUpdate(id: string): Promise<FactuurRow | null> {
    return this.#repo.createQueryBuilder('f').where('f.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async insert(row: FactuurRow): Promise<void> {
    await this.#repo.insert(row);
  }

  async setBetaaldOp(id: string, betaaldOp: string, at: Date): Promise<void> {
    await this.#repo.update({ id }, { betaaldOp, gewijzigdOp: at });
  }

  /** Inserts the rows whose id is not there yet (the demo seed); returns how many were inserted. */
  insertMissing(rows: readonly FactuurRow[]): Promise<number> {
    return insertMissing(this.#repo, rows);
  }
}
