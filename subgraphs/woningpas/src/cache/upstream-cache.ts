import type { Logger } from '@hub/shared';
import type { CacheBackend } from './backend.js';

/** The sources whose answers are cached, each with its own TTL. */
export const CACHE_BRONNEN = ['adressen', 'adresmatch', 'gebouweenheden', 'epc', 'premiewerken', 'erfgoed', 'vergunningen'] as const;
export type CacheBron = (typeof CACHE_BRONNEN)[number];

/** Time to live per source, in milliseconds; 0 means that source is not cached. */
export type CacheTtls = Record<CacheBron, number>;

export interface BronStats {
  hits: number;
  misses: number;
  /** Loads that joined an identical load already under way: no extra upstream call. */
  shared: number;
}

export interface CacheStats {
  backend: 'memory' | 'redis';
  hits: number;
  misses: number;
  shared: number;
  /** Cache reads or writes that failed (e.g. Redis down); those requests went to the upstream. */
  backendErrors: number;
  /** Answers not stored because they were larger than the maximum entry size. */
  tooLarge: number;
  perBron: Record<CacheBron, BronStats>;
  /** Memory backend only: what it holds and how many entries the bounds pushed out. */
  entries?: number;
  approxBytes?: number;
  evictions?: number;
}

/**
 * The cache of upstream answers, shared by every request of the process (and, on Redis, by every
 * replica). It sits below the per-request DataLoaders: a loader miss asks the cache, a cache miss asks
 * the upstream. Only answers are stored ("not found" and "no EPC" included); a failure never is.
 */
export interface UpstreamCache {
  readonly backend: 'memory' | 'redis';
  /** The answer cached for (`bron`, `key`), else `load()`'s answer, stored with the source's TTL. */
  through<T>(bron: CacheBron, key: string, load: () => Promise<T>): Promise<T>;
  stats(): CacheStats;
  resetStats(): void;
  close(): Promise<void>;
}

export interface UpstreamCacheOptions {
  backend: CacheBackend;
  ttls: CacheTtls;
  /** Prefix of every key, e.g. 'hub:woningpas:'. */
  keyPrefix?: string;
  logger?: Logger;
  /** Answers larger than this (approximate bytes) are not stored. Default 1 MiB. */
  maxEntryBytes?: number;
}

/**
 * Bumped whenever the shape of a stored answer changes, so that replicas of different versions sharing
 * one Redis never read each other's answers.
 */
export const CACHE_FORMAT = 'v1';

const emptyStats = (): Record<CacheBron, BronStats> =>
  Object.fromEntries(CACHE_BRONNEN.map((bron) => [bron, { hits: 0, misses: 0, shared: 0 }])) as Record<CacheBron, BronStats>;

/** A stored answer: `{"v": value}`; an absent answer (undefined) is stored as `{}`. */
type Envelope = { v?: unknown };

export function createUpstreamCache(options: UpstreamCacheOptions): UpstreamCache {
  const { backend, ttls, logger } = options;
  const prefix = `${options.keyPrefix ?? ''}${CACHE_FORMAT}:`;
  const maxEntryBytes = options.maxEntryBytes ?? 1024 * 1024;
  const inFlight = new Map<string, Promise<unknown>>();
  let perBron = emptyStats();
  let backendErrors = 0;
  let tooLarge = 0;

  async function read(key: string): Promise<Envelope | undefined> {
    let raw: string | undefined;
    try {
      raw = await backend.get(key);
    } catch (err) {
      backendErrors += 1;
      logger?.debug({ err: { message: (err as Error).message } }, 'cache read failed');
      return undefined;
    }
    if (raw === undefined) return undefined;
    try {
      const parsed: unknown = JSON.parse(raw);
      return typeof parsed === 'object' && parsed !== null ? (parsed as Envelope) : undefined;
    } catch {
      return undefined;
    }
  }

  async function write(key: string, value: unknown, ttlMs: number): Promise<void> {
    const raw = JSON.stringify({ v: value });
    if (2 * raw.length > maxEntryBytes) {
      tooLarge += 1;
      return;
    }
    try {
      await backend.set(key, raw, ttlMs);
    } catch (err) {
      backendErrors += 1;
      logger?.debug({ err: { message: (err as Error).message } }, 'cache write failed');
    }
  }

  async function lookup<T>(bron: CacheBron, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    const cached = await read(key);
    if (cached) {
      perBron[bron].hits += 1;
      return cached.v as T;
    }
    perBron[bron].misses += 1;
    const value = await load();
    await write(key, value, ttlMs);
    return value;
  }

  return {
    backend: backend.kind,
    async through<T>(bron: CacheBron, key: string, load: () => Promise<T>): Promise<T> {
      const ttlMs = ttls[bron];
      if (!(ttlMs > 0)) return load();
      const fullKey = `${prefix}${bron}:${key}`;
      const pending = inFlight.get(fullKey);
      if (pending) {
        perBron[bron].shared += 1;
        return pending as Promise<T>;
      }
      const promise = lookup(bron, fullKey, ttlMs, load);
      inFlight.set(fullKey, promise);
      try {
        return await promise;
      } finally {
        inFlight.delete(fullKey);
      }
    },
    stats() {
      const totals = Object.values(perBron).reduce(
        (sum, s) => ({ hits: sum.hits + s.hits, misses: sum.misses + s.misses, shared: sum.shared + s.shared }),
        { hits: 0, misses: 0, shared: 0 },
      );
      return {
        backend: backend.kind,
        ...totals,
        backendErrors,
        tooLarge,
        perBron: structuredClone(perBron),
        ...(backend.usage ? backend.usage() : {}),
      };
    },
    resetStats() {
      perBron = emptyStats();
      backendErrors = 0;
      tooLarge = 0;
    },
    close: () => backend.close(),
  };
}

/** A cache key part from request parameters: stable order, undefined left out, values encoded. */
export function keyOf(params: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('&');
}
