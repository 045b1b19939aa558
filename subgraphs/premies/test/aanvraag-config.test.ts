import { describe, expect, it } from 'vitest';
import { ConfigError } from '@hub/shared';
import { loadAanvraagConfig } from '../src/server.js';

const REQUIRED = {
  PREMIE_VOORSTEL_SECRET: 'v'.repeat(32),
  MIJNVERBOUWPREMIE_URL: 'https://mvp.example/api/v1',
  MIJNVERBOUWPREMIE_TOKEN_URL: 'https://acm.example/op/v1/token',
  MIJNVERBOUWPREMIE_CLIENT_ID: 'renovatiehub-premies',
  MIJNVERBOUWPREMIE_CLIENT_SECRET: 'geheim',
  BURGERPROFIEL_URL: 'https://burgerprofiel.example',
  BURGERPROFIEL_TOKEN_URL: 'https://acm.example/op/v1/token',
  BURGERPROFIEL_CLIENT_ID: 'renovatiehub-premies-bp',
  BURGERPROFIEL_CLIENT_SECRET: 'geheim',
};

describe('configuration of the Mijn VerbouwPremie applications', () => {
  it('has defaults for the timings, the draft validity and the deep link', () => {
    expect(loadAanvraagConfig(REQUIRED)).toEqual({
      ...REQUIRED,
      PREMIE_VOORSTEL_GELDIGHEID_MIN: 1440,
      MIJNVERBOUWPREMIE_SCOPE: undefined,
      PREMIE_VOLGER_INTERVAL_MS: 300_000,
      PREMIE_DEEPLINK_BASE: 'https://www.leuven.be/energieloket/mijn-premieaanvraag/',
      DELIVERY_TIMEOUT_MS: 5000,
      OUTBOX_POLL_MS: 1000,
    });
  });

  it('reports every wrong or missing variable at once, without showing secrets', () => {
    const load = () => loadAanvraagConfig({ ...REQUIRED, PREMIE_VOORSTEL_SECRET: 'kort', MIJNVERBOUWPREMIE_URL: 'ftp://mvp', BURGERPROFIEL_CLIENT_ID: '' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      [
        'Invalid configuration:',
        "  - PREMIE_VOORSTEL_SECRET: must be at least 32 characters long (got '***')",
        "  - MIJNVERBOUWPREMIE_URL: must be an absolute http(s) URL (got 'ftp://mvp')",
        '  - BURGERPROFIEL_CLIENT_ID: is required (not set)',
      ].join('\n'),
    );
  });
});
