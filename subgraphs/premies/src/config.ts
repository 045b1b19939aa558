import { env, loadConfig } from '@hub/shared';

const shape = {
  PORT: env.port(4004),
  HOST: env.string('127.0.0.1'),
  LOG_LEVEL: env.logLevel(),
  HUB_IDENTITY_SECRET: env.secret(32),
  /** A real PostgreSQL; when unset, an embedded PGlite in PGLITE_DATA_DIR. */
  DATABASE_URL: env.postgresUrl(),
  PGLITE_DATA_DIR: env.string('.data/premies'),
  /** Replaces the shipped rule set (regels/mijn-verbouwpremie.json) without a code change. */
  PREMIE_REGELS_FILE: env.optionalString(),
};

export type PremiesConfig = ReturnType<typeof loadPremiesConfig>;

/** Reads the premies subgraph's configuration; every wrong variable is reported (ConfigError). */
export function loadPremiesConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(shape, source);
}
