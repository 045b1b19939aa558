import { isDeepStrictEqual } from 'node:util';

/**
 * What one request of the back-office list cost: the gateway's calls per subgraph and the upstream
 * calls per lookup, from what the embedded hub observed (see processes/hub-main.ts).
 */

/** A lookup of an upstream: the sandbox, the path with its ids as {id}, and the names (not values) of the parameters. */
export function lookupOf(prefix: string, url: string): string {
  const [path = '', query = ''] = url.split('?');
  const params = [...new URLSearchParams(query).keys()].sort();
  return `${prefix} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}${params.length ? `?${params.join('&')}` : ''}`;
}

export interface UpstreamCost {
  /** Calls per lookup (token requests of the identity provider left out: one per process, not per home). */
  perLookup: Record<string, number>;
  /** Upstream calls made more than once in the request (the same URL). */
  duplicates: string[];
  total: number;
  /** The most calls of one lookup per distinct home (1 = each home looked up once per lookup). */
  maxPerHome: number;
}

export function upstreamCost(requests: ReadonlyArray<{ prefix: string; url: string }>, distinctHomes: number): UpstreamCost {
  const perLookup: Record<string, number> = {};
  const seen = new Map<string, number>();
  let total = 0;
  for (const r of requests) {
    if (r.prefix === 'idp') continue;
    total++;
    const lookup = lookupOf(r.prefix, r.url);
    perLookup[lookup] = (perLookup[lookup] ?? 0) + 1;
    const key = `${r.prefix} ${r.url}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([key]) => key);
  const most = Math.max(0, ...Object.values(perLookup));
  return { perLookup, duplicates, total, maxPerHome: distinctHomes > 0 ? Math.round((most / distinctHomes) * 100) / 100 : most };
}

export interface FetchCost {
  /** Calls of the gateway per subgraph. */
  perSubgraph: Record<string, number>;
  /** Of which entity (`_entities`) fetches. */
  entities: Record<string, number>;
}

export function fetchCost(fetches: ReadonlyArray<{ subgraph: string; entities: boolean }>): FetchCost {
  const perSubgraph: Record<string, number> = {};
  const entities: Record<string, number> = {};
  for (const f of fetches) {
    perSubgraph[f.subgraph] = (perSubgraph[f.subgraph] ?? 0) + 1;
    if (f.entities) entities[f.subgraph] = (entities[f.subgraph] ?? 0) + 1;
  }
  return { perSubgraph, entities };
}

/** Upstream calls per operation, per sandbox prefix, from the calls counted over `operations` operations. */
export function perOperation(calls: Record<string, number>, operations: number): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [prefix, n] of Object.entries(calls)) {
    if (n > 0 && operations > 0) result[prefix] = Math.round((n / operations) * 100) / 100;
  }
  return result;
}

/** Calls counted between two snapshots of per-prefix counters. */
export function callsBetween(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const diff: Record<string, number> = {};
  for (const [prefix, n] of Object.entries(after)) {
    const d = n - (before[prefix] ?? 0);
    if (d > 0) diff[prefix] = d;
  }
  return diff;
}

/** The first place where two JSON answers differ, or undefined when they are equal. */
export function firstDifference(ours: unknown, theirs: unknown, path = '$'): { path: string; ours: unknown; theirs: unknown } | undefined {
  if (isDeepStrictEqual(ours, theirs)) return undefined;
  if (ours && theirs && typeof ours === 'object' && typeof theirs === 'object' && Array.isArray(ours) === Array.isArray(theirs)) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    for (const key of keys) {
      const found = firstDifference((ours as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key], Array.isArray(ours) ? `${path}[${key}]` : `${path}.${key}`);
      if (found) return found;
    }
  }
  return { path, ours, theirs };
}
