import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@hub/shared';
import { postGraphQL, TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { composeSupergraph, createGateway, createJwtVerifier, loadLimits, type GatewayServer, type SubgraphFetch } from '@hub/gateway';
import { startFakeSubgraph, startTestIssuer } from './helpers.js';

describe('the observer of the subgraph calls (tests and benchmarks count them)', () => {
  let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
  let subgraph: Awaited<ReturnType<typeof startFakeSubgraph>>;
  let gateway: GatewayServer;
  let graphql: string;
  const seen: SubgraphFetch[] = [];
  let answer: unknown = { data: { product: { naam: 'Mijn VerbouwPremie' } } };

  beforeAll(async () => {
    issuer = await startTestIssuer();
    subgraph = await startFakeSubgraph(() => answer);
    gateway = await createGateway({
      config: { mode: 'test', identitySecret: TEST_IDENTITY_SECRET, subgraphUrls: { dossier: subgraph.url, woningpas: subgraph.url, ipdc: subgraph.url, premies: subgraph.url }, graphiql: false, corsOrigins: [] },
      logger: createLogger('gateway-test', 'silent'),
      supergraphSdl: composeSupergraph(),
      limits: loadLimits(),
      verifyToken: createJwtVerifier([{ kind: 'stad', issuer: `${issuer.url}/stad`, jwksUrl: issuer.jwksUrl, audience: 'renovatiehub' }], { insz: 'rrn', roles: 'roles', organisatie: 'organisatie', dienst: 'dienst' }),
      onSubgraphFetch: (fetch) => seen.push(fetch),
    });
    graphql = `${await gateway.listen(0)}/graphql`;
  });
  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await issuer?.close();
  });

  it('sees every call once it is answered: the subgraph, the document and variables, its duration, and whether it went well', async () => {
    const response = await postGraphQL(graphql, { query: 'query P($id: ID!) { product(id: $id) { naam } }', variables: { id: 'a1' } });
    expect(response.body).toEqual({ data: { product: { naam: 'Mijn VerbouwPremie' } } });
    answer = { data: { product: null }, errors: [{ message: 'Geen toegang.', extensions: { code: 'FORBIDDEN' } }] };
    await postGraphQL(graphql, { query: 'query P($id: ID!) { product(id: $id) { naam } }', variables: { id: 'a2' } });
    expect(seen.map(({ startedAt, durationMs, ...rest }) => ({ ...rest, timed: startedAt > 0 && durationMs >= 0 }))).toEqual([
      { subgraph: 'ipdc', query: 'query P__ipdc__0($id:ID!){product(id:$id){naam}}', variables: { id: 'a1' }, ok: true, timed: true },
      { subgraph: 'ipdc', query: 'query P__ipdc__0($id:ID!){product(id:$id){naam}}', variables: { id: 'a2' }, ok: false, timed: true },
    ]);
    expect(subgraph.calls).toHaveLength(2);
  });
});
