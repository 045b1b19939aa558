import { In, type EntityManager, type Repository } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { VraagEntity, type VraagRow } from '../entities/vraag.js';
import type { DossierScope } from '../services/toegang.js';
import { whereVraagVisible } from './scope.js';

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

  /** Inserts the vragen whose id is not there yet (see insertMissing); returns how many were inserted. */
  insertMissing(vragen: readonly VraagRow[]): Promise<number> {
    return insertMissing(this.#repo, vragen);
  }
}
