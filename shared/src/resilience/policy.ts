/**
 * The resilience policy of an upstream client: how reads are retried and when the circuit breaker of
 * an upstream opens. The defaults are here, in one place; a client overrides single numbers through
 * `createHttpClient({ resilience })`.
 */

export interface RetryPolicy {
  /** Attempts of one call, the first included (3 = the call and at most two retries). */
  maxAttempts: number;
  /** Backoff before the first retry; it doubles per retry (with jitter: between half and all of it). */
  baseDelayMs: number;
  /** The backoff never grows beyond this. */
  maxDelayMs: number;
  /**
   * The longest `Retry-After` the client waits for. An upstream that asks for more is not retried:
   * the call fails at once with UPSTREAM_UNAVAILABLE and `extensions.retryAfter` (seconds).
   */
  maxRetryAfterMs: number;
}

export interface BreakerPolicy {
  /** Failed attempts in a row after which the circuit opens (calls then fail without reaching the upstream). */
  consecutiveFailures: number;
  /** How long the circuit stays open before one probe call may try the upstream again. */
  halfOpenAfterMs: number;
}

export interface ResiliencePolicy {
  retry: RetryPolicy;
  breaker: BreakerPolicy;
}

/**
 * What a client may override. `false` switches the mechanism off for that client: `retry: false` for a
 * caller with its own retry schedule, `breaker: false` for a client that must always try.
 */
export interface ResilienceOptions {
  retry?: Partial<RetryPolicy> | false;
  breaker?: Partial<BreakerPolicy> | false;
}

/**
 * The defaults of every upstream client of the hub. A user waits for a page: a read is tried at most
 * three times, and an upstream that asks to come back after more than 2 s is reported at once.
 */
export const DEFAULT_RESILIENCE: Readonly<ResiliencePolicy> = Object.freeze({
  retry: Object.freeze({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 2000 }),
  breaker: Object.freeze({ consecutiveFailures: 5, halfOpenAfterMs: 10_000 }),
});

export interface ResolvedResilience {
  retry: RetryPolicy | false;
  breaker: BreakerPolicy | false;
}

/** The defaults with a client's overrides; every number is checked (a wrong policy is a programming error). */
export function resolveResilience(options: ResilienceOptions = {}): ResolvedResilience {
  const retry = options.retry === false ? false : { ...DEFAULT_RESILIENCE.retry, ...options.retry };
  const breaker = options.breaker === false ? false : { ...DEFAULT_RESILIENCE.breaker, ...options.breaker };
  if (retry) {
    wholeNumber('retry.maxAttempts', retry.maxAttempts, 1);
    wholeNumber('retry.baseDelayMs', retry.baseDelayMs, 0);
    wholeNumber('retry.maxDelayMs', retry.maxDelayMs, retry.baseDelayMs);
    wholeNumber('retry.maxRetryAfterMs', retry.maxRetryAfterMs, 0);
  }
  if (breaker) {
    wholeNumber('breaker.consecutiveFailures', breaker.consecutiveFailures, 1);
    wholeNumber('breaker.halfOpenAfterMs', breaker.halfOpenAfterMs, 1);
  }
  return { retry, breaker };
}

function wholeNumber(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new Error(`resilience policy: ${name} must be a whole number >= ${min}, got ${value}`);
}
