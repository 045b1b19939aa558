import { In, type EntityManager, type Repository } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { MaatregelEntity, type MaatregelRow } from '../entities/maatregel.js';

export class MaatregelRepository {
  readonly #repo: Repository<MaatregelRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<MaatregelRow>(MaatregelEntity);
  }

  findByIds(ids: readonly string[]): Promise<MaatregelRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ id: In([...ids]) });
  }

  /** The measures of these dossiers, per dossier in their order (volgorde). */
  findByDossierIds(dossierIds: readonly string[]): Promise<MaatregelRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { dossierId: In([...dossierIds]) }, order: { dossierId: 'ASC', volgorde: 'ASC' } });
  }

  /** Inserts the maatregelen whose id is not there yet (see insertMissing); returns how many were inserted. */
  insertMissing(maatregelen: readonly MaatregelRow[]): Promise<number> {
    return insertMissing(this.#repo, maatregelen);
  }
}
