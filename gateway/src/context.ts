import type { Identity } from '@hub/shared';

/** The gateway's per-request context. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** The identity signed for the subgraphs, made on the first subgraph call of the request. */
  identityToken?: string;
}
