import { forbidden, isAnonymous, unauthenticated } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import type { BurgerRow } from '../entities/burger.js';
import type { LifecycleLoaders } from '../lifecycle-loaders.js';
import type { Loaders } from '../loaders.js';
import { toBurger, type BurgerModel, type DossierModel } from '../mappers.js';
import { requireId } from './ids.js';
import type { ToestemmingService } from './toestemming.service.js';
import type { DossierScope, Toegang } from './toegang.js';
import { scopeVoor, weiger } from './weigering.js';

/** Reading citizen profiles under the access rules of `Toegang`; every read and refusal is audited. */
export class BurgerService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly access: { audit: AuditCollector; lifecycle: LifecycleLoaders; toestemmingen: ToestemmingService },
  ) {}

  /** One citizen; FORBIDDEN when the caller may not see them (or, for a limited view, when the id does not exist). */
  async get(id: string): Promise<BurgerModel> {
    const gevraagd = { objectType: 'Burger', objectId: id };
    const scope = scopeVoor(this.toegang, this.access.audit, gevraagd);
    requireId(id, 'burger');
    const row = await this.loaders.burgerById.load(id);
    if (!row) throw scope.all ? this.toegang.refusal(scope, 'Burger') : weiger(this.access.audit, gevraagd);
    if (!(await this.isVisible(row, scope))) throw weiger(this.access.audit, gevraagd);
    return this.gelezen(row, null);
  }

  /**
   * The citizen of a dossier the caller already may see: seeing the whole dossier includes seeing its
   * citizen; a partner needs the citizen's consent for CONTACTGEGEVENS.
   */
  async ofDossier(dossier: DossierModel): Promise<BurgerModel> {
    await this.access.toestemmingen.vereisInzage(dossier, 'CONTACTGEGEVENS');
    const row = await this.loaders.burgerById.load(dossier.burgerId);
    if (!row) throw new Error(`Dossier ${dossier.id} refers to a missing citizen`);
    return this.gelezen(row, dossier.id);
  }

  /** The logged-in citizen's own profile; null when the CRM does not know them or the caller is no citizen. */
  async ik(): Promise<BurgerModel | null> {
    if (isAnonymous(this.toegang.identity)) throw unauthenticated();
    const insz = this.toegang.ownInsz();
    if (insz === null) return null;
    const row = await this.loaders.burgerByInsz.load(insz);
    return row ? this.gelezen(row, null) : null;
  }

  /** The national register number, for the back office and the citizen themself only. */
  insz(burger: BurgerModel): string | null {
    if (!this.toegang.mayReadInsz(burger.insz)) {
      throw forbidden('Het rijksregisternummer is enkel zichtbaar voor de SPOC, de energieconsulent en de burger zelf.');
    }
    return burger.insz;
  }

  private async isVisible(row: BurgerRow, scope: DossierScope): Promise<boolean> {
    if (scope.all) return true;
    if (scope.burgerInsz !== null && row.insz === scope.burgerInsz) return true;
    if (scope.begeleiderSub !== null && (await this.loaders.burgerAssignedToBegeleider.load(row.id))) return true;
    if (scope.partnerOrganisatie !== null) return this.access.lifecycle.burgerSharedWithPartner.load(row.id);
    return false;
  }

  /** Records the read of a citizen's profile and hands it to the resolvers. */
  private gelezen(row: BurgerRow, dossierId: string | null): BurgerModel {
    this.access.audit.record({ actie: 'LEZEN', objectType: 'Burger', objectId: row.id, dossierId });
    return toBurger(row);
  }
}
