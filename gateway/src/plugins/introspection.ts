import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode, hasRole, type Rol } from '@hub/shared';
import type { GatewayContext } from '../context.js';

/** Who may introspect the schema in production: staff and analysts, who work in GraphiQL (DESIGN §7). */
const INTROSPECTION_ROLES: Rol[] = ['spoc', 'energieconsulent', 'renovatiebegeleider', 'partner', 'stadsdienst', 'analist'];

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
      }
    },
  });
  return found;
}

/**
 * In production, introspection is off for anonymous callers, citizens and service clients. It runs
 * after validation and before execution: a refused document never reaches a subgraph.
 */
export function introspectionPolicy(production: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!production) return;
          if (hasRole(contextValue.identity, ...INTROSPECTION_ROLES)) return;
          if (usesIntrospection(document)) {
            throw new GraphQLError('Introspectie staat uit voor deze aanvrager.', {
              extensions: { code: ErrorCode.INTROSPECTION_DISABLED, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
