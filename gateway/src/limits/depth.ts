import { GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '@hub/shared';
import { forEachField, isIntrospectionField } from './walk.js';

/** Rejects operations nested deeper than `maxDepth` fields. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const depth = depthOf(context, operation.selectionSet, 0, maxDepth);
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`De query is te diep genest: meer dan ${maxDepth} niveaus.`, {
            nodes: [operation],
            extensions: { code: ErrorCode.QUERY_TOO_DEEP, maxDepth },
          }),
        );
      }
    },
  });
}

function depthOf(context: ValidationContext, selectionSet: SelectionSetNode, depth: number, max: number): number {
  // Stop descending once over the limit: the exact depth of an abusive document does not matter.
  if (depth > max) return depth;
  let deepest = depth;
  forEachField(context, selectionSet, (field) => {
    if (isIntrospectionField(field)) return;
    const own = depth + 1;
    const below = field.selectionSet ? depthOf(context, field.selectionSet, own, max) : own;
    if (below > deepest) deepest = below;
  });
  return deepest;
}
