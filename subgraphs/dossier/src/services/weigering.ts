import { ErrorCode, forbidden, HubError } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import type { DossierScope, Toegang } from './toegang.js';

/** The object a caller asked for, as the audit log names it. */
export interface Gevraagd {
  objectType: string;
  objectId: string;
  dossierId?: string | null;
}

/**
 * A refusal that is audited (WEIGERING) and tells the caller nothing about the object: the same
 * FORBIDDEN for someone else's object and for one that does not exist.
 */
export function weiger(audit: AuditCollector, gevraagd: Gevraagd, error: HubError = forbidden()): HubError {
  audit.record({ actie: 'WEIGERING', ...gevraagd });
  return error;
}

/** The caller's dossier scope; a caller without one (FORBIDDEN) asking for an object is audited. */
export function scopeVoor(toegang: Toegang, audit: AuditCollector, gevraagd: Gevraagd): DossierScope {
  try {
    return toegang.dossierScope();
  } catch (err) {
    if (err instanceof HubError && err.code === ErrorCode.FORBIDDEN) audit.record({ actie: 'WEIGERING', ...gevraagd });
    throw err;
  }
}

/** Runs an access check; a FORBIDDEN it throws is audited as a refusal of `gevraagd`. */
export function gecontroleerd(audit: AuditCollector, gevraagd: Gevraagd, check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof HubError && err.code === ErrorCode.FORBIDDEN) audit.record({ actie: 'WEIGERING', ...gevraagd });
    throw err;
  }
}
