// `npm run bench`: the hub under load, on the embedded default and as separate processes, against
// Hive Gateway and against its own subgraphs; see bench/README.md. Prints a table, writes the JSON
// results to BENCH_RESULTS_DIR/<timestamp>.json and exits with 1 when a target of DESIGN §8 is missed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from '@hub/shared';
import { Bench } from './bench.js';
import { loadBenchOptions } from './options.js';
import { evaluateTargets, formatReport, overloadNotes } from './report.js';

/** The EPC of a home is three dependent upstream calls: building unit, certificate search, certificate detail. */
const EPC_CHAIN = 3;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const options = loadBenchOptions();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const resultsDir = resolve(options.resultsDir);
  const logDir = join(resultsDir, stamp);
  mkdirSync(logDir, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'renovatiehub-bench-'));
  const bench = new Bench(options, dir, logDir);
  log(`Renovatiehub benchmark: ${options.dossiers} generated dossiers over ${options.woningen} homes, sandbox latency ${options.sandboxLatencyMs} ms,`);
  log(`${options.connections} connections x ${options.durationS} s (latency: 1 connection x ${options.latencyDurationS} s), warm-up ${options.warmupS} s. Logs: ${logDir}`);
  try {
    if (options.parts.has('embedded')) await bench.embedded();
    if (options.parts.has('unbatched')) await bench.unbatched();
    if (options.parts.has('separate')) await bench.separate();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const results = bench.results;
  results.finishedAt = new Date().toISOString();
  results.targets = evaluateTargets(results, { sandboxLatencyMs: options.sandboxLatencyMs, maxRssMb: options.maxRssMb });
  const cold = results.scenarios.find((s) => s.target === 'unbatched' && s.workload === 'dossierpagina' && s.mode === 'latency');
  if (cold) {
    results.notes.push(
      `Without cache every dossier page asks the upstreams: p50 ${cold.result.latencyMs.p50} ms. Its longest chain is ${EPC_CHAIN} dependent calls ` +
        `(building unit, EPC search, EPC detail: each needs the answer of the one before) = ${EPC_CHAIN * options.sandboxLatencyMs} ms; every other call runs next to it.`,
    );
  }
  results.notes.push(...overloadNotes(results));
  const file = join(resultsDir, `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`\n${formatReport(results)}\n\nResults: ${file}`);
  if (results.targets.some((t) => !t.pass)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `bench: ${err.message}\n` : `bench failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(2);
});
