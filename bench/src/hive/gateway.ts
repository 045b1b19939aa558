import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import http from '@graphql-mesh/transport-http';
import { ANONYMOUS, ErrorCode, IDENTITY_HEADER, REQUEST_ID_HEADER, requestIdFrom, signIdentity } from '@hub/shared';
import type { JwtVerifier } from '@hub/gateway';

export interface HiveGatewayOptions {
  /** The hub's supergraph (gateway/supergraph.graphql). */
  supergraphSdl: string;
  /** GraphQL URL per subgraph name (replaces the URLs in the supergraph). */
  subgraphUrls: Record<string, string>;
  /** The secret the subgraphs share with the gateway. */
  identitySecret: string;
  /** The hub's own verifier of bearer JWTs (jose, against the issuers' JWKS). */
  verifyToken: JwtVerifier;
}

/** Points the subgraphs of a supergraph at other URLs (`@join__graph(name:, url:)`). */
export function withSubgraphUrls(supergraphSdl: string, urls: Record<string, string>): string {
  return supergraphSdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = urls[name];
    return url ? `@join__graph(name: "${name}", url: "${url}")` : whole;
  });
}

/**
 * The hub's identity contract as a Hive Gateway plugin, so that Hive does the same work as our gateway
 * on every request: the bearer JWT is verified against the issuers' JWKS (the same jose-based verifier),
 * the identity is signed once per request (HS256, bound to the request id), and every subgraph call
 * carries it in `x-hub-identity` with the request id. A bad token is refused with 401 before execution.
 */
export function hubIdentityPlugin(options: Pick<HiveGatewayOptions, 'identitySecret' | 'verifyToken'>): GatewayPlugin {
  const signed = new WeakMap<Request, { token: string; requestId: string }>();
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER) ?? undefined);
      const header = request.headers.get('authorization');
      let identity = ANONYMOUS;
      if (header) {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        try {
          if (!match) throw new Error('malformed');
          identity = await options.verifyToken(match[1]!);
        } catch (err) {
          const body = JSON.stringify({ errors: [{ message: (err as Error).message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
          endResponse(new fetchAPI.Response(body, { status: 401, headers: { 'content-type': 'application/json' } }));
          return;
        }
      }
      signed.set(request, { token: signIdentity(identity, options.identitySecret, { requestId }), requestId });
    },
    onFetch({ context, options: init, setOptions }) {
      const request = 'request' in context ? (context.request as Request) : undefined;
      const identity = request ? signed.get(request) : undefined;
      if (!identity) return;
      setOptions({ ...init, headers: { ...(init.headers as Record<string, string>), [IDENTITY_HEADER]: identity.token, [REQUEST_ID_HEADER]: identity.requestId } });
    },
  };
}

/**
 * Hive Gateway (the Guild's Node gateway) on the hub's supergraph and subgraphs, with the hub's
 * identity plugin: the peer our gateway is measured against. A node:http request listener.
 */
export function createHiveGateway(options: HiveGatewayOptions) {
  const runtime = createGatewayRuntime({
    supergraph: withSubgraphUrls(options.supergraphSdl, options.subgraphUrls),
    transports: { http },
    // Hive deduplicates identical subgraph calls in flight by URL and body, before the plugin adds the
    // caller's identity: two callers asking the same at the same time would share one caller's answer.
    // Our gateway never does that; switched off, Hive does the same work (and no answer is shared).
    transportEntries: { '*': { options: { deduplicateInflightRequests: false } } },
    plugins: () => [hubIdentityPlugin(options)],
    landingPage: false,
    graphiql: false,
  });
  return {
    handle: runtime as unknown as (req: IncomingMessage, res: ServerResponse) => void,
    close: () => runtime.dispose(),
  };
}
