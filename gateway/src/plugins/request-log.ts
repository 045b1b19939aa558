import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@hub/shared';
import type { GatewayContext } from '../context.js';

/** Logs one line per operation: who (role, not name), what, how long, which error codes. */
export function requestLog(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, errors }) {
          const codes = (errors ?? []).map((e) => e.extensions?.code).filter(Boolean);
          logger.info(
            {
              operation: operationName ?? undefined,
              rollen: contextValue.identity.rollen,
              durationMs: Math.round(performance.now() - started),
              status: response.http.status ?? 200,
              ...(codes.length ? { errorCodes: codes } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
