import { pino, type Logger, type LevelWithSilent } from 'pino';
import { currentRequestId } from './request-context.js';

export type { Logger };

/** A JSON logger for one service. Tests pass level 'silent'. */
export function createLogger(service: string, level: LevelWithSilent = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Every line logged while serving a request carries its id.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    redact: {
      paths: ['insz', '*.insz', 'headers.authorization', '*.headers.authorization', 'token', '*.token'],
      censor: '[verborgen]',
    },
  });
}
