import http from 'node:http';
import https from 'node:https';
import axios, { AxiosError, type AxiosInstance } from 'axios';
import type { z } from 'zod';
import { ErrorCode, UpstreamError } from './errors.js';
import type { Logger } from './logger.js';

export interface UpstreamCall {
  source: string;
  method: string;
  path: string;
  status?: number;
  durationMs: number;
  error?: ErrorCode;
}

export interface HttpClientOptions {
  /** Name of the upstream in errors and logs, e.g. 'adressenregister' or 'epc'. */
  source: string;
  baseURL: string;
  /** Timeout of one call, connection included. Every call has one. */
  timeoutMs: number;
  headers?: Record<string, string>;
  logger?: Logger;
  /** Observes every call (metrics, tests, benchmarks). */
  onCall?: (call: UpstreamCall) => void;
}

export interface GetOptions<T> {
  params?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** The shape the response must have; a mismatch becomes UPSTREAM_BAD_RESPONSE. */
  schema: z.ZodType<T>;
  /** Statuses that mean "no data" for this call (e.g. 204 or 404): they resolve to `undefined`. */
  emptyStatuses?: number[];
}

export interface HttpClient {
  readonly source: string;
  getJson<T>(path: string, options: GetOptions<T>): Promise<T | undefined>;
  postJson<T>(path: string, body: unknown, options: Omit<GetOptions<T>, 'params'>): Promise<T | undefined>;
  /** POST application/x-www-form-urlencoded (e.g. an OAuth2 token request). */
  postForm<T>(path: string, body: URLSearchParams, options: Omit<GetOptions<T>, 'params'>): Promise<T | undefined>;
}

const keepAliveHttp = new http.Agent({ keepAlive: true, maxSockets: 128 });
const keepAliveHttps = new https.Agent({ keepAlive: true, maxSockets: 128 });

/**
 * An HTTP client for one upstream: a timeout on every call, keep-alive connections, the response
 * parsed and validated at the boundary, every failure turned into an UpstreamError that names the
 * source and never contains a URL.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { source } = options;
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

  async function call<T>(method: 'GET' | 'POST', path: string, opts: GetOptions<T>, body?: unknown, form = false): Promise<T | undefined> {
    const started = performance.now();
    const report = (status?: number, error?: ErrorCode) => {
      const entry: UpstreamCall = { source, method, path, durationMs: performance.now() - started };
      if (status !== undefined) entry.status = status;
      if (error) entry.error = error;
      options.onCall?.(entry);
      if (error) options.logger?.warn({ upstream: entry }, 'upstream call failed');
      else options.logger?.debug({ upstream: entry }, 'upstream call');
    };
    let response;
    try {
      response = await instance.request<string>({
        method,
        url: path,
        params: opts.params ? stripUndefined(opts.params) : undefined,
        headers: opts.headers,
        // axios' timeout is an idle timeout; the signal bounds the whole call.
        signal: AbortSignal.timeout(options.timeoutMs),
        data: body === undefined ? undefined : form ? String(body) : JSON.stringify(body),
        ...(body === undefined
          ? {}
          : { headers: { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json', ...opts.headers } }),
      });
    } catch (err) {
      const e = toUpstreamError(source, err);
      report(undefined, e.code as ErrorCode);
      throw e;
    }
    const { status } = response;
    if ((opts.emptyStatuses ?? []).includes(status)) {
      report(status);
      return undefined;
    }
    if (status === 429 || status >= 500) {
      report(status, ErrorCode.UPSTREAM_UNAVAILABLE);
      throw new UpstreamError(source, ErrorCode.UPSTREAM_UNAVAILABLE, `De bron ${source} is tijdelijk niet beschikbaar.`, `HTTP ${status}`, status);
    }
    if (status < 200 || status >= 300) {
      report(status, ErrorCode.UPSTREAM_REJECTED);
      throw new UpstreamError(source, ErrorCode.UPSTREAM_REJECTED, `De bron ${source} weigerde de vraag.`, `HTTP ${status}`, status);
    }
    let json: unknown;
    try {
      json = JSON.parse(response.data);
    } catch {
      report(status, ErrorCode.UPSTREAM_BAD_RESPONSE);
      throw new UpstreamError(source, ErrorCode.UPSTREAM_BAD_RESPONSE, `De bron ${source} gaf een onleesbaar antwoord.`, 'invalid JSON', status);
    }
    const parsed = opts.schema.safeParse(json);
    if (!parsed.success) {
      report(status, ErrorCode.UPSTREAM_BAD_RESPONSE);
      throw new UpstreamError(
        source,
        ErrorCode.UPSTREAM_BAD_RESPONSE,
        `De bron ${source} gaf een antwoord in een onverwachte vorm.`,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        status,
      );
    }
    report(status);
    return parsed.data;
  }

  return {
    source,
    getJson: (path, opts) => call('GET', path, opts),
    postJson: (path, body, opts) => call('POST', path, opts, body),
    postForm: (path, body, opts) => call('POST', path, opts, body, true),
  };
}

function stripUndefined(params: Record<string, string | number | boolean | undefined>) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
}

function toUpstreamError(source: string, err: unknown): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const code = err instanceof AxiosError ? err.code : undefined;
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED') {
    return new UpstreamError(source, ErrorCode.UPSTREAM_TIMEOUT, `De bron ${source} antwoordde niet op tijd.`, code);
  }
  return new UpstreamError(source, ErrorCode.UPSTREAM_UNAVAILABLE, `De bron ${source} is niet bereikbaar.`, code ?? (err as Error)?.message);
}
