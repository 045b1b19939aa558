import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from '@hub/shared';
import type { GatewayContext } from '../context.js';
import { resolveTrustedDocument, type Refusal, type TrustedDocumentPolicy } from './resolve.js';

export { documentIdOf, isDocumentId, loadTrustedDocuments, parseTrustedDocuments, TRUSTED_DOCUMENTS_PATH, type TrustedDocuments } from './manifest.js';
export { resolveTrustedDocument, type TrustedDocumentPolicy } from './resolve.js';

type Executor = Pick<ApolloServer<GatewayContext>, 'executeHTTPGraphQLRequest'>;

function refusalResponse(refusal: Refusal): HTTPGraphQLResponse {
  return {
    status: refusal.status,
    headers: new HeaderMap([['content-type', 'application/json; charset=utf-8'], ...Object.entries(refusal.headers ?? {})]),
    body: { kind: 'complete', string: JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }) },
  };
}

/**
 * Apollo Server behind the trusted-document step: each request's document is resolved (or refused)
 * with the caller's identity before Apollo Server sees it (see `resolveTrustedDocument`).
 */
export function withTrustedDocuments(apollo: ApolloServer<GatewayContext>, policy: TrustedDocumentPolicy, logger: Logger): Executor {
  return {
    async executeHTTPGraphQLRequest({ httpGraphQLRequest, context }) {
      const contextValue = await context();
      const resolution = resolveTrustedDocument(httpGraphQLRequest, contextValue.identity, policy);
      if (resolution.refusal) {
        logger.info({ rollen: contextValue.identity.rollen, status: resolution.refusal.status, errorCodes: [resolution.refusal.code] }, 'graphql request refused');
        return refusalResponse(resolution.refusal);
      }
      return apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: resolution.request, context: async () => contextValue });
    },
  };
}
