import { forbidden } from '@hub/shared';
import type { VraagRow } from '../entities/vraag.js';
import type { Loaders } from '../loaders.js';
import { toVraag, type BurgerModel, type DossierModel, type VraagModel } from '../mappers.js';
import type { BurgerService } from './burger.service.js';
import type { DossierService } from './dossier.service.js';
import { requireId } from './ids.js';
import type { DossierScope, Toegang } from './toegang.js';

/** Reading questions: the back office all, a citizen their own, a coach those of their dossiers. */
export class VraagService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly burgers: BurgerService,
    private readonly dossiers: DossierService,
  ) {}

  async get(id: string): Promise<VraagModel> {
    const scope = this.toegang.dossierScope();
    requireId(id, 'vraag');
    const row = await this.loaders.vraagById.load(id);
    if (!row) throw this.toegang.refusal(scope, 'Vraag');
    if (!(await this.isVisible(row, scope))) throw forbidden();
    return toVraag(row);
  }

  /** The questions of a dossier the caller already may see, newest first. */
  async ofDossier(dossierId: string): Promise<VraagModel[]> {
    return (await this.loaders.vragenByDossierId.load(dossierId)).map(toVraag);
  }

  /** The visible questions of a citizen the caller may see, newest first. */
  async ofBurger(burgerId: string): Promise<VraagModel[]> {
    this.toegang.dossierScope();
    return (await this.loaders.vragenByBurgerId.load(burgerId)).map(toVraag);
  }

  /** The citizen who asked, under the citizen rules (a question can be visible through its dossier). */
  burgerOf(vraag: VraagModel): Promise<BurgerModel> | null {
    return vraag.burgerId === null ? null : this.burgers.get(vraag.burgerId);
  }

  /** The dossier that came from the question, under the dossier rules. */
  dossierOf(vraag: VraagModel): Promise<DossierModel> | null {
    return vraag.dossierId === null ? null : this.dossiers.get(vraag.dossierId);
  }

  private async isVisible(row: VraagRow, scope: DossierScope): Promise<boolean> {
    if (scope.all) return true;
    if (scope.burgerInsz !== null && row.burgerId !== null) {
      const burger = await this.loaders.burgerById.load(row.burgerId);
      if (burger?.insz === scope.burgerInsz) return true;
    }
    if (scope.begeleiderSub !== null && row.dossierId !== null) {
      const dossier = await this.loaders.dossierById.load(row.dossierId);
      if (dossier?.renovatiebegeleiderSub === scope.begeleiderSub) return true;
    }
    return false;
  }
}
