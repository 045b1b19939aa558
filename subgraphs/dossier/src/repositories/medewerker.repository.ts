import { In, type EntityManager, type Repository } from 'typeorm';
import { MedewerkerEntity, type MedewerkerRow } from '../entities/medewerker.js';

/** The staff directory (`medewerker`). */
export class MedewerkerRepository {
  readonly #repo: Repository<MedewerkerRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<MedewerkerRow>(MedewerkerEntity);
  }

  findBySubs(subs: readonly string[]): Promise<MedewerkerRow[]> {
    return subs.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ sub: In([...subs]) });
  }

  /** The whole directory, by name (then sub). */
  findAll(): Promise<MedewerkerRow[]> {
    return this.#repo.find({ order: { naam: 'ASC', sub: 'ASC' } });
  }

  /** One entry, locked until the end of the transaction (a change reads, compares and writes under it). */
  findForUpdate(sub: string): Promise<MedewerkerRow | null> {
    return this.#repo.createQueryBuilder('m').where('m.sub = :sub', { sub }).setLock('pessimistic_write').getOne();
  }

  async save(row: MedewerkerRow): Promise<void> {
    await this.#repo.upsert(row, ['sub']);
  }

  /** Inserts the entries whose sub is not there yet; existing ones stay as they are. Returns how many were added. */
  async insertMissing(rows: readonly MedewerkerRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const present = new Set((await this.findBySubs(rows.map((r) => r.sub))).map((r) => r.sub));
    const missing = rows.filter((r) => !present.has(r.sub));
    if (missing.length > 0) await this.#repo.insert(missing);
    return missing.length;
  }
}
