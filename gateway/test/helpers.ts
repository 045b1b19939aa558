import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createLogger, readBody, type Rol } from '@hub/shared';
import { TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { composeSupergraph, createGateway, createJwtVerifier, loadLimits, type GatewayServer, type Limits, type TrustedDocuments } from '@hub/gateway';

async function serve(handler: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A minimal OIDC issuer for tests: a JWKS endpoint and a function to sign tokens. */
export async function startTestIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256' };
  const server = await serve((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const sign = (claims: Record<string, unknown>, opts: { key?: CryptoKey; expiresAt?: number; issuer?: string; audience?: string; kid?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'test-key' })
      .setIssuer(opts.issuer ?? `${server.url}/stad`)
      .setAudience(opts.audience ?? 'renovatiehub')
      .setIssuedAt()
      .setExpirationTime(opts.expiresAt ?? Math.floor(Date.now() / 1000) + 600)
      .sign(opts.key ?? privateKey);
  return { url: server.url, jwksUrl: `${server.url}/jwks`, sign, close: server.close };
}

export interface RecordedCall {
  headers: http.IncomingHttpHeaders;
  body: { query: string; variables?: Record<string, unknown> };
}

/** A stand-in subgraph that records every call and answers what `respond` returns. */
export async function startFakeSubgraph(respond: (call: RecordedCall) => unknown = () => ({ data: null })) {
  const calls: RecordedCall[] = [];
  const server = await serve(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(await readBody(req, 1_000_000)) as RecordedCall['body'];
    const call = { headers: req.headers, body };
    calls.push(call);
    const answer = respond(call);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  });
  return { url: `${server.url}/graphql`, calls, close: server.close };
}

export interface TestGateway {
  url: string;
  graphql: string;
  server: GatewayServer;
  close(): Promise<void>;
}

/** The real gateway on the real supergraph, with the given subgraph URLs and one trusted test issuer. */
export async function startTestGateway(opts: {
  subgraphUrl: string | Record<'dossier' | 'woningpas' | 'ipdc' | 'premies', string>;
  issuer: { url: string; jwksUrl: string };
  mode?: 'production' | 'development' | 'test';
  limits?: Limits;
  /** Roles that may only run trusted documents, and the documents (default: none, and the committed manifest). */
  trustedDocumentsRequiredFor?: Rol[];
  trustedDocuments?: TrustedDocuments;
}): Promise<TestGateway> {
  const urls =
    typeof opts.subgraphUrl === 'string'
      ? { dossier: opts.subgraphUrl, woningpas: opts.subgraphUrl, ipdc: opts.subgraphUrl, premies: opts.subgraphUrl }
      : opts.subgraphUrl;
  const server = await createGateway({
    config: {
      mode: opts.mode ?? 'test',
      identitySecret: TEST_IDENTITY_SECRET,
      subgraphUrls: urls,
      graphiql: true,
      corsOrigins: [],
      ...(opts.trustedDocumentsRequiredFor ? { trustedDocumentsRequiredFor: opts.trustedDocumentsRequiredFor } : {}),
    },
    logger: createLogger('gateway-test', (process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent'),
    supergraphSdl: composeSupergraph(),
    limits: opts.limits ?? loadLimits(),
    verifyToken: createJwtVerifier(
      [
        { kind: 'stad', issuer: `${opts.issuer.url}/stad`, jwksUrl: opts.issuer.jwksUrl, audience: 'renovatiehub' },
        { kind: 'acm', issuer: `${opts.issuer.url}/acm`, jwksUrl: opts.issuer.jwksUrl, audience: 'renovatiehub' },
      ],
      { insz: 'rrn', roles: 'roles', organisatie: 'organisatie', dienst: 'dienst' },
    ),
    ...(opts.trustedDocuments ? { trustedDocuments: opts.trustedDocuments } : {}),
  });
  const url = await server.listen(0);
  return { url, graphql: `${url}/graphql`, server, close: () => server.close() };
}
