import { ErrorCode, UpstreamError } from '../errors.js';

/**
 * Extra `extensions` of an UPSTREAM_UNAVAILABLE error, next to `code` and `source`:
 * - `reason: 'CIRCUIT_OPEN'`: the hub did not call the upstream at all, because its recent calls
 *   failed; it tries again by itself after a short while.
 * - `retryAfter`: seconds after which the upstream said (`Retry-After`) or the hub expects that it
 *   may answer again; a client may retry the query after that long.
 */
export interface UnavailableDetails {
  reason?: 'CIRCUIT_OPEN';
  retryAfterSeconds?: number;
}

/** UPSTREAM_UNAVAILABLE with the extensions above. */
export class UpstreamUnavailableError extends UpstreamError {
  constructor(source: string, message: string, details: UnavailableDetails & { detail?: string; status?: number } = {}) {
    super(source, ErrorCode.UPSTREAM_UNAVAILABLE, message, details.detail, details.status);
    this.name = 'UpstreamUnavailableError';
    if (details.reason) this.extensions.reason = details.reason;
    if (details.retryAfterSeconds !== undefined) this.extensions.retryAfter = details.retryAfterSeconds;
  }
}

/** The circuit of `source` is open: the call failed without reaching the upstream. */
export function circuitOpenError(source: string, openForMs: number): UpstreamUnavailableError {
  return new UpstreamUnavailableError(source, `De bron ${source} is tijdelijk niet beschikbaar.`, {
    reason: 'CIRCUIT_OPEN',
    retryAfterSeconds: Math.max(1, Math.ceil(openForMs / 1000)),
    detail: 'circuit open',
  });
}
