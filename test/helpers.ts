import { randomBytes } from 'node:crypto';
import { startHub, type HubOptions, type RunningHub } from '@hub/embedded';
import { postGraphQL } from '@hub/shared/testing';

export interface TestHub extends RunningHub {
  stop(): Promise<void>;
}

/**
 * The whole hub in this process with the demo data, every port picked freely. On an in-memory PGlite,
 * or with TEST_DATABASE_URL on that PostgreSQL, in schemas of its own that are dropped afterwards.
 */
export async function startTestHub(overrides: Partial<Omit<HubOptions, 'ports' | 'databaseUrl' | 'schemas'>> = {}): Promise<TestHub> {
  const url = process.env.TEST_DATABASE_URL?.trim() || undefined;
  const suffix = randomBytes(4).toString('hex');
  const schemas = { dossier: `e2e_dossier_${suffix}`, premies: `e2e_premies_${suffix}`, ipdc: `e2e_ipdc_${suffix}` };
  const hub = await startHub({
    ports: { gateway: 0, dossier: 0, woningpas: 0, ipdc: 0, premies: 0, sandbox: 0 },
    seed: true,
    logLevel: (process.env.TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent',
    mode: 'test',
    ...(url ? { databaseUrl: url, schemas } : {}),
    ...overrides,
  });
  return {
    ...hub,
    async stop() {
      if (url) {
        await hub.dataSources.dossier.query(`DROP SCHEMA IF EXISTS "${schemas.dossier}" CASCADE`);
        await hub.dataSources.premies.query(`DROP SCHEMA IF EXISTS "${schemas.premies}" CASCADE`);
        await hub.dataSources.ipdc.query(`DROP SCHEMA IF EXISTS "${schemas.ipdc}" CASCADE`);
      }
      await hub.close();
    },
  };
}

/** Runs an operation through the gateway as a demo persona (or anonymously without one). */
export async function asPersona<D = Record<string, unknown>>(
  hub: RunningHub,
  persona: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
) {
  const bearer = persona ? await hub.personaToken(persona) : undefined;
  return postGraphQL<D>(hub.urls.graphql, { query, ...(variables ? { variables } : {}) }, bearer ? { bearer } : {});
}

/** Sandbox calls since `before`, per upstream prefix, leaving out the zeros. */
export function callsSince(hub: RunningHub, before: Map<string, number>): Record<string, number> {
  const diff: Record<string, number> = {};
  for (const [prefix, count] of hub.sandboxCalls) {
    const delta = count - (before.get(prefix) ?? 0);
    if (delta > 0) diff[prefix] = delta;
  }
  return diff;
}
