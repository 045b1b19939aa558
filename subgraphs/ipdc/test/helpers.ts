import { readFileSync } from 'node:fs';
import { ANONYMOUS, createLogger, type Identity, type Logger, type UpstreamCall } from '@hub/shared';
import { postGraphQL, TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { createIpdcClient, createServer, type IpdcClient } from '../src/server.js';

export const API_KEY = 'test-ipdc-api-key';
export const IPDC_URL = 'https://api.ipdc.test';
export const FEED_URL = 'https://feed.ipdc.test';

export const silentLogger = (): Logger => createLogger('ipdc', 'silent');

/** Reads a JSON file next to the tests (test/fixtures/...) or in the sandbox fixtures. */
export function fixture<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
}

export const referenceFile = <T = Record<string, unknown>>(name: string) => fixture<T>(`./fixtures/reference/${name}`);
export const sandboxPage = <T = Record<string, unknown>>(n: number) => fixture<T>(`../src/sandbox/fixtures/instantiesnapshot-page-${n}.json`);

export function testClient(opts: { ipdcUrl?: string; feedUrl?: string; logger?: Logger; calls?: UpstreamCall[]; timeoutMs?: number } = {}): IpdcClient {
  return createIpdcClient(
    { ipdcUrl: opts.ipdcUrl ?? IPDC_URL, ipdcFeedUrl: opts.feedUrl ?? FEED_URL, ipdcApiKey: API_KEY, upstreamTimeoutMs: opts.timeoutMs ?? 2000 },
    opts.logger ?? silentLogger(),
    opts.calls ? (c) => opts.calls!.push(c) : undefined,
  );
}

export interface RunningSubgraph {
  url: string;
  calls: UpstreamCall[];
  /** Calls the subgraph as the gateway would, for `identity` (anonymous by default). */
  query<D = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, identity?: Identity): ReturnType<typeof postGraphQL<D>>;
  close(): Promise<void>;
}

/** The ipdc subgraph on a free port, with a client for `ipdcUrl`/`feedUrl` that records its upstream calls. */
export async function startSubgraph(
  opts: { ipdcUrl?: string; feedUrl?: string; catalogusTtlMs?: number; logger?: Logger; timeoutMs?: number } = {},
): Promise<RunningSubgraph> {
  const calls: UpstreamCall[] = [];
  const logger = opts.logger ?? silentLogger();
  const server = await createServer({
    identitySecret: TEST_IDENTITY_SECRET,
    logger,
    ipdc: testClient({ ...opts, logger, calls }),
    ...(opts.catalogusTtlMs !== undefined ? { catalogusTtlMs: opts.catalogusTtlMs } : {}),
  });
  const url = await server.listen(0);
  return {
    url,
    calls,
    query: (query, variables, identity = ANONYMOUS) => postGraphQL(url, { query, ...(variables ? { variables } : {}) }, { identity }),
    close: () => server.close(),
  };
}
