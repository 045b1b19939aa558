import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '@hub/shared';

/** Rejects documents with more than `maxAliases` aliased fields (a classic way to multiply work). */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases++;
      },
      Document: {
        leave(document) {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(`Te veel aliassen: ${aliases}, het maximum is ${maxAliases}.`, {
                nodes: [document],
                extensions: { code: ErrorCode.TOO_MANY_ALIASES, maxAliases },
              }),
            );
          }
        },
      },
    };
  };
}
