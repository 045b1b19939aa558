import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { composeServices } from '@apollo/composition';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';
import { SUBGRAPHS, subgraphSchemaPath } from './compose.js';

// Composition builds its graphql-js schema with the CommonJS build of graphql; print it with the same.
const composedGraphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * The API schema of the supergraph as SDL: what clients see (no federation directives, no
 * `@inaccessible` fields), with every description. `clients/schema.graphql` is this text.
 */
export function composeApiSchemaSdl(): string {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({ name: s.name, url: s.defaultUrl, typeDefs: parse(readFileSync(subgraphSchemaPath(s.name), 'utf8')) })),
  );
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  return composedGraphql.printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
}

/** The API schema of the supergraph, to validate client documents against. */
export function composeApiSchema(): GraphQLSchema {
  return buildSchema(composeApiSchemaSdl());
}
