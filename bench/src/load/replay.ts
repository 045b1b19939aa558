import http from 'node:http';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@hub/shared';
import { summarise, type LoadResult } from './stats.js';

/** One call the gateway made to a subgraph for an operation, as observed (see `onSubgraphFetch`). */
export interface ObservedFetch {
  subgraph: string;
  query: string;
  variables?: Record<string, unknown>;
  startedAt: number;
  durationMs: number;
}

/** A subgraph call to replay, and the call whose answer it waited for (null: it started at once). */
export interface PlannedFetch {
  subgraph: string;
  body: string;
  after: number | null;
}

/**
 * How the gateway ran an operation's subgraph calls, from one observed run: a call waited for the call
 * that ended last before it started (the gateway starts a dependent fetch as soon as its input is
 * there), and calls that started together ran in parallel. Replaying this tree sends the subgraphs
 * exactly the gateway's calls, in the gateway's order, without the gateway.
 */
export function planFetches(observed: readonly ObservedFetch[]): PlannedFetch[] {
  const ordered = [...observed].sort((a, b) => a.startedAt - b.startedAt);
  return ordered.map((fetch, i) => {
    let after: number | null = null;
    let latestEnd = -Infinity;
    for (let j = 0; j < i; j++) {
      const end = ordered[j]!.startedAt + ordered[j]!.durationMs;
      if (end <= fetch.startedAt && end > latestEnd) {
        latestEnd = end;
        after = j;
      }
    }
    return { subgraph: fetch.subgraph, body: JSON.stringify({ query: fetch.query, ...(fetch.variables ? { variables: fetch.variables } : {}) }), after };
  });
}

export interface Replay {
  plan: PlannedFetch[];
  /** GraphQL URL per subgraph. */
  urls: Record<string, string>;
  /** The identity the gateway would pass on, and the secret it signs it with. */
  identity: Identity;
  identitySecret: string;
  connections: number;
  durationS: number;
  warmupS: number;
}

interface Outcome {
  ok: boolean;
  status: number;
  errors: boolean;
}

function post(agent: http.Agent, url: URL, body: string, headers: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(url, { agent, method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const errors = Buffer.concat(chunks).includes('"errors"');
        resolve({ ok: res.statusCode === 200 && !errors, status: res.statusCode ?? 0, errors });
      });
      res.on('error', () => resolve({ ok: false, status: 0, errors: false }));
    });
    request.on('error', () => resolve({ ok: false, status: 0, errors: false }));
    request.end(body);
  });
}

/** Runs the plan once: each call as soon as the call it waits for is answered. Resolves with the worst outcome. */
async function page(agent: http.Agent, replay: Replay, urls: URL[], headers: Record<string, string>): Promise<Outcome> {
  const done: Array<Promise<Outcome>> = [];
  for (let i = 0; i < replay.plan.length; i++) {
    const fetch = replay.plan[i]!;
    const waitFor = fetch.after === null ? Promise.resolve(undefined) : done[fetch.after]!;
    done.push(waitFor.then(() => post(agent, urls[i]!, fetch.body, headers)));
  }
  const outcomes = await Promise.all(done);
  return outcomes.find((o) => !o.ok) ?? outcomes[0] ?? { ok: true, status: 200, errors: false };
}

async function drive(replay: Replay, durationS: number, record: boolean) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const urls = replay.plan.map((f) => {
    const url = replay.urls[f.subgraph];
    if (!url) throw new Error(`no URL for subgraph ${f.subgraph}`);
    return new URL(url);
  });
  const latencies: number[] = [];
  let non2xx = 0;
  let badAnswers = 0;
  let errors = 0;
  const until = performance.now() + durationS * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      // The gateway signs the identity once per request; so does the replay, per page.
      const headers = { [IDENTITY_HEADER]: signIdentity(replay.identity, replay.identitySecret) };
      const outcome = await page(agent, replay, urls, headers);
      if (!record) continue;
      latencies.push(performance.now() - started);
      if (outcome.status === 0) errors++;
      else if (outcome.status !== 200) non2xx++;
      else if (outcome.errors) badAnswers++;
    }
  };
  await Promise.all(Array.from({ length: replay.connections }, worker));
  agent.destroy();
  return { latencies, non2xx, badAnswers, errors };
}

/**
 * The subgraphs hit directly: `connections` clients each replay the gateway's calls of one operation
 * (with a freshly signed identity per page) for `durationS` seconds; the latency is that of the whole
 * page. Compared with the same operation through the gateway, the difference is the gateway's own cost.
 */
export async function measureReplay(replay: Replay, onMeasureStart?: () => Promise<unknown>, latencies: number[] = []): Promise<LoadResult> {
  if (replay.warmupS > 0) await drive(replay, replay.warmupS, false);
  await onMeasureStart?.();
  const { latencies: measured, ...counts } = await drive(replay, replay.durationS, true);
  latencies.push(...measured);
  return summarise(measured, { connections: replay.connections, durationS: replay.durationS, ...counts });
}
