import { describe, expect, it } from 'vitest';
import { percentile, summarise } from '../src/load/stats.js';

describe('load statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('summarises a measurement', () => {
    expect(summarise([30, 10, 20, 40], { connections: 2, durationS: 2, non2xx: 1, badAnswers: 0, errors: 0 })).toEqual({
      connections: 2,
      durationS: 2,
      non2xx: 1,
      badAnswers: 0,
      errors: 0,
      requests: 4,
      rps: 2,
      latencyMs: { p50: 20, p95: 40, p99: 40, mean: 25, max: 40 },
    });
  });
});
