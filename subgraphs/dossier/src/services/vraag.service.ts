import type { AuditCollector } from '../audit/collector.js';
import type { VraagRow } from '../entities/vraag.js';
import type { Loaders } from '../loaders.js';
import { toVraag, type BurgerModel, type DossierModel, type VraagModel } from '../mappers.js';
import type { BurgerService } from './burger.service.js';
import type { DossierService } from './dossier.service.js';
import { requireId } from './ids.js';
import type { ToestemmingService } from './toestemming.service.js';
import type { DossierScope, Toegang } from './toegang.js';
import { scopeVoor, weiger } from './weigering.js';

/**
 * Reading questions: the back office all, a citizen their own, a coach those of their dossiers; never
 * a partner. Every read and refusal is audited.
 */
export class VraagService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly burgers: BurgerService,
    private readonly dossiers: DossierService,
    private readonly access: { audit: AuditCollector; toestemmingen: ToestemmingService },
  ) {}

  async get(id: string): Promise<VraagModel> {
    const gevraagd = { objectType: 'Vraag', objectId: id };
    const scope = scopeVoor(this.toegang, this.access.audit, gevraagd);
    requireId(id, 'vraag');
    const row = await this.loaders.vraagById.load(id);
    if (!row) throw scope.all ? this.toegang.refusal(scope, 'Vraag') : weiger(this.access.audit, gevraagd);
    if (!(await this.isVisible(row, scope))) throw weiger(this.access.audit, { ...gevraagd, dossierId: row.dossierId });
    return this.gelezen(row);
  }

  /** The questions of a dossier the caller already may see, newest first; not for partners (never shared). */
  async ofDossier(dossier: DossierModel): Promise<VraagModel[]> {
    await this.access.toestemmingen.vereisVolledigeInzage(dossier, 'Vraag');
    return (await this.loaders.vragenByDossierId.load(dossier.id)).map((row) => this.gelezen(row));
  }

  /** The visible questions of a citizen the caller may see, newest first. */
  async ofBurger(burgerId: string): Promise<VraagModel[]> {
    this.toegang.dossierScope();
    return (await this.loaders.vragenByBurgerId.load(burgerId)).map((row) => this.gelezen(row));
  }

  /** Records the read of a question and hands it to the resolvers. */
  gelezen(row: VraagRow): VraagModel {
    this.access.audit.record({ actie: 'LEZEN', objectType: 'Vraag', objectId: row.id, dossierId: row.dossierId });
    return toVraag(row);
  }

  /** Replaces what this request's loaders know of a question (after a change). */
  vernieuw(row: VraagRow): void {
    this.loaders.vraagById.clear(row.id).prime(row.id, row);
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
