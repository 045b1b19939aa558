import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite, types } from '@electric-sql/pglite';

const execFileAsync = promisify(execFile);

/**
 * Embedded PostgreSQL (PGlite) behind the `pg` driver interface that TypeORM uses.
 *
 * PGlite is one single-session database. To keep PostgreSQL's semantics under concurrency, a client
 * is checked out exclusively: a transaction of one request never interleaves with the statements of
 * another. Several services (the dossier and premies subgraphs in the embedded default) can share one
 * instance, each with its own schema: the search_path is switched when the client changes hands.
 */
export interface SharedPglite {
  readonly db: PGlite;
  /** Closes the database (flushes it to disk when it has a data folder). */
  close(): Promise<void>;
}

interface LockState {
  busy: boolean;
  waiters: Array<() => void>;
  schema?: string;
}

const locks = new WeakMap<PGlite, LockState>();

/**
 * Creates a new database folder (PostgreSQL's initdb) in a short-lived child process. initdb takes
 * some 400 MB of memory that a process does not give back (not even when it runs in a worker thread):
 * the embedded hub would carry it for as long as it runs (it measured 750 MB instead of 340 MB).
 */
async function createDataDir(dataDir: string): Promise<void> {
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const script = `require(process.argv[1]).PGlite.create(process.argv[2]).then((db) => db.close()).catch((err) => {
    process.stderr.write(String((err && err.message) || err)); process.exitCode = 1; })`;
  try {
    await execFileAsync(process.execPath, ['-e', script, pglite, dataDir], { env: { PATH: process.env.PATH ?? '' } });
  } catch (err) {
    const detail = String((err as { stderr?: string }).stderr || (err as Error).message).trim();
    throw new Error(`creating the embedded database in ${dataDir} failed: ${detail}`);
  }
}

/**
 * Opens (and creates when missing) an embedded database. Without a data folder it lives in memory,
 * which is what tests use. Shared buffers are kept small: the embedded default is for one machine.
 */
export async function openPglite(dataDir?: string): Promise<SharedPglite> {
  if (dataDir && !dataDir.includes('://') && !existsSync(join(dataDir, 'PG_VERSION'))) await createDataDir(dataDir);
  const db = await PGlite.create(dataDir, {
    startParams: [...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams, '-c', 'shared_buffers=32MB'],
    // Behave like node-postgres: int8 and numeric as strings, dates as 'YYYY-MM-DD' strings.
    parsers: {
      [types.INT8]: (value: string) => value,
      [types.NUMERIC]: (value: string) => value,
      [types.DATE]: (value: string) => value,
    },
    serializers: {
      [types.BOOL]: (value: unknown) =>
        value === true || value === 'true' || value === 1 ? 'TRUE' : value === false || value === 'false' || value === 0 ? 'FALSE' : String(value),
    },
  });
  return { db, close: () => db.close() };
}

export class PgliteCheckoutTimeout extends Error {
  constructor(ms: number) {
    super(`Embedded database busy for more than ${ms} ms (a connection was not released, or a query ran outside its transaction).`);
  }
}

function lockOf(db: PGlite): LockState {
  let state = locks.get(db);
  if (!state) {
    state = { busy: false, waiters: [] };
    locks.set(db, state);
  }
  return state;
}

async function acquire(db: PGlite, timeoutMs: number): Promise<() => void> {
  const state = lockOf(db);
  if (state.busy) {
    await new Promise<void>((resolve, reject) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        state.waiters.splice(state.waiters.indexOf(waiter), 1);
        reject(new PgliteCheckoutTimeout(timeoutMs));
      }, timeoutMs);
      state.waiters.push(waiter);
    });
  }
  state.busy = true;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const next = state.waiters.shift();
    if (next) next();
    else state.busy = false;
  };
}

interface PgResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: Array<{ name: string; dataTypeID: number }>;
}

type Callback = (err: Error | null, result?: PgResult) => void;

function commandOf(sql: string): string {
  const match = /^\s*(?:--[^\n]*\n\s*)*(\w+)/.exec(sql);
  return (match?.[1] ?? '').toUpperCase();
}

class PgliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  query(text: string | { text: string; values?: unknown[] }, params?: unknown[] | Callback, cb?: Callback): Promise<PgResult> {
    const sql = typeof text === 'string' ? text : text.text;
    let values = typeof text === 'string' ? undefined : text.values;
    let callback = cb;
    if (typeof params === 'function') callback = params;
    else if (params) values = params;
    const run = async (): Promise<PgResult> => {
      if (values && values.length > 0) {
        const r = await this.db.query(sql, values);
        return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command: commandOf(sql), fields: r.fields };
      }
      const results = await this.db.exec(sql);
      const last = results[results.length - 1];
      return {
        rows: last?.rows ?? [],
        rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
        command: commandOf(sql),
        fields: last?.fields ?? [],
      };
    };
    const promise = run();
    if (callback) promise.then((r) => callback!(null, r), (e: Error) => callback!(e));
    return promise;
  }
}

/**
 * A `pg` module look-alike for TypeORM's `driver` option, bound to one shared PGlite instance and
 * one schema.
 */
export function pgliteDriver(shared: SharedPglite, schema: string | undefined, checkoutTimeoutMs = 30_000) {
  const { db } = shared;
  class Pool extends EventEmitter {
    async #checkout(): Promise<[PgliteClient, () => void]> {
      const release = await acquire(db, checkoutTimeoutMs);
      const state = lockOf(db);
      try {
        if (schema && state.schema !== schema) {
          await db.exec(`SET search_path TO "${schema}", public`);
          state.schema = schema;
        }
      } catch (err) {
        release();
        throw err;
      }
      return [new PgliteClient(db), release];
    }

    connect(cb?: (err: Error | null, client?: PgliteClient, release?: (err?: unknown) => void) => void) {
      const promise = this.#checkout();
      if (cb) promise.then(([client, release]) => cb(null, client, release), (e: Error) => cb(e));
      return promise.then(([client, release]) => Object.assign(client, { release }));
    }

    query(text: string, params?: unknown[] | Callback, cb?: Callback) {
      const run = async () => {
        const [client, release] = await this.#checkout();
        try {
          return await client.query(text, typeof params === 'function' ? undefined : params);
        } finally {
          release();
        }
      };
      const callback = typeof params === 'function' ? params : cb;
      const promise = run();
      if (callback) promise.then((r) => callback(null, r), (e: Error) => callback(e));
      return promise;
    }

    end(cb?: (err?: Error | null) => void) {
      // The instance is shared and owned by whoever opened it.
      cb?.(null);
      return Promise.resolve();
    }
  }
  return { Pool };
}
