import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  ANONYMOUS,
  apolloHandler,
  closeServer,
  createHttpServer,
  ErrorCode,
  listen,
  REQUEST_ID_HEADER,
  requestIdFrom,
  runWithRequest,
  sendGraphQLError,
  sendJson,
  type Identity,
  type Logger,
} from '@hub/shared';
import { AuthenticationError, type JwtVerifier } from './auth/jwt.js';
import { SubgraphDataSource, type SubgraphFetchObserver } from './auth/datasource.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { graphiqlHandler, loadExampleOperations, type DemoPersonaOption, type ExampleOperation } from './graphiql/index.js';
import type { Limits } from './limits.js';
import { limitRules } from './limits/index.js';
import { formatGatewayError } from './plugins/errors.js';
import { introspectionPolicy } from './plugins/introspection.js';
import { requestLog } from './plugins/request-log.js';
import { readinessCheck } from './readiness.js';
import { documentsProxy } from './documents-proxy.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';
import { loadTrustedDocuments, withTrustedDocuments, type TrustedDocuments } from './trusted-documents/index.js';

export { loadGatewayConfig, type GatewayConfig } from './config.js';
export { loadLimits, type Limits } from './limits.js';
export { createJwtVerifier, type JwtVerifier, type TrustedIssuer } from './auth/jwt.js';
export { composeSupergraph, SUBGRAPHS, SUPERGRAPH_PATH, type SubgraphName } from './compose.js';
export { composeApiSchema, composeApiSchemaSdl } from './api-schema.js';
export { loadExampleOperations, EXAMPLE_OPERATIONS_PATH, type ExampleOperation, type DemoPersonaOption } from './graphiql/index.js';
export { createSubgraphFetcher, type SubgraphFetcherOptions } from './subgraph-fetcher.js';
export type { SubgraphFetch, SubgraphFetchObserver } from './auth/datasource.js';
export {
  documentIdOf,
  loadTrustedDocuments,
  parseTrustedDocuments,
  resolveTrustedDocument,
  TRUSTED_DOCUMENTS_PATH,
  type TrustedDocumentPolicy,
  type TrustedDocuments,
} from './trusted-documents/index.js';

export interface GatewayDeps {
  config: Pick<GatewayConfig, 'mode' | 'identitySecret' | 'subgraphUrls' | 'graphiql' | 'demoTokenUrl' | 'corsOrigins'> &
    Partial<Pick<GatewayConfig, 'trustedDocumentsRequiredFor' | 'claims'>>;
  logger: Logger;
  supergraphSdl: string;
  limits: Limits;
  verifyToken: JwtVerifier;
  /** Demo personas offered in GraphiQL (development only, with `config.demoTokenUrl`); with `rollen`, GraphiQL opens their role's examples. */
  demoPersonas?: DemoPersonaOption[];
  /** GraphiQL's example operations (default: the committed gateway/example-operations.json). */
  exampleOperations?: ExampleOperation[];
  /** Sees every call to a subgraph once it is answered (tests and benchmarks count them). */
  onSubgraphFetch?: SubgraphFetchObserver;
  /** The documents run by id (default: the committed gateway/trusted-documents.json). */
  trustedDocuments?: TrustedDocuments;
}

export interface GatewayServer {
  readonly apollo: ApolloServer<GatewayContext>;
  readonly httpServer: Server;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Listens on `port` (0 = any free port); resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The hub's gateway: Apollo Server with Apollo Gateway over the composed supergraph. Verifies bearer
 * JWTs, passes the identity on signed, runs trusted documents by id (and only those for the roles of
 * `trustedDocumentsRequiredFor`), enforces the limits before execution, masks unexpected errors, serves
 * GraphiQL with the example operations and the statistics page (/statistieken) from local assets, and
 * answers /health and /ready.
 */
export async function createGateway(deps: GatewayDeps): Promise<GatewayServer> {
  const { config, logger, limits } = deps;
  // Apollo Gateway otherwise probes the cloud metadata endpoints at start and sends usage metrics to
  // Apollo every minute: the hub reports to no one (set APOLLO_TELEMETRY_DISABLED=false to allow it).
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  // One pool of kept-alive connections to the subgraphs, shared by their data sources.
  const fetcher = createSubgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const configured = config.subgraphUrls[name as keyof typeof config.subgraphUrls];
      if (!configured && !url) throw new Error(`No URL for subgraph ${name}`);
      return new SubgraphDataSource(name, configured ?? url!, config.identitySecret, logger, {
        fetcher,
        ...(deps.onSubgraphFetch ? { onFetch: deps.onSubgraphFetch } : {}),
      });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true, // gated per role in production by introspectionPolicy
    // The hub closes its servers itself (runService, npm start); Apollo must not re-raise signals.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // Documents by id come only from the trusted-document manifest (withTrustedDocuments), never from a
    // cache that any client could fill.
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: formatGatewayError(logger),
    plugins: [ApolloServerPluginLandingPageDisabled(), introspectionPolicy(config.mode === 'production'), requestLog(logger)],
  });
  await apollo.start();

  const trusted = withTrustedDocuments(
    apollo,
    { documents: deps.trustedDocuments ?? loadTrustedDocuments(), requiredFor: new Set(config.trustedDocumentsRequiredFor ?? []) },
    logger,
  );
  // apolloHandler only calls executeHTTPGraphQLRequest, which `trusted` provides.
  const graphql = apolloHandler(trusted as ApolloServer<GatewayContext>, {
    bodyLimitBytes: limits.maxBodyBytes,
    context: async (req) => {
      const hub = (req as GatewayRequest).hub;
      return { identity: hub.identity, requestId: hub.requestId };
    },
  });
  const graphiql = config.graphiql
    ? graphiqlHandler({
        endpoint: '/graphql',
        examples: deps.exampleOperations ?? loadExampleOperations(),
        ...(config.claims ? { claims: { roles: config.claims.roles, insz: config.claims.insz } } : {}),
        ...(config.demoTokenUrl && deps.demoPersonas ? { demo: { tokenUrl: config.demoTokenUrl, personas: deps.demoPersonas } } : {}),
      })
    : undefined;
  const ready = readinessCheck(config.subgraphUrls);
  const documents = documentsProxy({
    dossierGraphqlUrl: config.subgraphUrls.dossier,
    identitySecret: config.identitySecret,
    logger,
    maxUploadBytes: limits.maxUploadBytes,
  });
  const corsOrigins = new Set(config.corsOrigins);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const url = new URL(req.url ?? '/', 'http://gateway');
    await runWithRequest(requestId, async () => {
      if (req.method === 'GET' && url.pathname === '/health') {
        sendJson(res, 200, { status: 'ok', service: 'gateway' });
        return;
      }
      if (req.method === 'GET' && url.pathname === '/ready') {
        const status = await ready();
        sendJson(res, status.ready ? 200 : 503, status);
        return;
      }
      if (url.pathname === '/graphql' || url.pathname.startsWith('/documenten/')) {
        const origin = req.headers.origin;
        if (origin && corsOrigins.has(origin)) {
          res.setHeader('access-control-allow-origin', origin);
          res.setHeader('vary', 'origin');
          if (req.method === 'OPTIONS') {
            res.writeHead(204, {
              'access-control-allow-methods': 'GET, POST',
              'access-control-allow-headers': 'authorization, content-type, x-request-id, x-bestandsnaam, apollo-require-preflight',
              'access-control-max-age': '600',
            });
            res.end();
            return;
          }
        }
        let identity: Identity;
        try {
          identity = await authenticate(req, deps.verifyToken);
        } catch (err) {
          if (!(err instanceof AuthenticationError)) throw err;
          logger.info({ reason: err.reason }, 'bearer token refused');
          const status = err.reason === 'no-role' ? 403 : 401;
          sendGraphQLError(res, status, status === 403 ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED, err.message, {
            'www-authenticate': `Bearer error="invalid_token", error_description="${err.reason}"`,
          });
          return;
        }
        if (url.pathname !== '/graphql') {
          if (!(await documents(req, res, url, { identity, requestId }))) sendJson(res, 404, { error: 'not found' });
          return;
        }
        (req as GatewayRequest).hub = { identity, requestId };
        await graphql(req, res, url.search);
        return;
      }
      if (graphiql?.(req, res, url.pathname)) return;
      sendJson(res, 404, { error: 'not found' });
    });
  };

  const httpServer = createHttpServer(handle);
  return {
    apollo,
    httpServer,
    handle,
    async listen(port, host = '127.0.0.1') {
      const bound = await listen(httpServer, port, host);
      logger.info({ port: bound }, 'gateway listening');
      return `http://${host}:${bound}`;
    },
    async close() {
      await closeServer(httpServer);
      await apollo.stop();
      fetcher.close();
    },
  };
}

interface GatewayRequest extends IncomingMessage {
  hub: { identity: Identity; requestId: string };
}

async function authenticate(req: IncomingMessage, verify: JwtVerifier): Promise<Identity> {
  const header = req.headers.authorization;
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AuthenticationError('malformed', 'Gebruik een Bearer-token in de Authorization-header.');
  return verify(match[1]!);
}
