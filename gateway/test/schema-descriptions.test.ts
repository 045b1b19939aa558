import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  Kind,
  parse,
  type DefinitionNode,
  type GraphQLNamedType,
} from 'graphql';
import { SUBGRAPHS } from '@hub/gateway';
import { composeApiSchema } from '../src/api-schema.js';
import { subgraphSchemaPath } from '../src/compose.js';

/** Every type, field, argument and enum value of the API schema (what GraphiQL shows) without a description. */
function undescribed(): string[] {
  const schema = composeApiSchema();
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  const types = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !isIntrospectionType(t) && !isSpecifiedScalarType(t));
  for (const type of types) {
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

/** Which subgraphs declare a schema coordinate (leaving out the ones that only mark it @external). */
function declaredIn(): Map<string, string[]> {
  const where = new Map<string, string[]>();
  const add = (coordinate: string, subgraph: string) => where.set(coordinate, [...new Set([...(where.get(coordinate) ?? []), subgraph])]);
  for (const { name } of SUBGRAPHS) {
    for (const def of parse(readFileSync(subgraphSchemaPath(name), 'utf8')).definitions as DefinitionNode[]) {
      if (!('name' in def) || !def.name || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
      const type = def.name.value;
      add(type, name);
      if ('fields' in def && def.fields) {
        for (const field of def.fields) {
          if (field.directives?.some((d) => d.name.value === 'external')) continue;
          add(`${type}.${field.name.value}`, name);
          if ('arguments' in field) for (const arg of field.arguments ?? []) add(`${type}.${field.name.value}(${arg.name.value}:)`, name);
        }
      }
      if ('values' in def && def.values) for (const value of def.values) add(`${type}.${value.name.value}`, name);
    }
  }
  return where;
}

describe('the supergraph API schema for frontend teams', () => {
  it('describes every type, field, argument and enum value (as GraphiQL shows them)', () => {
    const missing = undescribed();
    const where = declaredIn();
    const perSubgraph: Record<string, string[]> = {};
    for (const coordinate of missing) {
      const subgraphs = where.get(coordinate) ?? [where.get(coordinate.split(/[.(]/)[0]!)?.join('+') ?? '?'];
      for (const subgraph of subgraphs) (perSubgraph[subgraph] ??= []).push(coordinate);
    }
    expect(perSubgraph, `${missing.length} without a description, per subgraph that declares them`).toEqual({});
  });
});
