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

export interface SandboxHostOptions {
  /** Added to every answer: a government API is not instant (the benchmarks use 50 ms). */
  latencyMs?: number;
  /** Counts calls per sandbox prefix (benchmarks and tests read it). */
  calls?: Map<string, number>;
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
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const inner = new URL(url);
    inner.pathname = `/${rest.join('/')}`;
    const handled = await sandbox.handle(req, res, inner);
    if (!handled && !res.headersSent) sendJson(res, 404, { error: `unknown path ${inner.pathname}` });
  });
}
