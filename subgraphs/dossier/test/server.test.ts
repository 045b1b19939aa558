import { ConfigError, createLogger, IDENTITY_HEADER, signIdentity } from '@hub/shared';
import { createTestDatabase, identityOf, TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, dossierEntities, dossierMigrations, loadDossierConfig } from '../src/server.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';

describe('calls that do not come through the gateway', () => {
  let s: DossierTestSubgraph;
  beforeAll(async () => {
    s = await startDossierSubgraph();
  });
  afterAll(() => s?.close());

  const REFUSED = { errors: [{ message: 'Deze dienst aanvaardt enkel oproepen via de gateway.', extensions: { code: 'UNAUTHENTICATED' } }] };
  const post = (headers: Record<string, string>) =>
    fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ dossiers { totalCount } }' }) });

  it.each([
    ['no identity', {}],
    ['an identity signed with another secret', { [IDENTITY_HEADER]: signIdentity(identityOf('spoc'), 'another-secret-of-at-least-32-characters!') }],
    ['an expired identity', { [IDENTITY_HEADER]: signIdentity(identityOf('spoc'), TEST_IDENTITY_SECRET, { now: Date.now() - 120_000 }) }],
    ['a malformed identity', { [IDENTITY_HEADER]: 'not-a-token' }],
  ])('refuses a call with %s (401), before any SQL', async (_, headers) => {
    s.queries.reset();
    const res = await post(headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(REFUSED);
    expect(s.queries.count).toBe(0);
  });

  it('answers a signed call', async () => {
    const res = await post({ [IDENTITY_HEADER]: signIdentity(identityOf('spoc'), TEST_IDENTITY_SECRET) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { dossiers: { totalCount: 5 } } });
  });

  it('is healthy and ready while the database answers', async () => {
    const base = s.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    const ready = await fetch(`${base}/ready`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok', service: 'dossier' }]);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', service: 'dossier' }]);
  });
});

it('is not ready when the database does not answer', async () => {
  const db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: dossierMigrations });
  const server = await createServer({ identitySecret: TEST_IDENTITY_SECRET, logger: createLogger('dossier-test', 'silent'), dataSource: db.dataSource });
  const url = (await server.listen(0)).replace(/\/graphql$/, '');
  try {
    await db.close();
    const ready = await fetch(`${url}/ready`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'not ready', service: 'dossier' }]);
  } finally {
    await server.close();
  }
});

describe('loadDossierConfig', () => {
  const SECRET = 'x'.repeat(32);

  it('has the defaults of the embedded setup', () => {
    expect(loadDossierConfig({ HUB_IDENTITY_SECRET: SECRET })).toEqual({
      PORT: 4001,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      HUB_IDENTITY_SECRET: SECRET,
      DATABASE_URL: undefined,
      PGLITE_DATA_DIR: '.data/dossier',
      DOCUMENT_MAX_BYTES: 15 * 1024 * 1024,
      DOCUMENT_UPLOAD_TTL_HOURS: 24,
      DOSSIER_DEEPLINK_BASE: 'https://www.leuven.be/energieloket/mijn-dossier/',
      LOPENDE_ZAKEN_NA_AFSLUITING_DAGEN: 30,
      STATISTIEK_MIN_GROEP: 5,
      STATISTIEK_ID_LIMIET: 5000,
    });
  });

  it('takes every variable', () => {
    expect(
      loadDossierConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'warn',
        HUB_IDENTITY_SECRET: SECRET,
        DATABASE_URL: 'postgres://hub@db:5432/hub',
        PGLITE_DATA_DIR: '/var/lib/dossier',
        DOCUMENT_MAX_BYTES: '1048576',
        DOCUMENT_UPLOAD_TTL_HOURS: '2',
        DOSSIER_DEEPLINK_BASE: 'https://burgerprofiel.example/dossiers/',
        LOPENDE_ZAKEN_NA_AFSLUITING_DAGEN: '14',
        STATISTIEK_MIN_GROEP: '10',
        STATISTIEK_ID_LIMIET: '2000',
      }),
    ).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'warn',
      HUB_IDENTITY_SECRET: SECRET,
      DATABASE_URL: 'postgres://hub@db:5432/hub',
      PGLITE_DATA_DIR: '/var/lib/dossier',
      DOCUMENT_MAX_BYTES: 1048576,
      DOCUMENT_UPLOAD_TTL_HOURS: 2,
      DOSSIER_DEEPLINK_BASE: 'https://burgerprofiel.example/dossiers/',
      LOPENDE_ZAKEN_NA_AFSLUITING_DAGEN: 14,
      STATISTIEK_MIN_GROEP: 10,
      STATISTIEK_ID_LIMIET: 2000,
    });
  });

  it('reports every wrong variable at once, without echoing the secret', () => {
    let error: unknown;
    try {
      loadDossierConfig({ PORT: 'vier', HUB_IDENTITY_SECRET: 'kort', DATABASE_URL: 'mysql://db', DOCUMENT_MAX_BYTES: '0' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      "PORT: must be a port number (got 'vier')",
      "HUB_IDENTITY_SECRET: must be at least 32 characters long (got '***')",
      "DATABASE_URL: must be a postgres:// or postgresql:// connection URL (got 'mysql://db')",
      "DOCUMENT_MAX_BYTES: must be at least 1 (got '0')",
    ]);
  });

  it('requires the identity secret', () => {
    expect(() => loadDossierConfig({})).toThrow(ConfigError);
  });
});
