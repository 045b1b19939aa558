import type { DataSource, EntityManager } from 'typeorm';

/**
 * Where the bytes of documents live, by key. The CRM keeps only metadata and the key in its tables,
 * so the bytes can move to another store (an object store, a data vault) without touching the rest.
 * Keys are made by the CRM (UUIDs); a store never interprets them.
 */
export interface DocumentStore {
  /** Stores the bytes under the key; a key is written once (putting an existing key fails). */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes under the key; removing a missing key is no error. */
  delete(key: string): Promise<void>;
}

type Queryable = Pick<DataSource, 'query'> | Pick<EntityManager, 'query'>;

/** The default store: a bytea table (`document_inhoud`) in the CRM's own PostgreSQL schema. */
export class PostgresDocumentStore implements DocumentStore {
  constructor(private readonly db: Queryable) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.db.query(`INSERT INTO document_inhoud (sleutel, inhoud, aangemaakt_op) VALUES ($1, $2, now())`, [key, bytes]);
  }

  async get(key: string): Promise<Buffer | null> {
    const rows: Array<{ inhoud: Uint8Array }> = await this.db.query(`SELECT inhoud FROM document_inhoud WHERE sleutel = $1`, [key]);
    const value = rows[0]?.inhoud;
    if (value === undefined) return null;
    // node-postgres gives a Buffer, PGlite a Uint8Array: a Buffer view on the same memory either way.
    return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }

  async delete(key: string): Promise<void> {
    await this.db.query(`DELETE FROM document_inhoud WHERE sleutel = $1`, [key]);
  }
}
