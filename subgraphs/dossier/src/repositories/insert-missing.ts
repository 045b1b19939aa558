import { In, type ObjectLiteral, type Repository } from 'typeorm';

/**
 * Inserts the rows whose id is not in the table yet; rows that are there are left unchanged. Any other
 * conflict (a unique INSZ, a foreign key) fails loudly. Run it in a transaction that serialises
 * concurrent callers (the seed takes an advisory lock).
 */
export async function insertMissing<T extends ObjectLiteral & { id: string }>(repo: Repository<T>, rows: readonly T[]): Promise<number> {
  if (rows.length === 0) return 0;
  const present = new Set((await repo.find({ select: { id: true } as never, where: { id: In(rows.map((r) => r.id)) } as never })).map((r) => r.id));
  const missing = rows.filter((r) => !present.has(r.id));
  if (missing.length > 0) await repo.insert(missing as never);
  return missing.length;
}
