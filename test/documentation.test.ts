import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDossierConfig } from '@hub/dossier';
import { loadDeliveryConfig } from '@hub/dossier/delivery';
import { loadStartConfig } from '@hub/embedded';
import { ErrorCode } from '@hub/shared';
import { loadGatewayConfig } from '@hub/gateway';
import { loadIpdcConfig } from '@hub/ipdc';
import { loadAanvraagConfig, loadPremiesConfig } from '@hub/premies';
import { loadWoningpasConfig } from '@hub/woningpas';

// What the README promises operators and client teams: .env.example lists every variable the processes
// read, and the README's error-code table every code a client can get.

const ENV_EXAMPLE = fileURLToPath(new URL('../.env.example', import.meta.url));
const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** The variables a config loader reads: it runs on an empty environment that records every name asked for. */
function variablesReadBy(load: (source: Record<string, string | undefined>) => unknown): string[] {
  const read = new Set<string>();
  const source = new Proxy({} as Record<string, string | undefined>, {
    get(_target, name) {
      if (typeof name === 'string') read.add(name);
      return undefined;
    },
  });
  try {
    load(source);
  } catch {
    // Required variables are missing here: only the names read count.
  }
  return [...read].sort();
}

const LOADERS = {
  'npm start': loadStartConfig,
  gateway: loadGatewayConfig,
  dossier: loadDossierConfig,
  'dossier outbox': loadDeliveryConfig,
  woningpas: loadWoningpasConfig,
  ipdc: loadIpdcConfig,
  premies: loadPremiesConfig,
  'premies applications': loadAanvraagConfig,
};

/** Listed too, read outside a config loader: Apollo's own switch (gateway/src/server.ts) and the tests' services. */
const READ_ELSEWHERE = ['APOLLO_TELEMETRY_DISABLED', 'TEST_DATABASE_URL', 'TEST_REDIS_URL'];

describe('.env.example', () => {
  const listed = new Set([...readFileSync(ENV_EXAMPLE, 'utf8').matchAll(/^(?:# ?)?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));

  it.each(Object.entries(LOADERS))('lists every variable %s reads', (_process, load) => {
    const read = variablesReadBy(load);
    expect(read.length).toBeGreaterThan(3);
    expect(read.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('lists no variable that no process reads', () => {
    const read = new Set([...Object.values(LOADERS).flatMap(variablesReadBy), ...READ_ELSEWHERE]);
    expect([...listed].filter((name) => !read.has(name))).toEqual([]);
  });
});

describe('the README\'s error codes', () => {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('\n## Error codes'), readme.indexOf('\n## ', readme.indexOf('\n## Error codes') + 1));
  /** The codes in the first column of the table. */
  const documented = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!));

  it('are exactly the codes of ErrorCode (shared/src/errors.ts), each once', () => {
    expect([...documented].sort()).toEqual(Object.values(ErrorCode).sort());
  });
});
