import http from 'node:http';
import https from 'node:https';
import axios, { AxiosError, type AxiosInstance, type AxiosResponse } from 'axios';
import type { z } from 'zod';
import { ErrorCode, UpstreamError } from './errors.js';
import type { Logger } from './logger.js';
import { alwaysClosed, breakerFor, BrokenCircuitError, type UpstreamBreaker } from './resilience/breakers.js';
import { circuitOpenError, UpstreamUnavailableError } from './resilience/errors.js';
import { resolveResilience, type ResilienceOptions } from './resilience/policy.js';
import { retryBackoffMs, parseRetryAfter, RETRYABLE_NETWORK_CODES, RETRYABLE_STATUSES, sleep } from './resilience/retry.js';

export * from './resilience/index.js';

/** One attempt of a call to an upstream, as `onCall` sees it. */
export interface UpstreamCall {
  source: string;
  method: string;
  path: string;
  status?: number;
  durationMs: number;
  error?: ErrorCode;
  /** Which attempt of the call this was, from the second on (2 = the first retry); absent on a first attempt. */
  attempt?: number;
  /** This attempt failed and the call is retried after this many milliseconds. */
  retryInMs?: number;
}

export interface HttpClientOptions {
  /** Name of the upstream in errors and logs, e.g. 'adressenregister' or 'epc'. Its circuit breaker is shared per source. */
  source: string;
  baseURL: string;
  /** Timeout of one attempt, from connecting to the last byte of the answer. Every attempt has one. */
  timeoutMs: number;
  headers?: Record<string, string>;
  logger?: Logger;
  /** Observes every attempt that reached for the upstream (metrics, tests, benchmarks); not the calls a open circuit refused. */
  onCall?: (call: UpstreamCall) => void;
  /** Overrides of the retry and circuit breaker policy (defaults: `DEFAULT_RESILIENCE`). */
  resilience?: ResilienceOptions;
}

export interface GetOptions<T> {
  params?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** The shape the response must have; a mismatch becomes UPSTREAM_BAD_RESPONSE. */
  schema: z.ZodType<T>;
  /** Statuses that mean "no data" for this call (e.g. 204 or 404): they resolve to `undefined`. */
  emptyStatuses?: number[];
}

export interface PostOptions<T> extends Omit<GetOptions<T>, 'params'> {
  /**
   * Sent as the `Idempotency-Key` header. The upstream handles a repeated request with the same key
   * once, so the POST is retried like a read.
   */
  idempotencyKey?: string;
  /**
   * The POST may be repeated safely without a key (an OAuth2 token request), or it carries an
   * idempotency key in a header of its own: it is retried like a read. Other POSTs are never retried.
   */
  idempotent?: boolean;
}

export interface HttpClient {
  readonly source: string;
  getJson<T>(path: string, options: GetOptions<T>): Promise<T | undefined>;
  postJson<T>(path: string, body: unknown, options: PostOptions<T>): Promise<T | undefined>;
  /** POST application/x-www-form-urlencoded (e.g. an OAuth2 token request). */
  postForm<T>(path: string, body: URLSearchParams, options: PostOptions<T>): Promise<T | undefined>;
}

const keepAliveHttp = new http.Agent({ keepAlive: true, maxSockets: 128 });
const keepAliveHttps = new https.Agent({ keepAlive: true, maxSockets: 128 });

/**
 * Why one attempt failed, with what the retry and the breaker need to know. Thrown inside the breaker
 * so that it counts; never leaves this module (callers get `error`).
 */
class FailedAttempt extends Error {
  constructor(
    readonly error: UpstreamError,
    readonly status: number | undefined,
    readonly durationMs: number,
    /** A new attempt may succeed (timeout, connection error, 429/502/503/504). */
    readonly transient: boolean,
    /** Counts towards opening the circuit: the upstream misbehaved (not our 4xx). */
    readonly outage: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(error.message);
  }
}

const isOutage = (err: unknown) => err instanceof FailedAttempt && err.outage;

interface Request {
  method: 'GET' | 'POST';
  path: string;
  params?: Record<string, string | number | boolean | undefined> | undefined;
  headers?: Record<string, string> | undefined;
  body?: string | undefined;
  contentType?: string | undefined;
  emptyStatuses?: number[] | undefined;
  retryable: boolean;
}

/**
 * An HTTP client for one upstream: a timeout on every attempt, keep-alive connections, the response
 * parsed and validated at the boundary, every failure turned into an UpstreamError that names the
 * source and never contains a URL.
 *
 * Resilience (policy numbers in `DEFAULT_RESILIENCE`, overridable per client):
 * - Reads (GET, and POSTs marked idempotent) are retried after a timeout, a connection error or a
 *   429/502/503/504, with exponential backoff and jitter, honouring `Retry-After` up to a maximum
 *   wait (beyond it the call fails at once with `extensions.retryAfter`). Other POSTs are never retried.
 * - One circuit breaker per source: after enough failed attempts in a row, calls fail at once
 *   (UPSTREAM_UNAVAILABLE, `extensions.reason: 'CIRCUIT_OPEN'`) without reaching the upstream; after
 *   the half-open delay one probe call tries it and closes the circuit again when it succeeds. Answers
 *   that are our fault (4xx other than 429) neither retry nor count; a malformed answer counts.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { source } = options;
  const policy = resolveResilience(options.resilience);
  const noBreaker = alwaysClosed(source);
  // Looked up per call: every client of the source shares it, and resetCircuitBreakers reaches existing clients.
  const breaker = (): UpstreamBreaker => (policy.breaker ? breakerFor(source, policy.breaker, isOutage, options.logger) : noBreaker);
  // Fail at construction, not at the first call, when this client's breaker policy conflicts with another's.
  breaker();
  const instance: AxiosInstance = axios.create({
    baseURL: options.baseURL.replace(/\/+$/, ''),
    timeout: options.timeoutMs,
    headers: { Accept: 'application/json', ...options.headers },
    httpAgent: keepAliveHttp,
    httpsAgent: keepAliveHttps,
    // Parse JSON ourselves so that invalid JSON is an error instead of a silent string.
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
  });

  /** One attempt: resolves with the parsed answer (undefined for an empty status) or throws a FailedAttempt. */
  async function attemptOnce<T>(request: Request, schema: z.ZodType<T>): Promise<{ value: T | undefined; status: number; durationMs: number }> {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    let response: AxiosResponse<string>;
    try {
      response = await instance.request<string>({
        method: request.method,
        url: request.path,
        params: request.params ? stripUndefined(request.params) : undefined,
        headers: { ...(request.contentType ? { 'Content-Type': request.contentType } : {}), ...request.headers },
        // axios' timeout is an idle timeout; the signal bounds the whole attempt, body included.
        signal: AbortSignal.timeout(options.timeoutMs),
        data: request.body,
      });
    } catch (err) {
      const { error, transient } = networkFailure(source, err);
      throw new FailedAttempt(error, undefined, elapsed(), transient, true);
    }
    const { status } = response;
    const fail = (error: UpstreamError, transient: boolean, outage: boolean, retryAfterMs?: number) =>
      new FailedAttempt(error, status, elapsed(), transient, outage, retryAfterMs);
    if ((request.emptyStatuses ?? []).includes(status)) return { value: undefined, status, durationMs: elapsed() };
    if (status === 429 || status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers['retry-after'] as string | undefined);
      const error = new UpstreamUnavailableError(source, `De bron ${source} is tijdelijk niet beschikbaar.`, {
        detail: `HTTP ${status}`,
        status,
        ...(retryAfterMs !== undefined ? { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } : {}),
      });
      throw fail(error, RETRYABLE_STATUSES.has(status), true, retryAfterMs);
    }
    if (status < 200 || status >= 300) {
      throw fail(new UpstreamError(source, ErrorCode.UPSTREAM_REJECTED, `De bron ${source} weigerde de vraag.`, `HTTP ${status}`, status), false, false);
    }
    let json: unknown;
    try {
      json = JSON.parse(response.data);
    } catch {
      throw fail(new UpstreamError(source, ErrorCode.UPSTREAM_BAD_RESPONSE, `De bron ${source} gaf een onleesbaar antwoord.`, 'invalid JSON', status), false, true);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw fail(
        new UpstreamError(source, ErrorCode.UPSTREAM_BAD_RESPONSE, `De bron ${source} gaf een antwoord in een onverwachte vorm.`, detail, status),
        false,
        true,
      );
    }
    return { value: parsed.data, status, durationMs: elapsed() };
  }

  function report(request: Request, attempt: number, outcome: { status?: number | undefined; durationMs: number; error?: ErrorCode; retryInMs?: number }) {
    const entry: UpstreamCall = { source, method: request.method, path: request.path, durationMs: outcome.durationMs };
    if (outcome.status !== undefined) entry.status = outcome.status;
    if (outcome.error) entry.error = outcome.error;
    if (attempt > 1) entry.attempt = attempt;
    if (outcome.retryInMs !== undefined) entry.retryInMs = outcome.retryInMs;
    options.onCall?.(entry);
    if (outcome.retryInMs !== undefined) options.logger?.warn({ upstream: entry }, 'upstream call failed; retrying');
    else if (outcome.error) options.logger?.warn({ upstream: entry }, 'upstream call failed');
    else options.logger?.debug({ upstream: entry }, 'upstream call');
  }

  async function call<T>(request: Request, schema: z.ZodType<T>): Promise<T | undefined> {
    const maxAttempts = request.retryable && policy.retry ? policy.retry.maxAttempts : 1;
    let last: FailedAttempt | undefined;
    for (let attempt = 1; ; attempt++) {
      const circuit = breaker();
      try {
        const result = await circuit.execute(() => attemptOnce(request, schema));
        report(request, attempt, result);
        return result.value;
      } catch (err) {
        if (err instanceof BrokenCircuitError) {
          // Opened by other calls while this one waited to retry: its own last failure says more.
          if (last) throw last.error;
          options.logger?.debug({ upstream: { source, method: request.method, path: request.path } }, 'upstream not called: circuit open');
          throw circuitOpenError(source, circuit.openForMs());
        }
        if (!(err instanceof FailedAttempt)) throw err;
        last = err;
        const wait = retryWait(err, attempt, maxAttempts, circuit);
        report(request, attempt, {
          status: err.status,
          durationMs: err.durationMs,
          error: err.error.code as ErrorCode,
          ...(wait !== undefined ? { retryInMs: wait } : {}),
        });
        if (wait === undefined) throw err.error;
        await sleep(wait);
      }
    }
  }

  /** How long to wait before the next attempt, or undefined when the call must fail now. */
  function retryWait(failure: FailedAttempt, attempt: number, maxAttempts: number, circuit: UpstreamBreaker): number | undefined {
    if (!policy.retry || !failure.transient || attempt >= maxAttempts || circuit.state === 'open') return undefined;
    const backoff = retryBackoffMs(policy.retry, attempt);
    if (failure.retryAfterMs === undefined) return backoff;
    // The upstream said when to come back: wait at least that long, unless it is longer than a user should wait.
    if (failure.retryAfterMs > policy.retry.maxRetryAfterMs) return undefined;
    return Math.max(failure.retryAfterMs, backoff);
  }

  const post = <T>(path: string, body: string, contentType: string, opts: PostOptions<T>) =>
    call(
      {
        method: 'POST',
        path,
        headers: { ...opts.headers, ...(opts.idempotencyKey !== undefined ? { 'Idempotency-Key': opts.idempotencyKey } : {}) },
        body,
        contentType,
        emptyStatuses: opts.emptyStatuses,
        retryable: opts.idempotent === true || opts.idempotencyKey !== undefined,
      },
      opts.schema,
    );

  return {
    source,
    getJson: (path, opts) =>
      call({ method: 'GET', path, params: opts.params, headers: opts.headers, emptyStatuses: opts.emptyStatuses, retryable: true }, opts.schema),
    postJson: (path, body, opts) => post(path, JSON.stringify(body), 'application/json', opts),
    postForm: (path, body, opts) => post(path, String(body), 'application/x-www-form-urlencoded', opts),
  };
}

function stripUndefined(params: Record<string, string | number | boolean | undefined>) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);

/** A failure without an answer: a timeout, or a connection that could not be made or broke. */
function networkFailure(source: string, err: unknown): { error: UpstreamError; transient: boolean } {
  const code = err instanceof AxiosError ? err.code : (err as { code?: string } | undefined)?.code;
  if (code && TIMEOUT_CODES.has(code)) {
    return { error: new UpstreamError(source, ErrorCode.UPSTREAM_TIMEOUT, `De bron ${source} antwoordde niet op tijd.`, code), transient: true };
  }
  return {
    error: new UpstreamError(source, ErrorCode.UPSTREAM_UNAVAILABLE, `De bron ${source} is niet bereikbaar.`, code ?? (err as Error)?.message),
    transient: code !== undefined && RETRYABLE_NETWORK_CODES.has(code),
  };
}
