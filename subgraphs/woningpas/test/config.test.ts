import { describe, expect, it } from 'vitest';
import { ConfigError } from '@hub/shared';
import { loadWoningpasConfig } from '../src/server.js';

const REQUIRED = {
  HUB_IDENTITY_SECRET: 'a-secret-of-at-least-thirty-two-characters',
  VEKA_TOKEN_URL: 'https://authenticatie.vlaanderen.be/op/v1/token',
  VEKA_CLIENT_ID: 'renovatiehub-woningpas',
  VEKA_CLIENT_SECRET: 's3cret',
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadWoningpasConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadWoningpasConfig', () => {
  it('applies the production defaults', () => {
    expect(loadWoningpasConfig(REQUIRED)).toEqual({
      ...REQUIRED,
      PORT: 4002,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ADRESSENREGISTER_URL: 'https://api.basisregisters.vlaanderen.be',
      VEKA_DOSSIER_API_URL: 'https://energie-secure.api.vlaanderen.be',
      VEKA_DATADIENSTEN_URL: 'https://energie-secure.api.vlaanderen.be',
      UPSTREAM_TIMEOUT_MS: 3000,
      EPC_STATISTIEK_PARALLEL: 16,
      CACHE_BACKEND: 'memory',
      CACHE_KEY_PREFIX: 'hub:woningpas:',
      CACHE_MAX_ENTRIES: 20_000,
      CACHE_MAX_MB: 64,
      CACHE_TTL_ADRESSEN_S: 604_800,
      CACHE_TTL_ADRESMATCH_S: 86_400,
      CACHE_TTL_GEBOUWEENHEDEN_S: 604_800,
      CACHE_TTL_EPC_S: 86_400,
      CACHE_TTL_PREMIEWERKEN_S: 86_400,
      CACHE_TTL_ERFGOED_S: 86_400,
      CACHE_TTL_VERGUNNINGEN_S: 21_600,
    });
  });

  it('reads every variable', () => {
    expect(
      loadWoningpasConfig({
        ...REQUIRED,
        PORT: '5002',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'debug',
        ADRESSENREGISTER_URL: 'http://localhost:4100/basisregisters',
        ADRESSENREGISTER_API_KEY: 'key-1',
        VEKA_DOSSIER_API_URL: 'http://localhost:4100/veka',
        VEKA_DATADIENSTEN_URL: 'http://localhost:4100/veka-datadiensten',
        VEKA_SCOPE: 'vea_epc_raadplegen vea_mvp_werken',
        ERFGOED_URL: 'http://localhost:4100/erfgoed',
        VERGUNNINGEN_URL: 'http://localhost:4100/omgevingsloket',
        UPSTREAM_TIMEOUT_MS: '1500',
        EPC_STATISTIEK_PARALLEL: '4',
        CACHE_BACKEND: 'redis',
        REDIS_URL: 'redis://cache.internal:6379/2',
        CACHE_KEY_PREFIX: 'leuven:woningpas:',
        CACHE_MAX_ENTRIES: '500',
        CACHE_MAX_MB: '8',
        CACHE_TTL_ADRESSEN_S: '3600',
        CACHE_TTL_ADRESMATCH_S: '60',
        CACHE_TTL_GEBOUWEENHEDEN_S: '7200',
        CACHE_TTL_EPC_S: '0',
        CACHE_TTL_PREMIEWERKEN_S: '600',
        CACHE_TTL_ERFGOED_S: '1200',
        CACHE_TTL_VERGUNNINGEN_S: '300',
      }),
    ).toEqual({
      ...REQUIRED,
      PORT: 5002,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      ADRESSENREGISTER_URL: 'http://localhost:4100/basisregisters',
      ADRESSENREGISTER_API_KEY: 'key-1',
      VEKA_DOSSIER_API_URL: 'http://localhost:4100/veka',
      VEKA_DATADIENSTEN_URL: 'http://localhost:4100/veka-datadiensten',
      VEKA_SCOPE: 'vea_epc_raadplegen vea_mvp_werken',
      ERFGOED_URL: 'http://localhost:4100/erfgoed',
      VERGUNNINGEN_URL: 'http://localhost:4100/omgevingsloket',
      UPSTREAM_TIMEOUT_MS: 1500,
      EPC_STATISTIEK_PARALLEL: 4,
      CACHE_BACKEND: 'redis',
      REDIS_URL: 'redis://cache.internal:6379/2',
      CACHE_KEY_PREFIX: 'leuven:woningpas:',
      CACHE_MAX_ENTRIES: 500,
      CACHE_MAX_MB: 8,
      CACHE_TTL_ADRESSEN_S: 3600,
      CACHE_TTL_ADRESMATCH_S: 60,
      CACHE_TTL_GEBOUWEENHEDEN_S: 7200,
      CACHE_TTL_EPC_S: 0,
      CACHE_TTL_PREMIEWERKEN_S: 600,
      CACHE_TTL_ERFGOED_S: 1200,
      CACHE_TTL_VERGUNNINGEN_S: 300,
    });
  });

  it('lists every missing required variable', () => {
    expect(problems({})).toEqual([
      'HUB_IDENTITY_SECRET: is required (not set)',
      'VEKA_TOKEN_URL: is required (not set)',
      'VEKA_CLIENT_ID: is required (not set)',
      'VEKA_CLIENT_SECRET: is required (not set)',
    ]);
  });

  it('rejects a wrong cache configuration', () => {
    expect(problems({ ...REQUIRED, CACHE_BACKEND: 'memcached', REDIS_URL: 'http://cache:6379', CACHE_TTL_EPC_S: '-1', CACHE_MAX_ENTRIES: '0' })).toEqual([
      "CACHE_BACKEND: must be one of memory, redis, none (got 'memcached')",
      "REDIS_URL: must be a redis:// or rediss:// URL (got 'http://cache:6379')",
      "CACHE_MAX_ENTRIES: must be at least 1 (got '0')",
      "CACHE_TTL_EPC_S: must be at least 0 (got '-1')",
    ]);
    expect(problems({ ...REQUIRED, CACHE_BACKEND: 'redis' })).toEqual(['REDIS_URL: is required when CACHE_BACKEND is redis (not set)']);
    expect(problems({ ...REQUIRED, CACHE_TTL_ADRESSEN_S: String(31 * 86_400) })).toEqual(["CACHE_TTL_ADRESSEN_S: must be at most 2592000 (got '2678400')"]);
  });

  it('rejects wrong values without echoing secrets', () => {
    expect(
      problems({ ...REQUIRED, HUB_IDENTITY_SECRET: 'short', ADRESSENREGISTER_URL: 'ftp://x', UPSTREAM_TIMEOUT_MS: '10', PORT: 'abc', EPC_STATISTIEK_PARALLEL: '0' }),
    ).toEqual([
      "PORT: must be a port number (got 'abc')",
      "HUB_IDENTITY_SECRET: must be at least 32 characters long (got '***')",
      "ADRESSENREGISTER_URL: must be an absolute http(s) URL (got 'ftp://x')",
      "UPSTREAM_TIMEOUT_MS: must be at least 100 (got '10')",
      "EPC_STATISTIEK_PARALLEL: must be at least 1 (got '0')",
    ]);
    expect(problems({ ...REQUIRED, EPC_STATISTIEK_PARALLEL: '1000' })).toEqual(["EPC_STATISTIEK_PARALLEL: must be at most 256 (got '1000')"]);
  });
});
