import { In, type EntityManager, type Repository } from 'typeorm';
import { insertMissing } from './insert-missing.js';
import { DocumentEntity, DocumentUploadEntity, type DocumentRow, type DocumentUploadRow } from '../entities/document.js';

export class DocumentRepository {
  readonly #repo: Repository<DocumentRow>;
  readonly #uploads: Repository<DocumentUploadRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<DocumentRow>(DocumentEntity);
    this.#uploads = manager.getRepository<DocumentUploadRow>(DocumentUploadEntity);
  }

  findByIds(ids: readonly string[]): Promise<DocumentRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ id: In([...ids]) });
  }

  /** The documents of these dossiers, per dossier newest first. */
  findByDossierIds(dossierIds: readonly string[]): Promise<DocumentRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { dossierId: In([...dossierIds]) }, order: { dossierId: 'ASC', toegevoegdOp: 'DESC', id: 'DESC' } });
  }

  /** The documents linked to these quotes, newest first. */
  findByOfferteIds(offerteIds: readonly string[]): Promise<DocumentRow[]> {
    if (offerteIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { offerteId: In([...offerteIds]) }, order: { toegevoegdOp: 'DESC', id: 'DESC' } });
  }

  /** The documents linked to these invoices, newest first. */
  findByFactuurIds(factuurIds: readonly string[]): Promise<DocumentRow[]> {
    if (factuurIds.length === 0) return Promise.resolve([]);
    return this.#repo.find({ where: { factuurId: In([...factuurIds]) }, order: { toegevoegdOp: 'DESC', id: 'DESC' } });
  }

  async insert(row: DocumentRow): Promise<void> {
    await this.#repo.insert(row);
  }

  async insertUpload(row: DocumentUploadRow): Promise<void> {
    await this.#uploads.insert(row);
  }

  /** A pending upload, locked for the rest of the transaction (so that it is attached once). */
  findUploadForUpdate(id: string): Promise<DocumentUploadRow | null> {
    return this.#uploads.createQueryBuilder('u').where('u.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async deleteUpload(id: string): Promise<void> {
    await this.#uploads.delete({ id });
  }

  /**
   * Deletes up to `limit` uploads that expired (at or before `now`) (skipping rows another transaction holds)
   * and returns their storage keys, for the caller to remove the bytes.
   */
  async purgeExpiredUploads(now: Date, limit: number): Promise<string[]> {
    const [rows] = (await this.#uploads.manager.query(
      `DELETE FROM document_upload WHERE id IN (
         SELECT id FROM document_upload WHERE verloopt_op <= $1 ORDER BY verloopt_op LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING opslag_sleutel`,
      [now, limit],
    )) as [Array<{ opslag_sleutel: string }>, number];
    return rows.map((r) => r.opslag_sleutel);
  }

  /** Inserts the rows whose id is not there yet (the demo seed); returns how many were inserted. */
  insertMissing(rows: readonly DocumentRow[]): Promise<number> {
    return insertMissing(this.#repo, rows);
  }
}
