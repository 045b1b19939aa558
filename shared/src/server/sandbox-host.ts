import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createHttpServer, sendJson } from './http.js';

/**
 * A local stand-in for an upstream, speaking that upstream's real contract. `handle` gets the URL with
 * the sandbox's prefix removed from the path, so the client's base URL is `http://host:port/{prefix}`.
 * It answers and returns true, or returns false when it does not know the path.
 */
export interface Sandbox {
  /** Path prefix on the sandbox host, e.g. 'basisregisters'. */
  prefix: string;
  /** Human name for logs and the start banner. */
  name: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean | Promise<boolean>;
}

/**
 * A failure a sandbox shows on demand (end-to-end tests of the hub's resilience). The parts combine:
 * `delayMs` first, then `reset`, else an answer with `status`/`body`, else the sandbox's real answer.
 */
export interface SandboxFault {
  /** Answer with this status instead of the sandbox, e.g. 503 or 429 (default 200 when only `body` is given). */
  status?: number;
  /** With `status`: a `Retry-After` header, in seconds. */
  retryAfterSeconds?: number;
  /** The raw body of the answer (e.g. 'not json'); default a small JSON problem for the status. */
  body?: string;
  /** Wait this long first: longer than the client's timeout is a hang; alone, a slow but correct answer. */
  delayMs?: number;
  /** Close the connection without an answer (the client sees ECONNRESET / "socket hang up"). */
  reset?: boolean;
  /** Only the next `times` calls fail; after that the sandbox answers normally again. Default: until cleared. */
  times?: number;
  /** Only calls whose path (after the prefix) starts with this, e.g. '/v2/adressen'. Default: every path. */
  path?: string;
}

/** The faults of a sandbox host, per sandbox prefix; changeable while the host runs. */
export interface SandboxFaults {
  /** From now on, calls to `prefix` fail as `fault` says (replaces an earlier fault of that prefix). */
  set(prefix: string, fault: SandboxFault): void;
  /** Removes the fault of `prefix`, or every fault. */
  clear(prefix?: string): void;
  /** The fault for a call to `prefix` at `path`, counting it against `times`; undefined when none applies. */
  take(prefix: string, path: string): SandboxFault | undefined;
}

export function createSandboxFaults(): SandboxFaults {
  const faults = new Map<string, { fault: SandboxFault; left: number }>();
  return {
    set(prefix, fault) {
      if (fault.times !== undefined && (!Number.isInteger(fault.times) || fault.times < 1)) throw new Error('fault.times must be a whole number >= 1');
      faults.set(prefix, { fault: { ...fault }, left: fault.times ?? Number.POSITIVE_INFINITY });
    },
    clear(prefix) {
      if (prefix === undefined) faults.clear();
      else faults.delete(prefix);
    },
    take(prefix, path) {
      const entry = faults.get(prefix);
      if (!entry || (entry.fault.path !== undefined && !path.startsWith(entry.fault.path))) return undefined;
      entry.left -= 1;
      if (entry.left <= 0) faults.delete(prefix);
      return entry.fault;
    },
  };
}

export interface SandboxHostOptions {
  /** Added to every answer: a government API is not instant (the benchmarks use 50 ms). */
  latencyMs?: number;
  /** Counts calls per sandbox prefix (benchmarks and tests read it); a call that a fault answers counts too. */
  calls?: Map<string, number>;
  /** Failures to show on demand (end-to-end tests). */
  faults?: SandboxFaults;
  /** Sees every call with its prefix and the URL after it, query included (benchmarks count calls per home). */
  onRequest?: (prefix: string, url: URL) => void;
}

/** Waits `ms`, or less when the client goes away first (a hang must not keep the host from closing). */
function waitOrClose(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.on('close', done);
  });
}

/** Answers as the fault says; false when the sandbox should answer after all (a delay only). */
async function applyFault(req: IncomingMessage, res: ServerResponse, fault: SandboxFault): Promise<boolean> {
  if (fault.delayMs) await waitOrClose(res, fault.delayMs);
  if (res.destroyed || res.writableEnded) return true;
  if (fault.reset) {
    req.socket.destroy();
    return true;
  }
  if (fault.status === undefined && fault.body === undefined) return false;
  const status = fault.status ?? 200;
  const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
  if (fault.body !== undefined) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(fault.body)), ...headers });
    res.end(fault.body);
  } else {
    sendJson(res, status, { title: 'Sandbox fault', status }, headers);
  }
  return true;
}

/** One HTTP server that serves several sandboxes under their prefixes. */
export function createSandboxHost(sandboxes: Sandbox[], options: SandboxHostOptions = {}): Server {
  const byPrefix = new Map(sandboxes.map((s) => [s.prefix, s]));
  return createHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const [, prefix = '', ...rest] = url.pathname.split('/');
    const sandbox = byPrefix.get(prefix);
    if (!sandbox) {
      sendJson(res, 404, { error: `no sandbox at /${prefix}` });
      return;
    }
    options.calls?.set(prefix, (options.calls.get(prefix) ?? 0) + 1);
    const inner = new URL(url);
    inner.pathname = `/${rest.join('/')}`;
    options.onRequest?.(prefix, inner);
    const fault = options.faults?.take(prefix, inner.pathname);
    if (fault && (await applyFault(req, res, fault))) return;
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const handled = await sandbox.handle(req, res, inner);
    if (!handled && !res.headersSent) sendJson(res, 404, { error: `unknown path ${inner.pathname}` });
  });
}
