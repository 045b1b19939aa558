// Transpiles every workspace's src/ to dist/ with esbuild (no bundling, no type checking:
// `npm run typecheck` does that). Fast enough to run before every `npm start`.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['shared', 'gateway', 'embedded', ...readdirSync(join(root, 'subgraphs')).map((d) => `subgraphs/${d}`)];

function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const started = Date.now();
await Promise.all(
  packages.map(async (pkg) => {
    const src = join(root, pkg, 'src');
    const out = join(root, pkg, 'dist');
    rmSync(out, { recursive: true, force: true });
    await build({
      entryPoints: tsFiles(src),
      outdir: out,
      outbase: src,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
  }),
);
if (!process.argv.includes('--quiet')) {
  console.log(`built ${packages.map((p) => relative(root, join(root, p))).join(', ')} in ${Date.now() - started} ms`);
}
