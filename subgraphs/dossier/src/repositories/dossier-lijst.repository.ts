import { Brackets, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { DossierFase, DossierStatus } from '../domain.js';
import { DossierEntity, type DossierRow } from '../entities/dossier.js';
import type { DossierScope } from '../services/toegang.js';
import type { DossierListPosition } from './dossier.repository.js';
import { whereDossierVisible } from './scope.js';

/** The filters of the back-office list, checked and normalised (see DossierLijstService). */
export interface LijstFilter {
  fasen?: DossierFase[];
  statussen?: DossierStatus[];
  /** The `sub` of a staff member who is the SPOC or the coach of the dossier. */
  toegewezenAan?: string;
  spoc?: string;
  renovatiebegeleider?: string;
  postcodes?: string[];
  /** Overdue (true) or not (false), on the Belgian calendar day `vandaag`. */
  achterstallig?: { waarde: boolean; vandaag: string };
  /** A lower-case prefix (LIKE-escaped) of the citizen's name or the address; or an exact reference. */
  zoek?: { prefix: string; referentie: string };
}

/** The back-office list of dossiers: the caller's scope, the filters and the search, in list order. */
export class DossierLijstRepository {
  readonly #repo: Repository<DossierRow>;

  constructor(manager: EntityManager) {
    this.#repo = manager.getRepository<DossierRow>(DossierEntity);
  }

  /** Up to `limit` dossiers in list order (laatste_wijziging desc, id desc), after `after` when given. */
  findPage(scope: DossierScope, filter: LijstFilter, limit: number, after?: DossierListPosition): Promise<DossierRow[]> {
    const qb = this.filtered(scope, filter);
    if (after) {
      qb.andWhere('(d.laatsteWijziging, d.id) < (CAST(:afterTs AS timestamptz), CAST(:afterId AS uuid))', {
        afterTs: after.laatsteWijziging.toISOString(),
        afterId: after.id,
      });
    }
    return qb.orderBy('d.laatsteWijziging', 'DESC').addOrderBy('d.id', 'DESC').limit(limit).getMany();
  }

  async count(scope: DossierScope, filter: LijstFilter): Promise<number> {
    const row = await this.filtered(scope, filter).select('COUNT(*)', 'n').getRawOne<{ n: string }>();
    return Number(row?.n ?? 0);
  }

  private filtered(scope: DossierScope, f: LijstFilter): SelectQueryBuilder<DossierRow> {
    const qb = whereDossierVisible(this.#repo.createQueryBuilder('d'), scope);
    if (f.fasen) qb.andWhere('d.fase IN (:...fasen)', { fasen: f.fasen });
    if (f.statussen) qb.andWhere('d.status IN (:...statussen)', { statussen: f.statussen });
    if (f.toegewezenAan !== undefined) {
      qb.andWhere('(d.spocSub = :toegewezenAan OR d.renovatiebegeleiderSub = :toegewezenAan)', { toegewezenAan: f.toegewezenAan });
    }
    if (f.spoc !== undefined) qb.andWhere('d.spocSub = :spoc', { spoc: f.spoc });
    if (f.renovatiebegeleider !== undefined) qb.andWhere('d.renovatiebegeleiderSub = :begeleider', { begeleider: f.renovatiebegeleider });
    if (f.postcodes) qb.andWhere('d.postcode IN (:...postcodes)', { postcodes: f.postcodes });
    if (f.achterstallig) {
      const overdue = `(d.status = 'LOPEND' AND d.volgendeActieOp < CAST(:vandaag AS date))`;
      qb.andWhere(f.achterstallig.waarde ? overdue : `NOT COALESCE(${overdue}, FALSE)`, { vandaag: f.achterstallig.vandaag });
    }
    if (f.zoek) {
      const { prefix, referentie } = f.zoek;
      qb.andWhere(
        new Brackets((or) => {
          or.where(
            `d.burgerId IN (SELECT b.id FROM burger b
               WHERE lower(b.achternaam) LIKE :zoek OR lower(b.voornaam || ' ' || b.achternaam) LIKE :zoek)`,
            { zoek: `${prefix}%` },
          )
            .orWhere('lower(d.adresTekst) LIKE :zoek')
            .orWhere('d.referentie = :zoekReferentie', { zoekReferentie: referentie });
        }),
      );
    }
    return qb;
  }
}
