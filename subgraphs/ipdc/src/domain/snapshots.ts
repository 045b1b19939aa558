import type { ProductSnapshot } from './product.js';

/** A snapshot with its index in the list it came from (its position on a feed page). */
export interface GeplaatsteSnapshot {
  snapshot: ProductSnapshot;
  positie: number;
}

/**
 * Per product the newest of these snapshots: the latest `generatedAtTime` wins, and on a tie the one
 * that comes later in the list (the feed). Archived snapshots count like any other: when the newest
 * snapshot of a product is archived, the product is archived.
 */
export function nieuwstePerProduct(snapshots: readonly ProductSnapshot[]): GeplaatsteSnapshot[] {
  const newest = new Map<string, GeplaatsteSnapshot & { time: number }>();
  snapshots.forEach((snapshot, positie) => {
    const time = Date.parse(snapshot.generatedAtTime);
    const current = newest.get(snapshot.product.id);
    if (!current || time >= current.time) newest.set(snapshot.product.id, { snapshot, positie, time });
  });
  return [...newest.values()].map(({ snapshot, positie }) => ({ snapshot, positie }));
}
