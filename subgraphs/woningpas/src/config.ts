import { z } from 'zod';
import { ConfigError, env, loadConfig } from '@hub/shared';

const DAG_S = 86_400;

/** A cache TTL in seconds; 0 switches caching off for that source. At most 30 days. */
const ttl = (fallbackSeconds: number) => env.int(fallbackSeconds, 0, 30 * DAG_S);

const shape = {
  PORT: env.port(4002),
  HOST: env.string('127.0.0.1'),
  LOG_LEVEL: env.logLevel(),
  /** Shared with the gateway: only calls with an identity signed with it are served. */
  HUB_IDENTITY_SECRET: env.secret(32),
  /** Base URL of the Gebouwen- en Adressenregister API (v2 read endpoints: addresses and building units). */
  ADRESSENREGISTER_URL: env.url('https://api.basisregisters.vlaanderen.be'),
  /** Optional API key (`x-api-key`): the public register allows more requests with one. */
  ADRESSENREGISTER_API_KEY: env.optionalString(),
  /** Base URL of the VEKA dossier API (EPC). */
  VEKA_DOSSIER_API_URL: env.url('https://energie-secure.api.vlaanderen.be'),
  /** Base URL of the VEKA datadiensten API (earlier Mijn VerbouwPremie works, `/api/datadiensten/v1/mvp/werken`). */
  VEKA_DATADIENSTEN_URL: env.url('https://energie-secure.api.vlaanderen.be'),
  /** OAuth2 token endpoint of ACM/IDM for the client-credentials grant towards VEKA (both VEKA APIs). */
  VEKA_TOKEN_URL: env.url(),
  VEKA_CLIENT_ID: env.string(),
  VEKA_CLIENT_SECRET: env.secret(1),
  /** Optional OAuth2 scope(s) ACM/IDM grants for the VEKA APIs, space-separated (dossier API and datadiensten). */
  VEKA_SCOPE: env.optionalString(),
  /**
   * Base URL of the protected-heritage lookup by location (a sandbox contract modelled on Onroerend
   * Erfgoed, see the README). Unset: `Woning.erfgoed` answers UPSTREAM_UNAVAILABLE (not configured).
   */
  ERFGOED_URL: env.optionalUrl(),
  /**
   * Base URL of the permit lookup by address (a sandbox contract modelled on the Omgevingsloket, see the
   * README). Unset: `Woning.vergunningen` answers UPSTREAM_UNAVAILABLE (not configured).
   */
  VERGUNNINGEN_URL: env.optionalUrl(),
  /** Timeout of every upstream call (token requests included), in milliseconds. */
  UPSTREAM_TIMEOUT_MS: env.int(3000, 100, 60_000),
  /**
   * How many homes `Statistieken.epcLabels` looks up at a time per request (each home costs up to four
   * upstream calls on a cold cache): higher is faster for the analyst, heavier on the authentic sources.
   */
  EPC_STATISTIEK_PARALLEL: env.int(16, 1, 256),
  /**
   * Where upstream answers are cached across requests: `memory` (per process, bounded LRU), `redis`
   * (shared by every replica; needs REDIS_URL) or `none`.
   */
  CACHE_BACKEND: env.oneOf(['memory', 'redis', 'none'], 'memory'),
  /** redis:// or rediss:// URL of the shared cache (CACHE_BACKEND=redis). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, { error: 'must be a redis:// or rediss:// URL' })
    .optional(),
  /** Prefix of every cache key (several hubs or environments can share one Redis). */
  CACHE_KEY_PREFIX: env.string('hub:woningpas:'),
  /** Memory cache: at most this many answers are kept (least recently used go first). */
  CACHE_MAX_ENTRIES: env.int(20_000, 1, 10_000_000),
  /** Memory cache: at most about this many megabytes of answers are kept. */
  CACHE_MAX_MB: env.int(64, 1, 16_384),
  /** Cache TTLs per source, in seconds. Addresses and building units change rarely. */
  CACHE_TTL_ADRESSEN_S: ttl(7 * DAG_S),
  /** Address searches (adresmatch): a new address should show up within a day. */
  CACHE_TTL_ADRESMATCH_S: ttl(DAG_S),
  CACHE_TTL_GEBOUWEENHEDEN_S: ttl(7 * DAG_S),
  /** EPC searches and details, "no EPC" included: a new certificate shows up within a day. */
  CACHE_TTL_EPC_S: ttl(DAG_S),
  CACHE_TTL_PREMIEWERKEN_S: ttl(DAG_S),
  CACHE_TTL_ERFGOED_S: ttl(DAG_S),
  /** Permits: a pending application changes state more often than the other sources. */
  CACHE_TTL_VERGUNNINGEN_S: ttl(6 * 3600),
};

export type WoningpasConfig = ReturnType<typeof loadWoningpasConfig>;

/** Reads and validates the woningpas subgraph's environment; throws a ConfigError listing every problem. */
export function loadWoningpasConfig(environment: Record<string, string | undefined> = process.env) {
  const config = loadConfig(shape, environment);
  if (config.CACHE_BACKEND === 'redis' && !config.REDIS_URL) {
    throw new ConfigError(['REDIS_URL: is required when CACHE_BACKEND is redis (not set)']);
  }
  return config;
}
