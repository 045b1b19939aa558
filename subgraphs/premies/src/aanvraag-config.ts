import { env, loadConfig } from '@hub/shared';

const shape = {
  /** Signs the drafts of applications (HMAC-SHA256); every replica of the premies subgraph needs the same one. */
  PREMIE_VOORSTEL_SECRET: env.secret(32),
  /** How long a draft can be submitted, in minutes (default a day). */
  PREMIE_VOORSTEL_GELDIGHEID_MIN: env.int(24 * 60, 5, 7 * 24 * 60),
  /** Base URL of the Mijn VerbouwPremie desk's API (the adapter contract in src/clients/mijnverbouwpremie-contract.ts). */
  MIJNVERBOUWPREMIE_URL: env.url(),
  /** OAuth2 client credentials at ACM/IDM for the desk. */
  MIJNVERBOUWPREMIE_TOKEN_URL: env.url(),
  MIJNVERBOUWPREMIE_CLIENT_ID: env.string(),
  MIJNVERBOUWPREMIE_CLIENT_SECRET: env.secret(1),
  MIJNVERBOUWPREMIE_SCOPE: env.optionalString(),
  /** How often the follower asks the desk for the status of each open application; 0 = only when asked (tests). */
  PREMIE_VOLGER_INTERVAL_MS: env.int(5 * 60_000, 0, 24 * 60 * 60_000),
  /** Base URL of the Mijn Burgerprofiel notification API, and its OAuth2 client credentials. */
  BURGERPROFIEL_URL: env.url(),
  BURGERPROFIEL_TOKEN_URL: env.url(),
  BURGERPROFIEL_CLIENT_ID: env.string(),
  BURGERPROFIEL_CLIENT_SECRET: env.secret(1),
  /** Where a citizen opens an application: the link in the notification is this + the application id. */
  PREMIE_DEEPLINK_BASE: env.url('https://www.leuven.be/energieloket/mijn-premieaanvraag/'),
  /** Timeout of one call to the desk or to Mijn Burgerprofiel. */
  DELIVERY_TIMEOUT_MS: env.int(5000, 100, 60_000),
  /** How often the outbox worker looks for messages to deliver. */
  OUTBOX_POLL_MS: env.int(1000, 10, 60_000),
};

export type AanvraagConfig = ReturnType<typeof loadAanvraagConfig>;

/**
 * The configuration of the Mijn VerbouwPremie applications (drafts, submission, status follow-up,
 * notifications), validated at start; every wrong variable is reported (ConfigError).
 */
export function loadAanvraagConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(shape, source);
}
