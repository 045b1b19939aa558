import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '@hub/shared';
import { documentIdOf, loadGatewayConfig, parseTrustedDocuments } from '@hub/gateway';
import { startFakeSubgraph, startTestGateway, startTestIssuer, type TestGateway } from './helpers.js';

type Issuer = Awaited<ReturnType<typeof startTestIssuer>>;
type Fake = Awaited<ReturnType<typeof startFakeSubgraph>>;

const TRUSTED = 'query Producten {\n  producten {\n    id\n  }\n}';
const TRUSTED_ID = documentIdOf(TRUSTED);
// A trusted document is still held to the limits: this one has 16 aliases (the limit is 15).
const ALIASED = `query Veel {\n${Array.from({ length: 16 }, (_, i) => `  p${i}: producten {\n    id\n  }`).join('\n')}\n}`;
const FREE_FORM = '{ producten { id naam } }';
const hex = (id: string) => id.slice('sha256:'.length);

const PRODUCTEN = { data: { producten: [{ id: 'a1' }] } };
const NOT_FOUND = {
  errors: [
    {
      message: 'Onbekend document: dit documentId staat niet in de lijst van vertrouwde documenten.',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    },
  ],
};
const REQUIRED = {
  errors: [
    {
      message: 'Deze client mag enkel vertrouwde documenten uitvoeren: stuur het documentId (sha256:…) van een geregistreerde operatie, geen query.',
      extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' },
    },
  ],
};

describe('gateway: trusted documents (persisted queries) and the trusted-only client', () => {
  let issuer: Issuer;
  let subgraph: Fake;
  let gateway: TestGateway;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    subgraph = await startFakeSubgraph((call) =>
      call.body.query.includes('naam') ? { data: { producten: [{ id: 'a1', naam: 'Mijn VerbouwPremie' }] } } : PRODUCTEN,
    );
    gateway = await startTestGateway({
      subgraphUrl: subgraph.url,
      issuer,
      trustedDocumentsRequiredFor: ['burgerprofiel'],
      trustedDocuments: parseTrustedDocuments(JSON.stringify({ [TRUSTED_ID]: TRUSTED, [documentIdOf(ALIASED)]: ALIASED })),
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await issuer?.close();
  });
  beforeEach(() => {
    subgraph.calls.length = 0;
  });

  const burgerprofiel = () => issuer.sign({ sub: 'client-mijn-burgerprofiel', roles: ['burgerprofiel'] });
  const spoc = () => issuer.sign({ sub: 'stad-sofie.claes', roles: ['spoc'] });

  async function post(body: unknown, bearer?: string) {
    const response = await fetch(gateway.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }
  async function get(params: Record<string, string>, bearer: string) {
    const response = await fetch(`${gateway.graphql}?${new URLSearchParams(params).toString()}`, {
      headers: { authorization: `Bearer ${bearer}`, 'apollo-require-preflight': 'true' },
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  it('runs a trusted document by its documentId (GraphQL over HTTP persisted documents), for the trusted-only client too', async () => {
    expect(await post({ documentId: TRUSTED_ID }, await burgerprofiel())).toEqual({ status: 200, body: PRODUCTEN });
    expect(await post({ documentId: TRUSTED_ID, operationName: 'Producten', variables: {} }, await spoc())).toEqual({ status: 200, body: PRODUCTEN });
    expect(subgraph.calls.map((c) => c.body.query)).toEqual(['query Producten__ipdc__0{producten{id}}', 'query Producten__ipdc__0{producten{id}}']);
  });

  it('runs it by documentId in the query string of a GET (CSRF-safe with a preflight header)', async () => {
    expect(await get({ documentId: TRUSTED_ID }, await burgerprofiel())).toEqual({ status: 200, body: PRODUCTEN });
    expect(subgraph.calls).toHaveLength(1);
  });

  it('runs it by an Apollo APQ hash (extensions.persistedQuery), in the body or the query string', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: hex(TRUSTED_ID) } };
    expect(await post({ extensions }, await burgerprofiel())).toEqual({ status: 200, body: PRODUCTEN });
    expect(await get({ extensions: JSON.stringify(extensions) }, await burgerprofiel())).toEqual({ status: 200, body: PRODUCTEN });
    expect(subgraph.calls).toHaveLength(2);
  });

  it('refuses a free-form query of the trusted-only client before anything runs, in every form', async () => {
    const token = await burgerprofiel();
    expect(await post({ query: FREE_FORM }, token)).toEqual({ status: 403, body: REQUIRED });
    // The APQ registration form: a query with its own hash that is not in the manifest.
    const register = { query: FREE_FORM, extensions: { persistedQuery: { version: 1, sha256Hash: hex(documentIdOf(FREE_FORM)) } } };
    expect(await post(register, token)).toEqual({ status: 403, body: REQUIRED });
    // Even the text of a trusted document is refused when it is sent as a query without its id.
    expect(await post({ query: TRUSTED }, token)).toEqual({ status: 403, body: REQUIRED });
    expect(await get({ query: FREE_FORM }, token)).toEqual({ status: 403, body: REQUIRED });
    expect(subgraph.calls).toHaveLength(0);
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown id, and registers nothing: the manifest is the only store', async () => {
    const unknown = documentIdOf(FREE_FORM);
    const byId = await fetch(gateway.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await spoc()}` },
      body: JSON.stringify({ documentId: unknown }),
    });
    expect(byId.status).toBe(200);
    expect(byId.headers.get('cache-control')).toBe('private, no-cache, must-revalidate');
    expect(await byId.json()).toEqual(NOT_FOUND);
    // Apollo's APQ retry (hash and query) runs the query for a client that may send free-form queries ...
    const extensions = { persistedQuery: { version: 1, sha256Hash: hex(unknown) } };
    expect(await post({ query: FREE_FORM, extensions }, await spoc())).toEqual({
      status: 200,
      body: { data: { producten: [{ id: 'a1', naam: 'Mijn VerbouwPremie' }] } },
    });
    // ... but does not make the hash known.
    expect(await post({ extensions }, await spoc())).toEqual({ status: 200, body: NOT_FOUND });
    expect(subgraph.calls).toHaveLength(1);
  });

  it('keeps free-form queries for everyone else', async () => {
    expect(await post({ query: FREE_FORM }, await spoc())).toEqual({ status: 200, body: { data: { producten: [{ id: 'a1', naam: 'Mijn VerbouwPremie' }] } } });
    expect(await post({ query: FREE_FORM })).toEqual({ status: 200, body: { data: { producten: [{ id: 'a1', naam: 'Mijn VerbouwPremie' }] } } });
    expect(subgraph.calls).toHaveLength(2);
  });

  it('refuses malformed ids and a query that does not match its id with BAD_REQUEST', async () => {
    const bad = (message: string) => ({ status: 400, body: { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] } });
    expect(await post({ documentId: hex(TRUSTED_ID) }, await spoc())).toEqual(
      bad('documentId moet de vorm sha256:<64 hexadecimale tekens in kleine letters> hebben.'),
    );
    expect(await post({ documentId: 42 }, await spoc())).toEqual(bad('documentId moet de vorm sha256:<64 hexadecimale tekens in kleine letters> hebben.'));
    expect(await post({ extensions: { persistedQuery: { version: 2, sha256Hash: hex(TRUSTED_ID) } } }, await spoc())).toEqual(
      bad('extensions.persistedQuery moet { "version": 1, "sha256Hash": "<64 hexadecimale tekens>" } zijn.'),
    );
    expect(await post({ documentId: TRUSTED_ID, query: FREE_FORM }, await spoc())).toEqual(bad('De meegestuurde query heeft een andere SHA-256 dan het documentId.'));
    expect(
      await post({ documentId: TRUSTED_ID, extensions: { persistedQuery: { version: 1, sha256Hash: hex(documentIdOf(FREE_FORM)) } } }, await spoc()),
    ).toEqual(bad('documentId en extensions.persistedQuery noemen een ander document.'));
    expect(subgraph.calls).toHaveLength(0);
  });

  it('holds a trusted document to the limits like any other, and its caller to authentication', async () => {
    expect(await post({ documentId: documentIdOf(ALIASED) }, await burgerprofiel())).toEqual({
      status: 400,
      body: { errors: [{ message: 'Te veel aliassen: 16, het maximum is 15.', locations: [{ line: 1, column: 1 }], extensions: { code: 'TOO_MANY_ALIASES', maxAliases: 15 } }] },
    });
    // A bad token is refused before the document is looked up.
    expect((await post({ documentId: TRUSTED_ID }, 'not-a-token')).status).toBe(401);
    expect(subgraph.calls).toHaveLength(0);
  });
});

describe('the trusted-document manifest and configuration', () => {
  it('refuses a manifest whose ids are not the hashes of their documents, naming each bad entry', () => {
    const wrong = `sha256:${'0'.repeat(64)}`;
    expect(() => parseTrustedDocuments(JSON.stringify({ [TRUSTED_ID]: TRUSTED, [wrong]: TRUSTED, 'md5:1': '{ a }' }), 'manifest.json')).toThrow(
      `manifest.json:\n  - ${wrong}: is not the SHA-256 of its document\n  - md5:1: not of the form sha256:<64 lowercase hex characters>`,
    );
    expect(() => parseTrustedDocuments('[]', 'manifest.json')).toThrow('manifest.json: expected an object of "sha256:<hex>": "<document>"');
  });

  it('reads TRUSTED_DOCUMENTS_REQUIRED_FOR as roles and refuses unknown ones at start', () => {
    const base = { HUB_IDENTITY_SECRET: 'x'.repeat(32), OIDC_STAD_ISSUER: 'https://idp.example/stad', OIDC_STAD_JWKS_URL: 'https://idp.example/jwks', OIDC_STAD_AUDIENCE: 'hub' };
    expect(loadGatewayConfig(base).trustedDocumentsRequiredFor).toEqual([]);
    expect(loadGatewayConfig({ ...base, TRUSTED_DOCUMENTS_REQUIRED_FOR: 'burgerprofiel, burger' }).trustedDocumentsRequiredFor).toEqual(['burgerprofiel', 'burger']);
    expect(() => loadGatewayConfig({ ...base, TRUSTED_DOCUMENTS_REQUIRED_FOR: 'burgerprofiel,mijnburgerprofiel' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ ...base, TRUSTED_DOCUMENTS_REQUIRED_FOR: 'burgerprofiel,mijnburgerprofiel' })).toThrow(
      "TRUSTED_DOCUMENTS_REQUIRED_FOR: unknown role(s) mijnburgerprofiel (got 'burgerprofiel,mijnburgerprofiel')",
    );
  });
});
