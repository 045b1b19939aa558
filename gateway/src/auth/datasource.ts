import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { ErrorCode, HubError, IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity, UpstreamError, type Logger } from '@hub/shared';
import type { GatewayContext } from '../context.js';

/** One call of the gateway to a subgraph, as an observer sees it once it is answered. */
export interface SubgraphFetch {
  subgraph: string;
  query: string;
  variables?: Record<string, unknown>;
  /** `performance.now()` when the call started, and how long it took, in milliseconds. */
  startedAt: number;
  durationMs: number;
  /** False when the call failed or the subgraph answered with errors. */
  ok: boolean;
}

/** Sees every subgraph call of the gateway (tests and benchmarks count them). */
export type SubgraphFetchObserver = (fetch: SubgraphFetch) => void;

export interface SubgraphDataSourceOptions {
  /** The HTTP client (default: Apollo's). */
  fetcher?: Fetcher;
  onFetch?: SubgraphFetchObserver;
}

/**
 * Calls one subgraph: passes the verified identity on, signed with the secret the subgraphs share with
 * the gateway (signed once per request), and the request id. A subgraph that cannot be reached costs
 * only its own fields: the error names it and carries a stable code, never its URL.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string,
    private readonly identitySecret: string,
    private readonly logger: Logger,
    private readonly options: SubgraphDataSourceOptions = {},
  ) {
    super({ url, ...(options.fetcher ? { fetcher: options.fetcher } : {}) });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const observe = this.options.onFetch;
    if (!observe) return super.process(options);
    const { query = '', variables } = options.request;
    const startedAt = performance.now();
    let ok = false;
    try {
      const response = await super.process(options);
      ok = !response.errors?.length;
      return response;
    } finally {
      observe({ subgraph: this.subgraphName, query, ...(variables ? { variables } : {}), startedAt, durationMs: performance.now() - startedAt, ok });
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    const ctx = context as Partial<GatewayContext>;
    if (!ctx.identity || !ctx.requestId) throw new Error('gateway context without identity');
    ctx.identityToken ??= signIdentity(ctx.identity, this.identitySecret, { requestId: ctx.requestId });
    request.http.headers.set(IDENTITY_HEADER, ctx.identityToken);
    request.http.headers.set(REQUEST_ID_HEADER, ctx.requestId);
  }

  override didEncounterError(error: Error & { extensions?: { response?: { status?: number } } }): void {
    if (error instanceof HubError) throw error;
    const status = error.extensions?.response?.status;
    this.logger.error({ subgraph: this.subgraphName, status, err: error.message }, 'subgraph call failed');
    if (status === 401) {
      // The subgraph refused our signature: a configuration error (secrets differ), not a client problem.
      throw new Error(`subgraph ${this.subgraphName} refused the gateway's identity`);
    }
    throw new UpstreamError(this.subgraphName, ErrorCode.UPSTREAM_UNAVAILABLE, `De dienst ${this.subgraphName} is tijdelijk niet beschikbaar.`);
  }
}
