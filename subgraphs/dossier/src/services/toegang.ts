import {
  BACKOFFICE_ROLLEN,
  forbidden,
  hasRole,
  isAnonymous,
  notFound,
  requireRole,
  unauthenticated,
  type HubError,
  type Identity,
  type Rol,
} from '@hub/shared';
import { isOneOf, PARTNER_ORGANISATIES, type PartnerOrganisatie } from '../domain.js';

/**
 * Which dossier data a caller may read. `all` for the back office; otherwise the union of what the
 * citizen owns (`burgerInsz`), what is assigned to the coach (`begeleiderSub`) and what is assigned to
 * the partner organisation with the citizen's consent (`partnerOrganisatie`; which parts of such a
 * dossier the partner sees is decided per kind of data by ToestemmingService). Repositories turn this
 * into SQL, services into checks on single rows: the same rule in both places.
 */
export type DossierScope =
  | { all: true }
  | {
      all: false;
      burgerInsz: string | null;
      begeleiderSub: string | null;
      partnerOrganisatie: PartnerOrganisatie | null;
      /** A city service: every dossier, but only the data that is no personal data (STADSDIENST_GEGEVENS). */
      stadsdienst: boolean;
    };

/** Which homes a caller may see the authentic-source data of (`Woning.heeftToegang`). */
export type WoningScope =
  | { kind: 'alle' }
  | { kind: 'geen' }
  | { kind: 'betrokken'; burgerInsz: string | null; begeleiderSub: string | null; partnerOrganisatie: PartnerOrganisatie | null };

/**
 * The access rules of the CRM for one caller (DESIGN §6, this part):
 * - anonymous: UNAUTHENTICATED for everything personal;
 * - spoc, energieconsulent: every citizen, question and dossier of the city;
 * - burger: their own profile, questions and dossiers (matched on the INSZ of their login);
 * - renovatiebegeleider: the dossiers assigned to them, and the citizens and questions of those;
 * - partner: the dossiers assigned to its organisation, as long as the citizen shares at least one
 *   kind of data with it, and of those only the consented parts (ToestemmingService); never questions;
 * - stadsdienst: every dossier, but no personal data: the home and the renovation plan (with the flags
 *   of their domain: permits, architect), not the citizen, questions, documents, quotes, consents; may add
 *   remarks; reads the home data of the authentic sources (woningScope);
 * - analist, burgerprofiel: FORBIDDEN for all of this; the analyst reads the statistics
 *   (StatistiekService), Mijn Burgerprofiel the running cases of a named citizen (LopendeZakenService).
 *
 * Refusals never tell whether something exists: a caller with a limited view gets the same FORBIDDEN
 * ("Geen toegang.") for someone else's dossier and for an id that does not exist. Only callers who may
 * see everything get NOT_FOUND for a missing id, since there is nothing to hide from them.
 */
export class Toegang {
  readonly #scope: DossierScope | (() => HubError);

  constructor(readonly identity: Identity) {
    this.#scope = scopeOf(identity);
  }

  /** The caller's view of dossier data; throws UNAUTHENTICATED or FORBIDDEN when there is none. */
  dossierScope(): DossierScope {
    if (typeof this.#scope === 'function') throw this.#scope();
    return this.#scope;
  }

  /** The error for an id the caller cannot see or that does not exist (see the class comment). */
  refusal(scope: DossierScope, what: string): HubError {
    return scope.all ? notFound(what) : forbidden();
  }

  /** Whether the caller may read a citizen's national register number: the back office and the citizen. */
  mayReadInsz(insz: string | null): boolean {
    if (hasRole(this.identity, ...BACKOFFICE_ROLLEN)) return true;
    return insz !== null && this.ownInsz() === insz;
  }

  /** The INSZ of a logged-in citizen, else null. */
  ownInsz(): string | null {
    return ownInszOf(this.identity);
  }

  /** The `sub` of a logged-in renovation coach, else null. */
  begeleiderSub(): string | null {
    return begeleiderSubOf(this.identity);
  }

  /** The organisation of a logged-in partner (one the CRM works with), else null. */
  partnerOrganisatie(): PartnerOrganisatie | null {
    return partnerOf(this.identity);
  }

  /** Whether the caller is the back office (SPOC, energieconsulent), who may read and change every dossier. */
  isBackoffice(): boolean {
    return hasRole(this.identity, ...BACKOFFICE_ROLLEN);
  }

  /** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for callers without one of the roles. */
  requireRole(...rollen: Rol[]): void {
    requireRole(this.identity, ...rollen);
  }

  /** Throws UNAUTHENTICATED or FORBIDDEN unless the caller is the back office. */
  requireBackoffice(): void {
    requireRole(this.identity, ...BACKOFFICE_ROLLEN);
  }

  /**
   * The role a change is made in, for the records that name their author: the first of the caller's
   * roles in order of precedence.
   */
  primaryRole(): Rol | null {
    const order: Rol[] = ['spoc', 'energieconsulent', 'renovatiebegeleider', 'stadsdienst', 'partner', 'burger', 'analist', 'burgerprofiel'];
    return order.find((r) => this.identity.rollen.includes(r)) ?? null;
  }

  /**
   * Who may see a home's data from the authentic sources: the back office and the city services all
   * homes; a citizen the homes of their dossiers and questions; a coach the homes of their dossiers.
   */
  woningScope(): WoningScope {
    if (isAnonymous(this.identity)) return { kind: 'geen' };
    if (hasRole(this.identity, ...BACKOFFICE_ROLLEN, 'stadsdienst')) return { kind: 'alle' };
    const burgerInsz = this.ownInsz();
    const begeleiderSub = this.begeleiderSub();
    const partnerOrganisatie = this.partnerOrganisatie();
    if (burgerInsz === null && begeleiderSub === null && partnerOrganisatie === null) return { kind: 'geen' };
    return { kind: 'betrokken', burgerInsz, begeleiderSub, partnerOrganisatie };
  }
}

function scopeOf(identity: Identity): DossierScope | (() => HubError) {
  if (isAnonymous(identity)) return () => unauthenticated();
  if (hasRole(identity, ...BACKOFFICE_ROLLEN)) return { all: true };
  const burgerInsz = ownInszOf(identity);
  const begeleiderSub = begeleiderSubOf(identity);
  const partnerOrganisatie = partnerOf(identity);
  const stadsdienst = hasRole(identity, 'stadsdienst');
  if (burgerInsz === null && begeleiderSub === null && partnerOrganisatie === null && !stadsdienst) return () => forbidden();
  return { all: false, burgerInsz, begeleiderSub, partnerOrganisatie, stadsdienst };
}

const ownInszOf = (identity: Identity): string | null => (hasRole(identity, 'burger') && identity.insz ? identity.insz : null);
const begeleiderSubOf = (identity: Identity): string | null => (hasRole(identity, 'renovatiebegeleider') ? identity.sub : null);
const partnerOf = (identity: Identity): PartnerOrganisatie | null =>
  hasRole(identity, 'partner') && isOneOf(PARTNER_ORGANISATIES, identity.organisatie) ? identity.organisatie : null;
