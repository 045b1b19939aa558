import type { FieldNode, FragmentDefinitionNode, SelectionSetNode, ValidationContext } from 'graphql';
import { Kind } from 'graphql';

/**
 * Visits the fields of a selection set, following fragment spreads and inline fragments. A fragment is
 * not entered twice on one path (cycles are reported by graphql's own rules; this just never loops).
 */
export function forEachField(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  visit: (field: FieldNode) => void,
  path: Set<string> = new Set(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      visit(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      forEachField(context, selection.selectionSet, visit, path);
    } else {
      const name = selection.name.value;
      if (path.has(name)) continue;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment) continue;
      path.add(name);
      forEachField(context, fragment.selectionSet, visit, path);
      path.delete(name);
    }
  }
}

/** Introspection fields (`__schema`, `__type`) are governed by the introspection policy, not by depth and cost. */
export const isIntrospectionField = (field: FieldNode) => field.name.value === '__schema' || field.name.value === '__type';
