import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Logger } from '../logger.js';

/**
 * Transactional outbox: a write that must reach another system (a partner, Mijn Burgerprofiel, the
 * subsidy desk) is stored as a message in the same transaction as the change that causes it, and a
 * worker delivers it afterwards, retrying with backoff until it is delivered. A crash loses nothing;
 * a message may be delivered more than once, so every delivery carries the message id as its
 * idempotency key and consumers deduplicate on it.
 *
 * Each service keeps its own `outbox` table (in its own schema): call `createOutboxTable` in one of
 * its migrations.
 */

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

export interface OutboxMessage<P = unknown> {
  id: string;
  topic: string;
  dedupKey: string;
  payload: P;
  aggregateId: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export interface OutboxEntry<P = unknown> {
  topic: string;
  /** The same topic and key twice is one message (e.g. `${dossierId}:${version}`). */
  dedupKey: string;
  payload: P;
  /** What the message is about (e.g. a dossier id), to show its delivery state there. */
  aggregateId?: string;
}

export async function createOutboxTable(q: QueryRunner): Promise<void> {
  await q.query(`
    CREATE TABLE outbox (
      id uuid PRIMARY KEY,
      topic text NOT NULL,
      dedup_key text NOT NULL,
      payload jsonb NOT NULL,
      aggregate_id uuid,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      created_at timestamptz NOT NULL,
      delivered_at timestamptz,
      CONSTRAINT outbox_topic_dedup_key UNIQUE (topic, dedup_key)
    )`);
  await q.query(`CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending'`);
  await q.query(`CREATE INDEX outbox_aggregate ON outbox (aggregate_id, created_at)`);
}

export async function dropOutboxTable(q: QueryRunner): Promise<void> {
  await q.query('DROP TABLE outbox');
}

type Queryable = Pick<EntityManager, 'query'> | Pick<DataSource, 'query'>;

/**
 * Stores a message; call it with the transaction's EntityManager so that the message commits (or rolls
 * back) with the change. Returns the message id and whether it is new (false: same topic and key).
 */
export async function enqueue(db: Queryable, entry: OutboxEntry, now: Date = new Date()): Promise<{ id: string; created: boolean }> {
  const id = randomUUID();
  const rows = (await db.query(
    `INSERT INTO outbox (id, topic, dedup_key, payload, aggregate_id, status, attempts, next_attempt_at, created_at)
     VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6)
     ON CONFLICT (topic, dedup_key) DO NOTHING
     RETURNING id`,
    [id, entry.topic, entry.dedupKey, JSON.stringify(entry.payload), entry.aggregateId ?? null, now],
  )) as Array<{ id: string }>;
  if (rows.length > 0) return { id, created: true };
  const [existing] = (await db.query('SELECT id FROM outbox WHERE topic = $1 AND dedup_key = $2', [entry.topic, entry.dedupKey])) as Array<{ id: string }>;
  return { id: existing!.id, created: false };
}

interface Row {
  id: string;
  topic: string;
  dedup_key: string;
  payload: unknown;
  aggregate_id: string | null;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date | string;
  last_error: string | null;
  created_at: Date | string;
  delivered_at: Date | string | null;
}

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

function toMessage(row: Row): OutboxMessage {
  return {
    id: row.id,
    topic: row.topic,
    dedupKey: row.dedup_key,
    payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
    aggregateId: row.aggregate_id,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: toDate(row.next_attempt_at),
    lastError: row.last_error,
    createdAt: toDate(row.created_at),
    deliveredAt: row.delivered_at ? toDate(row.delivered_at) : null,
  };
}

/** The messages about some aggregates (e.g. to show delivery states on a dossier), oldest first. */
export async function outboxMessagesFor(db: Queryable, aggregateIds: readonly string[]): Promise<OutboxMessage[]> {
  if (aggregateIds.length === 0) return [];
  const rows = (await db.query('SELECT * FROM outbox WHERE aggregate_id = ANY($1::uuid[]) ORDER BY created_at, id', [aggregateIds])) as Row[];
  return rows.map(toMessage);
}

/** A delivery that must not be retried (e.g. the consumer says the message is invalid). */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

export type OutboxHandler = (message: OutboxMessage) => Promise<void>;

export interface OutboxWorkerOptions {
  dataSource: DataSource;
  /** One handler per topic; throwing means "try again later" (PermanentDeliveryError: give up). */
  handlers: Record<string, OutboxHandler>;
  logger: Logger;
  pollIntervalMs?: number;
  batchSize?: number;
  /** How long a claimed message stays invisible to other workers while it is delivered. */
  leaseMs?: number;
  backoff?: { baseMs: number; maxMs: number; factor?: number; jitter?: boolean };
  /** After this many failed attempts a message is marked failed and no longer retried. */
  maxAttempts?: number;
  now?: () => Date;
}

export interface OutboxWorker {
  start(): void;
  /** Stops polling and waits for the deliveries in progress. */
  stop(): Promise<void>;
  /** Delivers every message that is due now, once; resolves with the number handled. */
  drain(): Promise<number>;
}

/** The delay before attempt `attempts + 1`: exponential, capped, with ±20 % jitter unless disabled. */
export function backoffDelay(attempts: number, backoff: Required<NonNullable<OutboxWorkerOptions['backoff']>>): number {
  const raw = Math.min(backoff.maxMs, backoff.baseMs * backoff.factor ** Math.max(0, attempts - 1));
  return backoff.jitter ? Math.round(raw * (0.8 + Math.random() * 0.4)) : raw;
}

/**
 * Delivers outbox messages. Claiming is a short transaction (FOR UPDATE SKIP LOCKED, so several
 * replicas can run workers); the delivery itself runs outside any transaction and holds no connection.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { dataSource, handlers, logger } = options;
  const now = options.now ?? (() => new Date());
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 25;
  const backoff = { factor: 2, jitter: true, baseMs: 1000, maxMs: 10 * 60_000, ...options.backoff };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function claim(): Promise<OutboxMessage[]> {
    const at = now();
    const rows = (await dataSource.query(
      `UPDATE outbox SET next_attempt_at = $3
       WHERE id IN (
         SELECT id FROM outbox o
         WHERE status = 'pending' AND next_attempt_at <= $1 AND topic = ANY($4::text[])
           -- per aggregate and topic, in order: an earlier message still pending goes first
           AND NOT EXISTS (
             SELECT 1 FROM outbox e
             WHERE e.aggregate_id = o.aggregate_id AND e.topic = o.topic AND e.status = 'pending'
               AND (e.created_at, e.id) < (o.created_at, o.id))
         ORDER BY next_attempt_at, created_at
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [at, batchSize, new Date(at.getTime() + leaseMs), Object.keys(handlers)],
    )) as Row[] | [Row[], number];
    // node-postgres returns [rows, count] for UPDATE ... RETURNING through TypeORM
    const list = Array.isArray(rows[0]) ? (rows[0] as Row[]) : (rows as Row[]);
    return list.map(toMessage).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async function deliver(message: OutboxMessage): Promise<void> {
    const handler = handlers[message.topic]!;
    const attempts = message.attempts + 1;
    try {
      await handler(message);
      await dataSource.query(`UPDATE outbox SET status = 'delivered', attempts = $2, delivered_at = $3, last_error = NULL WHERE id = $1`, [
        message.id,
        attempts,
        now(),
      ]);
      logger.info({ outbox: { id: message.id, topic: message.topic, attempts } }, 'outbox message delivered');
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof PermanentDeliveryError || attempts >= maxAttempts;
      const next = new Date(now().getTime() + backoffDelay(attempts, backoff));
      await dataSource.query(`UPDATE outbox SET status = $2, attempts = $3, next_attempt_at = $4, last_error = $5 WHERE id = $1`, [
        message.id,
        permanent ? 'failed' : 'pending',
        attempts,
        next,
        error.slice(0, 1000),
      ]);
      const log = { outbox: { id: message.id, topic: message.topic, attempts, nextAttemptAt: permanent ? undefined : next.toISOString() }, error };
      if (permanent) logger.error(log, 'outbox message failed for good');
      else logger.warn(log, 'outbox delivery failed, will retry');
    }
  }

  async function drainOnce(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await claim();
      if (batch.length === 0) return handled;
      // The claim takes at most one message per aggregate and topic (the oldest pending), so the
      // batch can go in parallel and each sequence stays in order.
      await Promise.all(batch.map((m) => deliver(m)));
      handled += batch.length;
      if (stopped) return handled;
    }
  }

  function drain(): Promise<number> {
    running ??= drainOnce().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      drain()
        .catch((err: unknown) => logger.error({ err }, 'outbox worker round failed'))
        .finally(schedule);
    }, pollIntervalMs);
    timer.unref();
  }

  return {
    start() {
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
    drain,
  };
}
