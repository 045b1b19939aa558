import type { Bron, Categorie, Regel, Regime, RegelsetData } from './schema.js';

export type BijzondereDoelgroep = Regime['bijzondereDoelgroepen'][number];

/** The rule that applies to one target group, and the assignment it was reached through, if any. */
export interface GevondenRegel {
  regel: Regel;
  categorie: Categorie;
  /** Set when the target group has no rule of its own and gets another group's amounts. */
  via?: BijzondereDoelgroep;
}

/** A validated rule set (see load.ts) with the look-ups the advice needs. Immutable. */
export class Regelset {
  private readonly regimes: readonly Regime[];

  constructor(readonly data: RegelsetData) {
    this.regimes = [...data.regimes].sort((a, b) => a.geldigVan.localeCompare(b.geldigVan));
  }

  get versie(): string {
    return this.data.versie;
  }

  get ipdcProductId(): string {
    return this.data.ipdcProductId;
  }

  /** All regimes, oldest first. */
  get alleRegimes(): readonly Regime[] {
    return this.regimes;
  }

  /** The regime valid on an application date (YYYY-MM-DD), if any. */
  regimeOp(datum: string): Regime | undefined {
    return this.regimes.find((r) => r.geldigVan <= datum && (r.geldigTot === null || datum <= r.geldigTot));
  }

  /** The rule of a work category for a target group, falling back to the group it is assigned to. */
  regelVoor(regime: Regime, werkcategorie: string, doelgroep: string): GevondenRegel | undefined {
    const categorie = regime.categorieen[werkcategorie];
    if (!categorie) return undefined;
    const eigen = categorie.regels.find((r) => r.doelgroep === doelgroep);
    if (eigen) return { regel: eigen, categorie };
    const via = regime.bijzondereDoelgroepen.find((b) => b.doelgroep === doelgroep);
    const toegewezen = via && categorie.regels.find((r) => r.doelgroep === via.zoalsDoelgroep);
    return toegewezen && via ? { regel: toegewezen, categorie, via } : undefined;
  }

  bron(ref: string): Bron | undefined {
    return this.data.bronnen[ref];
  }

  /** The IPDC product a premie of this category links to. */
  productIdVoor(categorie: Categorie | undefined): string {
    return categorie?.ipdcProductId ?? this.data.ipdcProductId;
  }
}
