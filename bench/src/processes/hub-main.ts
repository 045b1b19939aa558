// The whole hub in one process, as `npm start` runs it (startHub on the embedded defaults), with the
// bench data and the generated homes; measured by the runner. Configured by BENCH_HUB (JSON, see
// HubProcessConfig); answers the runner's questions about what it observed (see answerQuestions).
import v8 from 'node:v8';
import { disableDataLoaderBatching } from './unbatched.js';
import { answerQuestions, closeOnStop, sayFailed, sayReady } from './child.js';

export interface HubProcessConfig {
  dataDir: string;
  sandboxLatencyMs: number;
  dossiers: number;
  woningen: number;
  /** false: the per-request DataLoaders do not batch or deduplicate (see disableDataLoaderBatching). */
  batching: boolean;
  woningpasCache: 'memory' | 'none';
}

/** What the hub observed since the runner last asked `observe`, in detail (for single requests). */
export interface Observed {
  /** Every call of the gateway to a subgraph, with its document and timing. */
  subgraphFetches: Array<{ subgraph: string; entities: boolean; query: string; variables?: Record<string, unknown>; startedAt: number; durationMs: number }>;
  /** Every call to a sandbox: its prefix, path and query. */
  sandboxRequests: Array<{ prefix: string; url: string }>;
}

/** What the hub observed since the runner last asked `observe`, counted (under load: no growing lists). */
export interface ObservedCounts {
  /** Calls of the gateway per subgraph, and how many of them were entity (`_entities`) fetches. */
  subgraphFetches: Record<string, number>;
  entityFetches: Record<string, number>;
  /** Calls per sandbox prefix. */
  sandboxRequests: Record<string, number>;
}

const config = JSON.parse(process.env.BENCH_HUB ?? '{}') as HubProcessConfig;
// Before the subgraphs exist: they create their DataLoaders per request.
if (config.batching === false) disableDataLoaderBatching();

const { startHub } = await import('@hub/embedded');
const { insertBenchData } = await import('../data.js');

let detailed = false;
let observed: Observed = { subgraphFetches: [], sandboxRequests: [] };
let counts: ObservedCounts = { subgraphFetches: {}, entityFetches: {}, sandboxRequests: {} };
const add = (counter: Record<string, number>, key: string) => {
  counter[key] = (counter[key] ?? 0) + 1;
};

try {
  const hub = await startHub({
    ports: { gateway: 0, dossier: 0, woningpas: 0, ipdc: 0, premies: 0, sandbox: 0 },
    dataDir: config.dataDir,
    seed: true,
    sandboxLatencyMs: config.sandboxLatencyMs,
    logLevel: 'warn',
    mode: 'development',
    woningpasCache: config.woningpasCache,
    syntheticHomes: true,
    onSubgraphFetch: (fetch) => {
      const entities = /\b_entities\s*\(/.test(fetch.query);
      add(counts.subgraphFetches, fetch.subgraph);
      if (entities) add(counts.entityFetches, fetch.subgraph);
      if (detailed) {
        const { subgraph, query, variables, startedAt, durationMs } = fetch;
        observed.subgraphFetches.push({ subgraph, entities, query, ...(variables ? { variables } : {}), startedAt, durationMs });
      }
    },
    onSandboxRequest: (prefix, url) => {
      add(counts.sandboxRequests, prefix);
      if (detailed) observed.sandboxRequests.push({ prefix, url: `${url.pathname}${url.search}` });
    },
  });
  const inserted = await insertBenchData(hub.dataSources.dossier, { dossiers: config.dossiers, woningen: config.woningen });
  answerQuestions({
    // Starts observing afresh; `detailed` also keeps every call (for a single request, not under load).
    observe: (q) => {
      detailed = q.detailed === true;
      observed = { subgraphFetches: [], sandboxRequests: [] };
      counts = { subgraphFetches: {}, entityFetches: {}, sandboxRequests: {} };
      return {};
    },
    observed: () => ({ counts, ...(detailed ? { observed } : {}) }),
    // Where the memory goes (MB): the JavaScript heap (per space), buffers and WebAssembly (the embedded database).
    memory: () => {
      const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
      const usage = Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, mb(v)]));
      const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [`heap ${s.space_name}`, mb(s.space_size)]));
      return { memory: { ...usage, ...spaces } };
    },
  });
  closeOnStop(() => hub.close());
  sayReady({ urls: hub.urls, inserted });
} catch (err) {
  sayFailed(err);
}
