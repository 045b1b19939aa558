import { describe, expect, it } from 'vitest';
import { CACHE_BRONNEN, createMemoryCacheBackend, createUpstreamCache, keyOf, type CacheBackend, type CacheTtls } from '../src/cache/index.js';
import { entryBytes } from '../src/cache/memory.js';

const DAG = 86_400_000;
const TTLS: CacheTtls = { adressen: 7 * DAG, adresmatch: DAG, gebouweenheden: 7 * DAG, epc: DAG, premiewerken: DAG, erfgoed: DAG, vergunningen: 6 * 3_600_000 };

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2026, 10, 28, 12)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** A load that counts its calls and answers what it is told. */
function upstream<T>(answer: () => T | Promise<T>) {
  const counter = { calls: 0, load: async () => ((counter.calls += 1), answer()) };
  return counter;
}

const perBron = (overrides: Partial<Record<(typeof CACHE_BRONNEN)[number], { hits: number; misses: number; shared: number }>> = {}) => ({
  ...Object.fromEntries(CACHE_BRONNEN.map((b) => [b, { hits: 0, misses: 0, shared: 0 }])),
  ...overrides,
});

describe('the shared cache of upstream answers (memory backend)', () => {
  const memoryCache = (options: { maxEntries?: number; maxBytes?: number; ttls?: Partial<CacheTtls> } = {}) => {
    const time = clock();
    const cache = createUpstreamCache({
      backend: createMemoryCacheBackend({ maxEntries: options.maxEntries ?? 100, maxBytes: options.maxBytes ?? 1_000_000, now: time.now }),
      ttls: { ...TTLS, ...options.ttls },
      keyPrefix: 'test:',
    });
    return { cache, time };
  };

  it('answers a second lookup of the same request from the cache, counting a miss and a hit', async () => {
    const { cache } = memoryCache();
    const adres = upstream(() => ({ adresId: '3000120', straat: 'Tiensestraat' }));

    expect(await cache.through('adressen', '3000120', adres.load)).toEqual({ adresId: '3000120', straat: 'Tiensestraat' });
    expect(await cache.through('adressen', '3000120', adres.load)).toEqual({ adresId: '3000120', straat: 'Tiensestraat' });

    expect(adres.calls).toBe(1);
    expect(cache.stats()).toEqual({
      backend: 'memory',
      hits: 1,
      misses: 1,
      shared: 0,
      backendErrors: 0,
      tooLarge: 0,
      perBron: perBron({ adressen: { hits: 1, misses: 1, shared: 0 } }),
      entries: 1,
      approxBytes: entryBytes('test:v1:adressen:3000120', JSON.stringify({ v: { adresId: '3000120', straat: 'Tiensestraat' } })),
      evictions: 0,
    });
  });

  it('hands every caller its own copy: a caller changing its answer does not change the cached one', async () => {
    const { cache } = memoryCache();
    const load = upstream(() => ({ werken: ['23-MVP-004812'] }));
    await cache.through('premiewerken', '30102501', load.load);
    const eerste = await cache.through<{ werken: string[] }>('premiewerken', '30102501', load.load);
    eerste.werken.push('gewijzigd');
    expect(await cache.through('premiewerken', '30102501', load.load)).toEqual({ werken: ['23-MVP-004812'] });
  });

  it('keeps an answer for its source\'s TTL, to the millisecond, on a controllable clock', async () => {
    const { cache, time } = memoryCache();
    const epc = upstream(() => ['20240318-0003187245-RES-1']);
    const adres = upstream(() => 'Tiensestraat 120');

    await cache.through('epc', 'certificaten?gebouwEenheidId=30001201', epc.load);
    await cache.through('adressen', '3000120', adres.load);
    time.advance(DAG - 1);
    await cache.through('epc', 'certificaten?gebouwEenheidId=30001201', epc.load);
    expect(epc.calls).toBe(1);

    time.advance(1); // exactly a day: the EPC answer expired, the address (7 days) did not
    await cache.through('epc', 'certificaten?gebouwEenheidId=30001201', epc.load);
    await cache.through('adressen', '3000120', adres.load);
    expect([epc.calls, adres.calls]).toEqual([2, 1]);

    time.advance(7 * DAG);
    await cache.through('adressen', '3000120', adres.load);
    expect(adres.calls).toBe(2);
  });

  it('caches "nothing there" (undefined, null, an empty list) like any answer', async () => {
    const { cache } = memoryCache();
    const nietGevonden = upstream(() => undefined);
    const geenEpc = upstream(() => []);
    const leeg = upstream(() => null);
    for (let i = 0; i < 2; i++) {
      expect(await cache.through('adressen', '9999999', nietGevonden.load)).toBeUndefined();
      expect(await cache.through('epc', 'certificaten?straat=Nergensstraat', geenEpc.load)).toEqual([]);
      expect(await cache.through('erfgoed', 'x=1&y=2', leeg.load)).toBeNull();
    }
    expect([nietGevonden.calls, geenEpc.calls, leeg.calls]).toEqual([1, 1, 1]);
  });

  it('never caches a failure: the next lookup asks the upstream again', async () => {
    const { cache } = memoryCache();
    let fail = true;
    const epc = upstream(() => {
      if (fail) throw new Error('VEKA unavailable');
      return ['20240318-0003187245-RES-1'];
    });

    await expect(cache.through('epc', 'certificaat?attestnummer=X', epc.load)).rejects.toThrow('VEKA unavailable');
    fail = false;
    expect(await cache.through('epc', 'certificaat?attestnummer=X', epc.load)).toEqual(['20240318-0003187245-RES-1']);
    expect(await cache.through('epc', 'certificaat?attestnummer=X', epc.load)).toEqual(['20240318-0003187245-RES-1']);
    expect(epc.calls).toBe(2);
    expect(cache.stats().perBron.epc).toEqual({ hits: 1, misses: 2, shared: 0 });
  });

  it('evicts the least recently used answer at the maximum number of entries', async () => {
    const { cache } = memoryCache({ maxEntries: 2 });
    const loads = new Map<string, number>();
    const load = (id: string) => () => {
      loads.set(id, (loads.get(id) ?? 0) + 1);
      return Promise.resolve(`adres ${id}`);
    };

    await cache.through('adressen', 'a', load('a'));
    await cache.through('adressen', 'b', load('b'));
    await cache.through('adressen', 'a', load('a')); // a is now the most recently used
    await cache.through('adressen', 'c', load('c')); // evicts b
    await cache.through('adressen', 'a', load('a'));
    await cache.through('adressen', 'b', load('b')); // evicted: asked again (and evicts c)

    expect(Object.fromEntries(loads)).toEqual({ a: 1, b: 2, c: 1 });
    expect(cache.stats()).toMatchObject({ entries: 2, evictions: 2, hits: 2, misses: 4 });
  });

  it('evicts by approximate size at the byte bound, and does not store an answer larger than the bound', async () => {
    const value = 'x'.repeat(1000);
    const oneEntry = entryBytes('test:v1:erfgoed:k0', JSON.stringify({ v: value }));
    const { cache } = memoryCache({ maxEntries: 1000, maxBytes: 3 * oneEntry });

    for (let i = 0; i < 5; i++) await cache.through('erfgoed', `k${i}`, () => Promise.resolve(value));
    expect(cache.stats()).toMatchObject({ entries: 3, approxBytes: 3 * oneEntry, evictions: 2 });

    const groot = upstream(() => 'y'.repeat(2 * oneEntry));
    await cache.through('erfgoed', 'groot', groot.load);
    await cache.through('erfgoed', 'groot', groot.load);
    expect(groot.calls).toBe(2);
    expect(cache.stats()).toMatchObject({ entries: 3, approxBytes: 3 * oneEntry, evictions: 2 });
  });

  it('does not store an answer above the maximum entry size, whatever the backend', async () => {
    const time = clock();
    const cache = createUpstreamCache({
      backend: createMemoryCacheBackend({ maxEntries: 10, maxBytes: 1_000_000, now: time.now }),
      ttls: TTLS,
      maxEntryBytes: 1000,
    });
    const klein = upstream(() => 'k'.repeat(400));
    const groot = upstream(() => 'g'.repeat(600));
    for (let i = 0; i < 2; i++) {
      await cache.through('erfgoed', 'klein', klein.load);
      await cache.through('erfgoed', 'groot', groot.load);
    }
    expect([klein.calls, groot.calls]).toEqual([1, 2]);
    expect(cache.stats()).toMatchObject({ entries: 1, tooLarge: 2 });
  });

  it('lets concurrent lookups of the same request share one upstream call', async () => {
    const { cache } = memoryCache();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const adres = upstream(async () => {
      await gate;
      return 'Tiensestraat 120';
    });

    const lookups = [1, 2, 3].map(() => cache.through('adressen', '3000120', adres.load));
    release();

    expect(await Promise.all(lookups)).toEqual(['Tiensestraat 120', 'Tiensestraat 120', 'Tiensestraat 120']);
    expect(adres.calls).toBe(1);
    expect(cache.stats().perBron.adressen).toEqual({ hits: 0, misses: 1, shared: 2 });
  });

  it('does not cache a source whose TTL is 0', async () => {
    const { cache } = memoryCache({ ttls: { vergunningen: 0 } });
    const projecten = upstream(() => ['OMV_2026087412']);
    await cache.through('vergunningen', '3010250', projecten.load);
    await cache.through('vergunningen', '3010250', projecten.load);
    expect(projecten.calls).toBe(2);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0, entries: 0 });
  });

  it('keeps the sources apart: the same key in two sources is two answers', async () => {
    const { cache } = memoryCache();
    expect(await cache.through('adressen', '3000120', () => Promise.resolve('adres'))).toBe('adres');
    expect(await cache.through('gebouweenheden', '3000120', () => Promise.resolve(['30001201']))).toEqual(['30001201']);
    expect(await cache.through('adressen', '3000120', () => Promise.resolve('niet gevraagd'))).toBe('adres');
  });

  it('serves from the upstream when the backend fails, and counts it', async () => {
    const broken: CacheBackend = {
      kind: 'redis',
      get: () => Promise.reject(new Error('Connection is closed.')),
      set: () => Promise.reject(new Error('Connection is closed.')),
      close: () => Promise.resolve(),
    };
    const cache = createUpstreamCache({ backend: broken, ttls: TTLS });
    const adres = upstream(() => 'Tiensestraat 120');

    expect(await cache.through('adressen', '3000120', adres.load)).toBe('Tiensestraat 120');
    expect(await cache.through('adressen', '3000120', adres.load)).toBe('Tiensestraat 120');
    expect(adres.calls).toBe(2);
    expect(cache.stats()).toMatchObject({ backend: 'redis', misses: 2, hits: 0, backendErrors: 4 });
  });

  it('resets its counters on demand (benchmarks measure one run at a time)', async () => {
    const { cache } = memoryCache();
    await cache.through('adressen', '3000120', () => Promise.resolve('a'));
    await cache.through('adressen', '3000120', () => Promise.resolve('a'));
    cache.resetStats();
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0, shared: 0, backendErrors: 0, tooLarge: 0, perBron: perBron(), entries: 1 });
  });
});

describe('keyOf', () => {
  it('builds the same key whatever the parameter order, leaving out absent parameters and encoding values', () => {
    expect(keyOf({ straat: 'Tiensestraat', huisnummer: '120', busnummer: undefined, postcode: '3000', residentieel: true })).toBe(
      'huisnummer=120&postcode=3000&residentieel=true&straat=Tiensestraat',
    );
    expect(keyOf({ postcode: '3000', straat: 'Tiensestraat', huisnummer: '120', residentieel: true })).toBe(
      keyOf({ residentieel: true, huisnummer: '120', straat: 'Tiensestraat', postcode: '3000' }),
    );
    expect(keyOf({ straatnaam: 'Sint-Jacobsplein & Co', huisnummer: '1/2' })).toBe('huisnummer=1%2F2&straatnaam=Sint-Jacobsplein%20%26%20Co');
  });
});
