import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ErrorCode, HubError, IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity, UpstreamError, type Logger } from '@hub/shared';
import type { GatewayContext } from '../context.js';

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
  ) {
    super({ url });
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
