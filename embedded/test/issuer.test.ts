import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { closeServer, createSandboxHost, listen } from '@hub/shared';
import { createLocalIssuer, type LocalIssuer } from '../src/issuer.js';

describe('local identity issuer (embedded default)', () => {
  let issuer: LocalIssuer;
  let base: string;
  const host = { server: undefined as ReturnType<typeof createSandboxHost> | undefined };

  beforeAll(async () => {
    issuer = await createLocalIssuer({
      baseUrl: () => `${base}/idp`,
      audience: 'renovatiehub',
      clients: [{ realm: 'acm', clientId: 'woningpas', clientSecret: 's3cret', audience: 'veka' }],
    });
    host.server = createSandboxHost([issuer]);
    base = `http://127.0.0.1:${await listen(host.server, 0)}`;
  });
  afterAll(async () => {
    if (host.server) await closeServer(host.server);
  });

  it('publishes an OpenID discovery document and a JWKS per realm', async () => {
    const discovery = await (await fetch(`${base}/idp/stad/.well-known/openid-configuration`)).json();
    expect(discovery).toEqual({
      issuer: `${base}/idp/stad`,
      jwks_uri: `${base}/idp/stad/jwks`,
      token_endpoint: `${base}/idp/stad/token`,
      grant_types_supported: ['client_credentials', 'urn:renovatiehub:demo-persona'],
      id_token_signing_alg_values_supported: ['RS256'],
      claims_supported: ['sub', 'name', 'roles', 'organisatie', 'dienst'],
    });
    const jwks = (await (await fetch(`${base}/idp/acm/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('signs persona tokens that verify against the realm JWKS, with the claims the gateway maps', async () => {
    const citizen = (await (await fetch(`${base}/idp/demo-token?persona=burger`)).json()) as { access_token: string };
    const { payload } = await jwtVerify(citizen.access_token, createRemoteJWKSet(new URL(`${base}/idp/acm/jwks`)), {
      issuer: `${base}/idp/acm`,
      audience: 'renovatiehub',
    });
    expect(payload).toMatchObject({ sub: 'acm-85031412302', rrn: '85031412302', name: 'An Peeters', given_name: 'An', family_name: 'Peeters' });
    const partner = await issuer.personaToken('partner');
    const { payload: p } = await jwtVerify(partner, createRemoteJWKSet(new URL(`${base}/idp/stad/jwks`)), { issuer: `${base}/idp/stad`, audience: 'renovatiehub' });
    expect(p).toMatchObject({ sub: 'stad-pieter.desmet', roles: ['partner'], organisatie: 'dialoog' });
  });

  it('issues client-credentials tokens only to registered clients with the right secret', async () => {
    const ok = await fetch(`${base}/idp/acm/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=woningpas&client_secret=s3cret',
    });
    expect(ok.status).toBe(200);
    const token = (await ok.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(token.token_type).toBe('Bearer');
    expect(token.expires_in).toBe(3600);
    const { payload } = await jwtVerify(token.access_token, createRemoteJWKSet(new URL(`${base}/idp/acm/jwks`)), { audience: 'veka' });
    expect(payload.sub).toBe('woningpas');
    const wrong = await fetch(`${base}/idp/acm/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=woningpas&client_secret=nope',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'invalid_client' });
  });

  it('refuses unknown personas and grants', async () => {
    const unknown = await fetch(`${base}/idp/demo-token?persona=hacker`);
    expect(unknown.status).toBe(400);
    const grant = await fetch(`${base}/idp/stad/token`, { method: 'POST', body: 'grant_type=password&username=x' });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toEqual({ error: 'unsupported_grant_type' });
  });
});
