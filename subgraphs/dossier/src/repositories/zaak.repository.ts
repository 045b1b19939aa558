import type { EntityManager, Repository } from 'typeorm';
import { DossierEntity, type DossierRow } from '../entities/dossier.js';

/** The running cases of a citizen for Mijn Burgerprofiel (`Query.lopendeZaken`). */
export class ZaakRepository {
  readonly #repo: Repository<DossierRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<DossierRow>(DossierEntity);
  }

  /**
   * The dossiers of the citizen with this INSZ that run, or that ended at or after `beeindigdSinds`,
   * last changed first. One statement (the citizen by its unique INSZ, the dossiers by dossier_burger_idx).
   */
  lopendeZakenVan(insz: string, beeindigdSinds: Date): Promise<DossierRow[]> {
    return this.#repo
      .createQueryBuilder('d')
      .where('d.burgerId IN (SELECT b.id FROM burger b WHERE b.insz = :insz)', { insz })
      .andWhere(`(d.status = 'LOPEND' OR d.afgeslotenOp >= :sinds)`, { sinds: beeindigdSinds })
      .orderBy('d.laatsteWijziging', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .getMany();
  }
}
