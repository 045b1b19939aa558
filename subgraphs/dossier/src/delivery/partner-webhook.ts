import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { createHttpClient, PermanentDeliveryError, UpstreamError, type HttpClient, type Logger, type OutboxMessage, type UpstreamCall } from '@hub/shared';
import type { PartnerAanvraagPayload, PartnerOrganisatie } from './contracts.js';

/** Header names of the partner webhook contract (documented in the README of this subgraph). */
export const SIGNATURE_HEADER = 'x-renovatiehub-signature';
export const TIMESTAMP_HEADER = 'x-renovatiehub-timestamp';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** The signature of a webhook body: HMAC-SHA256 over "<timestamp>.<body>", hex, prefixed "sha256=". */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const Ack = z.object({ ontvangen: z.literal(true), referentie: z.string().optional() }).passthrough();

/**
 * Delivers partner requests (DuBo-advies, guidance, loans) to the partner's webhook: a signed JSON POST
 * with the outbox message id as idempotency key. A 4xx (other than 408/429) is permanent: the message
 * is wrong for the partner and retrying will not help; anything else is retried by the outbox.
 */
export function partnerWebhookHandler(options: {
  webhooks: Partial<Record<PartnerOrganisatie, string>>;
  secret: string;
  timeoutMs: number;
  logger: Logger;
  onCall?: (call: UpstreamCall) => void;
  now?: () => Date;
}) {
  const clients = new Map<string, { client: HttpClient; path: string }>();
  const clientFor = (partner: PartnerOrganisatie) => {
    const url = options.webhooks[partner];
    if (!url) return undefined;
    let entry = clients.get(partner);
    if (!entry) {
      const parsed = new URL(url);
      entry = {
        client: createHttpClient({
          source: `partner-${partner}`,
          baseURL: parsed.origin,
          timeoutMs: options.timeoutMs,
          logger: options.logger,
          ...(options.onCall ? { onCall: options.onCall } : {}),
        }),
        path: `${parsed.pathname}${parsed.search}`,
      };
      clients.set(partner, entry);
    }
    return entry;
  };

  return async (message: OutboxMessage): Promise<void> => {
    const payload = message.payload as PartnerAanvraagPayload;
    const target = clientFor(payload.partner);
    if (!target) throw new PermanentDeliveryError(`no webhook configured for partner '${payload.partner}'`);
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor((options.now?.() ?? new Date()).getTime() / 1000));
    try {
      await target.client.postJson(target.path, payload, {
        schema: Ack,
        headers: {
          [IDEMPOTENCY_HEADER]: message.id,
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signWebhook(options.secret, timestamp, body),
        },
      });
    } catch (err) {
      if (err instanceof UpstreamError && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
        throw new PermanentDeliveryError(`partner ${payload.partner} refused the request: HTTP ${err.status}`);
      }
      throw err;
    }
  };
}
