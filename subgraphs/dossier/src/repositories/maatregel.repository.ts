import { type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { MaatregelEntity, type MaatregelRow } from '../entities/maatregel.js';

/**
 * A measure with the amounts that follow from its quotes and invoices (computed in the same query):
 * `gefactureerd` the sum of its invoices excl. VAT (null without invoices), `gekozenOfferte` the amount
 * of its chosen quote (null without one). NUMERIC strings, like the row's own amounts.
 */
export interface MaatregelMetBedragen extends MaatregelRow {
  gefactureerd: string | null;
  gekozenOfferte: string | null;
}

export class MaatregelRepository {
  readonly #repo: Repository<MaatregelRow>;

  constructor(private readonly manager: EntityManager) {
    this.#repo = manager.getRepository<MaatregelRow>(MaatregelEntity);
  }

  findByIds(ids: readonly string[]): Promise<MaatregelMetBedragen[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return withAmounts(this.#repo.createQueryBuilder('m').where('m.id IN (:...ids)', { ids: [...ids] }));
  }

  /** The measures of these dossiers, per dossier in their order (volgorde). */
  findByDossierIds(dossierIds: readonly string[]): Promise<MaatregelMetBedragen[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    const qb = this.#repo
      .createQueryBuilder('m')
      .where('m.dossierId IN (:...dossierIds)', { dossierIds: [...dossierIds] })
      .orderBy('m.dossierId', 'ASC')
      .addOrderBy('m.volgorde', 'ASC');
    return withAmounts(qb);
  }

  /** One measure, locked for the rest of the transaction. */
  findForUpdate(id: string): Promise<MaatregelRow | null> {
    return this.#repo.createQueryBuilder('m').where('m.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** The ids of a dossier's measures in their order. */
  async idsInOrder(dossierId: string): Promise<string[]> {
    const rows = await this.#repo.find({ select: { id: true }, where: { dossierId }, order: { volgorde: 'ASC' } });
    return rows.map((r) => r.id);
  }

  /** The position after the dossier's last measure (1 for the first). Call it with the dossier locked. */
  async nextVolgorde(dossierId: string): Promise<number> {
    const [row] = await this.manager.query<Array<{ n: number }>>(
      `SELECT (COALESCE(max(volgorde), 0) + 1)::int AS n FROM maatregel WHERE dossier_id = $1`,
      [dossierId],
    );
    return Number(row!.n);
  }

  async insert(row: MaatregelRow): Promise<void> {
    await this.#repo.insert(row);
  }

  async update(id: string, change: Partial<Pick<MaatregelRow, 'categorie' | 'omschrijving' | 'status' | 'uitvoering' | 'oppervlakteM2' | 'bedragExclBtw' | 'uitgevoerdOp'>>, at: Date): Promise<void> {
    await this.#repo.update({ id }, { ...change, gewijzigdOp: at });
  }

  /**
   * Puts a dossier's measures in the given order (positions 1..n) in one statement; the unique
   * (dossier_id, volgorde) constraint is checked at its end, so positions can be swapped.
   */
  async reorder(dossierId: string, idsInOrder: readonly string[], at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE maatregel m SET volgorde = v.pos, gewijzigd_op = $3
         FROM unnest($2::uuid[]) WITH ORDINALITY AS v(id, pos)
        WHERE m.id = v.id AND m.dossier_id = $1 AND m.volgorde <> v.pos`,
      [dossierId, [...idsInOrder], at],
    );
  }

  /** Inserts the maatregelen whose id is not there yet (see insertMissing); returns how many were inserted. */
  insertMissing(maatregelen: readonly MaatregelRow[]): Promise<number> {
    return insertMissing(this.#repo, maatregelen);
  }
}

async function withAmounts(qb: SelectQueryBuilder<MaatregelRow>): Promise<MaatregelMetBedragen[]> {
  const { entities, raw } = await qb
    .addSelect('(SELECT sum(f.bedrag_excl_btw) FROM factuur f WHERE f.maatregel_id = m.id)', 'gefactureerd')
    .addSelect(`(SELECT o.bedrag_excl_btw FROM offerte o WHERE o.maatregel_id = m.id AND o.status = 'GEKOZEN')`, 'gekozen_offerte')
    .getRawAndEntities<{ m_id: string; gefactureerd: string | null; gekozen_offerte: string | null }>();
  const amounts = new Map(raw.map((r) => [r.m_id, r]));
  return entities.map((row) => {
    const a = amounts.get(row.id);
    return { ...row, gefactureerd: a?.gefactureerd ?? null, gekozenOfferte: a?.gekozen_offerte ?? null };
  });
}
