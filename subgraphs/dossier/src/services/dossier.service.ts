import { forbidden } from '@hub/shared';
import type { DossierRow } from '../entities/dossier.js';
import type { Loaders } from '../loaders.js';
import { toDossier, type DossierModel } from '../mappers.js';
import type { Repositories } from '../repositories/index.js';
import { requireId } from './ids.js';
import { decodeCursor, encodeCursor, pageSize } from './paginering.js';
import type { DossierScope, Toegang } from './toegang.js';

export interface DossierPage {
  edges: Array<{ cursor: string; node: DossierModel }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Reading dossiers under the access rules of `Toegang`. */
export class DossierService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly repos: Repositories,
  ) {}

  /** One dossier; FORBIDDEN when the caller may not see it (or, for a limited view, when it does not exist). */
  async get(id: string): Promise<DossierModel> {
    const scope = this.toegang.dossierScope();
    requireId(id, 'dossier');
    const row = await this.loaders.dossierById.load(id);
    if (!row) throw this.toegang.refusal(scope, 'Dossier');
    if (!(await this.isVisible(row, scope))) throw forbidden();
    return toDossier(row);
  }

  /** The row-level form of the scope (the SQL form is in repositories/scope.ts). */
  async isVisible(row: DossierRow, scope: DossierScope): Promise<boolean> {
    if (scope.all) return true;
    if (scope.begeleiderSub !== null && row.renovatiebegeleiderSub === scope.begeleiderSub) return true;
    if (scope.burgerInsz !== null) {
      const burger = await this.loaders.burgerById.load(row.burgerId);
      return burger?.insz === scope.burgerInsz;
    }
    return false;
  }

  /** A page of the visible dossiers, last changed first; `first` 1..100, `after` a cursor of an earlier page. */
  async page(args: { first?: number | null; after?: string | null }): Promise<DossierPage> {
    const scope = this.toegang.dossierScope();
    const first = pageSize(args.first);
    const after = args.after === null || args.after === undefined ? undefined : decodeCursor(args.after);
    const [rows, totalCount] = await Promise.all([
      this.repos.dossiers.findPage(scope, first + 1, after),
      this.repos.dossiers.countVisible(scope),
    ]);
    const pageRows = rows.slice(0, first);
    for (const row of pageRows) this.loaders.dossierById.prime(row.id, row);
    const edges = pageRows.map((row) => ({ cursor: encodeCursor(row), node: toDossier(row) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  /** The visible dossiers of a citizen the caller may see. */
  async ofBurger(burgerId: string): Promise<DossierModel[]> {
    this.toegang.dossierScope();
    return (await this.loaders.dossiersByBurgerId.load(burgerId)).map(toDossier);
  }

  /** The visible dossiers of a home. */
  async ofWoning(adresId: string): Promise<DossierModel[]> {
    this.toegang.dossierScope();
    return (await this.loaders.dossiersByAdresId.load(adresId)).map(toDossier);
  }
}
