import { env, loadConfig } from '@hub/shared';
import { STATISTIEK_DEFAULTS, ZAKEN_DEFAULTS } from './services/overzicht-opties.js';

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
      /** Where a citizen opens a dossier: the link of a running case (and of a notification) is this + the dossier id. */
      DOSSIER_DEEPLINK_BASE: env.url(ZAKEN_DEFAULTS.deeplinkBase),
      /** How many days an ended dossier stays among the citizen's running cases in Mijn Burgerprofiel. */
      LOPENDE_ZAKEN_NA_AFSLUITING_DAGEN: env.int(ZAKEN_DEFAULTS.naAfsluitingDagen, 0, 365),
      /** Statistics: a group of fewer people than this (but not none) is suppressed (k-anonymity). */
      STATISTIEK_MIN_GROEP: env.int(STATISTIEK_DEFAULTS.minGroep, 1, 100),
      /** Statistics: the most homes or dossiers handed to another subgraph for figures per home or dossier. */
      STATISTIEK_ID_LIMIET: env.int(STATISTIEK_DEFAULTS.idLimiet, 1, 100_000),
    },
    source,
  );
}

export type DossierConfig = ReturnType<typeof loadDossierConfig>;
