import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { currentRequestId, ErrorCode, isExpectedCode, maskError, type Logger } from '@hub/shared';

// graphql-js 16 spells it "more that", later versions "more than".
const TOKEN_LIMIT = /Document contains more th[ae][nt] (\d+) tokens/;

/**
 * Formats every error the gateway sends: the limit rules keep their own codes (Apollo would report them
 * all as GRAPHQL_VALIDATION_FAILED), the parser's token limit becomes TOO_MANY_TOKENS, and anything
 * unexpected is logged with the request id and masked.
 */
export function formatGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let result = formatted;
    const code = formatted.extensions?.code;
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && original instanceof GraphQLError) {
      const limitCode = original.extensions?.code;
      if (isExpectedCode(limitCode) && limitCode !== code) {
        result = { ...formatted, extensions: { ...formatted.extensions, ...original.extensions, code: limitCode } };
      }
    }
    const tokens = code === ErrorCode.GRAPHQL_PARSE_FAILED ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      result = {
        message: `Het document is te groot: meer dan ${tokens[1]} tokens.`,
        extensions: { code: ErrorCode.TOO_MANY_TOKENS, maxTokens: Number(tokens[1]) },
      };
    }
    return maskError(result, error, { logger, requestId: currentRequestId() });
  };
}
