import { readFileSync } from 'node:fs';
import { ANONYMOUS, createLogger, type Identity, type Logger, type UpstreamCall } from '@hub/shared';
import { createTestDatabase, postGraphQL, QueryCounter, TEST_IDENTITY_SECRET, type TestDatabase } from '@hub/shared/testing';
import type { Product, ProductSnapshot } from '../src/domain/product.js';
import {
  createIpdcClient,
  createIpdcSync,
  createServer,
  ipdcEntities,
  ipdcMigrations,
  type IpdcClient,
  type IpdcSync,
  type IpdcSyncOptions,
  type SnapshotPage,
  type Timer,
} from '../src/server.js';

export const API_KEY = 'test-ipdc-api-key';
export const IPDC_URL = 'https://api.ipdc.test';
export const FEED_URL = 'https://feed.ipdc.test';
export const PS = 'http://data.lblod.info/id/public-service/';

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

/** A fresh ipdc database for one test file (PGlite, or a schema in TEST_DATABASE_URL), counting its statements. */
export async function testDatabase(): Promise<TestDatabase & { queries: QueryCounter }> {
  const queries = new QueryCounter();
  const db = await createTestDatabase({ schemaPrefix: 'ipdc', entities: ipdcEntities, migrations: ipdcMigrations, queryLogger: queries });
  return Object.assign(db, { queries });
}

/** A timer the test fires by hand: what is scheduled, after how long, and whether it was cancelled. */
export class ManualTimer implements Timer {
  readonly scheduled: Array<{ ms: number; run: () => void; cancelled: boolean; fired: boolean }> = [];

  schedule(run: () => void, ms: number) {
    const entry = { ms, run, cancelled: false, fired: false };
    this.scheduled.push(entry);
    return () => {
      entry.cancelled = true;
    };
  }

  /** The delays of the timers that are still pending. */
  pending(): number[] {
    return this.scheduled.filter((e) => !e.cancelled && !e.fired).map((e) => e.ms);
  }

  /** Fires the oldest pending timer. */
  fire(): void {
    const entry = this.scheduled.find((e) => !e.cancelled && !e.fired);
    if (!entry) throw new Error('no timer pending');
    entry.fired = true;
    entry.run();
  }
}

export interface RunningSubgraph {
  url: string;
  /** The upstream calls of the subgraph's IPDC client (instances and feed pages). */
  calls: UpstreamCall[];
  db: TestDatabase & { queries: QueryCounter };
  sync: IpdcSync;
  /** Calls the subgraph as the gateway would, for `identity` (anonymous by default). */
  query<D = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, identity?: Identity): ReturnType<typeof postGraphQL<D>>;
  close(): Promise<void>;
}

/**
 * The ipdc subgraph on a free port with a fresh replica, an IPDC client for `ipdcUrl`/`feedUrl` that records
 * its calls (or `feed` instead of the HTTP feed), and a sync on a manual timer (nothing runs by itself).
 */
export async function startSubgraph(
  opts: {
    ipdcUrl?: string;
    feedUrl?: string;
    logger?: Logger;
    timeoutMs?: number;
    feed?: Pick<IpdcClient, 'readSnapshotPage'>;
    sync?: Partial<IpdcSyncOptions>;
    now?: () => Date;
  } = {},
): Promise<RunningSubgraph> {
  const calls: UpstreamCall[] = [];
  const logger = opts.logger ?? silentLogger();
  const db = await testDatabase();
  const client = testClient({ ...opts, logger, calls });
  const sync = createIpdcSync({ dataSource: db.dataSource, ipdc: opts.feed ?? client, logger, timer: new ManualTimer(), ...opts.sync });
  const server = await createServer({
    identitySecret: TEST_IDENTITY_SECRET,
    logger,
    ipdc: client,
    dataSource: db.dataSource,
    sync,
    ...(opts.now ? { now: opts.now } : {}),
  });
  const url = await server.listen(0);
  return {
    url,
    calls,
    db,
    sync,
    query: (query, variables, identity = ANONYMOUS) => postGraphQL(url, { query, ...(variables ? { variables } : {}) }, { identity }),
    async close() {
      await sync.stop();
      await server.close();
      await db.close();
    },
  };
}

/** A product with empty content, for tests that only need a few fields. */
export function product(id: string, fields: Partial<Product> = {}): Product {
  return {
    id,
    uri: PS + id,
    naam: { nl: id },
    beschrijving: {},
    verdereBeschrijving: {},
    uitzonderingen: {},
    themas: [],
    doelgroepen: [],
    geografischToepassingsgebieden: [],
    zoektermen: {},
    websites: [],
    voorwaarden: [],
    procedures: [],
    kosten: [],
    financieleVoordelen: [],
    regelgeving: [],
    contactpunten: [],
    ...fields,
  };
}

export const snapshot = (p: Product, generatedAtTime: string, gearchiveerd = false): ProductSnapshot => ({
  snapshotUri: `https://ipdc.vlaanderen.be/id/instantiesnapshot/${p.id}/${generatedAtTime}`,
  generatedAtTime,
  gearchiveerd,
  product: p,
});

/** A feed of fixed pages of snapshots (page n links to n + 1), counting the reads per page. */
export function fakeFeed(pages: ProductSnapshot[][]): Pick<IpdcClient, 'readSnapshotPage'> & { reads: number[] } {
  const reads: number[] = [];
  return {
    reads,
    async readSnapshotPage(pageNumber: number): Promise<SnapshotPage> {
      reads.push(pageNumber);
      const snapshots = pages[pageNumber];
      if (!snapshots) throw new Error(`no page ${pageNumber}`);
      return { pageNumber, snapshots, next: pageNumber + 1 < pages.length ? [pageNumber + 1] : [] };
    },
  };
}

/** A feed whose reads wait until the test lets them through. */
export function gatedFeed(pages: ProductSnapshot[][]) {
  const reads: number[] = [];
  const gates = new Map<number, { open: () => void; opened: Promise<void>; reached: Promise<void>; reach: () => void }>();
  const gate = (n: number) => {
    let open!: () => void;
    let reach!: () => void;
    const opened = new Promise<void>((r) => (open = r));
    const reached = new Promise<void>((r) => (reach = r));
    const g = { open, opened, reached, reach };
    gates.set(n, g);
    return g;
  };
  const feed: Pick<IpdcClient, 'readSnapshotPage'> = {
    async readSnapshotPage(pageNumber): Promise<SnapshotPage> {
      reads.push(pageNumber);
      const g = gates.get(pageNumber);
      if (g) {
        g.reach();
        await g.opened;
      }
      return { pageNumber, snapshots: pages[pageNumber]!, next: pageNumber + 1 < pages.length ? [pageNumber + 1] : [] };
    },
  };
  return { feed, reads, gate };
}
