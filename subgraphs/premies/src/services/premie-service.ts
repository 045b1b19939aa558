import type { Identity } from '@hub/shared';
import type DataLoader from 'dataloader';
import type { Inkomensopgave } from '../entities/inkomensopgave.js';
import type { Regelset } from '../regels/regelset.js';
import type { Inkomenscategorie } from '../regels/schema.js';
import { adviseer, type PremieAdviesResultaat } from './advies.js';
import { leesDossierRepresentatie } from './representatie.js';
import { controleerPremieToegang } from './toegang.js';

export interface PremieServiceDeps {
  identity: Identity;
  regelset: Regelset;
  inkomensopgaven: DataLoader<string, Inkomensopgave | null>;
  /** Today's date in Belgium (YYYY-MM-DD). */
  vandaag: () => string;
}

/** The premie rules of one request: access, the citizen's income category, the advice. */
export class PremieService {
  constructor(private readonly deps: PremieServiceDeps) {}

  /** The income category the citizen declared, or null. */
  async inkomenscategorie(burgerId: string): Promise<Inkomenscategorie | null> {
    controleerPremieToegang(this.deps.identity);
    return (await this.deps.inkomensopgaven.load(burgerId))?.categorie ?? null;
  }

  /** The indicative advice for a dossier representation (with its @requires fields) on an application date. */
  async premieAdvies(dossier: unknown, datum: string | null | undefined): Promise<PremieAdviesResultaat> {
    controleerPremieToegang(this.deps.identity);
    const { burger, maatregelen } = leesDossierRepresentatie(dossier);
    const opgave = await this.deps.inkomensopgaven.load(burger.id);
    return adviseer(this.deps.regelset, {
      datum: datum ?? this.deps.vandaag(),
      inkomenscategorie: opgave?.categorie ?? null,
      maatregelen,
    });
  }
}
