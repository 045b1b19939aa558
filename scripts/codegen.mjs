// Generates the resolver types of every subgraph from its schema.graphql (`--check`: fail when stale).
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
