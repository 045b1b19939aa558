import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createLogger, createOutboxTable, createOutboxWorker, dropOutboxTable, enqueue, outboxMessagesFor, PermanentDeliveryError, type OutboxMessage } from '@hub/shared';
import { createTestDatabase, type TestDatabase } from '@hub/shared/testing';

class Outbox1700000000001 implements MigrationInterface {
  name = 'Outbox1700000000001';
  up = (q: QueryRunner) => createOutboxTable(q);
  down = (q: QueryRunner) => dropOutboxTable(q);
}

const logger = createLogger('outbox-test', 'silent');
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe(`transactional outbox (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: TestDatabase;
  let clock: Date;
  const now = () => clock;
  beforeAll(async () => {
    db = await createTestDatabase({ schemaPrefix: 'outbox', entities: [], migrations: [Outbox1700000000001] });
  });
  afterAll(async () => db?.close());
  beforeEach(async () => {
    clock = new Date('2026-03-01T10:00:00Z');
    await db.dataSource.query('DELETE FROM outbox');
  });

  const rows = () =>
    db.dataSource.query('SELECT topic, dedup_key, status, attempts, last_error FROM outbox ORDER BY created_at, dedup_key') as Promise<unknown[]>;

  it('stores a message only when its transaction commits, once per topic and key', async () => {
    await expect(
      db.dataSource.transaction(async (m) => {
        await enqueue(m, { topic: 'partner.aanvraag', dedupKey: 'x', payload: { a: 1 } }, clock);
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await rows()).toEqual([]);
    const first = await db.dataSource.transaction((m) => enqueue(m, { topic: 'partner.aanvraag', dedupKey: 'x', payload: { a: 1 }, aggregateId: A }, clock));
    const second = await enqueue(db.dataSource, { topic: 'partner.aanvraag', dedupKey: 'x', payload: { a: 2 } }, clock);
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await rows()).toEqual([{ topic: 'partner.aanvraag', dedup_key: 'x', status: 'pending', attempts: 0, last_error: null }]);
  });

  it('delivers, retries with exponential backoff while the consumer is down, and delivers once when it is back', async () => {
    await enqueue(db.dataSource, { topic: 't', dedupKey: 'm1', payload: { n: 1 }, aggregateId: A }, clock);
    let up = false;
    const delivered: OutboxMessage[] = [];
    const worker = createOutboxWorker({
      dataSource: db.dataSource,
      logger,
      now,
      backoff: { baseMs: 1000, maxMs: 60_000, jitter: false },
      handlers: {
        t: async (m) => {
          if (!up) throw new Error('ECONNREFUSED');
          delivered.push(m);
        },
      },
    });
    expect(await worker.drain()).toBe(1);
    expect(await rows()).toEqual([{ topic: 't', dedup_key: 'm1', status: 'pending', attempts: 1, last_error: 'ECONNREFUSED' }]);
    // Not due yet: nothing happens.
    clock = new Date(clock.getTime() + 999);
    expect(await worker.drain()).toBe(0);
    clock = new Date(clock.getTime() + 1);
    expect(await worker.drain()).toBe(1);
    const [state] = await outboxMessagesFor(db.dataSource, [A]);
    expect(state!.attempts).toBe(2);
    expect(state!.nextAttemptAt.toISOString()).toBe('2026-03-01T10:00:03.000Z'); // 1 s, then 2 s
    up = true;
    clock = new Date('2026-03-01T10:00:03Z');
    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0);
    expect(delivered.map((m) => m.payload)).toEqual([{ n: 1 }]);
    expect(await rows()).toEqual([{ topic: 't', dedup_key: 'm1', status: 'delivered', attempts: 3, last_error: null }]);
  });

  it('keeps the order per aggregate and topic, and lets other aggregates pass a failing one', async () => {
    for (const [key, aggregateId] of [['a1', A], ['b1', B], ['a2', A], ['b2', B]] as const) {
      await enqueue(db.dataSource, { topic: 't', dedupKey: key, payload: { key }, aggregateId }, clock);
      clock = new Date(clock.getTime() + 1);
    }
    const seen: string[] = [];
    const worker = createOutboxWorker({
      dataSource: db.dataSource,
      logger,
      now,
      backoff: { baseMs: 5000, maxMs: 5000, jitter: false },
      handlers: {
        t: async (m) => {
          const { key } = m.payload as { key: string };
          if (key === 'a1') throw new Error('partner A down');
          seen.push(key);
        },
      },
    });
    await worker.drain();
    expect(seen).toEqual(['b1', 'b2']); // a2 waits behind a1
    expect(await rows()).toEqual([
      { topic: 't', dedup_key: 'a1', status: 'pending', attempts: 1, last_error: 'partner A down' },
      { topic: 't', dedup_key: 'b1', status: 'delivered', attempts: 1, last_error: null },
      { topic: 't', dedup_key: 'a2', status: 'pending', attempts: 0, last_error: null },
      { topic: 't', dedup_key: 'b2', status: 'delivered', attempts: 1, last_error: null },
    ]);
  });

  it('gives up on a permanent error and after the maximum number of attempts', async () => {
    await enqueue(db.dataSource, { topic: 'bad', dedupKey: 'p', payload: {} }, clock);
    await enqueue(db.dataSource, { topic: 'flaky', dedupKey: 'f', payload: {} }, clock);
    const worker = createOutboxWorker({
      dataSource: db.dataSource,
      logger,
      now,
      maxAttempts: 2,
      backoff: { baseMs: 10, maxMs: 10, jitter: false },
      handlers: {
        bad: async () => {
          throw new PermanentDeliveryError('400: invalid message');
        },
        flaky: async () => {
          throw new Error('503');
        },
      },
    });
    await worker.drain();
    clock = new Date(clock.getTime() + 10);
    await worker.drain();
    clock = new Date(clock.getTime() + 10);
    expect(await worker.drain()).toBe(0);
    expect(await rows()).toEqual([
      { topic: 'flaky', dedup_key: 'f', status: 'failed', attempts: 2, last_error: '503' },
      { topic: 'bad', dedup_key: 'p', status: 'failed', attempts: 1, last_error: '400: invalid message' },
    ]);
  });

  it('does not deliver a message twice when two workers drain at the same time', async () => {
    for (let i = 0; i < 30; i++) await enqueue(db.dataSource, { topic: 't', dedupKey: `k${i}`, payload: { i } }, clock);
    const counts = new Map<string, number>();
    const handler = async (m: OutboxMessage) => {
      await new Promise((r) => setTimeout(r, 2));
      counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    };
    const w1 = createOutboxWorker({ dataSource: db.dataSource, logger, now, batchSize: 5, handlers: { t: handler } });
    const w2 = createOutboxWorker({ dataSource: db.dataSource, logger, now, batchSize: 5, handlers: { t: handler } });
    const [n1, n2] = await Promise.all([w1.drain(), w2.drain()]);
    expect(n1 + n2).toBe(30);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect(counts.size).toBe(30);
  });
});
