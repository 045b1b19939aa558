import { env, loadConfig } from '@hub/shared';

/** The dossier subgraph's environment, validated at start. */
export function loadDossierConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      PORT: env.port(4001),
      HOST: env.string('127.0.0.1'),
      LOG_LEVEL: env.logLevel(),
      /** Shared with the gateway, which signs the caller's identity with it. */
      HUB_IDENTITY_SECRET: env.secret(32),
      /** A PostgreSQL URL; when unset, an embedded PGlite in PGLITE_DATA_DIR. */
      DATABASE_URL: env.postgresUrl(),
      PGLITE_DATA_DIR: env.string('.data/dossier'),
      /** The largest document accepted by POST /documenten/upload, in bytes (answer 413 above it). */
      DOCUMENT_MAX_BYTES: env.int(15 * 1024 * 1024, 1, 1024 * 1024 * 1024),
      /** How long an upload waits to be attached to a dossier before it is removed, in hours. */
      DOCUMENT_UPLOAD_TTL_HOURS: env.int(24, 1, 24 * 30),
    },
    source,
  );
}

export type DossierConfig = ReturnType<typeof loadDossierConfig>;
