import { env, loadConfig } from '@hub/shared';

const shape = {
  PORT: env.port(4002),
  HOST: env.string('127.0.0.1'),
  LOG_LEVEL: env.logLevel(),
  /** Shared with the gateway: only calls with an identity signed with it are served. */
  HUB_IDENTITY_SECRET: env.secret(32),
  /** Base URL of the Gebouwen- en Adressenregister API (v2 read endpoints). */
  ADRESSENREGISTER_URL: env.url('https://api.basisregisters.vlaanderen.be'),
  /** Optional API key (`x-api-key`): the public register allows more requests with one. */
  ADRESSENREGISTER_API_KEY: env.optionalString(),
  /** Base URL of the VEKA dossier API (EPC). */
  VEKA_DOSSIER_API_URL: env.url('https://energie-secure.api.vlaanderen.be'),
  /** OAuth2 token endpoint of ACM/IDM for the client-credentials grant towards VEKA. */
  VEKA_TOKEN_URL: env.url(),
  VEKA_CLIENT_ID: env.string(),
  VEKA_CLIENT_SECRET: env.secret(1),
  /** Optional OAuth2 scope(s) ACM/IDM grants for the VEKA dossier API. */
  VEKA_SCOPE: env.optionalString(),
  /** Timeout of every upstream call (token requests included), in milliseconds. */
  UPSTREAM_TIMEOUT_MS: env.int(3000, 100, 60_000),
};

export type WoningpasConfig = ReturnType<typeof loadWoningpasConfig>;

/** Reads and validates the woningpas subgraph's environment; throws a ConfigError listing every problem. */
export function loadWoningpasConfig(environment: Record<string, string | undefined> = process.env) {
  return loadConfig(shape, environment);
}
