import { describe, expect, it } from 'vitest';
import { ConfigError } from '@hub/shared';
import { loadPremiesConfig } from '../src/config.js';

describe('premies configuration', () => {
  it('has defaults for everything but the identity secret', () => {
    expect(loadPremiesConfig({ HUB_IDENTITY_SECRET: 's'.repeat(32) })).toEqual({
      PORT: 4004,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      HUB_IDENTITY_SECRET: 's'.repeat(32),
      DATABASE_URL: undefined,
      PGLITE_DATA_DIR: '.data/premies',
      PREMIE_REGELS_FILE: undefined,
    });
  });

  it('reports every wrong variable at once', () => {
    const load = () => loadPremiesConfig({ HUB_IDENTITY_SECRET: 'te-kort', PORT: 'abc', DATABASE_URL: 'mysql://x' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      [
        'Invalid configuration:',
        "  - PORT: must be a port number (got 'abc')",
        "  - HUB_IDENTITY_SECRET: must be at least 32 characters long (got '***')",
        "  - DATABASE_URL: must be a postgres:// or postgresql:// connection URL (got 'mysql://x')",
      ].join('\n'),
    );
  });
});
