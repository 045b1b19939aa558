import DataLoader from 'dataloader';
import { notFound, type Logger } from '@hub/shared';
import type { WoningpasClients } from './clients/index.js';
import type { AdresModel, EpcModel } from './models.js';
import { naarAdres } from './services/adressen.js';
import { zoekGeldigEpc } from './services/epc.js';
import type { Rechtsgrond } from './services/reden.js';

/** Per-request loaders: the same home twice in one request costs one upstream call; different homes load in parallel. */
export interface WoningLoaders {
  /** Address by adresId; null when the register does not know it. */
  adres: DataLoader<string, AdresModel | null>;
  /** The valid EPC by adresId (needs the address first); null when the home has none. */
  epc: DataLoader<string, EpcModel | null>;
}

export interface LoaderDeps {
  clients: WoningpasClients;
  logger: Logger;
  /** The caller's legal purpose for VEKA (asked only when an EPC is loaded). */
  rechtsgrond: () => Rechtsgrond;
  vandaag: () => string;
}

/** Runs `load` for every key at once; a failure costs only its own key. */
function perKey<V>(load: (key: string) => Promise<V>) {
  return (keys: readonly string[]) =>
    Promise.all(keys.map((key) => load(key).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))))));
}

export function createLoaders(deps: LoaderDeps): WoningLoaders {
  const adres = new DataLoader<string, AdresModel | null>(
    perKey(async (adresId) => {
      const detail = await deps.clients.adressenregister.adres(adresId);
      return detail ? naarAdres(detail) : null;
    }),
  );
  const epc = new DataLoader<string, EpcModel | null>(
    perKey(async (adresId) => {
      const grond = deps.rechtsgrond();
      const woningAdres = await adres.load(adresId);
      if (!woningAdres) throw notFound('Adres');
      return zoekGeldigEpc({ client: deps.clients.epc, logger: deps.logger, vandaag: deps.vandaag }, woningAdres, grond);
    }),
  );
  return { adres, epc };
}
