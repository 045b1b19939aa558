import { fileURLToPath } from 'node:url';
import { ConfigError, env, isRol, loadConfig, ROLLEN } from '@hub/shared';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The environment of `npm start` (the whole hub in one process); every variable has a default. */
export function loadStartConfig(source: Record<string, string | undefined> = process.env) {
  const c = loadConfig(
    {
      GATEWAY_PORT: env.port(4000),
      DOSSIER_PORT: env.port(4001),
      WONINGPAS_PORT: env.port(4002),
      IPDC_PORT: env.port(4003),
      PREMIES_PORT: env.port(4004),
      SANDBOX_PORT: env.port(4100),
      HUB_HOST: env.string('127.0.0.1'),
      HUB_DATA_DIR: env.string(`${repoRoot}.data`),
      DATABASE_URL: env.postgresUrl(),
      SANDBOX_LATENCY_MS: env.int(0, 0, 60_000),
      LOG_LEVEL: env.logLevel().default('warn'),
      TRUSTED_DOCUMENTS_REQUIRED_FOR: env.string(''),
    },
    source,
  );
  const trustedOnly = c.TRUSTED_DOCUMENTS_REQUIRED_FOR.split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = trustedOnly.filter((r) => !isRol(r));
  if (unknown.length) throw new ConfigError([`TRUSTED_DOCUMENTS_REQUIRED_FOR: unknown role(s) ${unknown.join(', ')}; roles: ${ROLLEN.join(', ')}`]);
  return { ...c, trustedDocumentsRequiredFor: trustedOnly.filter(isRol) };
}
