import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import type { PartnerOrganisatie } from '../domain.js';
import { PartnerAanvraagEntity, type PartnerAanvraagRow } from '../entities/partner-aanvraag.js';
import { PartnerToewijzingEntity, type PartnerToewijzingRow } from '../entities/partner-toewijzing.js';
import { insertMissing } from './insert-missing.js';

/** Which partner works on which dossier (`partner_toewijzing`), and what was asked of them (`partner_aanvraag`). */
export class PartnerRepository {
  readonly #toewijzingen: Repository<PartnerToewijzingRow>;
  readonly #aanvragen: Repository<PartnerAanvraagRow>;

  constructor(manager: EntityManager) {
    this.#toewijzingen = manager.getRepository<PartnerToewijzingRow>(PartnerToewijzingEntity);
    this.#aanvragen = manager.getRepository<PartnerAanvraagRow>(PartnerAanvraagEntity);
  }

  /** Every assignment (ended ones included) of these dossiers, per dossier oldest first. */
  toewijzingenOf(dossierIds: readonly string[]): Promise<PartnerToewijzingRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#toewijzingen.find({ where: { dossierId: In([...dossierIds]) }, order: { dossierId: 'ASC', toegewezenOp: 'ASC', id: 'ASC' } });
  }

  /** The running assignment of a partner to a dossier, if any. */
  activeToewijzing(dossierId: string, partner: PartnerOrganisatie): Promise<PartnerToewijzingRow | null> {
    return this.#toewijzingen.findOneBy({ dossierId, partner, beeindigdOp: IsNull() });
  }

  insertToewijzing(row: PartnerToewijzingRow): Promise<unknown> {
    return this.#toewijzingen.insert(row);
  }

  async endToewijzing(id: string, op: Date, door: string): Promise<void> {
    await this.#toewijzingen.update({ id, beeindigdOp: IsNull() }, { beeindigdOp: op, beeindigdDoor: door });
  }

  /** The requests of these dossiers, per dossier oldest first. */
  aanvragenOf(dossierIds: readonly string[]): Promise<PartnerAanvraagRow[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.#aanvragen.find({ where: { dossierId: In([...dossierIds]) }, order: { dossierId: 'ASC', aangevraagdOp: 'ASC', id: 'ASC' } });
  }

  aanvraagForUpdate(id: string): Promise<PartnerAanvraagRow | null> {
    return this.#aanvragen.createQueryBuilder('a').where('a.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  insertAanvraag(row: PartnerAanvraagRow): Promise<unknown> {
    return this.#aanvragen.insert(row);
  }

  async registerResultaat(id: string, resultaat: { resultaat: string; opgeleverdOp: Date; opgeleverdDoor: string }): Promise<void> {
    await this.#aanvragen.update({ id }, resultaat);
  }

  insertMissingToewijzingen(rows: readonly PartnerToewijzingRow[]): Promise<number> {
    return insertMissing(this.#toewijzingen, rows);
  }

  insertMissingAanvragen(rows: readonly PartnerAanvraagRow[]): Promise<number> {
    return insertMissing(this.#aanvragen, rows);
  }
}
