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
      UPSTREAM_TIMEOUT_MS: 3000,
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
        VEKA_SCOPE: 'vea_epc_raadplegen',
        UPSTREAM_TIMEOUT_MS: '1500',
      }),
    ).toEqual({
      ...REQUIRED,
      PORT: 5002,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      ADRESSENREGISTER_URL: 'http://localhost:4100/basisregisters',
      ADRESSENREGISTER_API_KEY: 'key-1',
      VEKA_DOSSIER_API_URL: 'http://localhost:4100/veka',
      VEKA_SCOPE: 'vea_epc_raadplegen',
      UPSTREAM_TIMEOUT_MS: 1500,
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

  it('rejects wrong values without echoing secrets', () => {
    expect(
      problems({ ...REQUIRED, HUB_IDENTITY_SECRET: 'short', ADRESSENREGISTER_URL: 'ftp://x', UPSTREAM_TIMEOUT_MS: '10', PORT: 'abc' }),
    ).toEqual([
      "PORT: must be a port number (got 'abc')",
      "HUB_IDENTITY_SECRET: must be at least 32 characters long (got '***')",
      "ADRESSENREGISTER_URL: must be an absolute http(s) URL (got 'ftp://x')",
      "UPSTREAM_TIMEOUT_MS: must be at least 100 (got '10')",
    ]);
  });
});
