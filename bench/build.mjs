// Transpiles bench/src to bench/dist with esbuild (like scripts/build.mjs does for the workspaces), so
// that the processes the benchmark measures run plain JavaScript, without a TypeScript loader.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('.', import.meta.url));
const src = join(bench, 'src');
const out = join(bench, 'dist');

function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

rmSync(out, { recursive: true, force: true });
await build({ entryPoints: tsFiles(src), outdir: out, outbase: src, format: 'esm', platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning' });
