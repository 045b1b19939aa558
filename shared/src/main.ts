import { ConfigError } from './config.js';

export interface Running {
  close(): Promise<void>;
}

/**
 * Runs a service's thin start script: a configuration error is printed as a readable list and exits
 * with 1 (no stack trace); SIGINT/SIGTERM close the service cleanly, a second signal forces the exit.
 */
export function runService(name: string, start: () => Promise<Running>): void {
  start().then(
    (running) => {
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) {
          process.exit(130);
        }
        stopping = true;
        process.stderr.write(`${name}: ${signal}, stopping\n`);
        running.close().then(
          () => process.exit(0),
          (err: unknown) => {
            process.stderr.write(`${name}: error while stopping: ${(err as Error)?.stack ?? String(err)}\n`);
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err: unknown) => {
      if (err instanceof ConfigError) {
        process.stderr.write(`${name}: ${err.message}\n`);
      } else {
        process.stderr.write(`${name}: failed to start: ${(err as Error)?.stack ?? String(err)}\n`);
      }
      process.exit(1);
    },
  );
}
