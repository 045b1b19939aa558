import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, verifyIdentity } from '@hub/shared';
import { postGraphQL, TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { loadExampleOperations, startTab } from '../src/graphiql/index.js';
import { startFakeSubgraph, startTestGateway, startTestIssuer, type RecordedCall, type TestGateway } from './helpers.js';

type Issuer = Awaited<ReturnType<typeof startTestIssuer>>;
type Fake = Awaited<ReturnType<typeof startFakeSubgraph>>;

const PRODUCTEN = '{ producten { id } }';
const PRODUCT = '{ product(id: "a1") { id } }';

describe('gateway: authentication, identity propagation, limits and masking', () => {
  let issuer: Issuer;
  let subgraph: Fake;
  let gateway: TestGateway;
  let answer: (call: RecordedCall) => unknown;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    subgraph = await startFakeSubgraph((call) => answer(call));
    gateway = await startTestGateway({ subgraphUrl: subgraph.url, issuer });
  });
  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await issuer?.close();
  });
  beforeEach(() => {
    subgraph.calls.length = 0;
    answer = () => ({ data: { producten: [] } });
  });

  const spocToken = () => issuer.sign({ sub: 'stad-sofie.claes', name: 'Sofie Claes', roles: ['spoc'] });

  it('passes the verified identity to the subgraph, signed and bound to the request id', async () => {
    const response = await postGraphQL(gateway.graphql, { query: PRODUCTEN }, { bearer: await spocToken(), headers: { 'x-request-id': 'test-request-0001' } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { producten: [] } });
    expect(response.headers.get('x-request-id')).toBe('test-request-0001');
    expect(subgraph.calls).toHaveLength(1);
    const signed = subgraph.calls[0]!.headers[IDENTITY_HEADER] as string;
    expect(verifyIdentity(signed, TEST_IDENTITY_SECRET)).toEqual({
      identity: { sub: 'stad-sofie.claes', rollen: ['spoc'], naam: 'Sofie Claes', issuer: 'stad' },
      requestId: 'test-request-0001',
    });
    expect(subgraph.calls[0]!.headers['x-request-id']).toBe('test-request-0001');
  });

  it('maps a citizen token from ACM/IDM to the burger role with the national register number', async () => {
    const token = await issuer.sign({ sub: 'acm-1', given_name: 'An', family_name: 'Peeters', rrn: '85.03.14-123.02' }, { issuer: `${issuer.url}/acm` });
    const response = await postGraphQL(gateway.graphql, { query: PRODUCTEN }, { bearer: token });
    expect(response.body).toEqual({ data: { producten: [] } });
    expect(verifyIdentity(subgraph.calls[0]!.headers[IDENTITY_HEADER] as string, TEST_IDENTITY_SECRET).identity).toEqual({
      sub: 'acm-1',
      rollen: ['burger'],
      insz: '85031412302',
      naam: 'An Peeters',
      issuer: 'acm',
    });
  });

  it('passes an anonymous identity when no token is sent; the subgraph decides what anonymous may see', async () => {
    const response = await postGraphQL(gateway.graphql, { query: PRODUCTEN });
    expect(response.body).toEqual({ data: { producten: [] } });
    expect(verifyIdentity(subgraph.calls[0]!.headers[IDENTITY_HEADER] as string, TEST_IDENTITY_SECRET).identity).toEqual({ sub: 'anoniem', rollen: [] });
  });

  it('refuses a token with a bad signature before any subgraph is called', async () => {
    const { privateKey: otherKey } = await generateKeyPair('RS256');
    const forged = await issuer.sign({ sub: 'stad-x', roles: ['spoc'] }, { key: otherKey });
    const response = await postGraphQL(gateway.graphql, { query: PRODUCTEN }, { bearer: forged });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ errors: [{ message: 'Het toegangstoken is ongeldig.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="invalid"');
    expect(subgraph.calls).toHaveLength(0);
  });

  it('refuses an expired token', async () => {
    const expired = await issuer.sign({ sub: 'stad-x', roles: ['spoc'] }, { expiresAt: Math.floor(Date.now() / 1000) - 3600 });
    const response = await postGraphQL(gateway.graphql, { query: PRODUCTEN }, { bearer: expired });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ errors: [{ message: 'Het toegangstoken is verlopen.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(subgraph.calls).toHaveLength(0);
  });

  it('refuses tokens of unknown issuers, for another audience, garbage, and a citizen token without a valid INSZ', async () => {
    const cases: Array<[string, string]> = [
      [await issuer.sign({ sub: 'x', roles: ['spoc'] }, { issuer: 'https://evil.example' }), 'Het toegangstoken komt van een onbekende uitgever.'],
      [await issuer.sign({ sub: 'x', roles: ['spoc'] }, { audience: 'other-api' }), 'Het toegangstoken is ongeldig.'],
      ['not-a-jwt', 'Het toegangstoken is geen geldige JWT.'],
      [
        await issuer.sign({ sub: 'acm-2', rrn: '85031412303' }, { issuer: `${issuer.url}/acm` }),
        'Het toegangstoken van de burger bevat geen geldig rijksregisternummer.',
      ],
    ];
    for (const [token, message] of cases) {
      const response = await postGraphQL(gateway.graphql, { query: PRODUCTEN }, { bearer: token });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    expect(subgraph.calls).toHaveLength(0);
  });

  it('refuses a valid city token without any role of the hub (403), and never lets the city provider make a burger', async () => {
    const response = await postGraphQL(gateway.graphql, { query: PRODUCTEN }, { bearer: await issuer.sign({ sub: 'stad-y', roles: ['burger', 'admin'] }) });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ errors: [{ message: 'Dit account heeft geen rol in de renovatiehub.', extensions: { code: 'FORBIDDEN' } }] });
    expect(subgraph.calls).toHaveLength(0);
  });

  it('rejects an over-deep document before any subgraph is called', async () => {
    // 13 levels. A deep document is also a costly one (every Burger.dossiers is a list): both limits answer.
    const query = `{ dossiers { edges { node { burger { dossiers { burger { dossiers { burger { dossiers { burger { dossiers { burger { id } } } } } } } } } } } } }`;
    const response = await postGraphQL(gateway.graphql, { query }, { bearer: await spocToken() });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'De query is te diep genest: meer dan 12 niveaus.',
          locations: [{ line: 1, column: 1 }],
          extensions: { code: 'QUERY_TOO_DEEP', maxDepth: 12 },
        },
        {
          message: 'De query is te zwaar: geschatte kost 3536862, het maximum is 25000.',
          locations: [{ line: 1, column: 1 }],
          extensions: { code: 'QUERY_TOO_COSTLY', cost: 3536862, maxCost: 25000 },
        },
      ],
    });
    expect(subgraph.calls).toHaveLength(0);
  });

  it('rejects an over-aliased document before any subgraph is called', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `p${i}: producten { id }`).join(' ')} }`;
    const response = await postGraphQL(gateway.graphql, { query });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ message: 'Te veel aliassen: 16, het maximum is 15.', locations: [{ line: 1, column: 1 }], extensions: { code: 'TOO_MANY_ALIASES', maxAliases: 15 } }],
    });
    expect(subgraph.calls).toHaveLength(0);
  });

  it('rejects documents with too many directives, too many tokens, or too high a cost', async () => {
    const directives = await postGraphQL(gateway.graphql, { query: `{ producten { ${Array.from({ length: 11 }, () => 'id @include(if: true)').join(' ')} } }` });
    expect(directives.body).toEqual({
      errors: [{ message: 'Te veel directives: 11, het maximum is 10.', locations: [{ line: 1, column: 1 }], extensions: { code: 'TOO_MANY_DIRECTIVES', maxDirectives: 10 } }],
    });
    const tokens = await postGraphQL(gateway.graphql, { query: `{ producten { ${'id '.repeat(4000)} } }` });
    expect(tokens.status).toBe(400);
    expect(tokens.body).toEqual({ errors: [{ message: 'Het document is te groot: meer dan 4000 tokens.', extensions: { code: 'TOO_MANY_TOKENS', maxTokens: 4000 } }] });
    const costly = await postGraphQL(
      gateway.graphql,
      { query: '{ dossiers(first: 100) { edges { node { maatregelen { id } burger { dossiers { maatregelen { id } woning { dossiers { maatregelen { id } } } } } } } } }' },
      { bearer: await spocToken() },
    );
    expect(costly.status).toBe(400);
    expect(costly.body).toEqual({
      errors: [
        {
          message: 'De query is te zwaar: geschatte kost 46402, het maximum is 25000.',
          locations: [{ line: 1, column: 1 }],
          extensions: { code: 'QUERY_TOO_COSTLY', cost: 46402, maxCost: 25000 },
        },
      ],
    });
    expect(subgraph.calls).toHaveLength(0);
  });

  it('masks an unexpected subgraph error: no SQL, host or URL reaches the client', async () => {
    answer = () => ({ data: { product: null }, errors: [{ message: 'relation "product" does not exist (db 10.0.0.5:5432)', path: ['product'] }] });
    const response = await postGraphQL(gateway.graphql, { query: PRODUCT }, { headers: { 'x-request-id': 'test-request-0002' } });
    expect(response.body).toEqual({
      data: { product: null },
      errors: [
        {
          message: 'Er liep iets onverwacht mis. Vermeld het request-id als je contact opneemt.',
          path: ['product'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'test-request-0002' },
        },
      ],
    });
  });

  it('passes an expected subgraph error with its code, naming the subgraph', async () => {
    answer = () => ({ data: { product: null }, errors: [{ message: 'Geen toegang.', path: ['product'], extensions: { code: 'FORBIDDEN' } }] });
    const response = await postGraphQL(gateway.graphql, { query: PRODUCT });
    expect(response.body).toEqual({
      data: { product: null },
      errors: [{ message: 'Geen toegang.', path: ['product'], extensions: { code: 'FORBIDDEN', serviceName: 'ipdc' } }],
    });
  });

  it('does not suggest field names in validation errors', async () => {
    const response = await postGraphQL(gateway.graphql, { query: '{ productn { id } }' });
    expect(response.body).toEqual({
      errors: [{ message: 'Cannot query field "productn" on type "Query".', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
  });

  it('has batching off and CSRF prevention on', async () => {
    const batch = await fetch(gateway.graphql, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: PRODUCTEN }, { query: PRODUCTEN }]) });
    expect(batch.status).toBe(400);
    const simpleGet = await fetch(`${gateway.graphql}?query=${encodeURIComponent(PRODUCTEN)}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toContain('CSRF');
    expect(subgraph.calls).toHaveLength(0);
  });

  it('refuses a body over the size limit', async () => {
    const response = await postGraphQL(gateway.graphql, { query: PRODUCTEN, variables: { pad: 'x'.repeat(70_000) } });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ errors: [{ message: 'Het verzoek is groter dan 65536 bytes.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('serves GraphiQL, the statistics page and every asset they need from local files', async () => {
    const expected: Record<string, string[]> = {
      '/graphiql': ['app.css', 'app.js', 'graphiql.css', 'graphiql.js', 'hub-persona.js', 'react-dom.js', 'react.js'],
      '/statistieken': ['hub-persona.js', 'statistieken.css', 'statistieken.js'],
    };
    for (const [path, files] of Object.entries(expected)) {
      const page = await fetch(`${gateway.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await page.text();
      const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      expect(assets.sort(), path).toEqual(files.map((f) => `/graphiql/assets/${f}`));
      expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
      for (const asset of assets) {
        const response = await fetch(`${gateway.url}${asset}`);
        expect(response.status, asset).toBe(200);
        expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
      }
    }
  });

  it('opens GraphiQL on the back-office dossier page of operations/, with its variables, when no role picks the tabs', async () => {
    const html = await (await fetch(`${gateway.url}/graphiql`)).text();
    const config = JSON.parse(/<script type="application\/json" id="hub-config">([^<]*)<\/script>/.exec(html)![1]!) as { defaultTab: unknown };
    const dossierPagina = loadExampleOperations().find((e) => e.useCase === 'backoffice' && e.name === 'DossierPagina')!;
    expect(config.defaultTab).toEqual({ query: dossierPagina.query, variables: { id: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0001' } });
    expect(dossierPagina.query).toMatch(/^query DossierPagina\(\$id: ID!, \$datum: Date\) \{$/m);
    expect(() => startTab(loadExampleOperations().filter((e) => e.useCase !== 'backoffice'))).toThrow(
      'The example operations lack backoffice/DossierPagina: run npm run codegen',
    );
  });

  it('answers health, and readiness from the subgraphs', async () => {
    expect(await (await fetch(`${gateway.url}/health`)).json()).toEqual({ status: 'ok', service: 'gateway' });
    const ready = await fetch(`${gateway.url}/ready`);
    // The fake subgraph has no /ready: the gateway is not ready and says which subgraphs are missing.
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, subgraphs: { dossier: false, woningpas: false, ipdc: false, premies: false } });
  });
});

describe('gateway: a subgraph that is down costs only its own fields', () => {
  it('returns the other subgraph\'s data and an error naming the missing subgraph', async () => {
    const issuer = await startTestIssuer();
    const ipdc = await startFakeSubgraph(() => ({ data: { producten: [] } }));
    const down = await startFakeSubgraph();
    const downUrl = down.url;
    await down.close();
    const gateway = await startTestGateway({ subgraphUrl: { dossier: downUrl, woningpas: downUrl, ipdc: ipdc.url, premies: downUrl }, issuer });
    try {
      const token = await issuer.sign({ sub: 'acm-1', rrn: '85031412302' }, { issuer: `${issuer.url}/acm` });
      const response = await postGraphQL(gateway.graphql, { query: '{ producten { id } ik { voornaam } }' }, { bearer: token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: { producten: [], ik: null },
        errors: [{ message: 'De dienst dossier is tijdelijk niet beschikbaar.', extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'dossier' } }],
      });
    } finally {
      await gateway.close();
      await ipdc.close();
      await issuer.close();
    }
  });
});

describe('gateway: introspection in production', () => {
  let issuer: Issuer;
  let subgraph: Fake;
  let gateway: TestGateway;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    subgraph = await startFakeSubgraph();
    gateway = await startTestGateway({ subgraphUrl: subgraph.url, issuer, mode: 'production' });
  });
  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await issuer?.close();
  });

  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is off for anonymous callers, citizens and service clients', async () => {
    const refused = { errors: [{ message: 'Introspectie staat uit voor deze aanvrager.', extensions: { code: 'INTROSPECTION_DISABLED' } }] };
    const anonymous = await postGraphQL(gateway.graphql, { query: INTROSPECT });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body).toEqual(refused);
    const citizen = await postGraphQL(gateway.graphql, { query: INTROSPECT }, { bearer: await issuer.sign({ sub: 'acm-1', rrn: '85031412302' }, { issuer: `${issuer.url}/acm` }) });
    expect(citizen.body).toEqual(refused);
    const service = await postGraphQL(gateway.graphql, { query: INTROSPECT }, { bearer: await issuer.sign({ sub: 'client-mbp', roles: ['burgerprofiel'] }) });
    expect(service.body).toEqual(refused);
  });

  it('is on for staff and analysts, who work in GraphiQL', async () => {
    for (const role of ['analist', 'spoc']) {
      const response = await postGraphQL(gateway.graphql, { query: INTROSPECT }, { bearer: await issuer.sign({ sub: `stad-${role}`, roles: [role] }) });
      expect(response.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    }
    expect(subgraph.calls).toHaveLength(0);
  });
});
