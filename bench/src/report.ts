import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { FetchCost, UpstreamCost } from './checks.js';
import type { LoadResult } from './load/stats.js';

/** Who served a measurement. */
export type Target =
  | 'ours' // our gateway, every service a process of its own
  | 'hive' // Hive Gateway on the same subgraph processes
  | 'direct' // the subgraphs hit directly with the gateway's calls
  | 'embedded' // the whole hub in one process, as `npm start` runs it
  | 'unbatched'; // idem, with the woningpas cache off and the DataLoaders not batching

export interface Scenario {
  target: Target;
  workload: string;
  /** latency: one connection (no queueing); throughput: many connections. */
  mode: 'latency' | 'throughput';
  result: LoadResult;
  /** Upstream (sandbox) calls per operation during the measurement, per sandbox prefix. */
  upstreamPerOp?: Record<string, number>;
  /** The gateway's subgraph calls per operation (embedded targets, where the gateway is observed). */
  subgraphFetchesPerOp?: Record<string, number>;
  /** CPU milliseconds per operation of each process involved (the load generator included). */
  cpuMsPerOp?: Record<string, number>;
  /** The measurements pooled into `result`, when there were several (ours and Hive: two each, in the order ours, Hive, Hive, ours). */
  runs?: LoadResult[];
}

export interface TargetCheck {
  id: string;
  description: string;
  measured: string;
  limit: string;
  pass: boolean;
}

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  machine: ReturnType<typeof machine>;
  options: Record<string, unknown>;
  scenarios: Scenario[];
  /** Peak resident memory (MB) per process during the load of each part. */
  peakRssMb: Record<string, Record<string, number>>;
  /** Where the memory of the embedded hub is right after its load (process.memoryUsage(), MB). */
  memoryAfterLoadMb: Record<string, Record<string, number>>;
  /** Answers of another gateway or hub variant that differ from our gateway's: the first difference. */
  differences: Array<{ target: string; workload: string; path: string; ours: unknown; theirs: unknown }>;
  /** The back-office list on a cold and then a warm cache (embedded hub). */
  list?: { distinctHomes: number; fetches: FetchCost; cold: UpstreamCost; warm: UpstreamCost };
  /** The dossier page on a cold cache: its upstream calls and the gateway's calls. */
  page?: { fetches: FetchCost; cold: UpstreamCost };
  targets: TargetCheck[];
  notes: string[];
}

export function machine() {
  let model = os.cpus()[0]?.model ?? 'unknown';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux
  }
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.availableParallelism(),
    cpuModel: model,
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
  };
}

export function find(results: BenchResults, target: Target, workload: string, mode: Scenario['mode']): Scenario | undefined {
  return results.scenarios.find((s) => s.target === target && s.workload === workload && s.mode === mode);
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '-' : n.toFixed(digits));

/**
 * The targets of DESIGN §8, checked on the measurements. `sandboxLatencyMs` is what every upstream
 * call takes at least (the slowest upstream call of a page takes that long).
 */
export function evaluateTargets(results: BenchResults, limits: { sandboxLatencyMs: number; maxRssMb: number }): TargetCheck[] {
  const checks: TargetCheck[] = [];
  if (results.list) {
    const { fetches, cold, warm, distinctHomes } = results.list;
    const perSubgraph = Object.entries(fetches.perSubgraph);
    checks.push({
      id: 'lijst-fetches',
      description: 'back-office list of 50: one fetch per subgraph (entity fetches for the joined subgraphs)',
      measured: perSubgraph.map(([s, n]) => `${s} ${n}${fetches.entities[s] ? ` (_entities ${fetches.entities[s]})` : ''}`).join(', '),
      limit: 'at most 1 per subgraph',
      pass: perSubgraph.length > 0 && perSubgraph.every(([, n]) => n === 1),
    });
    checks.push({
      id: 'lijst-koud',
      description: `back-office list of 50 on a cold cache: at most one upstream call per distinct home per lookup (${distinctHomes} homes)`,
      measured: `${cold.total} calls; at most ${fmt(cold.maxPerHome, 2)} per home per lookup; ${cold.duplicates.length} repeated`,
      limit: '≤ 1.00 per home per lookup, none repeated',
      pass: cold.maxPerHome <= 1 && cold.duplicates.length === 0 && cold.total > 0,
    });
    checks.push({
      id: 'lijst-warm',
      description: 'back-office list of 50 on a warm cache: no upstream calls',
      measured: `${warm.total} calls`,
      limit: '0',
      pass: warm.total === 0,
    });
  }
  for (const target of ['ours', 'embedded'] as const) {
    const page = find(results, target, 'dossierpagina', 'latency');
    if (!page) continue;
    const limit = limits.sandboxLatencyMs + 15;
    checks.push({
      id: `pagina-p50-${target}`,
      description: `dossier page p50 (${target === 'ours' ? 'separate processes' : 'embedded hub'}, one connection) ≤ slowest upstream call + 15 ms`,
      measured: `${fmt(page.result.latencyMs.p50)} ms`,
      limit: `${limit} ms`,
      pass: page.result.latencyMs.p50 <= limit && page.result.requests > 0,
    });
  }
  for (const workload of new Set(results.scenarios.map((s) => s.workload))) {
    const ours = find(results, 'ours', workload, 'throughput');
    const hive = find(results, 'hive', workload, 'throughput');
    if (!ours || !hive) continue;
    const ratio = hive.result.rps > 0 ? ours.result.rps / hive.result.rps : Number.POSITIVE_INFINITY;
    const differs = results.differences.find((d) => d.target === 'hive' && d.workload === workload);
    checks.push({
      id: `doorvoer-${workload}`,
      description: `${workload}: throughput of our gateway ≥ Hive Gateway's (same subgraphs, same run)`,
      measured: `${fmt(ours.result.rps)} vs ${fmt(hive.result.rps)} req/s (ours/Hive ${fmt(ratio, 2)})${differs ? `; Hive's answer differs at ${differs.path} (see the notes)` : ''}`,
      limit: 'ours/Hive ≥ 1.00',
      pass: ratio >= 1,
    });
  }
  const embedded = results.peakRssMb.embedded?.hub;
  if (embedded !== undefined) {
    checks.push({
      id: 'geheugen-embedded',
      description: 'the whole embedded hub (one process) under load',
      measured: `${fmt(embedded)} MB peak RSS`,
      limit: `< ${limits.maxRssMb} MB`,
      pass: embedded < limits.maxRssMb,
    });
  }
  for (const s of results.scenarios) {
    // Without cache and batching the hub is crippled on purpose (what they save): its errors under load are
    // a finding (see overloadNotes), not a failure of the hub as it runs.
    if (s.target === 'unbatched' || failures(s) === 0) continue;
    checks.push({
      id: `fouten-${s.target}-${s.workload}-${s.mode}`,
      description: `${s.target} ${s.workload} (${s.mode}): every answer a correct one`,
      measured: failureText(s),
      limit: '0',
      pass: false,
    });
  }
  return checks;
}

const failures = (s: Scenario) => s.result.non2xx + s.result.badAnswers + s.result.errors;
const failureText = (s: Scenario) =>
  `${s.result.non2xx} non-200, ${s.result.badAnswers} with errors${s.result.errorCodes ? ` (${codesText(s.result.errorCodes)})` : ''}, ${s.result.errors} connection errors`;
const codesText = (codes: Record<string, number>) => Object.entries(codes).map(([code, n]) => `${code} ${n}`).join(', ');

/**
 * What the hub without cache and batching did under load besides being slow: answers with errors (the
 * upstreams answering too late, their circuit opening), or no request finished in the measured time.
 */
export function overloadNotes(results: BenchResults): string[] {
  const notes: string[] = [];
  for (const s of results.scenarios) {
    if (s.target !== 'unbatched') continue;
    const name = `Without cache and batching, ${s.workload} with ${s.result.connections} connection${s.result.connections === 1 ? '' : 's'}`;
    if (s.result.requests === 0) notes.push(`${name}: no request finished within the ${s.result.durationS} s measured (each waits for hundreds of upstream calls).`);
    else if (failures(s) > 0) notes.push(`${name}: ${failures(s)} of ${s.result.requests} answers failed: ${failureText(s)}. The upstreams get every lookup of every request; with cache and batching the same load gets none of these errors.`);
  }
  return notes;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const perOpText = (calls: Record<string, number> | undefined) =>
  calls && Object.keys(calls).length ? Object.entries(calls).map(([k, v]) => `${k} ${fmt(v, 2)}`).join(', ') : '0';

/** The short table on stdout: the measurements, the memory, the targets. */
export function formatReport(results: BenchResults): string {
  const rows = results.scenarios.map((s) => {
    const cpu = s.cpuMsPerOp ?? {};
    const gateway = cpu.gateway ?? cpu.hive;
    const total = Object.entries(cpu).reduce((sum, [name, ms]) => (name === 'load generator' ? sum : sum + ms), 0);
    // No request finished in the measured time: no latency to show (not 0 ms).
    const none = s.result.requests === 0;
    return [
      `${s.target} ${s.workload} (${s.mode === 'latency' ? '1 conn' : `${s.result.connections} conn`})`,
      fmt(s.result.rps),
      none ? '-' : fmt(s.result.latencyMs.p50),
      none ? '-' : fmt(s.result.latencyMs.p95),
      none ? '-' : fmt(s.result.latencyMs.p99),
      String(s.result.non2xx + s.result.badAnswers + s.result.errors),
      fmt(gateway, 2),
      s.cpuMsPerOp ? fmt(total, 2) : '-',
      perOpText(s.upstreamPerOp),
    ];
  });
  const memory = Object.entries(results.peakRssMb).map(([part, peaks]) => `  ${part}: ${Object.entries(peaks).map(([p, mb]) => `${p} ${fmt(mb)} MB`).join(', ')}`);
  const targets = results.targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.description}\n        measured ${t.measured}; limit ${t.limit}`);
  return [
    `Renovatiehub benchmark, ${results.startedAt} (Node ${results.machine.node}, ${results.machine.cpus} CPUs ${results.machine.cpuModel})`,
    '',
    table(['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'gateway CPU ms/op', 'hub CPU ms/op', 'upstream calls/op'], rows),
    '(CPU: of the gateway process, and of every hub process together: gateway or embedded hub plus subgraphs; not the sandboxes or the load generator)',
    '',
    'Peak RSS under load:',
    ...memory,
    '',
    'Targets:',
    ...targets,
    ...(results.notes.length ? ['', 'Notes:', ...results.notes.map((n) => `  - ${n}`)] : []),
  ].join('\n');
}
