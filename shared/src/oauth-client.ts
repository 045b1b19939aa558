import { z } from 'zod';
import { createHttpClient, type ResilienceOptions, type UpstreamCall } from './http-client.js';
import type { Logger } from './logger.js';

export interface TokenProvider {
  /** A valid access token; fetched once and reused until shortly before it expires. */
  token(): Promise<string>;
}

export interface ClientCredentialsOptions {
  /** Name of the identity provider in errors and logs, e.g. 'acm-idm'. */
  source: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
  timeoutMs: number;
  logger?: Logger;
  /** Observes every token request (tests, metrics). */
  onCall?: (call: UpstreamCall) => void;
  /** Overrides of the retry and circuit breaker policy of the identity provider (see `createHttpClient`). */
  resilience?: ResilienceOptions;
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().positive(),
});

/**
 * OAuth2 client-credentials grant (RFC 6749 §4.4), as the Flemish APIs behind ACM/IDM expect. One
 * request at a time refreshes the token; callers in between wait for the same promise.
 */
export function clientCredentialsTokenProvider(options: ClientCredentialsOptions): TokenProvider {
  const url = new URL(options.tokenUrl);
  const client = createHttpClient({
    source: options.source,
    baseURL: url.origin,
    timeoutMs: options.timeoutMs,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.onCall ? { onCall: options.onCall } : {}),
    ...(options.resilience ? { resilience: options.resilience } : {}),
  });
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret });
    if (options.scope) body.set('scope', options.scope);
    // A client-credentials grant changes nothing at the provider: it is retried like a read.
    const response = await client.postForm(url.pathname, body, { schema: TokenResponse, idempotent: true });
    if (!response) throw new Error('empty token response');
    cached = { token: response.access_token, expiresAt: Date.now() + (response.expires_in - 30) * 1000 };
    return response.access_token;
  }

  return {
    token() {
      if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}

/** A fixed token, for upstreams that take an API key or a pre-issued token. */
export const staticToken = (value: string): TokenProvider => ({ token: () => Promise.resolve(value) });
