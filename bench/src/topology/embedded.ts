import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, type Launched } from '../processes/launch.js';
import type { HubProcessConfig, Observed, ObservedCounts } from '../processes/hub-main.js';

const script = fileURLToPath(new URL('../../dist/processes/hub-main.js', import.meta.url));
const packageJson = fileURLToPath(new URL('../../../package.json', import.meta.url));

/** The Node options `npm start` runs the embedded hub with (the root package.json's start script), so that the bench measures the same. */
export function npmStartNodeOptions(start = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts: { start: string } }).scripts.start): string[] {
  const match = /\bnode((?:\s+--\S+)*)\s+embedded\/dist\/start\.js/.exec(start);
  if (!match) throw new Error(`the start script does not run embedded/dist/start.js: ${start}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

export interface EmbeddedHub {
  process: Launched;
  urls: { gateway: string; graphql: string; sandbox: string; subgraphs: Record<string, string> };
  inserted: { burgers: number; dossiers: number; maatregelen: number };
  /** Starts observing afresh; `detailed` keeps every subgraph and sandbox call (single requests only). */
  observe(detailed?: boolean): Promise<void>;
  /** What was observed since `observe`. */
  observed(): Promise<{ counts: ObservedCounts; observed?: Observed }>;
  stop(): Promise<void>;
}

/** The whole hub in one process of its own (`startHub` with the Node options of `npm start`), with the bench data. */
export async function startEmbeddedHub(config: HubProcessConfig, logDir: string, name: string): Promise<EmbeddedHub> {
  const { process, ready } = await launch<{ urls: EmbeddedHub['urls']; inserted: EmbeddedHub['inserted'] }>(name, script, {
    env: { BENCH_HUB: JSON.stringify(config) },
    execArgv: npmStartNodeOptions(),
    logFile: join(logDir, `${name}.log`),
    ipc: true,
    readyTimeoutMs: 180_000,
  });
  return {
    process,
    urls: ready.urls,
    inserted: ready.inserted,
    async observe(detailed = false) {
      await process.ask({ type: 'observe', detailed });
    },
    observed: () => process.ask({ type: 'observed' }),
    stop: () => process.stop(),
  };
}
