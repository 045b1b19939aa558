import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@hub/shared';
import { cacheTtls, createRedisCacheBackend, createUpstreamCache, createWoningpasCache, type UpstreamCache } from '../src/server.js';
import { nockConfig, recordingLogger, startSandbox, startWoningpas, woning, type TestSandbox } from './helpers.js';
import { OVERZICHT, SANDBOX_ADRES_IDS, SANDBOX_WONINGEN } from './sandbox-woningen.js';

/**
 * The Redis backend against a real Redis: the machine's (redis://127.0.0.1:6379) or TEST_REDIS_URL. With
 * TEST_REDIS_URL set (CI), a Redis that does not answer fails the run; without it, these tests are
 * skipped with a message when no Redis answers. Every test works under its own key prefix and removes
 * its keys afterwards.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function answers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const REDIS_UP = await answers(REDIS_URL);
if (!REDIS_UP && process.env.TEST_REDIS_URL) throw new Error(`TEST_REDIS_URL is set but no Redis answers at ${REDIS_URL}`);
if (!REDIS_UP) console.warn(`Skipping the Redis cache tests: no Redis answers at ${REDIS_URL} (start one, or set TEST_REDIS_URL to require it).`);

const DAG = 86_400_000;
const silent = createLogger('woningpas-test', 'silent');
/** The TTLs of the default configuration. */
const TTLS = cacheTtls(nockConfig());

describe.skipIf(!REDIS_UP)('the shared cache on Redis', () => {
  let admin: Redis;
  let prefix: string;
  const opened: UpstreamCache[] = [];

  const keysUnder = async (p: string) => (await admin.keys(`${p}*`)).sort();
  const redisCache = async (ttls = TTLS) => {
    const cache = createUpstreamCache({ backend: await createRedisCacheBackend({ url: REDIS_URL, logger: silent }), ttls, keyPrefix: prefix });
    opened.push(cache);
    return cache;
  };

  beforeAll(() => {
    admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    await admin.quit();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
    const left = await admin.keys(`${prefix}*`);
    if (left.length > 0) await admin.del(...left);
  });
  // A fresh namespace per test.
  const fresh = () => (prefix = `test:woningpas:${randomUUID()}:`);

  it('stores an answer under the request key with the source TTL, and answers it back', async () => {
    fresh();
    const cache = await redisCache();
    let calls = 0;
    const load = () => Promise.resolve((calls += 1, { attestnummer: '20240318-0003187245-RES-1', label: 'F' }));

    expect(await cache.through('epc', 'certificaat?attestnummer=20240318-0003187245-RES-1', load)).toEqual({ attestnummer: '20240318-0003187245-RES-1', label: 'F' });
    expect(await cache.through('epc', 'certificaat?attestnummer=20240318-0003187245-RES-1', load)).toEqual({ attestnummer: '20240318-0003187245-RES-1', label: 'F' });

    expect(calls).toBe(1);
    const key = `${prefix}v1:epc:certificaat?attestnummer=20240318-0003187245-RES-1`;
    expect(await keysUnder(prefix)).toEqual([key]);
    expect(await admin.get(key)).toBe('{"v":{"attestnummer":"20240318-0003187245-RES-1","label":"F"}}');
    const pttl = await admin.pttl(key);
    expect(pttl).toBeGreaterThan(DAG - 5000);
    expect(pttl).toBeLessThanOrEqual(DAG);
    expect(cache.stats()).toMatchObject({ backend: 'redis', hits: 1, misses: 1, backendErrors: 0 });
  });

  it('lets Redis expire an answer at its TTL', async () => {
    fresh();
    const cache = await redisCache({ ...TTLS, vergunningen: 80 });
    let calls = 0;
    const load = () => Promise.resolve((calls += 1, ['OMV_2026087412']));

    await cache.through('vergunningen', '3010250', load);
    await cache.through('vergunningen', '3010250', load);
    expect(calls).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    await cache.through('vergunningen', '3010250', load);
    expect(calls).toBe(2);
  });

  it('caches "nothing there" and never a failure', async () => {
    fresh();
    const cache = await redisCache();
    let calls = 0;
    const geenEpc = () => Promise.resolve((calls += 1, []));
    expect(await cache.through('epc', 'certificaten?gebouwEenheidId=1', geenEpc)).toEqual([]);
    expect(await cache.through('epc', 'certificaten?gebouwEenheidId=1', geenEpc)).toEqual([]);
    const onbekend = () => Promise.resolve((calls += 1, undefined));
    expect(await cache.through('adressen', '9999999', onbekend)).toBeUndefined();
    expect(await cache.through('adressen', '9999999', onbekend)).toBeUndefined();
    expect(calls).toBe(2);

    await expect(cache.through('erfgoed', 'x=1&y=2', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await keysUnder(prefix)).toEqual([`${prefix}v1:adressen:9999999`, `${prefix}v1:epc:certificaten?gebouwEenheidId=1`]);
  });

  describe('two replicas of the subgraph sharing one Redis, against the sandboxes', () => {
    let sandbox: TestSandbox;
    beforeAll(async () => {
      sandbox = await startSandbox();
    });
    afterAll(async () => {
      await sandbox.close();
    });

    it('the second replica answers every field of every home without a single sandbox call', async () => {
      fresh();
      const config = sandbox.config({ CACHE_BACKEND: 'redis', REDIS_URL, CACHE_KEY_PREFIX: prefix });
      const cacheA = (await createWoningpasCache(config, silent))!;
      const cacheB = (await createWoningpasCache(config, silent))!;
      opened.push(cacheA, cacheB);
      const replicaA = await startWoningpas(config, { cache: cacheA });
      const replicaB = await startWoningpas(config, { cache: cacheB });
      try {
        const representations = SANDBOX_ADRES_IDS.map((id) => woning(id));
        sandbox.calls.clear();
        expect((await replicaA.query('spoc', OVERZICHT, { representations })).body).toEqual({ data: { _entities: SANDBOX_WONINGEN } });
        expect(Object.fromEntries(sandbox.calls)).toEqual({ basisregisters: 14, veka: 12, 'veka-datadiensten': 6, erfgoed: 7, omgevingsloket: 7, idp: 1 });

        sandbox.calls.clear();
        expect((await replicaB.query('energieconsulent', OVERZICHT, { representations })).body).toEqual({ data: { _entities: SANDBOX_WONINGEN } });
        expect(Object.fromEntries(sandbox.calls)).toEqual({});
        expect(replicaB.calls).toEqual([]);
        // Replica B still logs each consultation with its caller's legal purpose.
        expect(replicaB.logs.filter((l) => l.msg === 'EPC geraadpleegd').map((l) => [l.adresId, l.rol])).toEqual(SANDBOX_ADRES_IDS.map((id) => [id, 'energieconsulent']));
        expect(cacheA.stats()).toMatchObject({ backend: 'redis', hits: 0, misses: 46, backendErrors: 0 });
        expect(cacheB.stats()).toMatchObject({ backend: 'redis', hits: 46, misses: 0, backendErrors: 0 });
        // One key per upstream answer, all under this deployment's prefix.
        expect(await keysUnder(prefix)).toHaveLength(46);
      } finally {
        await replicaA.close();
        await replicaB.close();
      }
    });

    it('a Redis that is down costs nothing but the cache: every request is served by the upstreams', async () => {
      fresh();
      const { logger, records } = recordingLogger();
      const cache = createUpstreamCache({
        backend: await createRedisCacheBackend({ url: 'redis://127.0.0.1:1', logger, connectTimeoutMs: 300 }),
        ttls: cacheTtls(sandbox.config()),
      });
      opened.push(cache);
      const wp = await startWoningpas(sandbox.config(), { cache });
      try {
        const representations = [woning('3000120')];
        for (let i = 0; i < 2; i++) {
          sandbox.calls.clear();
          expect((await wp.query('spoc', OVERZICHT, { representations })).body).toEqual({ data: { _entities: [SANDBOX_WONINGEN[0]] } });
          expect(Object.fromEntries(sandbox.calls)).toMatchObject({ basisregisters: 2, veka: 2, 'veka-datadiensten': 1, erfgoed: 1, omgevingsloket: 1 });
        }
        expect(cache.stats()).toMatchObject({ hits: 0, misses: 14, backendErrors: 28 });
        expect(records.filter((r) => r.level === 'warn').map((r) => r.msg)).toEqual(['Redis cache not reachable: answers come from the upstreams until it is back']);
      } finally {
        await wp.close();
      }
    });
  });
});
