import { hasRole, requireRole, type Identity, type Rol } from '@hub/shared';
import type { PremieAanvraagRow } from '../../entities/premie-aanvraag.js';

/** Who may read applications at all; which ones is `magLezen`. Partners and analysts never. */
export const AANVRAAG_LEES_ROLLEN: readonly Rol[] = ['burger', 'spoc', 'energieconsulent', 'renovatiebegeleider', 'burgerprofiel'];
/** Who may ask for a draft and submit it. */
export const AANVRAAG_INDIEN_ROLLEN: readonly Rol[] = ['burger', 'spoc', 'energieconsulent', 'renovatiebegeleider'];

/** Those who see every application: the back office and Mijn Burgerprofiel (running cases). */
export const zietAlles = (identity: Identity) => hasRole(identity, 'spoc', 'energieconsulent', 'burgerprofiel');

export function vereisLezen(identity: Identity): void {
  requireRole(identity, ...AANVRAAG_LEES_ROLLEN);
}

export function vereisIndienen(identity: Identity): void {
  requireRole(identity, ...AANVRAAG_INDIEN_ROLLEN);
}

/**
 * Whether the caller may read an application: the back office and Mijn Burgerprofiel all; the citizen
 * their own (by INSZ); a coach those of the dossiers assigned to them, at submission or now
 * (`huidigeBegeleider`, when the dossier subgraph told us).
 */
export function magLezen(identity: Identity, row: PremieAanvraagRow, huidigeBegeleider: string | null = null): boolean {
  if (zietAlles(identity)) return true;
  if (hasRole(identity, 'burger') && identity.insz !== undefined && identity.insz === row.insz) return true;
  if (hasRole(identity, 'renovatiebegeleider') && (identity.sub === row.begeleiderSub || identity.sub === huidigeBegeleider)) return true;
  return false;
}
