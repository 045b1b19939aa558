import { describe, expect, it } from 'vitest';
import { evaluateTargets, formatReport, overloadNotes, type BenchResults, type Scenario } from '../src/report.js';
import { countErrorCodes, mergeErrorCodes, type LoadResult } from '../src/load/stats.js';

const load = (rps: number, p50: number, bad = 0): LoadResult => ({
  connections: 16,
  durationS: 10,
  requests: rps * 10,
  rps,
  latencyMs: { p50, p95: p50 * 2, p99: p50 * 3, mean: p50, max: p50 * 4 },
  non2xx: 0,
  badAnswers: bad,
  errors: 0,
});

function results(scenarios: Scenario[], extra: Partial<BenchResults> = {}): BenchResults {
  return {
    startedAt: '2026-11-28T06:00:00.000Z',
    machine: { node: 'v20.20.2', platform: 'Linux', cpus: 2, cpuModel: 'AMD EPYC', memoryMb: 24000 },
    options: {},
    scenarios,
    peakRssMb: { embedded: { hub: 420 } },
    memoryAfterLoadMb: {},
    differences: [],
    list: {
      distinctHomes: 38,
      fetches: { perSubgraph: { dossier: 1, woningpas: 1 }, entities: { woningpas: 1 } },
      cold: { perLookup: { 'basisregisters /v2/adressen/{id}': 38 }, duplicates: [], total: 152, maxPerHome: 1 },
      warm: { perLookup: {}, duplicates: [], total: 0, maxPerHome: 0 },
    },
    targets: [],
    notes: [],
    ...extra,
  };
}

const LIMITS = { sandboxLatencyMs: 50, maxRssMb: 500 };

describe('the targets of DESIGN §8', () => {
  it('pass on good figures', () => {
    const checks = evaluateTargets(
      results([
        { target: 'ours', workload: 'dossierpagina', mode: 'latency', result: load(50, 20) },
        { target: 'ours', workload: 'dossierpagina', mode: 'throughput', result: load(120, 130) },
        { target: 'hive', workload: 'dossierpagina', mode: 'throughput', result: load(100, 160) },
      ]),
      LIMITS,
    );
    expect(checks).toEqual([
      {
        id: 'lijst-fetches',
        description: 'back-office list of 50: one fetch per subgraph (entity fetches for the joined subgraphs)',
        measured: 'dossier 1, woningpas 1 (_entities 1)',
        limit: 'at most 1 per subgraph',
        pass: true,
      },
      {
        id: 'lijst-koud',
        description: 'back-office list of 50 on a cold cache: at most one upstream call per distinct home per lookup (38 homes)',
        measured: '152 calls; at most 1.00 per home per lookup; 0 repeated',
        limit: '≤ 1.00 per home per lookup, none repeated',
        pass: true,
      },
      { id: 'lijst-warm', description: 'back-office list of 50 on a warm cache: no upstream calls', measured: '0 calls', limit: '0', pass: true },
      {
        id: 'pagina-p50-ours',
        description: 'dossier page p50 (separate processes, one connection) ≤ slowest upstream call + 15 ms',
        measured: '20.0 ms',
        limit: '65 ms',
        pass: true,
      },
      {
        id: 'doorvoer-dossierpagina',
        description: 'dossierpagina: throughput of our gateway ≥ Hive Gateway\'s (same subgraphs, same run)',
        measured: '120.0 vs 100.0 req/s (ours/Hive 1.20)',
        limit: 'ours/Hive ≥ 1.00',
        pass: true,
      },
      { id: 'geheugen-embedded', description: 'the whole embedded hub (one process) under load', measured: '420.0 MB peak RSS', limit: '< 500 MB', pass: true },
    ]);
  });

  it('fail on a repeated upstream call, a slow page, a faster peer, too much memory and wrong answers', () => {
    const base = results(
      [
        { target: 'embedded', workload: 'dossierpagina', mode: 'latency', result: load(10, 70) },
        { target: 'ours', workload: 'backofficelijst', mode: 'throughput', result: { ...load(90, 100, 2), errorCodes: { UPSTREAM_TIMEOUT: 2 } } },
        { target: 'hive', workload: 'backofficelijst', mode: 'throughput', result: load(100, 90) },
      ],
      { peakRssMb: { embedded: { hub: 512 } } },
    );
    base.list!.cold = { perLookup: { 'veka x': 39 }, duplicates: ['veka /x?y=1'], total: 40, maxPerHome: 1.03 };
    base.list!.warm = { perLookup: { 'veka x': 1 }, duplicates: [], total: 1, maxPerHome: 0.03 };
    base.list!.fetches = { perSubgraph: { dossier: 1, woningpas: 2 }, entities: { woningpas: 2 } };
    const failed = evaluateTargets(base, LIMITS)
      .filter((c) => !c.pass)
      .map((c) => [c.id, c.measured]);
    expect(failed).toEqual([
      ['lijst-fetches', 'dossier 1, woningpas 2 (_entities 2)'],
      ['lijst-koud', '40 calls; at most 1.03 per home per lookup; 1 repeated'],
      ['lijst-warm', '1 calls'],
      ['pagina-p50-embedded', '70.0 ms'],
      ['doorvoer-backofficelijst', '90.0 vs 100.0 req/s (ours/Hive 0.90)'],
      ['geheugen-embedded', '512.0 MB peak RSS'],
      ['fouten-ours-backofficelijst-throughput', '0 non-200, 2 with errors (UPSTREAM_TIMEOUT 2), 0 connection errors'],
    ]);
  });

  it('report the errors of the hub without cache and batching as a finding, not a failed target', () => {
    const r = results([
      { target: 'unbatched', workload: 'backofficelijst', mode: 'throughput', result: { ...load(2, 3000, 16), requests: 16, errorCodes: { UPSTREAM_TIMEOUT: 9, UPSTREAM_UNAVAILABLE: 12 } } },
      { target: 'unbatched', workload: 'statistieken', mode: 'throughput', result: { ...load(0, 0), requests: 0 } },
      { target: 'unbatched', workload: 'dossierpagina', mode: 'latency', result: { ...load(5, 200), connections: 1 } },
    ]);
    expect(evaluateTargets(r, LIMITS).filter((c) => !c.pass)).toEqual([]);
    expect(overloadNotes(r)).toEqual([
      'Without cache and batching, backofficelijst with 16 connections: 16 of 16 answers failed: 0 non-200, 16 with errors (UPSTREAM_TIMEOUT 9, UPSTREAM_UNAVAILABLE 12), 0 connection errors. The upstreams get every lookup of every request; with cache and batching the same load gets none of these errors.',
      'Without cache and batching, statistieken with 16 connections: no request finished within the 10 s measured (each waits for hundreds of upstream calls).',
    ]);
    expect(formatReport(r).split('\n')[5]).toBe('unbatched statistieken (16 conn)       0.0       -       -       -       0                  -              -                  0');
  });

  it('prints one row per measurement and every target', () => {
    const r = results([{ target: 'ours', workload: 'dossierpagina', mode: 'latency', result: load(50, 20), cpuMsPerOp: { gateway: 4.5, dossier: 8, 'load generator': 1 }, upstreamPerOp: { veka: 0.5 } }]);
    r.targets = evaluateTargets(r, LIMITS);
    expect(formatReport(r).split('\n')).toEqual([
      'Renovatiehub benchmark, 2026-11-28T06:00:00.000Z (Node v20.20.2, 2 CPUs AMD EPYC)',
      '',
      'scenario                     req/s  p50 ms  p95 ms  p99 ms  errors  gateway CPU ms/op  hub CPU ms/op  upstream calls/op',
      '---------------------------  -----  ------  ------  ------  ------  -----------------  -------------  -----------------',
      'ours dossierpagina (1 conn)   50.0    20.0    40.0    60.0       0               4.50          12.50          veka 0.50',
      '(CPU: of the gateway process, and of every hub process together: gateway or embedded hub plus subgraphs; not the sandboxes or the load generator)',
      '',
      'Peak RSS under load:',
      '  embedded: hub 420.0 MB',
      '',
      'Targets:',
      '  PASS  back-office list of 50: one fetch per subgraph (entity fetches for the joined subgraphs)',
      '        measured dossier 1, woningpas 1 (_entities 1); limit at most 1 per subgraph',
      '  PASS  back-office list of 50 on a cold cache: at most one upstream call per distinct home per lookup (38 homes)',
      '        measured 152 calls; at most 1.00 per home per lookup; 0 repeated; limit ≤ 1.00 per home per lookup, none repeated',
      '  PASS  back-office list of 50 on a warm cache: no upstream calls',
      '        measured 0 calls; limit 0',
      '  PASS  dossier page p50 (separate processes, one connection) ≤ slowest upstream call + 15 ms',
      '        measured 20.0 ms; limit 65 ms',
      '  PASS  the whole embedded hub (one process) under load',
      '        measured 420.0 MB peak RSS; limit < 500 MB',
    ]);
  });
});

describe('the error codes of bad answers', () => {
  it('counts each code once per answer, and an answer without a code as such', () => {
    const codes: Record<string, number> = {};
    countErrorCodes('{"errors":[{"message":"a","extensions":{"code":"UPSTREAM_TIMEOUT"}},{"message":"b","extensions":{"code":"UPSTREAM_TIMEOUT"}}],"data":null}', codes);
    countErrorCodes('{"errors":[{"message":"c","extensions":{"code":"UPSTREAM_UNAVAILABLE","source":"veka"}}]}', codes);
    countErrorCodes('{"errors":[{"message":"d"}]}', codes);
    expect(codes).toEqual({ UPSTREAM_TIMEOUT: 1, UPSTREAM_UNAVAILABLE: 1, '(no code)': 1 });
    expect(mergeErrorCodes([codes, undefined, { UPSTREAM_TIMEOUT: 2 }])).toEqual({ UPSTREAM_TIMEOUT: 3, UPSTREAM_UNAVAILABLE: 1, '(no code)': 1 });
    expect(mergeErrorCodes([undefined, {}])).toBeUndefined();
  });
});
