import type { Bron, Categorie, Plafond, Regel, Regime, RegelsetData, VerbouwLening, Voorwaarden } from './schema.js';
import type { DocumentSoort, Werkcategorie } from './waarden.js';

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

  /**
   * The conditions of a work category for a target group: those of its rule, or, when it has none (no target
   * group known, or a rule without conditions such as NIET_IN_AANMERKING), those of the first rule of the
   * category that has conditions (deadline, building age and contractor are the same for every group).
   */
  voorwaardenVoor(regime: Regime, werkcategorie: string, doelgroep: string | null): Voorwaarden | undefined {
    const eigen = doelgroep === null ? undefined : this.regelVoor(regime, werkcategorie, doelgroep)?.regel.voorwaarden;
    return eigen ?? regime.categorieen[werkcategorie]?.regels.find((r) => r.voorwaarden !== undefined)?.voorwaarden;
  }

  /** The documents an application for this work category needs besides the invoices, in the order of the rule set. */
  vereisteDocumenten(regime: Regime, werkcategorie: Werkcategorie): ReadonlyArray<{ soort: DocumentSoort; omschrijving: string }> {
    return regime.categorieen[werkcategorie]?.vereisteDocumenten ?? [];
  }

  /** The caps of a regime that cover a measure of this work category for this target group. */
  plafondsVoor(regime: Regime, werkcategorie: string, doelgroep: string): Plafond[] {
    return regime.plafonds.filter(
      (p) => (p.werkcategorieen as readonly string[]).includes(werkcategorie) && (!p.doelgroepen || (p.doelgroepen as readonly string[]).includes(doelgroep)),
    );
  }

  /** What the rule set knows of Mijn VerbouwLening, if anything. */
  get verbouwLening(): VerbouwLening | undefined {
    return this.data.verbouwLening;
  }

  bron(ref: string): Bron | undefined {
    return this.data.bronnen[ref];
  }

  /** The IPDC product a premie of this category links to. */
  productIdVoor(categorie: Categorie | undefined): string {
    return categorie?.ipdcProductId ?? this.data.ipdcProductId;
  }
}
