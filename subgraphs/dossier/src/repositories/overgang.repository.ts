import { In, type EntityManager, type Repository } from 'typeorm';
import { DossierOvergangEntity, type DossierOvergangRow } from '../entities/dossier-overgang.js';

/** The phase and status history of dossiers (`dossier_overgang`). */
export class OvergangRepository {
  readonly #repo: Repository<DossierOvergangRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<DossierOvergangRow>(DossierOvergangEntity);
  }

  /** The changes of these dossiers, per dossier in the order they happened. */
  findByDossierIds(dossierIds: readonly string[]): Promise<DossierOvergangRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { dossierId: In([...dossierIds]) }, order: { dossierId: 'ASC', versie: 'ASC' } });
  }

  /** The last recorded change of a dossier (null without history): since then it is in the phase it brought it to. */
  laatste(dossierId: string): Promise<Pick<DossierOvergangRow, 'op' | 'naarFase'> | null> {
    return this.#repo.findOne({ select: { id: true, op: true, naarFase: true }, where: { dossierId }, order: { versie: 'DESC' } });
  }

  insert(row: DossierOvergangRow): Promise<unknown> {
    return this.#repo.insert(row);
  }
}
