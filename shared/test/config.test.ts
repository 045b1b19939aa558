import { describe, expect, it } from 'vitest';
import { ConfigError, env, loadConfig } from '@hub/shared';

const shape = {
  PORT: env.port(4000),
  HUB_IDENTITY_SECRET: env.secret(32),
  UPSTREAM_URL: env.url(),
  FEATURE: env.bool(false),
  MODE: env.oneOf(['a', 'b'] as const, 'a'),
  TIMEOUT_MS: env.int(3000, 100, 60_000),
};

describe('loadConfig', () => {
  it('applies defaults and converts types', () => {
    expect(loadConfig(shape, { HUB_IDENTITY_SECRET: 'x'.repeat(32), UPSTREAM_URL: 'https://example.org/api', FEATURE: 'yes', TIMEOUT_MS: ' 500 ' })).toEqual({
      PORT: 4000,
      HUB_IDENTITY_SECRET: 'x'.repeat(32),
      UPSTREAM_URL: 'https://example.org/api',
      FEATURE: true,
      MODE: 'a',
      TIMEOUT_MS: 500,
    });
  });

  it('reports every wrong variable with a message a person can act on, hiding secrets', () => {
    let error: unknown;
    try {
      loadConfig(shape, { PORT: '70000', HUB_IDENTITY_SECRET: 'short', UPSTREAM_URL: 'ftp://x', FEATURE: 'maybe', MODE: 'c', TIMEOUT_MS: '10' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      "PORT: must be between 0 and 65535 (got '70000')",
      "HUB_IDENTITY_SECRET: must be at least 32 characters long (got '***')",
      "UPSTREAM_URL: must be an absolute http(s) URL (got 'ftp://x')",
      "FEATURE: must be true or false (got 'maybe')",
      "MODE: must be one of a, b (got 'c')",
      "TIMEOUT_MS: must be at least 100 (got '10')",
    ]);
  });

  it('says which required variables are missing', () => {
    expect(() => loadConfig(shape, {})).toThrow(
      new ConfigError(['HUB_IDENTITY_SECRET: is required (not set)', 'UPSTREAM_URL: is required (not set)']),
    );
  });
});
