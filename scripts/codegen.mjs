// Generates the resolver types of every subgraph from its schema.graphql, then what is made from the
// supergraph and operations/ (clients/schema.graphql, gateway/trusted-documents.json,
// gateway/example-operations.json) and the client types (clients/generated/). `--check`: fail when stale.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const bin = join(root, 'node_modules', '.bin', 'graphql-codegen');
for (const name of readdirSync(join(root, 'subgraphs'))) {
  const config = join('subgraphs', name, 'codegen.ts');
  if (!existsSync(join(root, config))) continue;
  execFileSync(bin, ['--config', config, ...(check ? ['--check'] : [])], { cwd: root, stdio: 'inherit' });
}
execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['gateway/scripts/operations.ts', ...(check ? ['--check'] : [])], { cwd: root, stdio: 'inherit' });
execFileSync(bin, ['--config', 'clients/codegen.ts', ...(check ? ['--check'] : [])], { cwd: root, stdio: 'inherit' });
