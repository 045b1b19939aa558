import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { ErrorCode, IDENTITY_HEADER, REQUEST_ID_HEADER, sendGraphQLError, signIdentity, type Identity, type Logger } from '@hub/shared';

/** The document endpoints the gateway forwards to the dossier subgraph (uploads are not GraphQL). */
const ROUTES: Array<{ method: string; path: RegExp }> = [
  { method: 'POST', path: /^\/documenten\/upload$/ },
  { method: 'GET', path: /^\/documenten\/[0-9a-f-]{36}\/inhoud$/ },
];

const PASS_REQUEST_HEADERS = ['content-type', 'content-length', 'if-none-match', 'x-bestandsnaam'];
const PASS_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'etag', 'cache-control', 'x-content-type-options'];

/**
 * Forwards the document upload and download endpoints to the dossier subgraph, streaming both ways,
 * with the verified identity signed as for GraphQL calls. The dossier subgraph decides access and
 * enforces the size and type limits; the gateway also caps the body it is willing to forward.
 */
export function documentsProxy(options: { dossierGraphqlUrl: string; identitySecret: string; logger: Logger; maxUploadBytes: number }) {
  const target = new URL(options.dossierGraphqlUrl);
  const transport = target.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true });

  return (req: IncomingMessage, res: ServerResponse, url: URL, call: { identity: Identity; requestId: string }): Promise<boolean> | boolean => {
    if (!ROUTES.some((r) => r.method === req.method && r.path.test(url.pathname))) return false;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (req.method === 'POST' && declared > options.maxUploadBytes) {
      req.resume();
      sendGraphQLError(res, 413, ErrorCode.BAD_REQUEST, `Het bestand is groter dan ${options.maxUploadBytes} bytes.`);
      return true;
    }
    const headers: Record<string, string> = {
      [IDENTITY_HEADER]: signIdentity(call.identity, options.identitySecret, { requestId: call.requestId }),
      [REQUEST_ID_HEADER]: call.requestId,
    };
    for (const name of PASS_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    return new Promise<boolean>((resolve) => {
      const upstream = transport.request(
        {
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port,
          method: req.method,
          path: `${url.pathname}${url.search}`,
          headers,
          agent,
          timeout: 60_000,
        },
        (answer) => {
          const out: Record<string, string> = {};
          for (const name of PASS_RESPONSE_HEADERS) {
            const value = answer.headers[name];
            if (typeof value === 'string') out[name] = value;
          }
          res.writeHead(answer.statusCode ?? 502, out);
          answer.pipe(res);
          answer.on('end', () => resolve(true));
          answer.on('error', () => resolve(true));
        },
      );
      upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
      upstream.on('error', (err) => {
        options.logger.error({ err: err.message }, 'document endpoint of the dossier subgraph failed');
        if (!res.headersSent) {
          sendGraphQLError(res, 502, ErrorCode.UPSTREAM_UNAVAILABLE, 'De dienst dossier is tijdelijk niet beschikbaar.');
        } else {
          res.destroy();
        }
        resolve(true);
      });
      let received = 0;
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > options.maxUploadBytes) {
          upstream.destroy(new Error('upload too large'));
          req.unpipe(upstream);
          if (!res.headersSent) sendGraphQLError(res, 413, ErrorCode.BAD_REQUEST, `Het bestand is groter dan ${options.maxUploadBytes} bytes.`);
        }
      });
      req.pipe(upstream);
    });
  };
}
