import { z } from 'zod';
import { createHttpClient } from '../http-client.js';
import type { UpstreamCall } from '../http-client.js';
import { UpstreamError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TokenProvider } from '../oauth-client.js';
import { PermanentDeliveryError, type OutboxMessage } from '../outbox/index.js';

/**
 * The body of `POST /api/v2/notificaties` of Mijn Burgerprofiel as the hub sends it: a change of one of
 * the citizen's running cases ("lopende zaken": a renovation dossier, a premie application). There is
 * no public contract in the project's reference material: this is the hub's adapter contract, which
 * the sandbox speaks and a production adapter maps onto the real API.
 */
export interface BurgerprofielNotificatie {
  ontvanger: { insz: string };
  afzender: { organisatie: string; dienst: string };
  onderwerp: string;
  bericht: string;
  zaak: {
    id: string;
    referentie: string;
    titel: string;
    status: string;
    /** The step of the case, when it has steps (a dossier's phase). */
    fase: string | null;
    actieNodig: boolean;
    actie: string | null;
    link: string;
    gewijzigdOp: string;
  };
}

const Created = z.object({ id: z.string() }).passthrough();

/**
 * An outbox handler that delivers notifications to Mijn Burgerprofiel: OAuth2 bearer (client
 * credentials at ACM/IDM), the outbox message id as idempotency key. A 4xx other than 401/408/429 is
 * permanent. `toNotificatie` turns the service's own outbox payload into the body.
 */
export function burgerprofielHandler(options: {
  baseUrl: string;
  tokens: TokenProvider;
  toNotificatie: (payload: unknown) => BurgerprofielNotificatie;
  timeoutMs: number;
  logger: Logger;
  onCall?: (call: UpstreamCall) => void;
}) {
  const base = new URL(options.baseUrl);
  const client = createHttpClient({
    source: 'burgerprofiel',
    baseURL: base.origin,
    timeoutMs: options.timeoutMs,
    logger: options.logger,
    ...(options.onCall ? { onCall: options.onCall } : {}),
  });
  const path = `${base.pathname.replace(/\/$/, '')}/api/v2/notificaties`;
  return async (message: OutboxMessage): Promise<void> => {
    const notificatie = options.toNotificatie(message.payload);
    try {
      await client.postJson(path, notificatie, {
        schema: Created,
        headers: { authorization: `Bearer ${await options.tokens.token()}`, 'idempotency-key': message.id },
      });
    } catch (err) {
      const status = err instanceof UpstreamError ? err.status : undefined;
      if (status !== undefined && status >= 400 && status < 500 && ![401, 408, 429].includes(status)) {
        throw new PermanentDeliveryError(`Mijn Burgerprofiel refused the notification: HTTP ${status}`);
      }
      throw err;
    }
  };
}

/** The link a citizen follows from the notification: `base` + the case id. */
export function zaakLink(base: string, id: string): string {
  return new URL(id, base.endsWith('/') ? base : `${base}/`).toString();
}
