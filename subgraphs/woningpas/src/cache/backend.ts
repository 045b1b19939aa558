/**
 * Where cached upstream answers live: a string per key with a time to live. The memory backend keeps
 * them in this process, the Redis backend shares them between replicas; both have this interface.
 */
export interface CacheBackend {
  readonly kind: 'memory' | 'redis';
  /** The value under `key`, or undefined when there is none or it expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** What the backend holds, where it knows (the memory backend). */
  usage?(): { entries: number; approxBytes: number; evictions: number };
  close(): Promise<void>;
}
