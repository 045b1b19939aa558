import { ConfigError, env, loadConfig } from '@hub/shared';
import type { PartnerOrganisatie } from './contracts.js';

const PARTNERS: readonly PartnerOrganisatie[] = ['dialoog', 'energiehuis', 'minder-meer'];

/** Where the CRM delivers what it must send (partners, Mijn Burgerprofiel), validated at start. */
export function loadDeliveryConfig(source: Record<string, string | undefined> = process.env) {
  const c = loadConfig(
    {
      /** JSON object: partner organisation -> webhook URL, e.g. {"dialoog":"https://..."}. */
      PARTNER_WEBHOOKS: env.string(),
      /** Secret the webhook bodies are signed with (HMAC-SHA256), shared with the partners. */
      PARTNER_WEBHOOK_SECRET: env.secret(16),
      /** Base URL of the Mijn Burgerprofiel notification API. */
      BURGERPROFIEL_URL: env.url(),
      BURGERPROFIEL_TOKEN_URL: env.url(),
      BURGERPROFIEL_CLIENT_ID: env.string(),
      BURGERPROFIEL_CLIENT_SECRET: env.secret(1),
      /** Where a citizen opens a dossier: the link in the notification is this + the dossier id. */
      DOSSIER_DEEPLINK_BASE: env.url('https://www.leuven.be/energieloket/mijn-dossier/'),
      DELIVERY_TIMEOUT_MS: env.int(5000, 100, 60_000),
      OUTBOX_POLL_MS: env.int(1000, 10, 60_000),
    },
    source,
  );
  let webhooks: Record<string, unknown>;
  try {
    webhooks = JSON.parse(c.PARTNER_WEBHOOKS) as Record<string, unknown>;
  } catch {
    throw new ConfigError([`PARTNER_WEBHOOKS: must be a JSON object of partner -> URL (got '${c.PARTNER_WEBHOOKS}')`]);
  }
  const problems: string[] = [];
  const partnerWebhooks: Partial<Record<PartnerOrganisatie, string>> = {};
  for (const [partner, url] of Object.entries(webhooks)) {
    if (!(PARTNERS as readonly string[]).includes(partner)) problems.push(`PARTNER_WEBHOOKS: unknown partner '${partner}' (one of ${PARTNERS.join(', ')})`);
    else if (typeof url !== 'string' || !/^https?:\/\//.test(url)) problems.push(`PARTNER_WEBHOOKS: the URL of '${partner}' must be an absolute http(s) URL`);
    else partnerWebhooks[partner as PartnerOrganisatie] = url;
  }
  if (problems.length) throw new ConfigError(problems);
  return { ...c, partnerWebhooks };
}

export type DeliveryConfig = ReturnType<typeof loadDeliveryConfig>;
