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

/**
 * Which scopes `dossier_telling` can count for: everyone (the back office; a city service sees every
 * dossier too), or the dossiers of one coach. Null: a citizen or a partner (few dossiers: counted).
 */
function tellingScope(scope: DossierScope): { begeleider?: string } | null {
  if (scope.all || scope.stadsdienst) return {};
  if (scope.begeleiderSub !== null && scope.burgerInsz === null && scope.partnerOrganisatie === null) return { begeleider: scope.begeleiderSub };
  return null;
}

/** The back-office list of dossiers: the caller's scope, the filters and the search, in list order. */
export class DossierLijstRepository {
  readonly #repo: Repository<DossierRow>;
  readonly #manager: EntityManager;

  constructor(manager: EntityManager) {
    this.#manager = manager;
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

  /**
   * The number of dossiers of the filtered list. Counting up to a million rows per page is what a list
   * must not do (DESIGN §8), so where it can the count is read from summaries (migration 1796400000000):
   * - without a search, for the back office, a city service or a coach: a sum over `dossier_telling`
   *   (per phase, status, postcode, SPOC and coach); "overdue" is counted from its index
   *   (`dossier_achterstallig_idx`), "not overdue" is the sum minus the overdue ones;
   * - a search alone, for the back office: the matching ids of the search indexes of `dossier`, counted
   *   without reading the dossiers.
   * Otherwise (a citizen, a partner, a search with filters) the rows are counted.
   */
  async count(scope: DossierScope, filter: LijstFilter): Promise<number> {
    const telling = tellingScope(scope);
    if (telling !== null && filter.zoek === undefined) {
      if (filter.achterstallig?.waarde === true) return this.tel(scope, filter);
      const totaal = await this.telling(telling, filter);
      if (filter.achterstallig === undefined) return totaal;
      return totaal - (await this.tel(scope, { ...filter, achterstallig: { waarde: true, vandaag: filter.achterstallig.vandaag } }));
    }
    if (telling !== null && telling.begeleider === undefined && filter.zoek !== undefined && Object.keys(filter).length === 1) {
      const [row] = await this.#manager.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM (
           SELECT id FROM dossier WHERE zoek_achternaam LIKE $1 UNION SELECT id FROM dossier WHERE zoek_naam LIKE $1
           UNION SELECT id FROM dossier WHERE lower(adres_tekst) LIKE $1 UNION SELECT id FROM dossier WHERE referentie = $2) t`,
        [`${filter.zoek.prefix}%`, filter.zoek.referentie],
      );
      return row?.n ?? 0;
    }
    return this.tel(scope, filter);
  }

  /** Counts the rows of the filtered list. */
  private async tel(scope: DossierScope, filter: LijstFilter): Promise<number> {
    const row = await this.filtered(scope, filter).select('COUNT(*)', 'n').getRawOne<{ n: string }>();
    return Number(row?.n ?? 0);
  }

  /** The sum over `dossier_telling` of the filters other than "overdue" (which it does not know). */
  private async telling(telling: { begeleider?: string }, f: LijstFilter): Promise<number> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (telling.begeleider !== undefined) where.push(`t.renovatiebegeleider_sub = ${p(telling.begeleider)}`);
    if (f.fasen) where.push(`t.fase = ANY(${p(f.fasen)}::text[])`);
    if (f.statussen) where.push(`t.status = ANY(${p(f.statussen)}::text[])`);
    if (f.toegewezenAan !== undefined) {
      const sub = p(f.toegewezenAan);
      where.push(`(t.spoc_sub = ${sub} OR t.renovatiebegeleider_sub = ${sub})`);
    }
    if (f.spoc !== undefined) where.push(`t.spoc_sub = ${p(f.spoc)}`);
    if (f.renovatiebegeleider !== undefined) where.push(`t.renovatiebegeleider_sub = ${p(f.renovatiebegeleider)}`);
    if (f.postcodes) where.push(`t.postcode = ANY(${p(f.postcodes)}::text[])`);
    const [row] = await this.#manager.query<Array<{ n: number }>>(
      `SELECT coalesce(sum(t.aantal), 0)::int AS n FROM dossier_telling t WHERE ${where.length ? where.join(' AND ') : 'TRUE'}`,
      params,
    );
    return row?.n ?? 0;
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
      // The citizen's names are kept on the dossier in lower case (zoek_achternaam, zoek_naam: triggers of
      // migration 1796400000000), so that all four conditions are read from indexes of `dossier`.
      qb.andWhere(
        new Brackets((or) => {
          or.where('d.zoek_achternaam LIKE :zoek', { zoek: `${prefix}%` })
            .orWhere('d.zoek_naam LIKE :zoek')
            .orWhere('lower(d.adresTekst) LIKE :zoek')
            .orWhere('d.referentie = :zoekReferentie', { zoekReferentie: referentie });
        }),
      );
    }
    return qb;
  }
}
