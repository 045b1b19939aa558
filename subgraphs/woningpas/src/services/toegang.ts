import { forbidden, isAnonymous, requireRole, ROLLEN, unauthenticated, type Identity, type Rol } from '@hub/shared';
import type { WoningRef } from '../models.js';

/** Every role except analist (aggregates only, no addresses below street level) may look up homes. */
const RAADPLEGERS: readonly Rol[] = ROLLEN.filter((rol) => rol !== 'analist');

/**
 * Who may read the statistics (DESIGN §6): analysts, and the back office that steers the Energieloket. The
 * same roles as the dossier subgraph's `Query.statistieken` (its STATISTIEK_ROLLEN).
 */
export const STATISTIEK_ROLLEN: readonly Rol[] = ['analist', 'spoc', 'energieconsulent'];

/** For the figures woningpas adds to `Statistieken`: UNAUTHENTICATED when anonymous, FORBIDDEN for other roles. */
export function vereisStatistiekLezer(identity: Identity): void {
  requireRole(identity, ...STATISTIEK_ROLLEN);
}

/** For `Query.woning` and `Query.adresZoeken`: UNAUTHENTICATED when anonymous, FORBIDDEN for analisten. */
export function vereisWoningRaadpleger(identity: Identity): void {
  requireRole(identity, ...RAADPLEGERS);
}

/**
 * For a home's data from the authentic sources: the CRM (dossier subgraph) decides through
 * `heeftToegang`, which the gateway passes in the representation. Anything but `true` is a refusal,
 * and the refusal does not tell whether the address exists.
 */
export function vereisToegangTotWoning(identity: Identity, woning: WoningRef): void {
  if (isAnonymous(identity)) throw unauthenticated();
  if (woning.heeftToegang !== true) throw forbidden('Geen toegang tot de gegevens van deze woning.');
}
