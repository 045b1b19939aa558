import { PermanentDeliveryError, UpstreamError, type Logger, type OutboxMessage } from '@hub/shared';
import type { PremieLoket } from '../clients/mijnverbouwpremie.js';
import type { AanvraagOpvolging } from '../services/aanvraag/opvolging.js';
import type { IndieningPayload } from './contracts.js';

/** Answers of the desk that mean "this application is refused": retrying will not help. */
const GEWEIGERD = [400, 409, 422];

/**
 * An outbox handler that submits applications to the Mijn VerbouwPremie desk with the client's
 * idempotency key (every attempt is one submission for the desk) and records the desk's dossier number.
 * A refusal of the content (400, 409, 422) makes the application NIET_AANVAARD and is not retried; other
 * 4xx (except 401, 408, 429) are configuration problems: not retried, the application stays TE_VERZENDEN
 * and the failure is logged; anything else is retried by the outbox.
 */
export function indieningHandler(options: { loket: PremieLoket; opvolging: AanvraagOpvolging; logger: Logger }) {
  return async (message: OutboxMessage): Promise<void> => {
    const payload = message.payload as IndieningPayload;
    try {
      const ontvangst = await options.loket.dienIn(payload.idempotencyKey, payload.aanvraag);
      await options.opvolging.registreerOntvangst(payload.aanvraagId, ontvangst);
      options.logger.info({ aanvraagId: payload.aanvraagId, dossiernummer: ontvangst.dossiernummer }, 'premie application submitted to the desk');
    } catch (err) {
      const status = err instanceof UpstreamError ? err.status : undefined;
      if (status !== undefined && GEWEIGERD.includes(status)) {
        await options.opvolging.registreerWeigering(payload.aanvraagId, `Het premieloket weigerde de aanvraag bij ontvangst (HTTP ${status}).`);
        throw new PermanentDeliveryError(`the premie desk refused application ${payload.aanvraagId}: HTTP ${status}`);
      }
      if (status !== undefined && status >= 400 && status < 500 && ![401, 408, 429].includes(status)) {
        throw new PermanentDeliveryError(`the premie desk answered HTTP ${status} for application ${payload.aanvraagId}`);
      }
      throw err;
    }
  };
}
