import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import { ToestemmingEntity, type ToestemmingRow } from '../entities/toestemming.js';
import { insertMissing } from './insert-missing.js';

export class ToestemmingRepository {
  readonly #repo: Repository<ToestemmingRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<ToestemmingRow>(ToestemmingEntity);
  }

  /** Every consent (history included) of these dossiers, per dossier oldest first. */
  findByDossierIds(dossierIds: readonly string[]): Promise<ToestemmingRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { dossierId: In([...dossierIds]) }, order: { dossierId: 'ASC', gegevenOp: 'ASC', id: 'ASC' } });
  }

  /** The running consents of one partner on these dossiers. */
  findActiveFor(partner: string, dossierIds: readonly string[]): Promise<ToestemmingRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#repo.findBy({ partner: partner as ToestemmingRow['partner'], dossierId: In([...dossierIds]), ingetrokkenOp: IsNull() });
  }

  /** The running consents of a partner on a dossier, locked until the end of the transaction. */
  findActiveForUpdate(dossierId: string, partner: string): Promise<ToestemmingRow[]> {
    return this.#repo
      .createQueryBuilder('t')
      .where('t.dossierId = :dossierId AND t.partner = :partner AND t.ingetrokkenOp IS NULL', { dossierId, partner })
      .setLock('pessimistic_write')
      .getMany();
  }

  insert(rows: readonly ToestemmingRow[]): Promise<unknown> {
    return rows.length === 0 ? Promise.resolve() : this.#repo.insert([...rows]);
  }

  /** Ends the running consents `ids` (the only change a consent ever gets). */
  async withdraw(ids: readonly string[], at: { op: Date; door: string | null; wijze: ToestemmingRow['gegevenWijze'] }): Promise<void> {
    if (ids.length === 0) return;
    await this.#repo.update({ id: In([...ids]), ingetrokkenOp: IsNull() }, { ingetrokkenOp: at.op, ingetrokkenDoor: at.door, ingetrokkenWijze: at.wijze });
  }

  insertMissing(rows: readonly ToestemmingRow[]): Promise<number> {
    return insertMissing(this.#repo, rows);
  }
}
