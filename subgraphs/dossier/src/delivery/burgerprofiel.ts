import { z } from 'zod';
import { createHttpClient, PermanentDeliveryError, UpstreamError, type Logger, type OutboxMessage, type TokenProvider, type UpstreamCall } from '@hub/shared';
import type { BurgerprofielNotificatiePayload } from './contracts.js';

/**
 * The body of `POST /api/v2/notificaties` of Mijn Burgerprofiel as the hub sends it. There is no public
 * contract in the project's reference material: this is the hub's adapter contract (documented in the
 * README), which the sandbox speaks and a production adapter maps onto the real API.
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
    fase: string;
    actieNodig: boolean;
    actie: string | null;
    link: string;
    gewijzigdOp: string;
  };
}

export const AFZENDER = { organisatie: 'Stad Leuven', dienst: 'Energieloket' } as const;

export function toNotificatie(payload: BurgerprofielNotificatiePayload, deeplinkBase: string): BurgerprofielNotificatie {
  return {
    ontvanger: { insz: payload.insz },
    afzender: { ...AFZENDER },
    onderwerp: `Je renovatiedossier ${payload.referentie}`,
    bericht: payload.bericht,
    zaak: {
      id: payload.dossierId,
      referentie: payload.referentie,
      titel: payload.titel,
      status: payload.status,
      fase: payload.fase,
      actieNodig: payload.actieNodig,
      actie: payload.actie,
      link: new URL(payload.dossierId, deeplinkBase.endsWith('/') ? deeplinkBase : `${deeplinkBase}/`).toString(),
      gewijzigdOp: payload.gewijzigdOp,
    },
  };
}

const Created = z.object({ id: z.string() }).passthrough();

/**
 * Delivers dossier changes to Mijn Burgerprofiel: OAuth2 bearer (client credentials at ACM/IDM), the
 * outbox message id as idempotency key. 4xx other than 401/408/429 is permanent.
 */
export function burgerprofielHandler(options: {
  baseUrl: string;
  tokens: TokenProvider;
  deeplinkBase: string;
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
    const notificatie = toNotificatie(message.payload as BurgerprofielNotificatiePayload, options.deeplinkBase);
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
