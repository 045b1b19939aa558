import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { disableDataLoaderBatching } from '../src/processes/unbatched.js';

describe('DataLoaders switched off (the bench process without batching)', () => {
  it('batch and deduplicate normally', async () => {
    const batches: string[][] = [];
    const loader = new DataLoader(async (keys: readonly string[]) => {
      batches.push([...keys]);
      return keys.map((k) => k.toUpperCase());
    });
    expect(await Promise.all([loader.load('a'), loader.load('b'), loader.load('a')])).toEqual(['A', 'B', 'A']);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('then look every key up on its own, every time, and still pass errors on', async () => {
    disableDataLoaderBatching();
    const batches: string[][] = [];
    const loader = new DataLoader(async (keys: readonly string[]) => {
      batches.push([...keys]);
      return keys.map((k) => (k === 'x' ? new Error('no x') : k.toUpperCase()));
    });
    expect(await Promise.all([loader.load('a'), loader.load('b'), loader.load('a')])).toEqual(['A', 'B', 'A']);
    expect(await loader.loadMany(['c', 'x'])).toEqual(['C', new Error('no x')]);
    await expect(loader.load('x')).rejects.toThrow('no x');
    expect(batches).toEqual([['a'], ['b'], ['a'], ['c'], ['x'], ['x']]);
  });
});
