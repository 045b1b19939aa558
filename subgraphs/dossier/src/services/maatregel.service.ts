import { forbidden } from '@hub/shared';
import type { Loaders } from '../loaders.js';
import { toMaatregel, type MaatregelModel } from '../mappers.js';
import type { DossierService } from './dossier.service.js';
import { requireId } from './ids.js';
import type { Toegang } from './toegang.js';

/** Reading planned measures: whoever may see the dossier may see its measures. */
export class MaatregelService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly dossiers: DossierService,
  ) {}

  /** One measure (e.g. a reference from another subgraph), under the rules of its dossier. */
  async get(id: string): Promise<MaatregelModel> {
    const scope = this.toegang.dossierScope();
    requireId(id, 'maatregel');
    const row = await this.loaders.maatregelById.load(id);
    if (!row) throw this.toegang.refusal(scope, 'Maatregel');
    const dossier = await this.loaders.dossierById.load(row.dossierId);
    if (!dossier || !(await this.dossiers.isVisible(dossier, scope))) throw forbidden();
    return toMaatregel(row);
  }

  /** The measures of a dossier the caller already may see, in plan order. */
  async ofDossier(dossierId: string): Promise<MaatregelModel[]> {
    return (await this.loaders.maatregelenByDossierId.load(dossierId)).map(toMaatregel);
  }
}
