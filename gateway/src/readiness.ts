/**
 * Readiness of the gateway: every subgraph answers its own /ready. Checked at most every 2 s so that
 * a load balancer polling often does not multiply the checks. The answer names subgraphs, not URLs.
 */
export function readinessCheck(subgraphGraphqlUrls: Record<string, string>, timeoutMs = 2000) {
  let last: { at: number; result: Promise<ReadinessStatus> } | undefined;
  const check = async (): Promise<ReadinessStatus> => {
    const entries = await Promise.all(
      Object.entries(subgraphGraphqlUrls).map(async ([name, graphqlUrl]) => {
        try {
          const response = await fetch(new URL('/ready', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
          return [name, response.ok] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    return { ready: entries.every(([, ok]) => ok), subgraphs: Object.fromEntries(entries) };
  };
  return (): Promise<ReadinessStatus> => {
    const now = Date.now();
    if (!last || now - last.at > 2000) last = { at: now, result: check() };
    return last.result;
  };
}

export interface ReadinessStatus {
  ready: boolean;
  subgraphs: Record<string, boolean>;
}
