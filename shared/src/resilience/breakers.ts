import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import type { Logger } from '../logger.js';
import type { BreakerPolicy } from './policy.js';

export type CircuitStateName = 'closed' | 'open' | 'half-open';

/** The circuit breaker of one upstream, shared by every client of that source in this process. */
export interface UpstreamBreaker {
  readonly source: string;
  readonly state: CircuitStateName;
  /** When the circuit is open: milliseconds until a probe may try again (0 when it may now). */
  openForMs(): number;
  /**
   * Runs one attempt. Errors for which `isFailure` is true count towards opening the circuit; other
   * errors pass through without counting (a 404 is an answer, not an outage). Throws
   * `BrokenCircuitError` without running `attempt` while the circuit is open.
   */
  execute<T>(attempt: () => Promise<T>): Promise<T>;
}

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

export { BrokenCircuitError };

class SourceBreaker implements UpstreamBreaker {
  private readonly policyImpl: CircuitBreakerPolicy;
  private openedAt = 0;
  private logger: Logger | undefined;

  constructor(
    readonly source: string,
    readonly policy: BreakerPolicy,
    isFailure: (err: unknown) => boolean,
    logger: Logger | undefined,
  ) {
    this.logger = logger;
    this.policyImpl = circuitBreaker(handleWhen(isFailure), {
      halfOpenAfter: policy.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(policy.consecutiveFailures),
    });
    this.policyImpl.onStateChange((state) => {
      const name = STATE_NAMES[state];
      if (state === CircuitState.Open) {
        this.openedAt = Date.now();
        this.logger?.warn(
          { upstream: { source }, circuit: name, halfOpenAfterMs: policy.halfOpenAfterMs },
          'circuit breaker opened: calls to this upstream fail at once',
        );
      } else if (state === CircuitState.HalfOpen) {
        this.logger?.info({ upstream: { source }, circuit: name }, 'circuit breaker half-open: one probe call may try the upstream');
      } else {
        this.logger?.info({ upstream: { source }, circuit: name }, 'circuit breaker closed: the upstream answers again');
      }
    });
  }

  get state(): CircuitStateName {
    return STATE_NAMES[this.policyImpl.state];
  }

  openForMs(): number {
    if (this.policyImpl.state !== CircuitState.Open) return 0;
    return Math.max(0, this.openedAt + this.policy.halfOpenAfterMs - Date.now());
  }

  execute<T>(attempt: () => Promise<T>): Promise<T> {
    return this.policyImpl.execute(() => attempt());
  }

  adoptLogger(logger: Logger | undefined): void {
    this.logger ??= logger;
  }
}

/** No breaker: every attempt runs (a client created with `breaker: false`). */
export function alwaysClosed(source: string): UpstreamBreaker {
  return { source, state: 'closed', openForMs: () => 0, execute: (attempt) => attempt() };
}

const breakers = new Map<string, SourceBreaker>();

/**
 * The breaker of `source` in this process, created on first use. Every client of the same source shares
 * it (across requests and client instances), so all of them stop calling an upstream that is down.
 * Asking for the same source with another policy is a programming error and throws.
 */
export function breakerFor(source: string, policy: BreakerPolicy, isFailure: (err: unknown) => boolean, logger?: Logger): UpstreamBreaker {
  const existing = breakers.get(source);
  if (existing) {
    if (existing.policy.consecutiveFailures !== policy.consecutiveFailures || existing.policy.halfOpenAfterMs !== policy.halfOpenAfterMs) {
      throw new Error(
        `the circuit breaker of upstream '${source}' already exists with another policy ` +
          `(${JSON.stringify(existing.policy)}, asked ${JSON.stringify(policy)}); give every client of one source the same breaker policy`,
      );
    }
    existing.adoptLogger(logger);
    return existing;
  }
  const created = new SourceBreaker(source, { ...policy }, isFailure, logger);
  breakers.set(source, created);
  return created;
}

/** The state of every upstream's circuit in this process (health pages, tests). */
export function circuitStates(): Record<string, CircuitStateName> {
  return Object.fromEntries([...breakers].map(([source, breaker]) => [source, breaker.state]));
}

/**
 * Forgets every breaker (tests: each test starts with closed circuits). Clients look their breaker up
 * on every call, so existing clients get a fresh, closed one too.
 */
export function resetCircuitBreakers(): void {
  breakers.clear();
}
