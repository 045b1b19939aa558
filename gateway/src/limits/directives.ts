import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '@hub/shared';

/** Rejects documents with more than `maxDirectives` directive uses. */
export function directiveLimitRule(maxDirectives: number): ValidationRule {
  return (context: ValidationContext) => {
    let directives = 0;
    return {
      Directive() {
        directives++;
      },
      Document: {
        leave(document) {
          if (directives > maxDirectives) {
            context.reportError(
              new GraphQLError(`Te veel directives: ${directives}, het maximum is ${maxDirectives}.`, {
                nodes: [document],
                extensions: { code: ErrorCode.TOO_MANY_DIRECTIVES, maxDirectives },
              }),
            );
          }
        },
      },
    };
  };
}
