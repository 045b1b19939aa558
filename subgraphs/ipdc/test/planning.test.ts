import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProductSnapshot } from '../src/domain/product.js';
import { createIpdcSync, unrefTimer, type IpdcClient, type SnapshotPage } from '../src/server.js';
import { fakeFeed, ManualTimer, product, silentLogger, snapshot, testDatabase } from './helpers.js';

// The schedule of the sync: at once on start, then every interval after the previous one ends (sooner
// after a failure), one at a time, a timer that keeps no process alive, and a clean stop.

type Db = Awaited<ReturnType<typeof testDatabase>>;

const A = product('0c000000-0000-4000-8000-00000000000a', { naam: { nl: 'A' } });
const PAGES: ProductSnapshot[][] = [[snapshot(A, '2025-01-01T00:00:00Z')]];
const INTERVAL = 15 * 60_000;

let db: Db;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(async () => db?.close());

/**
 * Fires the pending timer and waits for the sync it started: syncNow() joins the running sync, and its
 * continuation runs after the schedule's own (registered first), so the next timer is planned by then.
 */
async function fireAndWait(timer: ManualTimer, sync: { syncNow(): Promise<unknown> }) {
  timer.fire();
  return sync.syncNow();
}

describe('the schedule', () => {
  it('syncs at once on start, then plans the next one an interval after the previous one ended', async () => {
    const timer = new ManualTimer();
    const feed = fakeFeed(PAGES);
    const sync = createIpdcSync({ dataSource: db.dataSource, ipdc: feed, logger: silentLogger(), timer, intervalMs: INTERVAL });
    expect(sync.voltooid).toBe(false);

    sync.start();
    sync.start(); // a second start plans nothing more
    expect(timer.pending()).toEqual([0]);

    expect(await fireAndWait(timer, sync)).toMatchObject({ uitkomst: 'VOLTOOID' });
    expect(feed.reads).toEqual([0]);
    expect(sync.voltooid).toBe(true);
    expect(timer.pending()).toEqual([INTERVAL]);

    await fireAndWait(timer, sync);
    expect(feed.reads).toEqual([0, 0]);
    expect(timer.pending()).toEqual([INTERVAL]);

    await sync.stop();
    expect(timer.pending()).toEqual([]);
    expect(timer.scheduled.map((t) => [t.ms, t.fired, t.cancelled])).toEqual([
      [0, true, false],
      [INTERVAL, true, false],
      [INTERVAL, false, true],
    ]);
  });

  it('tries again sooner after a failure', async () => {
    const timer = new ManualTimer();
    let fail = true;
    const feed: Pick<IpdcClient, 'readSnapshotPage'> = {
      async readSnapshotPage(pageNumber): Promise<SnapshotPage> {
        if (fail) throw new Error('feed down');
        return { pageNumber, snapshots: PAGES[0]!, next: [] };
      },
    };
    const sync = createIpdcSync({ dataSource: db.dataSource, ipdc: feed, logger: silentLogger(), timer, intervalMs: INTERVAL, retryMs: 30_000 });
    sync.start();
    expect(await fireAndWait(timer, sync)).toMatchObject({ uitkomst: 'MISLUKT' });
    expect(timer.pending()).toEqual([30_000]);
    fail = false;
    expect(await fireAndWait(timer, sync)).toMatchObject({ uitkomst: 'VOLTOOID' });
    expect(timer.pending()).toEqual([INTERVAL]);
    await sync.stop();
  });

  it('starts after an interval when a sync already completed in this process', async () => {
    const timer = new ManualTimer();
    const sync = createIpdcSync({ dataSource: db.dataSource, ipdc: fakeFeed(PAGES), logger: silentLogger(), timer, intervalMs: INTERVAL });
    await sync.syncNow();
    sync.start();
    expect(timer.pending()).toEqual([INTERVAL]);
    await sync.stop();
  });

  it('runs one sync at a time: a call while one runs joins it', async () => {
    const feed = fakeFeed(PAGES);
    const sync = createIpdcSync({ dataSource: db.dataSource, ipdc: feed, logger: silentLogger(), timer: new ManualTimer() });
    const [first, second] = await Promise.all([sync.syncNow(), sync.syncNow()]);
    expect(first).toBe(second);
    expect(feed.reads).toEqual([0]);
    await sync.syncNow();
    expect(feed.reads).toEqual([0, 0]);
  });

  it('stops without a sync running: nothing pending, and a stopped sync can run again by hand', async () => {
    const timer = new ManualTimer();
    const feed = fakeFeed(PAGES);
    const sync = createIpdcSync({ dataSource: db.dataSource, ipdc: feed, logger: silentLogger(), timer });
    sync.start();
    await sync.stop();
    expect(timer.pending()).toEqual([]);
    expect(feed.reads).toEqual([]);
    expect(await sync.syncNow()).toMatchObject({ uitkomst: 'VOLTOOID' });
  });
});

describe('the default timer', () => {
  it('does not keep the process alive, and can be cancelled', () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    try {
      const run = vi.fn();
      const cancel = unrefTimer.schedule(run, 60_000);
      const handle = spy.mock.results[0]!.value as NodeJS.Timeout;
      expect([spy.mock.calls[0]![1], handle.hasRef()]).toEqual([60_000, false]);
      cancel();
      expect(run).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
