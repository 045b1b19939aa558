import { clientCredentialsTokenProvider, type Logger, type OutboxWorker, type UpstreamCall } from '@hub/shared';
import type { DataSource } from 'typeorm';
import type { AanvraagConfig } from './aanvraag-config.js';
import { createMijnVerbouwPremieClient, type PremieLoket } from './clients/mijnverbouwpremie.js';
import { createPremiesOutboxWorker } from './delivery/index.js';
import { createPremieVolger, type PremieVolger } from './delivery/volger.js';
import { PremieAanvraagRepository } from './repositories/aanvraag-repository.js';
import { AanvraagOpvolging } from './services/aanvraag/opvolging.js';

/** What a premies process runs next to its subgraph for the applications. */
export interface PremieAanvraagDiensten {
  /** The Mijn VerbouwPremie desk (HTTP adapter). */
  loket: PremieLoket;
  /** Delivers submissions to the desk and notifications to Mijn Burgerprofiel; start it (or drain it in tests). */
  outbox: OutboxWorker;
  /** Follows the open applications at the desk; start it (or run rounds in tests). */
  volger: PremieVolger;
  /** For createServer: the draft secret and how long a draft is valid. */
  voorstel: { secret: string; geldigheidMs: number };
}

/**
 * Builds the applications' background parts from the configuration: the desk client and the Mijn
 * Burgerprofiel token (OAuth2 client credentials at ACM/IDM), the outbox worker and the follower.
 * Nothing is started.
 */
export function createPremieAanvraagDiensten(options: {
  dataSource: DataSource;
  config: AanvraagConfig;
  logger: Logger;
  onCall?: (call: UpstreamCall) => void;
  now?: () => Date;
  /** The outbox's retry backoff (tests shorten it). */
  backoff?: { baseMs: number; maxMs: number; jitter?: boolean };
}): PremieAanvraagDiensten {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const onCall = options.onCall ? { onCall: options.onCall } : {};
  const loket = createMijnVerbouwPremieClient({
    baseUrl: config.MIJNVERBOUWPREMIE_URL,
    timeoutMs: config.DELIVERY_TIMEOUT_MS,
    logger,
    ...onCall,
    tokens: clientCredentialsTokenProvider({
      source: 'acm-idm',
      tokenUrl: config.MIJNVERBOUWPREMIE_TOKEN_URL,
      clientId: config.MIJNVERBOUWPREMIE_CLIENT_ID,
      clientSecret: config.MIJNVERBOUWPREMIE_CLIENT_SECRET,
      ...(config.MIJNVERBOUWPREMIE_SCOPE ? { scope: config.MIJNVERBOUWPREMIE_SCOPE } : {}),
      timeoutMs: config.DELIVERY_TIMEOUT_MS,
      logger,
    }),
  });
  const repository = new PremieAanvraagRepository(options.dataSource);
  const opvolging = new AanvraagOpvolging({ dataSource: options.dataSource, repository, logger, volgIntervalMs: config.PREMIE_VOLGER_INTERVAL_MS, now });
  const outbox = createPremiesOutboxWorker({
    dataSource: options.dataSource,
    loket,
    opvolging,
    logger,
    timeoutMs: config.DELIVERY_TIMEOUT_MS,
    pollIntervalMs: config.OUTBOX_POLL_MS,
    now,
    ...onCall,
    ...(options.backoff ? { backoff: options.backoff } : {}),
    burgerprofiel: {
      baseUrl: config.BURGERPROFIEL_URL,
      deeplinkBase: config.PREMIE_DEEPLINK_BASE,
      tokens: clientCredentialsTokenProvider({
        source: 'acm-idm',
        tokenUrl: config.BURGERPROFIEL_TOKEN_URL,
        clientId: config.BURGERPROFIEL_CLIENT_ID,
        clientSecret: config.BURGERPROFIEL_CLIENT_SECRET,
        timeoutMs: config.DELIVERY_TIMEOUT_MS,
        logger,
      }),
    },
  });
  const volger = createPremieVolger({ repository, loket, opvolging, logger, intervalMs: config.PREMIE_VOLGER_INTERVAL_MS, now });
  return { loket, outbox, volger, voorstel: { secret: config.PREMIE_VOORSTEL_SECRET, geldigheidMs: config.PREMIE_VOORSTEL_GELDIGHEID_MIN * 60_000 } };
}
