import type { Logger } from '@hub/shared';
import type { PremieLoket } from '../clients/mijnverbouwpremie.js';
import type { PremieAanvraagRepository } from '../repositories/aanvraag-repository.js';
import type { AanvraagOpvolging } from '../services/aanvraag/opvolging.js';

/** How long the follower waits before asking again for a dossier number the desk does not know. */
const ONBEKEND_OPNIEUW_MS = 60 * 60_000;

/** What one round of the follower did. */
export interface VolgRonde {
  /** Applications asked at the desk. */
  bevraagd: number;
  /** Applications with at least one new status. */
  gewijzigd: number;
  /** New statuses recorded (each notified once). */
  nieuweStatussen: number;
  /** Applications the desk could not answer for now (asked again at the next interval). */
  fouten: number;
}

export interface PremieVolger {
  /** Polls every interval; the timer does not keep the process alive. */
  start(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
  /** One round now: every open application that is due, once. A round already running is joined, not doubled. */
  ronde(): Promise<VolgRonde>;
}

/**
 * Follows the open applications at the Mijn VerbouwPremie desk: each round claims the applications that
 * are due (a lease, so that followers in several replicas do not ask twice), asks the desk for each, and
 * records every new status with a notification to the citizen (AanvraagOpvolging). One round at a time.
 */
export function createPremieVolger(options: {
  repository: PremieAanvraagRepository;
  loket: PremieLoket;
  opvolging: AanvraagOpvolging;
  logger: Logger;
  intervalMs: number;
  batchSize?: number;
  /** How long a claimed application stays invisible to other followers while it is checked. */
  leaseMs?: number;
  now?: () => Date;
}): PremieVolger {
  const { repository, loket, opvolging, logger } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<VolgRonde> | undefined;
  let stopped = true;
  /** Set by stop(): a round in progress ends after its batch. */
  let closing = false;

  async function rondeOnce(): Promise<VolgRonde> {
    const result: VolgRonde = { bevraagd: 0, gewijzigd: 0, nieuweStatussen: 0, fouten: 0 };
    const gezien = new Set<string>();
    for (;;) {
      const at = now();
      const batch = await repository.claimTeVolgen(at, new Date(at.getTime() + leaseMs), batchSize, [...gezien]);
      if (batch.length === 0) return result;
      for (const aanvraag of batch) {
        gezien.add(aanvraag.id);
        result.bevraagd++;
        try {
          const status = await loket.status(aanvraag.dossiernummer!);
          if (!status) {
            result.fouten++;
            // A number the desk gave and no longer knows is an anomaly for a person to look at: asked again hourly at most.
            logger.warn({ aanvraagId: aanvraag.id, dossiernummer: aanvraag.dossiernummer }, 'the premie desk does not know this dossier number');
            await repository.planControle(aanvraag.id, new Date(now().getTime() + Math.max(options.intervalMs, ONBEKEND_OPNIEUW_MS)));
            continue;
          }
          const nieuw = await opvolging.registreerLoketStatus(aanvraag.id, status);
          result.nieuweStatussen += nieuw;
          if (nieuw > 0) result.gewijzigd++;
        } catch (err) {
          result.fouten++;
          logger.warn({ err, aanvraagId: aanvraag.id }, 'premie status check failed; asked again at the next interval');
          await repository.planControle(aanvraag.id, new Date(now().getTime() + options.intervalMs)).catch(() => undefined);
        }
      }
      if (closing) return result;
    }
  }

  function ronde(): Promise<VolgRonde> {
    running ??= rondeOnce().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      ronde()
        .catch((err: unknown) => logger.error({ err }, 'premie follower round failed'))
        .finally(schedule);
    }, options.intervalMs);
    timer.unref();
  }

  return {
    start() {
      stopped = false;
      closing = false;
      schedule();
    },
    async stop() {
      stopped = true;
      closing = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
    ronde,
  };
}
