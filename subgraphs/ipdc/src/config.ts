import { env, loadConfig } from '@hub/shared';
import { z } from 'zod';

const shape = {
  PORT: env.port(4003),
  HOST: env.string('127.0.0.1'),
  LOG_LEVEL: env.logLevel(),
  HUB_IDENTITY_SECRET: env.secret(32),
  /** Instances: GET {IPDC_URL}/doc/instantie/{uuid}. */
  IPDC_URL: env.url('https://api.ipdc.vlaanderen.be'),
  /** The instance snapshot feed: GET {IPDC_FEED_URL}/doc/instantiesnapshot?limit=25&pageNumber=N. */
  IPDC_FEED_URL: env.url('https://ipdc.vlaanderen.be'),
  /** Sent as X-API-KEY on every call (IPDC gives it on request). */
  IPDC_API_KEY: z.string({ error: 'is required: the API key IPDC issued for the hub (sent as X-API-KEY)' }).min(1),
  UPSTREAM_TIMEOUT_MS: env.int(3000, 100, 120_000),
  IPDC_CATALOGUS_TTL_SECONDS: env.int(600, 0, 86_400),
};

export interface IpdcConfig {
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  identitySecret: string;
  /** Base URL of the instance API (api.ipdc.vlaanderen.be). */
  ipdcUrl: string;
  /** Base URL of the LDES feed (ipdc.vlaanderen.be). */
  ipdcFeedUrl: string;
  ipdcApiKey: string;
  upstreamTimeoutMs: number;
  /** How long the catalogue read from the feed is kept in memory. */
  catalogusTtlMs: number;
}

/** Reads the ipdc subgraph's configuration; every wrong variable is reported (ConfigError). */
export function loadIpdcConfig(source: Record<string, string | undefined> = process.env): IpdcConfig {
  const c = loadConfig(shape, source);
  return {
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    identitySecret: c.HUB_IDENTITY_SECRET,
    ipdcUrl: c.IPDC_URL,
    ipdcFeedUrl: c.IPDC_FEED_URL,
    ipdcApiKey: c.IPDC_API_KEY,
    upstreamTimeoutMs: c.UPSTREAM_TIMEOUT_MS,
    catalogusTtlMs: c.IPDC_CATALOGUS_TTL_SECONDS * 1000,
  };
}
