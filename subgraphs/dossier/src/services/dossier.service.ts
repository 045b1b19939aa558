import type { AuditCollector } from '../audit/collector.js';
import { GEGEVENSSOORTEN, STADSDIENST_GEGEVENS, type Gegevenssoort } from '../domain.js';
import type { DossierRow } from '../entities/dossier.js';
import type { DossierOvergangRow } from '../entities/dossier-overgang.js';
import { partnerInzageKey, type LifecycleLoaders } from '../lifecycle-loaders.js';
import type { Loaders } from '../loaders.js';
import { toDossier, type DossierModel } from '../mappers.js';
import { requireId } from './ids.js';
import type { DossierScope, Toegang } from './toegang.js';
import { scopeVoor, weiger } from './weigering.js';

export interface DossierPage {
  edges: Array<{ cursor: string; node: DossierModel }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Reading dossiers under the access rules of `Toegang`. Every dossier read is audited (LEZEN), every
 * refused attempt too (WEIGERING).
 */
export class DossierService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly access: { audit: AuditCollector; lifecycle: LifecycleLoaders },
  ) {}

  /** One dossier; FORBIDDEN when the caller may not see it (or, for a limited view, when it does not exist). */
  async get(id: string): Promise<DossierModel> {
    const gevraagd = { objectType: 'Dossier', objectId: id };
    const scope = scopeVoor(this.toegang, this.access.audit, gevraagd);
    requireId(id, 'dossier');
    const row = await this.loaders.dossierById.load(id);
    if (!row) throw scope.all ? this.toegang.refusal(scope, 'Dossier') : weiger(this.access.audit, gevraagd);
    if (!(await this.isVisible(row, scope))) throw weiger(this.access.audit, { ...gevraagd, dossierId: row.id });
    return this.gelezen(row);
  }

  /** The row-level form of the scope (the SQL form is in repositories/scope.ts). */
  async isVisible(row: DossierRow, scope: DossierScope): Promise<boolean> {
    if (scope.all || scope.stadsdienst || (await this.isFullyVisible(row, scope))) return true;
    return scope.partnerOrganisatie !== null && (await this.partnerInzage(scope.partnerOrganisatie, row.id)).size > 0;
  }

  /** Whether the caller sees the whole dossier: the back office, the citizen of the dossier, its coach. */
  async isFullyVisible(row: DossierRow, scope: DossierScope): Promise<boolean> {
    if (scope.all) return true;
    if (scope.begeleiderSub !== null && row.renovatiebegeleiderSub === scope.begeleiderSub) return true;
    if (scope.burgerInsz !== null) {
      const burger = await this.loaders.burgerById.load(row.burgerId);
      return burger?.insz === scope.burgerInsz;
    }
    return false;
  }

  /**
   * The kinds of data of a dossier the caller may see: all of them for whom sees the whole dossier; for
   * a partner those with a running consent of the citizen for its organisation; for a city service
   * those without personal data; else none.
   */
  async zichtbareSoorten(row: DossierRow): Promise<Gegevenssoort[]> {
    const scope = this.toegang.dossierScope();
    if (await this.isFullyVisible(row, scope)) return [...GEGEVENSSOORTEN];
    if (scope.all) return [];
    const inzage = scope.partnerOrganisatie === null ? new Set<Gegevenssoort>() : await this.partnerInzage(scope.partnerOrganisatie, row.id);
    return GEGEVENSSOORTEN.filter((soort) => inzage.has(soort) || (scope.stadsdienst && STADSDIENST_GEGEVENS.includes(soort)));
  }

  /** The kinds of data of a dossier shared with a partner now (none when it is not assigned to the partner). */
  partnerInzage(partner: string, dossierId: string): Promise<ReadonlySet<Gegevenssoort>> {
    return this.access.lifecycle.partnerInzage.load(partnerInzageKey(partner, dossierId));
  }

  /** The phase and status changes of a dossier the caller sees, in order. */
  overgangen(dossier: DossierModel): Promise<DossierOvergangRow[]> {
    return this.access.lifecycle.overgangenByDossierId.load(dossier.id);
  }

  /** Replaces what this request's loaders know of a dossier (after a change). */
  vernieuw(row: DossierRow): void {
    this.loaders.dossierById.clear(row.id).prime(row.id, row);
  }

  /** Records the read of a dossier and hands it to the resolvers. */
  private gelezen(row: DossierRow): DossierModel {
    this.access.audit.record({ actie: 'LEZEN', objectType: 'Dossier', objectId: row.id, dossierId: row.id });
    return toDossier(row);
  }

  /** The visible dossiers of a citizen the caller may see. */
  async ofBurger(burgerId: string): Promise<DossierModel[]> {
    this.toegang.dossierScope();
    return (await this.loaders.dossiersByBurgerId.load(burgerId)).map((row) => this.gelezen(row));
  }

  /**
   * The visible dossiers of a home. A partner sees only those for which the citizen shares
   * WONINGGEGEVENS with it: the link between a home and a dossier is home data.
   */
  async ofWoning(adresId: string): Promise<DossierModel[]> {
    const scope = this.toegang.dossierScope();
    const rows = await this.loaders.dossiersByAdresId.load(adresId);
    const zichtbaar = await Promise.all(
      rows.map(async (row) => (await this.isFullyVisible(row, scope)) || (await this.zichtbareSoorten(row)).includes('WONINGGEGEVENS')),
    );
    return rows.filter((_, i) => zichtbaar[i]).map((row) => this.gelezen(row));
  }
}
