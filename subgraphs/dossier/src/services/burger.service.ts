import { forbidden, isAnonymous, unauthenticated } from '@hub/shared';
import type { BurgerRow } from '../entities/burger.js';
import type { Loaders } from '../loaders.js';
import { toBurger, type BurgerModel, type DossierModel } from '../mappers.js';
import { requireId } from './ids.js';
import type { DossierScope, Toegang } from './toegang.js';

/** Reading citizen profiles under the access rules of `Toegang`. */
export class BurgerService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
  ) {}

  /** One citizen; FORBIDDEN when the caller may not see them (or, for a limited view, when the id does not exist). */
  async get(id: string): Promise<BurgerModel> {
    const scope = this.toegang.dossierScope();
    requireId(id, 'burger');
    const row = await this.loaders.burgerById.load(id);
    if (!row) throw this.toegang.refusal(scope, 'Burger');
    if (!(await this.isVisible(row, scope))) throw forbidden();
    return toBurger(row);
  }

  /** The citizen of a dossier the caller already may see: seeing a dossier includes seeing its citizen. */
  async ofDossier(dossier: DossierModel): Promise<BurgerModel> {
    const row = await this.loaders.burgerById.load(dossier.burgerId);
    if (!row) throw new Error(`Dossier ${dossier.id} refers to a missing citizen`);
    return toBurger(row);
  }

  /** The logged-in citizen's own profile; null when the CRM does not know them or the caller is no citizen. */
  async ik(): Promise<BurgerModel | null> {
    if (isAnonymous(this.toegang.identity)) throw unauthenticated();
    const insz = this.toegang.ownInsz();
    if (insz === null) return null;
    const row = await this.loaders.burgerByInsz.load(insz);
    return row ? toBurger(row) : null;
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
    if (scope.begeleiderSub !== null) return this.loaders.burgerAssignedToBegeleider.load(row.id);
    return false;
  }
}
