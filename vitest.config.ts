import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the "source" export condition,
// so tests never need a build. No "module" condition: it picks bundler-only builds of some packages.
const conditions = ['source', 'node', 'development|production'];

// graphql ships both an .mjs and a .js build; Node (and the CommonJS Apollo packages) load the .js one.
// Tests must load the same instance, or graphql refuses types "from another module or realm".
const alias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

export default defineConfig({
  resolve: { conditions, alias },
  ssr: { resolve: { conditions } },
  test: {
    include: [
      'shared/test/**/*.test.ts',
      'gateway/test/**/*.test.ts',
      'subgraphs/*/test/**/*.test.ts',
      'embedded/test/**/*.test.ts',
      'test/**/*.test.ts',
      'bench/test/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
