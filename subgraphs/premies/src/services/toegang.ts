import { requireRole, type Identity, type Rol } from '@hub/shared';

/**
 * Who may read personal premie data (the advice, the declared income category). Object-level access to
 * the dossier or citizen is decided by the dossier subgraph before the gateway gets here; partners and
 * analysts never see a citizen's premie data.
 */
export const PREMIE_ROLLEN: readonly Rol[] = ['burger', 'spoc', 'energieconsulent', 'renovatiebegeleider', 'burgerprofiel'];

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN for callers without one of the roles. */
export function controleerPremieToegang(identity: Identity): void {
  requireRole(identity, ...PREMIE_ROLLEN);
}
