import { In, type EntityManager, type Repository } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { MijlpaalEntity, type MijlpaalRow } from '../entities/mijlpaal.js';

export class MijlpaalRepository {
  readonly #repo: Repository<MijlpaalRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<MijlpaalRow>(MijlpaalEntity);
  }

  /** The milestones of these dossiers, per dossier in chronological order (date, then order of registration). */
  findByDossierIds(dossierIds: readonly string[]): Promise<MijlpaalRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({
      where: { dossierId: In([...dossierIds]) },
      order: { dossierId: 'ASC', datum: 'ASC', volgnummer: 'ASC' },
    });
  }

  async insert(row: MijlpaalRow): Promise<void> {
    // `details` is jsonb: TypeORM's deep-partial type cannot describe an open object.
    await this.#repo.insert(row as never);
  }

  /** Inserts the rows whose id is not there yet (the demo seed); returns how many were inserted. */
  insertMissing(rows: readonly MijlpaalRow[]): Promise<number> {
    return insertMissing(this.#repo, rows);
  }
}
