import { describe, expect, it } from 'vitest';
import { measureOnce, pool, type Sample } from '../src/measure.js';
import { summarise } from '../src/load/stats.js';

const sample = (latencies: number[], cpuMs: Record<string, number>, upstream?: Record<string, number>): Sample => ({
  result: summarise(latencies, { connections: 4, durationS: 2, non2xx: 0, badAnswers: 1, errors: 0 }),
  latencies,
  cpuMs,
  counts: upstream ? { upstream } : {},
});

describe('measurements pooled into a scenario', () => {
  it('keeps one measurement as it is, with CPU and upstream calls per operation', () => {
    expect(pool('ours', 'dossierpagina', 'throughput', [sample([10, 20, 30, 40], { gateway: 8, dossier: 20 }, { veka: 2 })])).toEqual({
      target: 'ours',
      workload: 'dossierpagina',
      mode: 'throughput',
      result: { connections: 4, durationS: 2, non2xx: 0, badAnswers: 1, errors: 0, requests: 4, rps: 2, latencyMs: { p50: 20, p95: 40, p99: 40, mean: 25, max: 40 } },
      cpuMsPerOp: { gateway: 2, dossier: 5 },
      upstreamPerOp: { veka: 0.5 },
    });
  });

  it('pools several: all their latencies, durations, errors, CPU time and calls', () => {
    const first = sample([10, 20], { gateway: 4 });
    const second = sample([30, 40, 50, 60], { gateway: 8 });
    expect(pool('hive', 'backofficelijst', 'throughput', [first, second])).toEqual({
      target: 'hive',
      workload: 'backofficelijst',
      mode: 'throughput',
      result: { connections: 4, durationS: 4, non2xx: 0, badAnswers: 2, errors: 0, requests: 6, rps: 1.5, latencyMs: { p50: 30, p95: 60, p99: 60, mean: 35, max: 60 } },
      cpuMsPerOp: { gateway: 2 },
      runs: [first.result, second.result],
    });
  });

  it('measures the CPU time of the processes from the start of the measurement, after the warm-up', async () => {
    const steps: string[] = [];
    const measured = await measureOnce(
      async (connections, durationS, onMeasureStart, latencies) => {
        steps.push(`warm-up with ${connections} for ${durationS}`);
        await onMeasureStart();
        steps.push('measure');
        latencies?.push(5, 7);
        return summarise([5, 7], { connections, durationS, non2xx: 0, badAnswers: 0, errors: 0 });
      },
      3,
      1,
      { self: process.pid },
      { before: async () => steps.push('before'), after: async () => ({ upstream: { ipdc: 4 } }) },
    );
    expect(steps).toEqual(['warm-up with 3 for 1', 'before', 'measure']);
    expect(measured.latencies).toEqual([5, 7]);
    expect(measured.counts).toEqual({ upstream: { ipdc: 4 } });
    expect(Object.keys(measured.cpuMs)).toEqual(['self', 'load generator']);
  });
});
