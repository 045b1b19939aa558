import type { Logger } from '@hub/shared';
import type { IpdcClient } from '../clients/ipdc-client.js';
import type { Product, ProductSnapshot } from '../domain/product.js';

/**
 * The current catalogue from the feed's snapshots: per product the newest snapshot wins (on
 * `generatedAtTime`; on a tie the later one in the feed), and a product whose newest snapshot is
 * archived is dropped.
 */
export function actueleProducten(snapshots: readonly ProductSnapshot[]): Product[] {
  const newest = new Map<string, { snapshot: ProductSnapshot; time: number }>();
  for (const snapshot of snapshots) {
    const time = Date.parse(snapshot.generatedAtTime);
    const current = newest.get(snapshot.product.id);
    if (!current || time >= current.time) newest.set(snapshot.product.id, { snapshot, time });
  }
  return [...newest.values()].filter(({ snapshot }) => !snapshot.gearchiveerd).map(({ snapshot }) => snapshot.product);
}

export interface CatalogusOptions {
  /** How long a catalogue read from the feed is served before the feed is read again. */
  ttlMs: number;
  /** After a failed refresh, how long the previous catalogue is served before trying again. */
  retryAfterMs?: number;
  now?: () => number;
}

/**
 * The catalogue, read from the IPDC feed and kept in memory for a TTL, shared by all requests. One
 * refresh at a time: requests that arrive while the feed is being read wait for the same read. When a
 * refresh fails and an earlier catalogue exists, that one is served (and the failure logged) for
 * `retryAfterMs`; without an earlier catalogue the failure reaches the caller.
 */
export class Catalogus {
  private cached: { producten: readonly Product[]; expiresAt: number } | undefined;
  private pending: Promise<readonly Product[]> | undefined;
  private readonly now: () => number;
  private readonly retryAfterMs: number;

  constructor(
    private readonly client: IpdcClient,
    private readonly logger: Logger,
    private readonly options: CatalogusOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.retryAfterMs = options.retryAfterMs ?? Math.min(options.ttlMs, 30_000);
  }

  async producten(): Promise<readonly Product[]> {
    if (this.cached && this.cached.expiresAt > this.now()) return this.cached.producten;
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(): Promise<readonly Product[]> {
    try {
      const producten = actueleProducten(await this.client.readSnapshots());
      this.cached = { producten, expiresAt: this.now() + this.options.ttlMs };
      this.logger.info({ producten: producten.length }, 'IPDC catalogue refreshed');
      return producten;
    } catch (err) {
      if (!this.cached) throw err;
      this.logger.warn({ err }, 'IPDC catalogue refresh failed; serving the previous catalogue');
      this.cached = { producten: this.cached.producten, expiresAt: this.now() + this.retryAfterMs };
      return this.cached.producten;
    }
  }
}
