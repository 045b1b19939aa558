import { burgerprofielHandler, createOutboxWorker, type Logger, type OutboxWorker, type TokenProvider, type UpstreamCall } from '@hub/shared';
import type { DataSource } from 'typeorm';
import type { PremieLoket } from '../clients/mijnverbouwpremie.js';
import type { AanvraagOpvolging } from '../services/aanvraag/opvolging.js';
import { toNotificatie } from './burgerprofiel.js';
import { BURGERPROFIEL_NOTIFICATIE_TOPIC, MIJNVERBOUWPREMIE_AANVRAAG_TOPIC, type PremieNotificatiePayload } from './contracts.js';
import { indieningHandler } from './indiening.js';

export * from './contracts.js';
export { toNotificatie } from './burgerprofiel.js';

/** The outbox worker of the premies service: submissions to the desk, status changes to Mijn Burgerprofiel. */
export function createPremiesOutboxWorker(options: {
  dataSource: DataSource;
  loket: PremieLoket;
  opvolging: AanvraagOpvolging;
  burgerprofiel: { baseUrl: string; tokens: TokenProvider; deeplinkBase: string };
  timeoutMs: number;
  pollIntervalMs: number;
  logger: Logger;
  onCall?: (call: UpstreamCall) => void;
  now?: () => Date;
  backoff?: { baseMs: number; maxMs: number; jitter?: boolean };
}): OutboxWorker {
  const { logger } = options;
  return createOutboxWorker({
    dataSource: options.dataSource,
    logger,
    pollIntervalMs: options.pollIntervalMs,
    ...(options.now ? { now: options.now } : {}),
    ...(options.backoff ? { backoff: { jitter: true, ...options.backoff } } : {}),
    handlers: {
      [MIJNVERBOUWPREMIE_AANVRAAG_TOPIC]: indieningHandler({ loket: options.loket, opvolging: options.opvolging, logger }),
      [BURGERPROFIEL_NOTIFICATIE_TOPIC]: burgerprofielHandler({
        baseUrl: options.burgerprofiel.baseUrl,
        tokens: options.burgerprofiel.tokens,
        toNotificatie: (payload) => toNotificatie(payload as PremieNotificatiePayload, options.burgerprofiel.deeplinkBase),
        timeoutMs: options.timeoutMs,
        logger,
        ...(options.onCall ? { onCall: options.onCall } : {}),
      }),
    },
  });
}
