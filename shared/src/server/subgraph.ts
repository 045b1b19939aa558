import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode } from 'graphql';
import { IDENTITY_HEADER, IdentityVerificationError, REQUEST_ID_HEADER, verifyIdentity, type Identity } from '../auth.js';
import { ErrorCode, maskError } from '../errors.js';
import type { Logger } from '../logger.js';
import { currentRequestId, requestIdFrom, runWithRequest } from '../request-context.js';
import { apolloHandler } from './apollo.js';
import { closeServer, createHttpServer, listen, sendGraphQLError, sendJson } from './http.js';

/** What every subgraph resolver gets: who calls (verified by the gateway), the request id, a logger. */
export interface BaseContext {
  requestId: string;
  identity: Identity;
  logger: Logger;
}

export interface SubgraphServerOptions<C extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  /** The resolver map; generated resolver types are structurally compatible but not nominally. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolvers: GraphQLResolverMap<any> | object;
  /** Shared secret with the gateway; requests without an identity signed with it are refused. */
  identitySecret: string;
  logger: Logger;
  /** Adds the subgraph's own per-request state (services, DataLoaders) to the base context. */
  createContext: (base: BaseContext) => C | Promise<C>;
  /** Readiness check (e.g. the database answers); throws when not ready. */
  ready?: () => Promise<void>;
  plugins?: ApolloServerPlugin<C>[];
  bodyLimitBytes?: number;
  /**
   * Extra HTTP endpoints next to /graphql (e.g. a document upload), reached through the gateway and
   * only with a gateway-signed identity, like /graphql. Answers and returns true, or returns false (404).
   */
  routes?: (req: IncomingMessage, res: ServerResponse, call: { url: URL; identity: Identity; requestId: string }) => Promise<boolean>;
}

export interface SubgraphServer {
  readonly name: string;
  readonly apollo: ApolloServer<BaseContext>;
  readonly httpServer: Server;
  /** The node:http request handler (for tests that drive it without a port). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Listens on `port` (0 = any free port); resolves with the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Builds a federated subgraph on node:http: POST/GET /graphql (only with a gateway-signed identity),
 * GET /health (the process lives) and GET /ready (its dependencies answer).
 */
export async function createSubgraphServer<C extends BaseContext>(options: SubgraphServerOptions<C>): Promise<SubgraphServer> {
  const { logger } = options;
  const apollo = new ApolloServer<C>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }),
    introspection: false,
    // The hub closes its servers itself (runService, npm start); Apollo must not re-raise signals.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    formatError: (formatted, error) => maskError(formatted, error, { logger, requestId: currentRequestId() }),
    logger,
    // No federated tracing (ftv1): the hub reports no usage to Apollo Studio, and it costs time per request.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...(options.plugins ?? [])],
  });
  await apollo.start();

  const graphql = apolloHandler(apollo, {
    bodyLimitBytes: options.bodyLimitBytes ?? 1_000_000,
    context: async (req) => {
      const { identity, requestId } = (req as AuthenticatedRequest).hub;
      return options.createContext({ identity, requestId, logger });
    },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    if (req.method === 'GET' && url.pathname === '/health') {
      sendJson(res, 200, { status: 'ok', service: options.name });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/ready') {
      try {
        await options.ready?.();
        sendJson(res, 200, { status: 'ready', service: options.name });
      } catch (err) {
        logger.warn({ err }, 'not ready');
        sendJson(res, 503, { status: 'not ready', service: options.name });
      }
      return;
    }
    if (url.pathname !== '/graphql' && !options.routes) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    const token = req.headers[IDENTITY_HEADER];
    let verified: { identity: Identity; requestId?: string };
    try {
      if (typeof token !== 'string') throw new IdentityVerificationError('no identity token');
      verified = verifyIdentity(token, options.identitySecret);
    } catch (err) {
      logger.warn({ reason: (err as Error).message, remote: req.socket.remoteAddress }, 'refused a call that did not come through the gateway');
      sendGraphQLError(res, 401, ErrorCode.UNAUTHENTICATED, 'Deze dienst aanvaardt enkel oproepen via de gateway.');
      return;
    }
    const requestId = verified.requestId ?? requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    (req as AuthenticatedRequest).hub = { identity: verified.identity, requestId };
    await runWithRequest(requestId, async () => {
      if (url.pathname === '/graphql') {
        await graphql(req, res, url.search);
        return;
      }
      const handled = await options.routes?.(req, res, { url, identity: verified.identity, requestId });
      if (!handled && !res.headersSent) sendJson(res, 404, { error: 'not found' });
    });
  };

  const httpServer = createHttpServer(handle);
  return {
    name: options.name,
    apollo: apollo as unknown as ApolloServer<BaseContext>,
    httpServer,
    handle,
    async listen(port, host = '127.0.0.1') {
      const bound = await listen(httpServer, port, host);
      logger.info({ port: bound }, `${options.name} subgraph listening`);
      return `http://${host}:${bound}/graphql`;
    },
    async close() {
      await closeServer(httpServer);
      await apollo.stop();
    },
  };
}

interface AuthenticatedRequest extends IncomingMessage {
  hub: { identity: Identity; requestId: string };
}
