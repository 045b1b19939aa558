import type { Gegevenssoort } from '../domain.js';
import type { DossierModel } from '../mappers.js';
import type { BurgerService } from './burger.service.js';
import type { ToestemmingService } from './toestemming.service.js';
import type { Toegang } from './toegang.js';

/**
 * What of a dossier the caller sees, for the journey's records (milestones, documents, quotes and
 * invoices), on top of ToestemmingService: whoever sees a dossier as back office, as its coach or as its
 * citizen sees all of it; a partner sees a kind of data only while the citizen shares that kind with it
 * (DESIGN §6). Some data is never shared with partners: the contact history (the city's conversations
 * with the citizen).
 */
export class Inzage {
  constructor(
    private readonly toegang: Toegang,
    private readonly toestemmingen: ToestemmingService,
    private readonly burgers: BurgerService,
  ) {}

  /** Throws FORBIDDEN (audited) unless the caller sees this kind of the dossier's data. */
  vereist(dossierId: string, soort: Gegevenssoort): Promise<void> {
    return this.toestemmingen.vereisInzage(dossierId, soort);
  }

  /** Throws FORBIDDEN (audited) unless the caller sees the whole dossier (data never shared with partners). */
  vereistVolledig(dossier: DossierModel, objectType: string): Promise<void> {
    return this.toestemmingen.vereisVolledigeInzage(dossier, objectType);
  }

  /** Whether the caller sees the whole dossier: back office, its coach, its citizen (no audit: for filtering). */
  async volledig(dossier: Pick<DossierModel, 'burgerId' | 'renovatiebegeleiderSub'>): Promise<boolean> {
    if (this.toegang.isBackoffice()) return true;
    const sub = this.toegang.begeleiderSub();
    if (sub !== null && dossier.renovatiebegeleiderSub === sub) return true;
    return this.toegang.ownInsz() !== null && (await this.burgers.ik())?.id === dossier.burgerId;
  }
}
