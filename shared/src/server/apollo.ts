import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ErrorCode } from '../errors.js';
import { BodyTooLargeError, readBody, sendGraphQLError } from './http.js';

export interface ApolloHandlerOptions<C extends BaseContext> {
  /** Builds the context of one request; throwing a HubError answers with that error. */
  context: (req: IncomingMessage) => Promise<C>;
  /** Maximum request body size in bytes. */
  bodyLimitBytes: number;
  /** Extra response headers (e.g. the request id). */
  responseHeaders?: (req: IncomingMessage) => Record<string, string>;
}

/** Serves an Apollo Server on node:http (the hub's own small integration, no framework). */
export function apolloHandler<C extends BaseContext>(server: ApolloServer<C>, options: ApolloHandlerOptions<C>) {
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    const extraHeaders = options.responseHeaders?.(req) ?? {};
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(req, options.bodyLimitBytes);
      } catch (err) {
        if (err instanceof BodyTooLargeError) {
          sendGraphQLError(res, 413, ErrorCode.BAD_REQUEST, `Het verzoek is groter dan ${options.bodyLimitBytes} bytes.`, extraHeaders);
          return;
        }
        throw err;
      }
      const contentType = headers.get('content-type') ?? '';
      if (contentType.includes('application/json') || contentType.includes('application/graphql-response+json')) {
        try {
          body = raw.length > 0 ? JSON.parse(raw) : undefined;
        } catch {
          sendGraphQLError(res, 400, ErrorCode.BAD_REQUEST, 'Het verzoek is geen geldige JSON.', extraHeaders);
          return;
        }
      } else {
        body = raw;
      }
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    for (const [key, value] of Object.entries(extraHeaders)) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
