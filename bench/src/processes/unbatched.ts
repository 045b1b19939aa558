import DataLoader from 'dataloader';

/**
 * Bench only, in the measured process only: switches off what the per-request DataLoaders do, to
 * measure what they save. Every `load` calls the loader's batch function with that one key, and
 * nothing is remembered for the rest of the request: the same key twice is two lookups, N keys are N
 * lookups. This is what the subgraphs would do with a plain lookup per field resolver.
 */
export function disableDataLoaderBatching(): void {
  const proto = DataLoader.prototype as unknown as {
    load(key: unknown): Promise<unknown>;
    loadMany(keys: readonly unknown[]): Promise<unknown[]>;
  };
  proto.load = function load(this: { _batchLoadFn: (keys: unknown[]) => PromiseLike<ArrayLike<unknown>> }, key: unknown) {
    return Promise.resolve(this._batchLoadFn([key])).then((values) => {
      const value = values[0];
      if (value instanceof Error) throw value;
      return value;
    });
  };
  proto.loadMany = function loadMany(this: typeof proto, keys: readonly unknown[]) {
    return Promise.all(keys.map((key) => this.load(key).catch((err: unknown) => err)));
  };
}
