import { clientCredentialsTokenProvider, createHttpClient, type Logger, type UpstreamCall } from '@hub/shared';
import type { WoningpasConfig } from '../config.js';
import { createAdressenregisterClient, type AdressenregisterClient } from './adressenregister.js';
import { createDatadienstenClient, type DatadienstenClient } from './datadiensten.js';
import { createEpcClient, type EpcClient } from './epc.js';
import { createErfgoedHttpBron, notConfigured, type ErfgoedBron } from './erfgoed.js';
import { createVergunningenHttpBron, type VergunningenBron } from './vergunningen.js';

export type { AdressenregisterClient } from './adressenregister.js';
export type { DatadienstenClient } from './datadiensten.js';
export type { EpcClient } from './epc.js';
export type { ErfgoedBron } from './erfgoed.js';
export type { VergunningenBron } from './vergunningen.js';
export { withCache } from './cached.js';

/** The upstreams of the woningpas subgraph. Tests pass clients pointed at nock or at the sandbox. */
export interface WoningpasClients {
  adressenregister: AdressenregisterClient;
  epc: EpcClient;
  datadiensten: DatadienstenClient;
  erfgoed: ErfgoedBron;
  vergunningen: VergunningenBron;
}

/** Source names in errors (`extensions.source`) and logs. */
export const SOURCES = {
  adressenregister: 'adressenregister',
  epc: 'epc',
  datadiensten: 'veka-datadiensten',
  acmIdm: 'acm-idm',
  erfgoed: 'onroerend-erfgoed',
  vergunningen: 'omgevingsloket',
} as const;

/**
 * Builds the real clients from the configuration: every call has the configured timeout; `onCall`
 * observes every upstream call (metrics, tests, benchmarks). The two VEKA APIs share one ACM/IDM token.
 * These clients do not cache: `withCache` puts the shared cache in front of them.
 */
export function createWoningpasClients(config: WoningpasConfig, logger: Logger, onCall?: (call: UpstreamCall) => void): WoningpasClients {
  const http = (source: string, baseURL: string, headers: Record<string, string> = {}) =>
    createHttpClient({ source, baseURL, timeoutMs: config.UPSTREAM_TIMEOUT_MS, headers, logger, ...(onCall ? { onCall } : {}) });
  const tokens = clientCredentialsTokenProvider({
    source: SOURCES.acmIdm,
    tokenUrl: config.VEKA_TOKEN_URL,
    clientId: config.VEKA_CLIENT_ID,
    clientSecret: config.VEKA_CLIENT_SECRET,
    ...(config.VEKA_SCOPE ? { scope: config.VEKA_SCOPE } : {}),
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    logger,
  });
  const registerHeaders: Record<string, string> = config.ADRESSENREGISTER_API_KEY ? { 'x-api-key': config.ADRESSENREGISTER_API_KEY } : {};
  return {
    adressenregister: createAdressenregisterClient(http(SOURCES.adressenregister, config.ADRESSENREGISTER_URL, registerHeaders)),
    epc: createEpcClient(http(SOURCES.epc, config.VEKA_DOSSIER_API_URL), tokens),
    datadiensten: createDatadienstenClient(http(SOURCES.datadiensten, config.VEKA_DATADIENSTEN_URL), tokens),
    erfgoed: config.ERFGOED_URL
      ? createErfgoedHttpBron(http(SOURCES.erfgoed, config.ERFGOED_URL))
      : { beschermingVoor: notConfigured(SOURCES.erfgoed) },
    vergunningen: config.VERGUNNINGEN_URL
      ? createVergunningenHttpBron(http(SOURCES.vergunningen, config.VERGUNNINGEN_URL))
      : { vergunningenVoor: notConfigured(SOURCES.vergunningen) },
  };
}
