import { ErrorCode, UpstreamError } from '@hub/shared';
import { describe, expect, it, vi } from 'vitest';
import type { IpdcClient } from '../src/clients/ipdc-client.js';
import type { ProductSnapshot } from '../src/domain/product.js';
import { Catalogus } from '../src/services/catalogus.js';
import { silentLogger } from './helpers.js';

// The catalogue kept in memory: TTL, one refresh at a time, the previous catalogue when a refresh fails.

const snapshot = (id: string, naam: string, generatedAtTime = '2025-01-01T00:00:00Z'): ProductSnapshot => ({
  snapshotUri: `urn:snapshot:${id}:${generatedAtTime}`,
  generatedAtTime,
  gearchiveerd: false,
  product: {
    id,
    uri: `http://data.lblod.info/id/public-service/${id}`,
    naam: { nl: naam },
    beschrijving: {},
    verdereBeschrijving: {},
    uitzonderingen: {},
    themas: [],
    doelgroepen: [],
    geografischToepassingsgebieden: [],
    zoektermen: {},
    websites: [],
    voorwaarden: [],
    procedures: [],
    kosten: [],
    financieleVoordelen: [],
    regelgeving: [],
    contactpunten: [],
  },
});

function fakeClient(...answers: Array<ProductSnapshot[] | Error>) {
  const readSnapshots = vi.fn(async () => {
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const client: IpdcClient = { getInstantie: vi.fn(), readSnapshots };
  return { client, readSnapshots };
}

const names = (producten: readonly { naam: Record<string, string> }[]) => producten.map((p) => p.naam.nl);

describe('Catalogus', () => {
  it('reads the feed once per TTL and shares the result', async () => {
    let now = 1_000_000;
    const { client, readSnapshots } = fakeClient([snapshot('a', 'Eerste')], [snapshot('a', 'Tweede')]);
    const catalogus = new Catalogus(client, silentLogger(), { ttlMs: 60_000, now: () => now });

    expect(names(await catalogus.producten())).toEqual(['Eerste']);
    now += 59_999;
    expect(names(await catalogus.producten())).toEqual(['Eerste']);
    expect(readSnapshots).toHaveBeenCalledTimes(1);
    now += 1;
    expect(names(await catalogus.producten())).toEqual(['Tweede']);
    expect(readSnapshots).toHaveBeenCalledTimes(2);
  });

  it('lets concurrent requests wait for one read of the feed', async () => {
    const { client, readSnapshots } = fakeClient([snapshot('a', 'Enige')]);
    const catalogus = new Catalogus(client, silentLogger(), { ttlMs: 60_000 });
    const results = await Promise.all([catalogus.producten(), catalogus.producten(), catalogus.producten()]);
    expect(results.map(names)).toEqual([['Enige'], ['Enige'], ['Enige']]);
    expect(readSnapshots).toHaveBeenCalledTimes(1);
  });

  it('passes a failure on when there is no earlier catalogue, and tries again on the next request', async () => {
    const failure = new UpstreamError('ipdc', ErrorCode.UPSTREAM_UNAVAILABLE, 'De bron ipdc is tijdelijk niet beschikbaar.');
    const { client, readSnapshots } = fakeClient(failure, [snapshot('a', 'Hersteld')]);
    const catalogus = new Catalogus(client, silentLogger(), { ttlMs: 60_000 });
    await expect(catalogus.producten()).rejects.toBe(failure);
    expect(names(await catalogus.producten())).toEqual(['Hersteld']);
    expect(readSnapshots).toHaveBeenCalledTimes(2);
  });

  it('serves the previous catalogue when a refresh fails, logs it, and retries after retryAfterMs', async () => {
    let now = 0;
    const logger = silentLogger();
    const warn = vi.spyOn(logger, 'warn');
    const failure = new UpstreamError('ipdc', ErrorCode.UPSTREAM_TIMEOUT, 'De bron ipdc antwoordde niet op tijd.');
    const { client, readSnapshots } = fakeClient([snapshot('a', 'Oud')], failure, [snapshot('a', 'Nieuw')]);
    const catalogus = new Catalogus(client, logger, { ttlMs: 60_000, retryAfterMs: 5_000, now: () => now });

    expect(names(await catalogus.producten())).toEqual(['Oud']);
    now = 60_000;
    expect(names(await catalogus.producten())).toEqual(['Oud']);
    expect(warn).toHaveBeenCalledWith({ err: failure }, 'IPDC catalogue refresh failed; serving the previous catalogue');
    now = 64_999;
    expect(names(await catalogus.producten())).toEqual(['Oud']);
    expect(readSnapshots).toHaveBeenCalledTimes(2);
    now = 65_000;
    expect(names(await catalogus.producten())).toEqual(['Nieuw']);
    expect(readSnapshots).toHaveBeenCalledTimes(3);
  });
});
