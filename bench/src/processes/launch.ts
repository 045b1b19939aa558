import { fork, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';

/** A process the benchmark started and measures; stopped only through its own handle. */
export interface Launched {
  name: string;
  pid: number;
  /** A question over IPC (forked bench processes only); resolves with the answer of the same `type`. */
  ask<T>(message: { type: string; [key: string]: unknown }): Promise<T>;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  env: Record<string, string>;
  /** stdout and stderr of the process go here. */
  logFile: string;
  /** Forked with IPC: the process says `{ type: 'ready', ... }` when it serves. Else polled at `readyUrl`. */
  ipc?: boolean;
  readyUrl?: string;
  readyTimeoutMs?: number;
  /** Node options of the process (e.g. the heap limit `npm start` gives the embedded hub). */
  execArgv?: string[];
}

/** A free TCP port on 127.0.0.1 (for processes that are told their port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitReadyUrl(child: ChildProcess, url: string, timeoutMs: number, name: string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${name} stopped during start (exit ${child.exitCode}); see its log`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs} ms; see its log`);
}

function waitReadyMessage<T>(child: ChildProcess, timeoutMs: number, name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not say it was ready within ${timeoutMs} ms; see its log`)), timeoutMs);
    const onMessage = (message: { type?: string; error?: string }) => {
      if (message?.type === 'ready') done(() => resolve(message as T));
      else if (message?.type === 'failed') done(() => reject(new Error(`${name} failed to start: ${message.error}`)));
    };
    const onExit = (code: number | null) => done(() => reject(new Error(`${name} stopped during start (exit ${code}); see its log`)));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      settle();
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/**
 * Starts `script` (a plain .js file) as a process of its own with `env` added to this one's, its output
 * in `logFile`, and waits until it serves. Resolves with its handle and, for IPC processes, its ready message.
 */
export async function launch<R = unknown>(name: string, script: string, options: LaunchOptions): Promise<{ process: Launched; ready: R }> {
  const out = openSync(options.logFile, 'a');
  const env = { ...process.env, ...options.env };
  const execArgv = options.execArgv ?? [];
  const child = options.ipc
    ? fork(script, [], { env, stdio: ['ignore', out, out, 'ipc'], execArgv })
    : spawn(process.execPath, [...execArgv, script], { env, stdio: ['ignore', out, out] });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let questions = 0;
  const handle: Launched = {
    name,
    pid: child.pid!,
    ask<T>(message: { type: string }) {
      const id = ++questions;
      return new Promise<T>((resolve, reject) => {
        const onMessage = (answer: { type?: string; id?: number }) => {
          if (answer?.type !== message.type || answer.id !== id) return;
          child.off('message', onMessage);
          resolve(answer as T);
        };
        child.on('message', onMessage);
        child.send({ ...message, id }, (err) => {
          if (err) {
            child.off('message', onMessage);
            reject(err);
          }
        });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    const timeout = options.readyTimeoutMs ?? 120_000;
    let ready: R;
    if (options.ipc) ready = await waitReadyMessage<R>(child, timeout, name);
    else {
      if (!options.readyUrl) throw new Error(`${name}: a readyUrl is needed without IPC`);
      await waitReadyUrl(child, options.readyUrl, timeout, name);
      ready = undefined as R;
    }
    return { process: handle, ready };
  } catch (err) {
    await handle.stop();
    throw err;
  }
}
