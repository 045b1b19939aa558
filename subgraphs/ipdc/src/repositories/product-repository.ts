import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Product } from '../domain/product.js';
import { ProductEntity, type ProductRecord } from '../entities/product.js';
import type { ProductFilter, Zoektaal } from '../services/zoeken.js';
import type { NieuwProductRecord } from './product-record.js';

/** The columns written for a snapshot: [column, SQL type, property of the record]. */
const WRITTEN: ReadonlyArray<readonly [string, string, keyof NieuwProductRecord]> = [
  ['id', 'uuid', 'id'],
  ['uri', 'text', 'uri'],
  ['productnummer', 'text', 'productnummer'],
  ['type', 'text', 'type'],
  ['themas', 'text[]', 'themas'],
  ['doelgroepen', 'text[]', 'doelgroepen'],
  ['gebieden', 'text[]', 'gebieden'],
  ['geldig_vanaf', 'date', 'geldigVanaf'],
  ['geldig_tot', 'date', 'geldigTot'],
  ['gearchiveerd', 'boolean', 'gearchiveerd'],
  ['generated_at', 'timestamptz', 'generatedAt'],
  ['snapshot_uri', 'text', 'snapshotUri'],
  ['pagina', 'integer', 'pagina'],
  ['positie', 'integer', 'positie'],
  ['sorteernaam', 'text', 'sorteernaam'],
  ['zoektekst', 'text', 'zoektekst'],
  ['zoektekst_nl', 'text', 'zoektekstNl'],
  ['zoektekst_nl_formeel', 'text', 'zoektekstNlFormeel'],
  ['zoektekst_nl_informeel', 'text', 'zoektekstNlInformeel'],
  ['zoektekst_en', 'text', 'zoektekstEn'],
  ['data', 'jsonb', 'data'],
];

const columns = WRITTEN.map(([c]) => c).join(', ');

/**
 * One statement for a page of snapshots: a snapshot replaces the stored one only when it is newer by
 * (generatedAtTime, page, position in the page). So an older snapshot that arrives later changes
 * nothing, and reading a page again changes nothing.
 */
const UPSERT_NEWER = `
  INSERT INTO product (${columns}, bijgewerkt_op)
  SELECT ${columns}, $2::timestamptz FROM jsonb_to_recordset($1::jsonb) AS r(${WRITTEN.map(([c, t]) => `${c} ${t}`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${[...WRITTEN.slice(1).map(([c]) => c), 'bijgewerkt_op'].map((c) => `${c} = excluded.${c}`).join(', ')}
  WHERE (excluded.generated_at, excluded.pagina, excluded.positie) > (product.generated_at, product.pagina, product.positie)
  RETURNING id`;

const SEARCH_COLUMN: Readonly<Record<Zoektaal, string>> = {
  ALLE: 'zoektekst',
  NL: 'zoektekst_nl',
  NL_FORMEEL: 'zoektekst_nl_formeel',
  NL_INFORMEEL: 'zoektekst_nl_informeel',
  EN: 'zoektekst_en',
};

/** A product as the replica holds it: an archived one is a tombstone that is never served. */
export interface ReplicaProduct {
  id: string;
  gearchiveerd: boolean;
  product: Product;
}

/** Reads and writes the products of the replica. */
export class ProductRepository {
  private readonly repo: Repository<ProductRecord>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(ProductEntity);
  }

  /** Writes the snapshots that are newer than what the replica holds, in the caller's transaction; the ids written. */
  async bewaarNieuwere(manager: EntityManager, records: readonly NieuwProductRecord[], nu: Date): Promise<string[]> {
    if (records.length === 0) return [];
    const json = records.map((record) => Object.fromEntries(WRITTEN.map(([column, , key]) => [column, record[key]])));
    const rows = (await manager.query(UPSERT_NEWER, [JSON.stringify(json), nu.toISOString()])) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** These products (ids in lower case), archived ones included, in one query. */
  async perId(ids: readonly string[]): Promise<ReplicaProduct[]> {
    if (ids.length === 0) return [];
    const rows = await this.repo.find({ select: { id: true, gearchiveerd: true, data: true }, where: { id: In([...new Set(ids)]) } });
    return rows.map((r) => ({ id: r.id, gearchiveerd: r.gearchiveerd, product: r.data }));
  }

  /** The current product with this product number; if there were several, the last changed one. */
  async opProductnummer(productnummer: string): Promise<Product | undefined> {
    const rows = (await this.dataSource.query(
      'SELECT data FROM product WHERE productnummer = $1 AND NOT gearchiveerd ORDER BY generated_at DESC, id LIMIT 1',
      [productnummer],
    )) as Array<{ data: Product }>;
    return rows[0]?.data;
  }

  /** The current products that pass the filter, sorted on their Dutch name, one page; one query. */
  async zoek(filter: ProductFilter): Promise<Product[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = ['NOT gearchiveerd'];
    if (filter.thema) where.push(`themas @> ARRAY[${param(filter.thema)}]::text[]`);
    if (filter.doelgroep) where.push(`doelgroepen @> ARRAY[${param(filter.doelgroep)}]::text[]`);
    if (filter.type) where.push(`type = ${param(filter.type)}`);
    if (filter.gebieden) where.push(`gebieden && ARRAY[${filter.gebieden.map(param).join(', ')}]::text[]`);
    if (filter.geldigOp) {
      const dag = param(filter.geldigOp);
      where.push(`(geldig_vanaf IS NULL OR geldig_vanaf <= ${dag}::date) AND (geldig_tot IS NULL OR geldig_tot >= ${dag}::date)`);
    }
    const column = SEARCH_COLUMN[filter.zoektaal];
    for (const woord of filter.woorden) where.push(`${column} LIKE ${param(`%${escapeLike(woord)}%`)}`);
    const sql = `SELECT data FROM product WHERE ${where.join(' AND ')} ORDER BY sorteernaam, id LIMIT ${param(filter.limiet)} OFFSET ${param(filter.vanaf)}`;
    const rows = (await this.dataSource.query(sql, params)) as Array<{ data: Product }>;
    return rows.map((r) => r.data);
  }

  /** How many products the replica serves, and how many it keeps as archived. */
  async tellingen(): Promise<{ actueel: number; gearchiveerd: number }> {
    const [row] = (await this.dataSource.query(
      'SELECT count(*) FILTER (WHERE NOT gearchiveerd)::int AS actueel, count(*) FILTER (WHERE gearchiveerd)::int AS gearchiveerd FROM product',
    )) as Array<{ actueel: number; gearchiveerd: number }>;
    return { actueel: row?.actueel ?? 0, gearchiveerd: row?.gearchiveerd ?? 0 };
  }
}

/** A text for LIKE that matches itself only (the default escape character is the backslash). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
