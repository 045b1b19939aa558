import { LRUCache } from 'lru-cache';
import type { CacheBackend } from './backend.js';

export interface MemoryCacheOptions {
  /** At most this many entries; the least recently used one goes first. */
  maxEntries: number;
  /** At most about this many bytes (keys and values as UTF-16, plus a fixed overhead per entry). */
  maxBytes: number;
  /** The clock of the TTLs, in milliseconds (tests pass a controllable one). Default: Date.now. */
  now?: () => number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/** Bookkeeping per entry (the Entry object, the map slots), on top of the strings. */
const OVERHEAD_BYTES = 96;

/** The approximate memory an entry takes. */
export const entryBytes = (key: string, value: string) => 2 * (key.length + value.length) + OVERHEAD_BYTES;

/**
 * A bounded in-process cache: an LRU with a maximum number of entries and a maximum approximate size,
 * each entry with its own expiry. An entry larger than the whole bound is not stored.
 */
export function createMemoryCacheBackend(options: MemoryCacheOptions): CacheBackend {
  const now = options.now ?? Date.now;
  let evictions = 0;
  const lru = new LRUCache<string, Entry>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    sizeCalculation: (entry, key) => entryBytes(key, entry.value),
    dispose: (_entry, _key, reason) => {
      if (reason === 'evict') evictions += 1;
    },
  });
  return {
    kind: 'memory',
    get(key) {
      const entry = lru.get(key);
      if (!entry) return Promise.resolve(undefined);
      if (entry.expiresAt <= now()) {
        lru.delete(key);
        return Promise.resolve(undefined);
      }
      return Promise.resolve(entry.value);
    },
    set(key, value, ttlMs) {
      lru.set(key, { value, expiresAt: now() + ttlMs });
      return Promise.resolve();
    },
    usage: () => ({ entries: lru.size, approxBytes: lru.calculatedSize, evictions }),
    close() {
      lru.clear();
      return Promise.resolve();
    },
  };
}
