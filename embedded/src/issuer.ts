import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { readBody, sendJson, type Sandbox } from '@hub/shared';
import { DEMO_PERSONAS, type DemoPersona } from '@hub/shared/demo';

export type Realm = 'acm' | 'stad';

/** A service client registered at the local issuer (client-credentials grant). */
export interface DemoClient {
  realm: Realm;
  clientId: string;
  clientSecret: string;
  audience: string;
  roles?: string[];
}

export interface LocalIssuerOptions {
  /** The issuer's public base URL, known once the sandbox host listens, e.g. http://127.0.0.1:4100/idp. */
  baseUrl: () => string;
  /** Audience of the persona tokens: what the gateway expects. */
  audience: string;
  clients: DemoClient[];
  personaTokenTtlSeconds?: number;
}

export interface LocalIssuer extends Sandbox {
  issuerUrl(realm: Realm): string;
  /** Signs a token for a demo persona (tests, the start banner, GraphiQL). */
  personaToken(key: string, overrides?: { expiresInSeconds?: number; audience?: string }): Promise<string>;
}

interface RealmKeys {
  privateKey: CryptoKey;
  jwk: JWK;
  kid: string;
}

/**
 * A local OpenID Connect issuer for the embedded default: two realms like production, `acm` (ACM/IDM,
 * citizens; the national register number in the `rrn` claim) and `stad` (the city's provider: staff,
 * partners and service clients; roles in the `roles` claim). It publishes a discovery document and a
 * JWKS, issues client-credentials tokens to registered clients, and demo-persona tokens. Never use it
 * in production: it hands out tokens to anyone who asks.
 */
export async function createLocalIssuer(options: LocalIssuerOptions): Promise<LocalIssuer> {
  const keys = new Map<Realm, RealmKeys>();
  for (const realm of ['acm', 'stad'] as const) {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = `${realm}-${Date.now().toString(36)}`;
    keys.set(realm, { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }, kid });
  }
  const ttl = options.personaTokenTtlSeconds ?? 8 * 3600;
  const issuerUrl = (realm: Realm) => `${options.baseUrl()}/${realm}`;

  async function sign(realm: Realm, claims: Record<string, unknown>, sub: string, audience: string, expiresIn: number) {
    const k = keys.get(realm)!;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: k.kid, typ: 'JWT' })
      .setIssuer(issuerUrl(realm))
      .setSubject(sub)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
      .setJti(crypto.randomUUID())
      .sign(k.privateKey);
  }

  function personaClaims(p: DemoPersona): Record<string, unknown> {
    const [given, ...family] = p.naam.split(' ');
    const base: Record<string, unknown> = { name: p.naam, given_name: given, family_name: family.join(' ') };
    if (p.issuer === 'acm') return { ...base, rrn: p.insz };
    return { ...base, roles: p.rollen, ...(p.organisatie ? { organisatie: p.organisatie } : {}), ...(p.dienst ? { dienst: p.dienst } : {}) };
  }

  async function personaToken(key: string, overrides: { expiresInSeconds?: number; audience?: string } = {}) {
    const p = DEMO_PERSONAS.find((d) => d.key === key);
    if (!p) throw new Error(`unknown persona ${key}`);
    return sign(p.issuer, personaClaims(p), p.sub, overrides.audience ?? options.audience, overrides.expiresInSeconds ?? ttl);
  }

  async function handleToken(req: IncomingMessage, res: ServerResponse, realm: Realm) {
    const form = new URLSearchParams(await readBody(req, 10_000));
    const grant = form.get('grant_type');
    if (grant === 'client_credentials') {
      let clientId = form.get('client_id');
      let clientSecret = form.get('client_secret');
      const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '');
      if (basic) [clientId, clientSecret] = Buffer.from(basic[1]!, 'base64').toString().split(':') as [string, string];
      const client = options.clients.find((c) => c.realm === realm && c.clientId === clientId && c.clientSecret === clientSecret);
      if (!client) {
        sendJson(res, 401, { error: 'invalid_client' });
        return;
      }
      const expiresIn = 3600;
      const claims = { client_id: client.clientId, ...(client.roles ? { roles: client.roles } : {}), ...(form.get('scope') ? { scope: form.get('scope') } : {}) };
      const token = await sign(realm, claims, client.clientId, client.audience, expiresIn);
      sendJson(res, 200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn });
      return;
    }
    if (grant === 'urn:renovatiehub:demo-persona') {
      await answerPersona(res, realm, form.get('persona'));
      return;
    }
    sendJson(res, 400, { error: 'unsupported_grant_type' });
  }

  async function answerPersona(res: ServerResponse, realm: Realm, key: string | null) {
    const p = DEMO_PERSONAS.find((d) => d.key === key);
    if (!p) {
      sendJson(res, 400, { error: 'invalid_request', error_description: `unknown persona; one of ${DEMO_PERSONAS.map((d) => d.key).join(', ')}` });
      return;
    }
    if (p.issuer !== realm) {
      sendJson(res, 400, { error: 'invalid_request', error_description: `persona ${p.key} logs in at realm ${p.issuer}` });
      return;
    }
    sendJson(res, 200, { access_token: await personaToken(p.key), token_type: 'Bearer', expires_in: ttl }, { 'access-control-allow-origin': '*' });
  }

  return {
    prefix: 'idp',
    name: 'lokale identity provider (ACM/IDM en stad)',
    issuerUrl,
    personaToken,
    async handle(req, res, url) {
      // Demo tokens for any persona, whatever its realm: what GraphiQL's persona picker calls.
      if (req.method === 'GET' && url.pathname === '/demo-token') {
        const key = url.searchParams.get('persona');
        const p = DEMO_PERSONAS.find((d) => d.key === key);
        await answerPersona(res, p?.issuer ?? 'stad', key);
        return true;
      }
      const [, realm, ...rest] = url.pathname.split('/');
      if (realm !== 'acm' && realm !== 'stad') return false;
      const path = `/${rest.join('/')}`;
      if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
        const iss = issuerUrl(realm);
        sendJson(res, 200, {
          issuer: iss,
          jwks_uri: `${iss}/jwks`,
          token_endpoint: `${iss}/token`,
          grant_types_supported: ['client_credentials', 'urn:renovatiehub:demo-persona'],
          id_token_signing_alg_values_supported: ['RS256'],
          claims_supported: realm === 'acm' ? ['sub', 'name', 'given_name', 'family_name', 'rrn'] : ['sub', 'name', 'roles', 'organisatie', 'dienst'],
        });
        return true;
      }
      if (req.method === 'GET' && path === '/jwks') {
        sendJson(res, 200, { keys: [keys.get(realm)!.jwk] }, { 'cache-control': 'public, max-age=300' });
        return true;
      }
      if (req.method === 'POST' && path === '/token') {
        await handleToken(req, res, realm);
        return true;
      }
      return false;
    },
  };
}
