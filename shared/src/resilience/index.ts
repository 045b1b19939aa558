export { DEFAULT_RESILIENCE, resolveResilience, type BreakerPolicy, type ResilienceOptions, type ResiliencePolicy, type RetryPolicy } from './policy.js';
export { retryBackoffMs, parseRetryAfter, RETRYABLE_NETWORK_CODES, RETRYABLE_STATUSES } from './retry.js';
export { circuitStates, resetCircuitBreakers, type CircuitStateName } from './breakers.js';
export { circuitOpenError, UpstreamUnavailableError, type UnavailableDetails } from './errors.js';
