import { createHmac, timingSafeEqual } from 'node:crypto';
import { forbidden, unauthenticated } from './errors.js';

/** The roles of DESIGN §6. */
export const ROLLEN = [
  'burger',
  'spoc',
  'energieconsulent',
  'renovatiebegeleider',
  'partner',
  'stadsdienst',
  'analist',
  'burgerprofiel',
] as const;
export type Rol = (typeof ROLLEN)[number];

export const isRol = (value: unknown): value is Rol => typeof value === 'string' && (ROLLEN as readonly string[]).includes(value);

/** Staff roles that may open and update every dossier of the city. */
export const BACKOFFICE_ROLLEN: readonly Rol[] = ['spoc', 'energieconsulent'];

/**
 * The verified identity of the caller, as the gateway passes it to the subgraphs. Anonymous callers
 * have no roles. Subgraphs decide access from this, never from anything the client sent directly.
 */
export interface Identity {
  /** Subject: the user's or client's id at its issuer; 'anoniem' for anonymous callers. */
  sub: string;
  rollen: Rol[];
  naam?: string;
  /** National register number of a citizen (burger), from the identity provider's claim. */
  insz?: string;
  /** The partner organisation (e.g. 'dialoog', 'energiehuis') of a partner user. */
  organisatie?: string;
  /** The city service (e.g. 'erfgoed', 'wonen', 'omgeving') of a stadsdienst user. */
  dienst?: string;
  /** The issuer that authenticated the caller. */
  issuer?: string;
}

export const ANONYMOUS: Identity = Object.freeze({ sub: 'anoniem', rollen: [] }) as Identity;

export const isAnonymous = (identity: Identity) => identity.rollen.length === 0;
export const hasRole = (identity: Identity, ...rollen: Rol[]) => identity.rollen.some((r) => rollen.includes(r));

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for callers without one of the roles. */
export function requireRole(identity: Identity, ...rollen: Rol[]): void {
  if (isAnonymous(identity)) throw unauthenticated();
  if (!hasRole(identity, ...rollen)) throw forbidden();
}

/** Header that carries the gateway-signed identity to a subgraph. */
export const IDENTITY_HEADER = 'x-hub-identity';
/** Header that carries the request id from the gateway to the subgraphs (and back to the client). */
export const REQUEST_ID_HEADER = 'x-request-id';

const ISSUER = 'renovatiehub-gateway';
const AUDIENCE = 'renovatiehub-subgraph';
const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

interface InternalClaims {
  iss: string;
  aud: string;
  iat: number;
  exp: number;
  rid?: string;
  id: Identity;
}

/**
 * Signs an identity for the subgraphs: a compact HS256 JWT (any JWT library can verify it) with a
 * short lifetime, bound to the request id. Synchronous on purpose: it runs on every subgraph fetch.
 */
export function signIdentity(identity: Identity, secret: string, opts: { requestId?: string; ttlSeconds?: number; now?: number } = {}): string {
  const iat = Math.floor((opts.now ?? Date.now()) / 1000);
  const claims: InternalClaims = { iss: ISSUER, aud: AUDIENCE, iat, exp: iat + (opts.ttlSeconds ?? 60), id: identity };
  if (opts.requestId) claims.rid = opts.requestId;
  const payload = b64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

export class IdentityVerificationError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'IdentityVerificationError';
  }
}

/** Verifies a token made by `signIdentity`; throws IdentityVerificationError with the reason. */
export function verifyIdentity(token: string, secret: string, now = Date.now()): { identity: Identity; requestId?: string } {
  const parts = token.split('.');
  if (parts.length !== 3) throw new IdentityVerificationError('malformed identity token');
  const [header, payload, signature] = parts as [string, string, string];
  if (header !== HEADER) throw new IdentityVerificationError('unexpected identity token header');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new IdentityVerificationError('bad identity token signature');
  }
  let claims: InternalClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as InternalClaims;
  } catch {
    throw new IdentityVerificationError('malformed identity token payload');
  }
  if (claims.iss !== ISSUER || claims.aud !== AUDIENCE) throw new IdentityVerificationError('wrong identity token issuer or audience');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < now) throw new IdentityVerificationError('expired identity token');
  const id = claims.id;
  if (!id || typeof id.sub !== 'string' || !Array.isArray(id.rollen) || !id.rollen.every(isRol)) {
    throw new IdentityVerificationError('malformed identity in token');
  }
  return { identity: id, ...(claims.rid ? { requestId: claims.rid } : {}) };
}
