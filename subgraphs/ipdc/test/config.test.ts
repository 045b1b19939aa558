import { ConfigError } from '@hub/shared';
import { describe, expect, it } from 'vitest';
import { loadIpdcConfig } from '../src/server.js';

const SECRET = 'x'.repeat(32);

describe('loadIpdcConfig', () => {
  it('applies the defaults', () => {
    expect(loadIpdcConfig({ HUB_IDENTITY_SECRET: SECRET, IPDC_API_KEY: 'sleutel' })).toEqual({
      port: 4003,
      host: '127.0.0.1',
      logLevel: 'info',
      identitySecret: SECRET,
      ipdcUrl: 'https://api.ipdc.vlaanderen.be',
      ipdcFeedUrl: 'https://ipdc.vlaanderen.be',
      ipdcApiKey: 'sleutel',
      databaseUrl: undefined,
      pgliteDataDir: '.data/ipdc',
      upstreamTimeoutMs: 3000,
      syncIntervalMs: 900_000,
    });
  });

  it('reads every variable', () => {
    expect(
      loadIpdcConfig({
        PORT: '5003',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'debug',
        HUB_IDENTITY_SECRET: SECRET,
        IPDC_URL: 'http://127.0.0.1:4100/ipdc',
        IPDC_FEED_URL: 'http://127.0.0.1:4100/ipdc',
        IPDC_API_KEY: 'sandbox',
        UPSTREAM_TIMEOUT_MS: '1500',
        DATABASE_URL: 'postgres://ipdc@db.example:5432/hub',
        PGLITE_DATA_DIR: '/var/lib/hub/ipdc',
        IPDC_SYNC_INTERVAL_SECONDS: '60',
      }),
    ).toEqual({
      port: 5003,
      host: '0.0.0.0',
      logLevel: 'debug',
      identitySecret: SECRET,
      ipdcUrl: 'http://127.0.0.1:4100/ipdc',
      ipdcFeedUrl: 'http://127.0.0.1:4100/ipdc',
      ipdcApiKey: 'sandbox',
      databaseUrl: 'postgres://ipdc@db.example:5432/hub',
      pgliteDataDir: '/var/lib/hub/ipdc',
      upstreamTimeoutMs: 1500,
      syncIntervalMs: 60_000,
    });
  });

  it('reports every wrong variable at once, without showing secrets', () => {
    let error: unknown;
    try {
      loadIpdcConfig({ HUB_IDENTITY_SECRET: 'kort', DATABASE_URL: 'mysql://db', IPDC_URL: 'ftp://ipdc', IPDC_SYNC_INTERVAL_SECONDS: '5' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      "HUB_IDENTITY_SECRET: must be at least 32 characters long (got '***')",
      "DATABASE_URL: must be a postgres:// or postgresql:// connection URL (got 'mysql://db')",
      "IPDC_URL: must be an absolute http(s) URL (got 'ftp://ipdc')",
      'IPDC_API_KEY: is required: the API key IPDC issued for the hub (sent as X-API-KEY) (not set)',
      "IPDC_SYNC_INTERVAL_SECONDS: must be at least 10 (got '5')",
    ]);
  });
});
