import { requireRole, type Identity, type Rol } from '@hub/shared';

/**
 * Who may read personal premie data (the advice, the declared income category). Object-level access to
 * the dossier or citizen is decided by the dossier subgraph before the gateway gets here; partners and
 * analysts never see a citizen's premie data.
 */
export const PREMIE_ROLLEN: readonly Rol[] = ['burger', 'spoc', 'energieconsulent', 'renovatiebegeleider', 'burgerprofiel'];

/**
 * Who may read the statistics (aggregates without personal data): analysts, and the back office that steers
 * the Energieloket. The same roles as the dossier subgraph's `Query.statistieken` (its STATISTIEK_ROLLEN).
 */
export const STATISTIEK_ROLLEN: readonly Rol[] = ['analist', 'spoc', 'energieconsulent'];

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN for callers without one of the roles. */
export function controleerPremieToegang(identity: Identity): void {
  requireRole(identity, ...PREMIE_ROLLEN);
}

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN for callers who may not read the statistics. */
export function vereisStatistiekLezer(identity: Identity): void {
  requireRole(identity, ...STATISTIEK_ROLLEN);
}
