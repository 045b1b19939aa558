import { env, isRol, loadConfig, ConfigError, type Rol } from '@hub/shared';
import type { SubgraphName } from './compose.js';
import type { TrustedIssuer } from './auth/jwt.js';

const shape = {
  NODE_ENV: env.oneOf(['production', 'development', 'test'] as const, 'production'),
  PORT: env.port(4000),
  HOST: env.string('127.0.0.1'),
  LOG_LEVEL: env.logLevel(),
  HUB_IDENTITY_SECRET: env.secret(32),
  SUBGRAPH_DOSSIER_URL: env.url('http://127.0.0.1:4001/graphql'),
  SUBGRAPH_WONINGPAS_URL: env.url('http://127.0.0.1:4002/graphql'),
  SUBGRAPH_IPDC_URL: env.url('http://127.0.0.1:4003/graphql'),
  SUBGRAPH_PREMIES_URL: env.url('http://127.0.0.1:4004/graphql'),
  SUPERGRAPH_FILE: env.optionalString(),
  GATEWAY_LIMITS_FILE: env.optionalString(),
  OIDC_ACM_ISSUER: env.optionalUrl(),
  OIDC_ACM_JWKS_URL: env.optionalUrl(),
  OIDC_ACM_AUDIENCE: env.optionalString(),
  OIDC_STAD_ISSUER: env.optionalUrl(),
  OIDC_STAD_JWKS_URL: env.optionalUrl(),
  OIDC_STAD_AUDIENCE: env.optionalString(),
  OIDC_INSZ_CLAIM: env.string('rrn'),
  OIDC_ROLES_CLAIM: env.string('roles'),
  OIDC_ORGANISATIE_CLAIM: env.string('organisatie'),
  OIDC_DIENST_CLAIM: env.string('dienst'),
  GRAPHIQL_ENABLED: env.bool(true),
  /** Development only: where GraphiQL gets demo tokens (the embedded local issuer). */
  GRAPHIQL_DEMO_TOKEN_URL: env.optionalUrl(),
  CORS_ALLOWED_ORIGINS: env.string(''),
  /** Roles (comma-separated, e.g. burgerprofiel) that may only run trusted documents, by id. */
  TRUSTED_DOCUMENTS_REQUIRED_FOR: env.string(''),
  /** The manifest of trusted documents (default: the committed gateway/trusted-documents.json). */
  TRUSTED_DOCUMENTS_FILE: env.optionalString(),
};

export interface GatewayConfig {
  mode: 'production' | 'development' | 'test';
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  identitySecret: string;
  subgraphUrls: Record<SubgraphName, string>;
  supergraphFile?: string;
  limitsFile?: string;
  issuers: TrustedIssuer[];
  claims: { insz: string; roles: string; organisatie: string; dienst: string };
  graphiql: boolean;
  demoTokenUrl?: string;
  corsOrigins: string[];
  /** Callers with one of these roles may only run trusted documents (TRUSTED_DOCUMENT_REQUIRED otherwise). */
  trustedDocumentsRequiredFor: Rol[];
  trustedDocumentsFile?: string;
}

/** Reads the gateway's configuration from the environment; every wrong variable is reported. */
export function loadGatewayConfig(source: Record<string, string | undefined> = process.env): GatewayConfig {
  const c = loadConfig(shape, source);
  const problems: string[] = [];
  const issuer = (kind: 'acm' | 'stad', iss?: string, jwks?: string, aud?: string): TrustedIssuer | undefined => {
    const prefix = `OIDC_${kind.toUpperCase()}`;
    if (!iss && !jwks && !aud) return undefined;
    if (!iss || !jwks || !aud) {
      problems.push(`${prefix}_ISSUER, ${prefix}_JWKS_URL and ${prefix}_AUDIENCE: set all three or none`);
      return undefined;
    }
    return { kind, issuer: iss, jwksUrl: jwks, audience: aud };
  };
  const issuers = [
    issuer('acm', c.OIDC_ACM_ISSUER, c.OIDC_ACM_JWKS_URL, c.OIDC_ACM_AUDIENCE),
    issuer('stad', c.OIDC_STAD_ISSUER, c.OIDC_STAD_JWKS_URL, c.OIDC_STAD_AUDIENCE),
  ].filter((i): i is TrustedIssuer => Boolean(i));
  if (issuers.length === 0) problems.push('OIDC_ACM_* or OIDC_STAD_*: configure at least one identity provider');
  if (c.GRAPHIQL_DEMO_TOKEN_URL && c.NODE_ENV === 'production') {
    problems.push('GRAPHIQL_DEMO_TOKEN_URL: demo tokens are for development only (NODE_ENV=production)');
  }
  const trustedOnly = c.TRUSTED_DOCUMENTS_REQUIRED_FOR.split(',').map((r) => r.trim()).filter(Boolean);
  const unknownRoles = trustedOnly.filter((r) => !isRol(r));
  if (unknownRoles.length) {
    problems.push(`TRUSTED_DOCUMENTS_REQUIRED_FOR: unknown role(s) ${unknownRoles.join(', ')} (got '${c.TRUSTED_DOCUMENTS_REQUIRED_FOR}')`);
  }
  if (problems.length) throw new ConfigError(problems);
  const urls = {
    dossier: c.SUBGRAPH_DOSSIER_URL,
    woningpas: c.SUBGRAPH_WONINGPAS_URL,
    ipdc: c.SUBGRAPH_IPDC_URL,
    premies: c.SUBGRAPH_PREMIES_URL,
  } satisfies Record<SubgraphName, string>;
  return {
    mode: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    identitySecret: c.HUB_IDENTITY_SECRET,
    subgraphUrls: urls,
    ...(c.SUPERGRAPH_FILE ? { supergraphFile: c.SUPERGRAPH_FILE } : {}),
    ...(c.GATEWAY_LIMITS_FILE ? { limitsFile: c.GATEWAY_LIMITS_FILE } : {}),
    issuers,
    claims: { insz: c.OIDC_INSZ_CLAIM, roles: c.OIDC_ROLES_CLAIM, organisatie: c.OIDC_ORGANISATIE_CLAIM, dienst: c.OIDC_DIENST_CLAIM },
    graphiql: c.GRAPHIQL_ENABLED,
    ...(c.GRAPHIQL_DEMO_TOKEN_URL ? { demoTokenUrl: c.GRAPHIQL_DEMO_TOKEN_URL } : {}),
    corsOrigins: c.CORS_ALLOWED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    trustedDocumentsRequiredFor: trustedOnly.filter(isRol),
    ...(c.TRUSTED_DOCUMENTS_FILE ? { trustedDocumentsFile: c.TRUSTED_DOCUMENTS_FILE } : {}),
  };
}
