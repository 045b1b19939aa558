import { createHttpClient, type Logger, type TokenProvider, type UpstreamCall } from '@hub/shared';
import { LoketAanvraagStatus, LoketOntvangst, type LoketAanvraag } from './mijnverbouwpremie-contract.js';

export * from './mijnverbouwpremie-contract.js';

/** The Mijn VerbouwPremie desk as the premies service uses it (the port; tests may give a fake). */
export interface PremieLoket {
  /**
   * Submits an application with an idempotency key: the same key again gives the same receipt. Sent once:
   * a failure is retried by the outbox (with the same key), never here.
   */
  dienIn(idempotencyKey: string, aanvraag: LoketAanvraag): Promise<LoketOntvangst>;
  /** The status and history of an application; undefined when the desk does not know the number. */
  status(dossiernummer: string): Promise<LoketAanvraagStatus | undefined>;
}

export const MIJNVERBOUWPREMIE_SOURCE = 'mijnverbouwpremie';

/**
 * The HTTP adapter of the desk (the contract in mijnverbouwpremie-contract.ts): an ACM/IDM bearer token
 * (OAuth2 client credentials) on every call, a timeout per attempt, answers validated. Status reads are
 * retried like every read; a submission is not (the outbox does that, with the same Idempotency-Key).
 */
export function createMijnVerbouwPremieClient(options: {
  /** Base URL of the desk's API, e.g. https://api.vlaanderen.be/mijnverbouwpremie/v1 (the sandbox: http://host:port/mijnverbouwpremie). */
  baseUrl: string;
  tokens: TokenProvider;
  timeoutMs: number;
  logger?: Logger;
  onCall?: (call: UpstreamCall) => void;
}): PremieLoket {
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const client = createHttpClient({
    source: MIJNVERBOUWPREMIE_SOURCE,
    baseURL: base.origin,
    timeoutMs: options.timeoutMs,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.onCall ? { onCall: options.onCall } : {}),
  });
  const auth = async () => ({ authorization: `Bearer ${await options.tokens.token()}` });
  return {
    async dienIn(idempotencyKey, aanvraag) {
      // The key goes in a header of our own, not as `idempotencyKey`, which would make the client retry the POST.
      const ontvangst = await client.postJson(`${prefix}/aanvragen`, aanvraag, {
        schema: LoketOntvangst,
        headers: { ...(await auth()), 'idempotency-key': idempotencyKey },
      });
      if (!ontvangst) throw new Error('empty answer of the premie desk');
      return ontvangst;
    },
    async status(dossiernummer) {
      return client.getJson(`${prefix}/aanvragen/${encodeURIComponent(dossiernummer)}`, {
        schema: LoketAanvraagStatus,
        headers: await auth(),
        emptyStatuses: [404],
      });
    },
  };
}
