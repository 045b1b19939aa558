import { perOperation } from './checks.js';
import { mergeErrorCodes, summarise, type LoadResult } from './load/stats.js';

const withErrorCodes = (errorCodes: Record<string, number> | undefined) => (errorCodes ? { errorCodes } : {});
import { CpuMeter } from './proc.js';
import type { Scenario, Target } from './report.js';

/** One measurement: `connections` busy for `durationS` seconds, `onMeasureStart` after the warm-up; latencies pushed onto `latencies`. */
export type Run = (connections: number, durationS: number, onMeasureStart: () => Promise<unknown>, latencies?: number[]) => Promise<LoadResult>;

/** What the hub counted during a measurement: upstream calls per sandbox, gateway calls per subgraph. */
export interface Counts {
  upstream?: Record<string, number>;
  subgraphFetches?: Record<string, number>;
}

export interface Hooks {
  before?: () => Promise<unknown>;
  after?: () => Promise<Counts>;
}

export interface Sample {
  result: LoadResult;
  latencies: number[];
  cpuMs: Record<string, number>;
  counts: Counts;
}


/** One measurement, with the CPU time of `pids` (and of this process: the load generator) and the hooks' counts. */
export async function measureOnce(run: Run, connections: number, durationS: number, pids: Record<string, number>, hooks?: Hooks): Promise<Sample> {
  const cpu = new CpuMeter({ ...pids, 'load generator': process.pid });
  const latencies: number[] = [];
  const result = await run(
    connections,
    durationS,
    async () => {
      await hooks?.before?.();
      cpu.start();
    },
    latencies,
  );
  const cpuMs = cpu.stop();
  return { result, latencies, cpuMs, counts: (await hooks?.after?.()) ?? {} };
}

/** One scenario from one or more measurements of the same thing (their requests, latencies, CPU and counts pooled). */
export function pool(target: Target, workload: string, mode: Scenario['mode'], samples: Sample[]): Scenario {
  const sum = (pick: (r: LoadResult) => number) => samples.reduce((total, s) => total + pick(s.result), 0);
  const result =
    samples.length === 1
      ? samples[0]!.result
      : summarise(
          samples.flatMap((s) => s.latencies),
          {
            connections: samples[0]!.result.connections,
            durationS: sum((r) => r.durationS),
            non2xx: sum((r) => r.non2xx),
            badAnswers: sum((r) => r.badAnswers),
            errors: sum((r) => r.errors),
            ...withErrorCodes(mergeErrorCodes(samples.map((s) => s.result.errorCodes))),
          },
        );
  const total = (pick: (s: Sample) => Record<string, number> | undefined) => {
    const totals: Record<string, number> = {};
    for (const s of samples) for (const [k, v] of Object.entries(pick(s) ?? {})) totals[k] = (totals[k] ?? 0) + v;
    return totals;
  };
  const upstream = samples.some((s) => s.counts.upstream) ? perOperation(total((s) => s.counts.upstream), result.requests) : undefined;
  const fetches = samples.some((s) => s.counts.subgraphFetches) ? perOperation(total((s) => s.counts.subgraphFetches), result.requests) : undefined;
  const cpuMsPerOp = Object.fromEntries(Object.entries(total((s) => s.cpuMs)).map(([k, v]) => [k, result.requests ? Math.round((v / result.requests) * 100) / 100 : 0]));
  return {
    target,
    workload,
    mode,
    result,
    cpuMsPerOp,
    ...(upstream ? { upstreamPerOp: upstream } : {}),
    ...(fetches ? { subgraphFetchesPerOp: fetches } : {}),
    ...(samples.length > 1 ? { runs: samples.map((s) => s.result) } : {}),
  };
}
