import type { Logger } from '@hub/shared';
import type { WoningpasConfig } from '../config.js';
import { createMemoryCacheBackend } from './memory.js';
import { createRedisCacheBackend } from './redis.js';
import { createUpstreamCache, type CacheTtls, type UpstreamCache } from './upstream-cache.js';

export type { CacheBackend } from './backend.js';
export { createMemoryCacheBackend, type MemoryCacheOptions } from './memory.js';
export { createRedisCacheBackend, type RedisCacheOptions } from './redis.js';
export {
  CACHE_BRONNEN,
  CACHE_FORMAT,
  createUpstreamCache,
  keyOf,
  type BronStats,
  type CacheBron,
  type CacheStats,
  type CacheTtls,
  type UpstreamCache,
  type UpstreamCacheOptions,
} from './upstream-cache.js';

/** The configured TTLs per source, in milliseconds. */
export function cacheTtls(config: WoningpasConfig): CacheTtls {
  return {
    adressen: config.CACHE_TTL_ADRESSEN_S * 1000,
    adresmatch: config.CACHE_TTL_ADRESMATCH_S * 1000,
    gebouweenheden: config.CACHE_TTL_GEBOUWEENHEDEN_S * 1000,
    epc: config.CACHE_TTL_EPC_S * 1000,
    premiewerken: config.CACHE_TTL_PREMIEWERKEN_S * 1000,
    erfgoed: config.CACHE_TTL_ERFGOED_S * 1000,
    vergunningen: config.CACHE_TTL_VERGUNNINGEN_S * 1000,
  };
}

/**
 * The cache the configuration asks for (CACHE_BACKEND): a bounded in-process LRU, Redis shared by the
 * replicas, or none (undefined). A Redis that cannot be reached at start is logged and retried in the
 * background; the subgraph serves from the upstreams meanwhile.
 */
export async function createWoningpasCache(
  config: WoningpasConfig,
  logger: Logger,
  options: { now?: () => number } = {},
): Promise<UpstreamCache | undefined> {
  const common = { ttls: cacheTtls(config), keyPrefix: config.CACHE_KEY_PREFIX, logger };
  switch (config.CACHE_BACKEND) {
    case 'none':
      return undefined;
    case 'redis':
      return createUpstreamCache({ ...common, backend: await createRedisCacheBackend({ url: config.REDIS_URL!, logger }) });
    case 'memory':
      return createUpstreamCache({
        ...common,
        backend: createMemoryCacheBackend({
          maxEntries: config.CACHE_MAX_ENTRIES,
          maxBytes: config.CACHE_MAX_MB * 1024 * 1024,
          ...(options.now ? { now: options.now } : {}),
        }),
      });
  }
}
