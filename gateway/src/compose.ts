import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The subgraphs of the hub, their schema files and their default (embedded) URLs. */
export const SUBGRAPHS = [
  { name: 'dossier', defaultUrl: 'http://127.0.0.1:4001/graphql' },
  { name: 'woningpas', defaultUrl: 'http://127.0.0.1:4002/graphql' },
  { name: 'ipdc', defaultUrl: 'http://127.0.0.1:4003/graphql' },
  { name: 'premies', defaultUrl: 'http://127.0.0.1:4004/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

const repoRoot = new URL('../../', import.meta.url);

export function subgraphSchemaPath(name: SubgraphName): string {
  return fileURLToPath(new URL(`subgraphs/${name}/schema.graphql`, repoRoot));
}

export const SUPERGRAPH_PATH = fileURLToPath(new URL('supergraph.graphql', new URL('../', import.meta.url)));

/** Composes the supergraph SDL from the subgraphs' schema files; throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({
      name: s.name,
      url: s.defaultUrl,
      typeDefs: parse(readFileSync(subgraphSchemaPath(s.name), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
