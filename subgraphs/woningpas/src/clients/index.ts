import { clientCredentialsTokenProvider, createHttpClient, type Logger, type UpstreamCall } from '@hub/shared';
import type { WoningpasConfig } from '../config.js';
import { createAdressenregisterClient, type AdressenregisterClient } from './adressenregister.js';
import { createEpcClient, type EpcClient } from './epc.js';

export type { AdressenregisterClient } from './adressenregister.js';
export type { EpcClient } from './epc.js';

/** The upstreams of the woningpas subgraph. Tests pass clients pointed at nock or at the sandbox. */
export interface WoningpasClients {
  adressenregister: AdressenregisterClient;
  epc: EpcClient;
}

/** Source names in errors (`extensions.source`) and logs. */
export const SOURCES = { adressenregister: 'adressenregister', epc: 'epc', acmIdm: 'acm-idm' } as const;

/**
 * Builds the real clients from the configuration: every call has the configured timeout; `onCall`
 * observes every upstream call (metrics, tests, benchmarks).
 */
export function createWoningpasClients(config: WoningpasConfig, logger: Logger, onCall?: (call: UpstreamCall) => void): WoningpasClients {
  const observe = onCall ? { onCall } : {};
  const adressenregister = createHttpClient({
    source: SOURCES.adressenregister,
    baseURL: config.ADRESSENREGISTER_URL,
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    headers: config.ADRESSENREGISTER_API_KEY ? { 'x-api-key': config.ADRESSENREGISTER_API_KEY } : {},
    logger,
    ...observe,
  });
  const veka = createHttpClient({
    source: SOURCES.epc,
    baseURL: config.VEKA_DOSSIER_API_URL,
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    logger,
    ...observe,
  });
  const tokens = clientCredentialsTokenProvider({
    source: SOURCES.acmIdm,
    tokenUrl: config.VEKA_TOKEN_URL,
    clientId: config.VEKA_CLIENT_ID,
    clientSecret: config.VEKA_CLIENT_SECRET,
    ...(config.VEKA_SCOPE ? { scope: config.VEKA_SCOPE } : {}),
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    logger,
  });
  return { adressenregister: createAdressenregisterClient(adressenregister), epc: createEpcClient(veka, tokens) };
}
