import { forbidden, hasRole, isAnonymous, unauthenticated, type HubError } from '@hub/shared';
import type { DocumentSoort, MijlpaalSoort, PartnerOrganisatie } from '../domain.js';
import type { DossierRow } from '../entities/dossier.js';
import type { ActorModel } from '../journey-mappers.js';
import type { Toegang } from './toegang.js';

/**
 * How the caller is involved in one dossier, for changes to its journey (milestones, measures, quotes,
 * invoices, documents). A caller can be involved in more than one way (a coach who is also the citizen).
 * - backoffice: the SPOC or energieconsulent (every dossier);
 * - begeleider: the renovation coach the dossier is assigned to, or the partner organisation that
 *   guides the citizen instead of a coach of the city (dossier.begeleider_partner);
 * - burger: the citizen of the dossier;
 * - partner: a partner organisation assigned to the dossier for its deliverable (e.g. Dialoog for the DuBo-advies);
 * - stadsdienst: a city service (every dossier, for the decisions of its domain: permits).
 */
export type Betrokkenheid = 'backoffice' | 'begeleider' | 'burger' | 'partner' | 'stadsdienst';

export interface Betrokkene {
  als: Betrokkenheid;
  /** The caller as author of the change, in the role of this involvement. */
  actor: ActorModel;
}

/** What has to be read before a change's transaction (under PGlite a transaction holds the only connection). */
export interface BetrokkenheidFeiten {
  /** The CRM id of the logged-in citizen, if the caller is one the CRM knows. */
  burgerId: string | null;
  /** Whether the caller's partner organisation is assigned to the dossier (and the assignment runs). */
  partnerToegewezen: boolean;
}

/** Everything the caller may change in a dossier's journey, per involvement (DESIGN §6). */
export const TRAJECT_RECHTEN = {
  /** Plan, reorder and follow up measures; set the next action. */
  maatregelBeheren: ['backoffice', 'begeleider'],
  /** Add quotes and invoices, record a quote's receipt, choose or reject a quote, mark an invoice paid. */
  offertesEnFacturen: ['backoffice', 'begeleider', 'burger'],
  volgendeActie: ['backoffice', 'begeleider'],
} as const satisfies Record<string, readonly Betrokkenheid[]>;

/** The milestones each involvement may register. */
export function magMijlpaal(als: Betrokkenheid, soort: MijlpaalSoort): boolean {
  if (als === 'backoffice' || als === 'begeleider') return true;
  if (als === 'partner') return PARTNER_MIJLPALEN.includes(soort);
  if (als === 'stadsdienst') return STADSDIENST_MIJLPALEN.includes(soort);
  return false;
}

/** What an assigned partner registers: its deliverable (Dialoog's home visit and DuBo-advies). */
export const PARTNER_MIJLPALEN: readonly MijlpaalSoort[] = ['HUISBEZOEK', 'DUBO_ADVIES_ONTVANGEN'];
/** What a city service registers: whether a permit or the use of public space is needed. */
export const STADSDIENST_MIJLPALEN: readonly MijlpaalSoort[] = ['OMGEVINGSVERGUNNING', 'INNAME_OPENBAAR_DOMEIN'];

/** The document kinds each involvement may attach. */
export function magDocument(als: Betrokkenheid, soort: DocumentSoort): boolean {
  if (als === 'backoffice' || als === 'begeleider') return true;
  if (als === 'burger') return BURGER_DOCUMENTEN.includes(soort);
  if (als === 'partner') return soort === 'ADVIES';
  return false;
}

export const BURGER_DOCUMENTEN: readonly DocumentSoort[] = ['OFFERTE', 'CONTRACT', 'FACTUUR', 'ATTEST', 'ANDERE'];

/** The ways the caller is involved in the dossier (empty: not at all). */
export function betrokkenheden(toegang: Toegang, dossier: DossierRow, feiten: BetrokkenheidFeiten): Betrokkene[] {
  const identity = toegang.identity;
  const actor = (rol: string, organisatie: PartnerOrganisatie | null = null, dienst: string | null = null): ActorModel => ({
    id: identity.sub,
    naam: identity.naam ?? null,
    rol,
    organisatie,
    dienst,
  });
  const out: Betrokkene[] = [];
  if (toegang.isBackoffice()) out.push({ als: 'backoffice', actor: actor(toegang.primaryRole()!) });
  const sub = toegang.begeleiderSub();
  if (sub !== null && dossier.renovatiebegeleiderSub === sub) out.push({ als: 'begeleider', actor: actor('renovatiebegeleider') });
  const organisatie: PartnerOrganisatie | null = toegang.partnerOrganisatie();
  if (organisatie !== null && dossier.begeleiderPartner === organisatie) {
    out.push({ als: 'begeleider', actor: actor('partner', organisatie) });
  }
  if (feiten.burgerId !== null && dossier.burgerId === feiten.burgerId) out.push({ als: 'burger', actor: actor('burger') });
  if (organisatie !== null && feiten.partnerToegewezen) out.push({ als: 'partner', actor: actor('partner', organisatie) });
  if (hasRole(identity, 'stadsdienst')) out.push({ als: 'stadsdienst', actor: actor('stadsdienst', null, identity.dienst ?? null) });
  return out;
}

/** UNAUTHENTICATED for anonymous callers, before anything is read. */
export function requireAangemeld(toegang: Toegang): void {
  if (isAnonymous(toegang.identity)) throw unauthenticated();
}

/** The refusal for a caller who is involved, but not in a way that allows this change. */
export function nietToegelaten(message: string): HubError {
  return forbidden(message);
}
