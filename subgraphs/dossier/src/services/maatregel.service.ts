import type { AuditCollector } from '../audit/collector.js';
import type { Loaders } from '../loaders.js';
import { toMaatregel, type MaatregelModel } from '../mappers.js';
import type { DossierService } from './dossier.service.js';
import { requireId } from './ids.js';
import type { ToestemmingService } from './toestemming.service.js';
import type { Toegang } from './toegang.js';
import { scopeVoor, weiger } from './weigering.js';

/**
 * Reading planned measures: whoever may see the whole dossier may see its measures; a partner needs
 * the citizen's consent for RENOVATIEPLAN. Reads and refusals are audited.
 */
export class MaatregelService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly dossiers: DossierService,
    private readonly access: { audit: AuditCollector; toestemmingen: ToestemmingService },
  ) {}

  /** One measure (e.g. a reference from another subgraph), under the rules of its dossier. */
  async get(id: string): Promise<MaatregelModel> {
    const gevraagd = { objectType: 'Maatregel', objectId: id };
    const scope = scopeVoor(this.toegang, this.access.audit, gevraagd);
    requireId(id, 'maatregel');
    const row = await this.loaders.maatregelById.load(id);
    if (!row) throw scope.all ? this.toegang.refusal(scope, 'Maatregel') : weiger(this.access.audit, gevraagd);
    const dossier = await this.loaders.dossierById.load(row.dossierId);
    if (!dossier || !(await this.dossiers.isVisible(dossier, scope))) throw weiger(this.access.audit, { ...gevraagd, dossierId: row.dossierId });
    await this.access.toestemmingen.vereisInzage(row.dossierId, 'RENOVATIEPLAN');
    return this.gelezen(toMaatregel(row));
  }

  /** The measures of a dossier the caller already may see, in plan order (a partner: with consent for RENOVATIEPLAN). */
  async ofDossier(dossierId: string): Promise<MaatregelModel[]> {
    await this.access.toestemmingen.vereisInzage(dossierId, 'RENOVATIEPLAN');
    return (await this.loaders.maatregelenByDossierId.load(dossierId)).map((row) => this.gelezen(toMaatregel(row)));
  }

  private gelezen(maatregel: MaatregelModel): MaatregelModel {
    this.access.audit.record({ actie: 'LEZEN', objectType: 'Maatregel', objectId: maatregel.id, dossierId: maatregel.dossierId });
    return maatregel;
  }
}
