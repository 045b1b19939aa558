import type { Loaders } from '../loaders.js';
import type { DossierModel, WoningModel } from '../mappers.js';
import type { Toegang } from './toegang.js';
import type { ToestemmingService } from './toestemming.service.js';

/** What the CRM adds to a home: who may see its authentic-source data. */
export class WoningService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly toestemmingen: ToestemmingService,
  ) {}

  reference(adresId: string): WoningModel {
    return { adresId };
  }

  /** The home of a dossier the caller sees; a partner needs the citizen's consent for WONINGGEGEVENS. */
  async ofDossier(dossier: DossierModel): Promise<WoningModel> {
    await this.toestemmingen.vereisInzage(dossier, 'WONINGGEGEVENS');
    return { adresId: dossier.adresId };
  }

  /**
   * Whether the caller may see the home's data from the authentic sources (woningpas `@requires` this).
   * Never an error: a caller without a role gets false, and woningpas refuses with its own message.
   * All homes of a request are decided with one query.
   */
  async heeftToegang(woning: WoningModel): Promise<boolean> {
    const scope = this.toegang.woningScope();
    if (scope.kind === 'alle') return true;
    if (scope.kind === 'geen') return false;
    return this.loaders.woningInvolvement.load(woning.adresId);
  }
}
