import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { isRol, isValidInsz, normalizeInsz, type Identity, type Rol } from '@hub/shared';

/** An identity provider whose tokens the gateway accepts. */
export interface TrustedIssuer {
  /**
   * `acm`: the Flemish government's ACM/IDM, for citizens (the national register number is a claim);
   * `stad`: the city's OIDC provider, for staff, partners and service clients (roles are a claim).
   */
  kind: 'acm' | 'stad';
  issuer: string;
  audience: string;
  jwksUrl: string;
}

export interface ClaimNames {
  insz: string;
  roles: string;
  organisatie: string;
  dienst: string;
}

export class AuthenticationError extends Error {
  constructor(
    readonly reason: 'missing' | 'malformed' | 'expired' | 'invalid' | 'unknown-issuer' | 'no-role',
    message: string,
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

export type JwtVerifier = (token: string) => Promise<Identity>;

/**
 * Verifies bearer JWTs against the JWKS of the trusted issuers (fetched and cached by jose) and maps
 * the claims onto the hub's Identity.
 */
export function createJwtVerifier(issuers: TrustedIssuer[], claims: ClaimNames, clockToleranceSeconds = 30): JwtVerifier {
  const byIssuer = new Map(
    issuers.map((i) => [i.issuer, { ...i, jwks: createRemoteJWKSet(new URL(i.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 }) }]),
  );

  return async (token) => {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new AuthenticationError('malformed', 'Het toegangstoken is geen geldige JWT.');
    }
    const trusted = unverified.iss ? byIssuer.get(unverified.iss) : undefined;
    if (!trusted) throw new AuthenticationError('unknown-issuer', 'Het toegangstoken komt van een onbekende uitgever.');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, trusted.jwks, {
        issuer: trusted.issuer,
        audience: trusted.audience,
        algorithms: ['RS256', 'PS256', 'ES256'],
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new AuthenticationError('expired', 'Het toegangstoken is verlopen.');
      throw new AuthenticationError('invalid', 'Het toegangstoken is ongeldig.');
    }
    return toIdentity(trusted, payload, claims);
  };
}

function toIdentity(issuer: TrustedIssuer, payload: JWTPayload, claims: ClaimNames): Identity {
  const sub = String(payload.sub);
  const naam = typeof payload.name === 'string' ? payload.name : [payload.given_name, payload.family_name].filter((v) => typeof v === 'string').join(' ') || undefined;
  if (issuer.kind === 'acm') {
    const raw = payload[claims.insz];
    const insz = typeof raw === 'string' ? normalizeInsz(raw) : null;
    if (!insz || !isValidInsz(insz)) {
      throw new AuthenticationError('invalid', 'Het toegangstoken van de burger bevat geen geldig rijksregisternummer.');
    }
    return { sub, rollen: ['burger'], insz, issuer: 'acm', ...(naam ? { naam } : {}) };
  }
  const rawRoles = payload[claims.roles];
  const list = Array.isArray(rawRoles) ? rawRoles : typeof rawRoles === 'string' ? rawRoles.split(/[\s,]+/) : [];
  // A citizen is only ever recognised through ACM/IDM: the city's provider cannot make someone a burger.
  const rollen = [...new Set(list.filter((r): r is Rol => isRol(r) && r !== 'burger'))];
  if (rollen.length === 0) throw new AuthenticationError('no-role', 'Dit account heeft geen rol in de renovatiehub.');
  const organisatie = payload[claims.organisatie];
  const dienst = payload[claims.dienst];
  return {
    sub,
    rollen,
    issuer: 'stad',
    ...(naam ? { naam } : {}),
    ...(typeof organisatie === 'string' ? { organisatie } : {}),
    ...(typeof dienst === 'string' ? { dienst } : {}),
  };
}
