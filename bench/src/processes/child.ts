/** The side of a benchmark process that the runner forked: its ready message, its answers, its stop. */

type Question = { type: string; id: number; [key: string]: unknown };

/** Answers the runner's questions: `handlers[type]` gives the answer (sent back with the same type and id). */
export function answerQuestions(handlers: Record<string, (question: Question) => unknown>): void {
  process.on('message', (message: Question) => {
    const handler = handlers[message?.type];
    if (!handler) return;
    Promise.resolve(handler(message)).then(
      (answer) => process.send?.({ ...(answer as object), type: message.type, id: message.id }),
      (err: unknown) => process.send?.({ type: message.type, id: message.id, error: String(err) }),
    );
  });
}

/** Tells the runner this process serves; or that it could not start (then exits). */
export function sayReady(payload: Record<string, unknown>): void {
  process.send?.({ type: 'ready', ...payload });
}

export function sayFailed(err: unknown): never {
  process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.send?.({ type: 'failed', error: String((err as Error)?.message ?? err) }, () => process.exit(1));
  setTimeout(() => process.exit(1), 1000).unref();
  throw err;
}

/** Closes cleanly on SIGTERM/SIGINT, and when the runner goes away (its IPC channel closes). */
export function closeOnStop(close: () => Promise<void>): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`error while stopping: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
}
