import { env, loadConfig } from '@hub/shared';
import { z } from 'zod';

const shape = {
  PORT: env.port(4003),
  HOST: env.string('127.0.0.1'),
  LOG_LEVEL: env.logLevel(),
  HUB_IDENTITY_SECRET: env.secret(32),
  /** A real PostgreSQL for the replica of the catalogue; when unset, an embedded PGlite in PGLITE_DATA_DIR. */
  DATABASE_URL: env.postgresUrl(),
  PGLITE_DATA_DIR: env.string('.data/ipdc'),
  /** Instances: GET {IPDC_URL}/doc/instantie/{uuid}. */
  IPDC_URL: env.url('https://api.ipdc.vlaanderen.be'),
  /** The instance snapshot feed: GET {IPDC_FEED_URL}/doc/instantiesnapshot?limit=25&pageNumber=N. */
  IPDC_FEED_URL: env.url('https://ipdc.vlaanderen.be'),
  /** Sent as X-API-KEY on every call (IPDC gives it on request). */
  IPDC_API_KEY: z.string({ error: 'is required: the API key IPDC issued for the hub (sent as X-API-KEY)' }).min(1),
  UPSTREAM_TIMEOUT_MS: env.int(3000, 100, 120_000),
  /** How often the replica follows the feed for new snapshots (default 15 minutes). */
  IPDC_SYNC_INTERVAL_SECONDS: env.int(900, 10, 86_400),
};

export interface IpdcConfig {
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  identitySecret: string;
  /** PostgreSQL URL of the replica; undefined = the embedded database in `pgliteDataDir`. */
  databaseUrl: string | undefined;
  pgliteDataDir: string;
  /** Base URL of the instance API (api.ipdc.vlaanderen.be). */
  ipdcUrl: string;
  /** Base URL of the LDES feed (ipdc.vlaanderen.be). */
  ipdcFeedUrl: string;
  ipdcApiKey: string;
  upstreamTimeoutMs: number;
  /** Time between two syncs of the replica with the feed. */
  syncIntervalMs: number;
}

/** Reads the ipdc subgraph's configuration; every wrong variable is reported (ConfigError). */
export function loadIpdcConfig(source: Record<string, string | undefined> = process.env): IpdcConfig {
  const c = loadConfig(shape, source);
  return {
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    identitySecret: c.HUB_IDENTITY_SECRET,
    databaseUrl: c.DATABASE_URL,
    pgliteDataDir: c.PGLITE_DATA_DIR,
    ipdcUrl: c.IPDC_URL,
    ipdcFeedUrl: c.IPDC_FEED_URL,
    ipdcApiKey: c.IPDC_API_KEY,
    upstreamTimeoutMs: c.UPSTREAM_TIMEOUT_MS,
    syncIntervalMs: c.IPDC_SYNC_INTERVAL_SECONDS * 1000,
  };
}
