import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '@hub/shared';
import type { Limits } from '../limits.js';
import { isIntrospectionField } from './walk.js';

/**
 * Estimates what an operation costs before it runs and rejects it above `maxCost`.
 *
 * Every object field costs `objectField`, every scalar field `scalarField`, multiplied by how many times
 * it will be resolved: a list multiplies its children by its size, taken from a size argument
 * (`first`, `limit`, ...) on the list field or on the connection field right above it, else
 * `defaultListSize`. Fragments on different types of an abstract field are all counted (an upper bound).
 */
export function costLimitRule(limits: Pick<Limits, 'maxCost' | 'cost'>): ValidationRule {
  const { cost, maxCost } = limits;

  return (context: ValidationContext) => {
    const schema = context.getSchema();

    const sizeArgument = (field: FieldNode): number | undefined => {
      for (const arg of field.arguments ?? []) {
        if (!cost.listSizeArguments.includes(arg.name.value)) continue;
        // A variable's value is unknown at validation time: assume the default list size.
        if (arg.value.kind === Kind.VARIABLE) return cost.defaultListSize;
        const value = valueFromASTUntyped(arg.value);
        if (typeof value === 'number' && value >= 0) return value;
      }
      return undefined;
    };

    const costOf = (
      parentType: GraphQLCompositeType,
      selectionSet: SelectionSetNode,
      multiplier: number,
      inheritedSize: number | undefined,
      fragmentPath: Set<string>,
    ): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (isIntrospectionField(selection) || selection.name.value === '__typename') continue;
          const definition = fieldDefinition(parentType, selection.name.value);
          if (!definition) continue; // unknown fields are reported by graphql's own validation
          const type = getNullableType(definition.type);
          const named = getNamedType(type);
          const ownSize = sizeArgument(selection);
          total += (isCompositeType(named) ? cost.objectField : cost.scalarField) * multiplier;
          if (!selection.selectionSet || !isCompositeType(named)) continue;
          const listSize = isListType(type) ? (ownSize ?? inheritedSize ?? cost.defaultListSize) : 1;
          // A size argument on a non-list field (a connection) sizes the lists right below it.
          const passDown = isListType(type) ? undefined : ownSize;
          total += costOf(named, selection.selectionSet, multiplier * listSize, passDown, fragmentPath);
          continue;
        }
        let fragmentSelectionSet: SelectionSetNode;
        let typeCondition: string | undefined;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          fragmentSelectionSet = selection.selectionSet;
          typeCondition = selection.typeCondition?.name.value;
        } else {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          if (!fragment || fragmentPath.has(name)) continue;
          fragmentPath.add(name);
          total += costOf(typeNamed(fragment.typeCondition.name.value) ?? parentType, fragment.selectionSet, multiplier, inheritedSize, fragmentPath);
          fragmentPath.delete(name);
          continue;
        }
        const conditionType = typeCondition ? typeNamed(typeCondition) : parentType;
        total += costOf(conditionType ?? parentType, fragmentSelectionSet, multiplier, inheritedSize, fragmentPath);
      }
      return total;
    };

    const typeNamed = (name: string): GraphQLCompositeType | undefined => {
      const type = schema.getType(name);
      return type && isCompositeType(type) ? type : undefined;
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'query'
            ? schema.getQueryType()
            : operation.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        if (!root) return;
        const total = costOf(root, operation.selectionSet, 1, undefined, new Set());
        if (total > maxCost) {
          context.reportError(
            new GraphQLError(`De query is te zwaar: geschatte kost ${Math.round(total)}, het maximum is ${maxCost}.`, {
              nodes: [operation],
              extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost: Math.round(total), maxCost },
            }),
          );
        }
      },
    };
  };
}

function fieldDefinition(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
  return undefined; // a union has only __typename, skipped above
}
