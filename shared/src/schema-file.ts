import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';

/**
 * Loads a subgraph's schema.graphql. `packageUrl` is a URL inside the package root (pass
 * `new URL('../', import.meta.url)` from src/ or dist/ alike).
 */
export function loadSchemaFile(packageUrl: URL, file = 'schema.graphql'): DocumentNode {
  return parse(readFileSync(new URL(file, packageUrl), 'utf8'));
}
