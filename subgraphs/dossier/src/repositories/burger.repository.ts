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

  insert(burger: BurgerRow): Promise<unknown> {
    return this.#repo.insert(burger);
  }

  /**
   * Of the given citizens, those whose contact data a partner may see: with a dossier assigned to the
   * partner for which the citizen consented to share CONTACTGEGEVENS with it.
   */
  async sharedWithPartner(burgerIds: readonly string[], partner: string): Promise<Set<string>> {
    if (burgerIds.length === 0) return new Set();
    const rows: Array<{ burger_id: string }> = await this.manager.query(
      `SELECT DISTINCT d.burger_id FROM dossier d
         JOIN partner_toewijzing pt ON pt.dossier_id = d.id AND pt.partner = $1 AND pt.beeindigd_op IS NULL
         JOIN toestemming t ON t.dossier_id = d.id AND t.partner = $1 AND t.soort = 'CONTACTGEGEVENS' AND t.ingetrokken_op IS NULL
        WHERE d.burger_id = ANY($2::uuid[])`,
      [partner, [...burgerIds]],
    );
    return new Set(rows.map((r) => r.burger_id));
  }

  /** Inserts the burgers whose id is not there yet (see insertMissing); returns how many were inserted. */
  insertMissing(burgers: readonly BurgerRow[]): Promise<number> {
    return insertMissing(this.#repo, burgers);
  }
}
