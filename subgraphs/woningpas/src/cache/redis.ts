import { Redis } from 'ioredis';
import type { Logger } from '@hub/shared';
import type { CacheBackend } from './backend.js';

export interface RedisCacheOptions {
  /** redis:// or rediss:// URL (credentials and database number included). */
  url: string;
  logger: Logger;
  /** A cache command slower than this counts as a miss (the request goes to the upstream). Default 500. */
  commandTimeoutMs?: number;
  /** How long the first connection may take. Default 2000. */
  connectTimeoutMs?: number;
}

/**
 * A cache shared by every replica, in Redis: `SET key value PX ttl` and `GET key`. Redis bounds the
 * memory itself (`maxmemory` with an LRU eviction policy, see the README). A cache that is down never
 * fails a request: commands fail fast (no offline queue) and the caller treats that as a miss while the
 * client reconnects in the background.
 */
export async function createRedisCacheBackend(options: RedisCacheOptions): Promise<CacheBackend> {
  const { logger } = options;
  const redis = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 500,
    connectTimeout: options.connectTimeoutMs ?? 2000,
    retryStrategy: (times) => Math.min(times * 200, 5000),
    connectionName: 'hub-woningpas-cache',
  });
  let reachable = true;
  redis.on('error', (err: Error) => {
    if (reachable) logger.warn({ err: { message: err.message } }, 'Redis cache not reachable: answers come from the upstreams until it is back');
    reachable = false;
  });
  redis.on('ready', () => {
    if (!reachable) logger.info('Redis cache reachable again');
    reachable = true;
  });
  try {
    await redis.connect();
  } catch {
    // Logged by the error handler; the client keeps reconnecting.
  }
  return {
    kind: 'redis',
    async get(key) {
      return (await redis.get(key)) ?? undefined;
    },
    async set(key, value, ttlMs) {
      await redis.set(key, value, 'PX', Math.max(1, Math.round(ttlMs)));
    },
    async close() {
      if (redis.status === 'ready') await redis.quit();
      else redis.disconnect();
    },
  };
}
