import { In, type EntityManager, type Repository } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { BurgerEntity, type BurgerRow } from '../entities/burger.js';

export class BurgerRepository {
  readonly #repo: Repository<BurgerRow>;

  constructor(private readonly manager: EntityManager) {
    this.#repo = manager.getRepository<BurgerRow>(BurgerEntity);
  }

  findByIds(ids: readonly string[]): Promise<BurgerRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ id: In([...ids]) });
  }

  findByInszs(inszs: readonly string[]): Promise<BurgerRow[]> {
    return inszs.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ insz: In([...inszs]) });
  }

  /** Of the given citizens, those who have at least one dossier assigned to the coach `sub`. */
  async withDossierAssignedTo(burgerIds: readonly string[], sub: string): Promise<Set<string>> {
    if (burgerIds.length === 0) return new Set();
    const rows: Array<{ burger_id: string }> = await this.manager.query(
      'SELECT DISTINCT burger_id FROM dossier WHERE renovatiebegeleider_sub = $1 AND burger_id = ANY($2::uuid[])',
      [sub, [...burgerIds]],
    );
    return new Set(rows.map((r) => r.burger_id));
  }

  /** Inserts the burgers whose id is not there yet (see insertMissing); returns how many were inserted. */
  insertMissing(burgers: readonly BurgerRow[]): Promise<number> {
    return insertMissing(this.#repo, burgers);
  }
}
