// Writes what is made from the supergraph and operations/ (see buildArtifacts); `--check`: fail when stale.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildArtifacts, REPO_ROOT } from './operations-catalogue.js';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const { path, content } of buildArtifacts()) {
  const target = join(REPO_ROOT, path);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current === content) continue;
  if (check) {
    stale.push(path);
    continue;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${path}`);
}
if (stale.length) {
  console.error(`Stale (run npm run codegen): ${stale.join(', ')}`);
  process.exit(1);
}
