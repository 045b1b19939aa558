import { In, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import { DossierEntity, type DossierRow } from '../entities/dossier.js';
import type { DossierScope } from '../services/toegang.js';
import { whereDossierVisible } from './scope.js';

/** A position in the dossier list order (laatste_wijziging desc, id desc). */
export interface DossierListPosition {
  laatsteWijziging: Date;
  id: string;
}

/** The columns added after the first schema: optional when inserting (null when left out). */
type LaterColumns =
  | 'adresTekst'
  | 'postcode'
  | 'begeleiderPartner'
  | 'startToestemmingWijze'
  | 'startToestemmingOp'
  | 'startToestemmingDoor'
  | 'afsluitReden'
  | 'afgeslotenOp'
  | 'volgendeActieOp'
  | 'volgendeActie'
  | 'startKanaal';

export type NewDossier = Omit<DossierRow, 'referentie' | 'version' | LaterColumns> & Partial<Pick<DossierRow, LaterColumns>>;

/** What a change of a dossier may set (its id, reference, citizen and opening never change). */
export type DossierChange = Partial<
  Pick<DossierRow, 'fase' | 'status' | 'spocSub' | 'renovatiebegeleiderSub' | 'begeleiderPartner' | 'afsluitReden' | 'afgeslotenOp'>
>;

const LATER_COLUMNS_NULL: Pick<DossierRow, LaterColumns> = {
  adresTekst: null,
  postcode: null,
  begeleiderPartner: null,
  startToestemmingWijze: null,
  startToestemmingOp: null,
  startToestemmingDoor: null,
  afsluitReden: null,
  afgeslotenOp: null,
  volgendeActieOp: null,
  volgendeActie: null,
  startKanaal: null,
};

export class DossierRepository {
  readonly #repo: Repository<DossierRow>;

  constructor(private readonly manager: EntityManager) {
    this.#repo = manager.getRepository<DossierRow>(DossierEntity);
  }

  findByIds(ids: readonly string[]): Promise<DossierRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.#repo.findBy({ id: In([...ids]) });
  }

  /** The visible dossiers of these citizens, in list order. */
  findByBurgerIds(burgerIds: readonly string[], scope: DossierScope): Promise<DossierRow[]> {
    if (burgerIds.length === 0) return Promise.resolve([]);
    const qb = this.#repo.createQueryBuilder('d').where('d.burgerId IN (:...burgerIds)', { burgerIds: [...burgerIds] });
    return inListOrder(whereDossierVisible(qb, scope)).getMany();
  }

  /** The visible dossiers of these homes, in list order. */
  findByAdresIds(adresIds: readonly string[], scope: DossierScope): Promise<DossierRow[]> {
    if (adresIds.length === 0) return Promise.resolve([]);
    const qb = this.#repo.createQueryBuilder('d').where('d.adresId IN (:...adresIds)', { adresIds: [...adresIds] });
    return inListOrder(whereDossierVisible(qb, scope)).getMany();
  }

  /**
   * Inserts a dossier with the next reference number (REN-<year opened>-<number>, numbers from the
   * dossier_referentie_seq sequence, never reused). Returns the stored row.
   */
  async insert(dossier: NewDossier): Promise<DossierRow> {
    const [next] = await this.manager.query<Array<{ n: string }>>(`SELECT nextval('dossier_referentie_seq') AS n`);
    const row: DossierRow = { ...LATER_COLUMNS_NULL, ...dossier, referentie: referentieOf(dossier.geopendOp, Number(next!.n)), version: 1 };
    await this.#repo.insert(row);
    return row;
  }

  /** The dossier, locked until the end of the transaction (a change reads, checks and writes under this lock). */
  findForUpdate(id: string): Promise<DossierRow | null> {
    return this.#repo.createQueryBuilder('d').where('d.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /**
   * Applies a change to a dossier locked with findForUpdate: raises its version by one and sets
   * laatste_wijziging. Returns the stored row.
   */
  async change(row: DossierRow, change: DossierChange, at: Date): Promise<DossierRow> {
    const next: DossierRow = { ...row, ...change, laatsteWijziging: at, version: row.version + 1 };
    const result = await this.#repo
      .createQueryBuilder()
      .update()
      .set({ ...change, laatsteWijziging: at, version: next.version })
      .where('id = :id AND version = :version', { id: row.id, version: row.version })
      .execute();
    if (result.affected !== 1) throw new Error(`Dossier ${row.id} changed under a lock (version ${row.version})`);
    return next;
  }
}

/** REN-2026-000042: the year the dossier was opened (Belgian time) and the sequence number, at least 6 digits. */
export function referentieOf(geopendOp: Date, number: number): string {
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Brussels' }).format(geopendOp);
  return `REN-${year}-${String(number).padStart(6, '0')}`;
}

function inListOrder(qb: SelectQueryBuilder<DossierRow>): SelectQueryBuilder<DossierRow> {
  return qb.orderBy('d.laatsteWijziging', 'DESC').addOrderBy('d.id', 'DESC');
}
