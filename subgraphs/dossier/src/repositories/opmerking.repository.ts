import { In, type EntityManager, type Repository } from 'typeorm';
import { OpmerkingEntity, type OpmerkingRow } from '../entities/opmerking.js';
import { insertMissing } from './insert-missing.js';

export class OpmerkingRepository {
  readonly #repo: Repository<OpmerkingRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<OpmerkingRow>(OpmerkingEntity);
  }

  /** The remarks on these dossiers, per dossier oldest first. */
  findByDossierIds(dossierIds: readonly string[]): Promise<OpmerkingRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { dossierId: In([...dossierIds]) }, order: { dossierId: 'ASC', geplaatstOp: 'ASC', id: 'ASC' } });
  }

  insert(row: OpmerkingRow): Promise<unknown> {
    return this.#repo.insert(row);
  }

  insertMissing(rows: readonly OpmerkingRow[]): Promise<number> {
    return insertMissing(this.#repo, rows);
  }
}
