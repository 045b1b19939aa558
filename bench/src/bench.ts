import { join } from 'node:path';
import { identityOf } from '@hub/shared/testing';
import { callsBetween, fetchCost, firstDifference, upstreamCost } from './checks.js';
import { measureHttp } from './load/http.js';
import { measureReplay, planFetches, type PlannedFetch } from './load/replay.js';
import { measureOnce, pool, type Hooks, type Run } from './measure.js';
import type { BenchOptions } from './options.js';
import { machine, type BenchResults, type Scenario, type Target } from './report.js';
import { PeakMemory } from './proc.js';
import { postOnce, tokensFor } from './requests.js';
import { startEmbeddedHub, type EmbeddedHub } from './topology/embedded.js';
import { startSeparateHub } from './topology/separate.js';
import { homesOf, requestBody, WORKLOADS, type Workload } from './workloads.js';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** The parts of the benchmark; each adds its scenarios, checks and notes to `results`. */
export class Bench {
  readonly results: BenchResults;
  /** The gateway's subgraph calls per workload, observed on the embedded hub, to replay directly. */
  readonly plans = new Map<string, PlannedFetch[]>();
  /** The first answer per workload (the embedded hub), to compare the other gateways' answers with. */
  readonly answers = new Map<string, unknown>();

  constructor(
    readonly options: BenchOptions,
    readonly dir: string,
    readonly logDir: string,
  ) {
    this.results = {
      startedAt: new Date().toISOString(),
      machine: machine(),
      options: { ...options, parts: [...options.parts] },
      scenarios: [],
      peakRssMb: {},
      memoryAfterLoadMb: {},
      differences: [],
      targets: [],
      notes: [],
    };
  }

  add(scenario: Scenario) {
    this.results.scenarios.push(scenario);
    const r = scenario.result;
    log(
      `  ${scenario.target} ${scenario.workload} ${scenario.mode}: ${r.rps} req/s, p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms` +
        (r.non2xx + r.badAnswers + r.errors ? `, ${r.non2xx + r.badAnswers + r.errors} bad` : ''),
    );
  }

  /** A latency measurement (one connection) and a throughput measurement (many) of one workload. */
  async measure(target: Target, w: Workload, run: Run, pids: Record<string, number>, hooks?: Hooks) {
    this.add(pool(target, w.name, 'latency', [await measureOnce(run, 1, this.options.latencyDurationS, pids, hooks)]));
    this.add(pool(target, w.name, 'throughput', [await measureOnce(run, this.options.connections, this.options.durationS, pids, hooks)]));
  }

  /**
   * Our gateway and Hive Gateway on the same workload: latency one after the other, throughput in the
   * order ours, Hive, Hive, ours (each pooled over its two runs), so that a drift of the machine during
   * the measurement (other load, the subgraphs warming up) weighs on both alike.
   */
  async measurePair(w: Workload, ours: [Run, Record<string, number>], hive: [Run, Record<string, number>], hooks: Hooks) {
    const { latencyDurationS: latency, durationS, connections } = this.options;
    this.add(pool('ours', w.name, 'latency', [await measureOnce(ours[0], 1, latency, ours[1], hooks)]));
    this.add(pool('hive', w.name, 'latency', [await measureOnce(hive[0], 1, latency, hive[1], hooks)]));
    const ours1 = await measureOnce(ours[0], connections, durationS, ours[1], hooks);
    const hive1 = await measureOnce(hive[0], connections, durationS, hive[1], hooks);
    const hive2 = await measureOnce(hive[0], connections, durationS, hive[1], hooks);
    const ours2 = await measureOnce(ours[0], connections, durationS, ours[1], hooks);
    this.add(pool('ours', w.name, 'throughput', [ours1, ours2]));
    this.add(pool('hive', w.name, 'throughput', [hive1, hive2]));
  }

  http(url: string, w: Workload, token: string): Run {
    return (connections, durationS, onMeasureStart, latencies) =>
      measureHttp(
        { url, body: requestBody(w), headers: { authorization: `Bearer ${token}` }, connections, durationS, warmupS: this.options.warmupS },
        onMeasureStart,
        latencies,
      );
  }

  /** The whole hub in one process with cache and DataLoaders (as `npm start`), then checks and load. */
  async embedded() {
    log('\n[embedded] the whole hub in one process (startHub, as npm start runs it)');
    const hub = await startEmbeddedHub(this.hubConfig('embedded', true), this.logDir, 'embedded-hub');
    try {
      const tokens = await tokensFor(hub.urls.sandbox);
      // The list first: its homes are not in the cache yet (cold), then again (warm).
      const lijst = WORKLOADS.find((w) => w.name === 'backofficelijst')!;
      await hub.observe(true);
      const coldBody = await postOnce(hub.urls.graphql, lijst, tokens.get(lijst.persona)!);
      lijst.check(coldBody);
      const cold = (await hub.observed()).observed!;
      await hub.observe(true);
      lijst.check(await postOnce(hub.urls.graphql, lijst, tokens.get(lijst.persona)!));
      const warm = (await hub.observed()).observed!;
      const homes = homesOf(coldBody);
      this.results.list = {
        distinctHomes: homes.length,
        fetches: fetchCost(cold.subgraphFetches),
        cold: upstreamCost(cold.sandboxRequests, homes.length),
        warm: upstreamCost(warm.sandboxRequests, homes.length),
      };
      this.plans.set(lijst.name, planFetches(cold.subgraphFetches));
      this.answers.set(lijst.name, coldBody);
      for (const w of WORKLOADS.filter((x) => x !== lijst)) {
        await hub.observe(true);
        const body = await postOnce(hub.urls.graphql, w, tokens.get(w.persona)!);
        w.check(body);
        const seen = (await hub.observed()).observed!;
        this.plans.set(w.name, planFetches(seen.subgraphFetches));
        this.answers.set(w.name, body);
        if (w.name === 'dossierpagina') this.results.page = { fetches: fetchCost(seen.subgraphFetches), cold: upstreamCost(seen.sandboxRequests, 1) };
      }
      await this.loadEmbedded('embedded', hub, tokens);
    } finally {
      await hub.stop();
    }
  }

  /** The same hub with the woningpas cache off and the DataLoaders neither batching nor deduplicating. */
  async unbatched() {
    log('\n[unbatched] the whole hub in one process, without cache and without DataLoader batching');
    const hub = await startEmbeddedHub(this.hubConfig('unbatched', false), this.logDir, 'unbatched-hub');
    try {
      const tokens = await tokensFor(hub.urls.sandbox);
      for (const w of WORKLOADS) {
        const body = await postOnce(hub.urls.graphql, w, tokens.get(w.persona)!);
        w.check(body);
        this.compare('unbatched', w, body);
      }
      await this.loadEmbedded('unbatched', hub, tokens);
    } finally {
      await hub.stop();
    }
  }

  private hubConfig(name: string, batched: boolean) {
    return {
      dataDir: join(this.dir, name),
      sandboxLatencyMs: this.options.sandboxLatencyMs,
      dossiers: this.options.dossiers,
      woningen: this.options.woningen,
      batching: batched,
      woningpasCache: batched ? ('memory' as const) : ('none' as const),
    };
  }

  private async loadEmbedded(target: 'embedded' | 'unbatched', hub: EmbeddedHub, tokens: Map<string, string>) {
    const memory = new PeakMemory({ hub: hub.process.pid });
    memory.start();
    for (const w of WORKLOADS) {
      await this.measure(target, w, this.http(hub.urls.graphql, w, tokens.get(w.persona)!), { hub: hub.process.pid }, {
        before: () => hub.observe(false),
        after: async () => {
          const { counts } = await hub.observed();
          return { upstream: withoutIdp(counts.sandboxRequests), subgraphFetches: counts.subgraphFetches };
        },
      });
    }
    this.results.peakRssMb[target] = memory.stop();
    this.results.memoryAfterLoadMb[target] = (await hub.process.ask<{ memory: Record<string, number> }>({ type: 'memory' })).memory;
  }

  /** Every service a process of its own: our gateway, Hive Gateway and the subgraphs hit directly. */
  async separate() {
    log('\n[separate] gateway, four subgraphs and sandboxes as separate processes; Hive Gateway on the same subgraphs');
    const hub = await startSeparateHub({
      dir: join(this.dir, 'separate'),
      logDir: this.logDir,
      sandboxLatencyMs: this.options.sandboxLatencyMs,
      data: { dossiers: this.options.dossiers, woningen: this.options.woningen },
    });
    try {
      const tokens = await tokensFor(hub.urls.sandbox);
      const gateways = { ours: hub.urls.gateway, hive: hub.urls.hive } as const;
      for (const w of WORKLOADS) {
        for (const [target, url] of Object.entries(gateways)) {
          const body = await postOnce(url, w, tokens.get(w.persona)!);
          w.check(body);
          this.compare(target, w, body);
        }
      }
      const pids = hub.pids;
      let snapshot: Record<string, number> = {};
      const upstream = {
        before: async () => {
          snapshot = await hub.sandboxCalls();
        },
        after: async () => ({ upstream: withoutIdp(callsBetween(snapshot, await hub.sandboxCalls())) }),
      };
      const subgraphPids = { dossier: pids.dossier, woningpas: pids.woningpas, ipdc: pids.ipdc, premies: pids.premies };
      const memory = new PeakMemory({ gateway: pids.gateway, hive: pids.hive, ...subgraphPids, sandboxes: pids.sandboxes });
      // Every process warm first (JIT, database caches, connection pools): each workload through both gateways.
      for (const w of WORKLOADS) {
        for (const url of Object.values(gateways)) await this.http(url, w, tokens.get(w.persona)!)(this.options.connections, this.options.warmupS * 2, async () => undefined);
      }
      for (const w of WORKLOADS) {
        const token = tokens.get(w.persona)!;
        memory.start();
        await this.measurePair(w, [this.http(gateways.ours, w, token), { gateway: pids.gateway, ...subgraphPids }], [this.http(gateways.hive, w, token), { hive: pids.hive, ...subgraphPids }], upstream);
        this.results.peakRssMb[`separate-${w.name}`] = memory.stop();
        const plan = this.plans.get(w.name);
        if (!plan) {
          this.results.notes.push(`${w.name}: not replayed directly (the embedded part, which observes the gateway's calls, did not run)`);
          continue;
        }
        const replay: Run = (connections, durationS, onMeasureStart, latencies) =>
          measureReplay(
            { plan, urls: hub.urls.subgraphs, identity: identityOf(w.persona), identitySecret: hub.identitySecret, connections, durationS, warmupS: this.options.warmupS },
            onMeasureStart,
            latencies,
          );
        await this.measure('direct', w, replay, subgraphPids, upstream);
      }
    } finally {
      await hub.stop();
    }
  }

  /**
   * Another gateway (or hub variant) should give the same answer as the embedded hub did, or it does
   * not do the same work: a difference is noted (with where it is) and shown next to its figures.
   */
  private compare(target: string, w: Workload, body: unknown) {
    const reference = this.answers.get(w.name);
    if (reference === undefined) {
      this.answers.set(w.name, body);
      return;
    }
    const difference = firstDifference(reference, body);
    if (difference) {
      this.results.differences.push({ target, workload: w.name, ...difference });
      this.results.notes.push(`${target} answers ${w.name} differently from our gateway at ${difference.path}: ${JSON.stringify(difference.theirs)} instead of ${JSON.stringify(difference.ours)}`);
    }
  }
}

const withoutIdp = (calls: Record<string, number>) => Object.fromEntries(Object.entries(calls).filter(([prefix]) => prefix !== 'idp'));
