import { burgerprofielHandler, clientCredentialsTokenProvider, createOutboxWorker, type Logger, type OutboxWorker, type UpstreamCall } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { toNotificatie } from './burgerprofiel.js';
import type { DeliveryConfig } from './config.js';
import { BURGERPROFIEL_NOTIFICATIE_TOPIC, PARTNER_AANVRAAG_TOPIC } from './contracts.js';
import { partnerWebhookHandler } from './partner-webhook.js';

export * from './contracts.js';
export { loadDeliveryConfig, type DeliveryConfig } from './config.js';
export { signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER, IDEMPOTENCY_HEADER } from './partner-webhook.js';
export { toNotificatie } from './burgerprofiel.js';
export type { BurgerprofielNotificatie } from '@hub/shared';
import type { BurgerprofielNotificatiePayload } from './contracts.js';

/** The outbox worker of the CRM: partner requests to the partners' webhooks, dossier changes to Mijn Burgerprofiel. */
export function createDossierOutboxWorker(options: {
  dataSource: DataSource;
  config: DeliveryConfig;
  logger: Logger;
  onCall?: (call: UpstreamCall) => void;
  now?: () => Date;
  backoff?: { baseMs: number; maxMs: number; jitter?: boolean };
}): OutboxWorker {
  const { config, logger } = options;
  const common = { timeoutMs: config.DELIVERY_TIMEOUT_MS, logger, ...(options.onCall ? { onCall: options.onCall } : {}) };
  return createOutboxWorker({
    dataSource: options.dataSource,
    logger,
    pollIntervalMs: config.OUTBOX_POLL_MS,
    ...(options.now ? { now: options.now } : {}),
    ...(options.backoff ? { backoff: { jitter: true, ...options.backoff } } : {}),
    handlers: {
      [PARTNER_AANVRAAG_TOPIC]: partnerWebhookHandler({
        ...common,
        webhooks: config.partnerWebhooks,
        secret: config.PARTNER_WEBHOOK_SECRET,
        ...(options.now ? { now: options.now } : {}),
      }),
      [BURGERPROFIEL_NOTIFICATIE_TOPIC]: burgerprofielHandler({
        ...common,
        baseUrl: config.BURGERPROFIEL_URL,
        toNotificatie: (payload) => toNotificatie(payload as BurgerprofielNotificatiePayload, config.DOSSIER_DEEPLINK_BASE),
        tokens: clientCredentialsTokenProvider({
          source: 'acm-idm',
          tokenUrl: config.BURGERPROFIEL_TOKEN_URL,
          clientId: config.BURGERPROFIEL_CLIENT_ID,
          clientSecret: config.BURGERPROFIEL_CLIENT_SECRET,
          timeoutMs: config.DELIVERY_TIMEOUT_MS,
          logger,
        }),
      }),
    },
  });
}
