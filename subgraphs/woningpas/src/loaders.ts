import DataLoader from 'dataloader';
import { ErrorCode, HubError, notFound, type Logger } from '@hub/shared';
import type { WoningpasClients } from './clients/index.js';
import type {
  AdresModel,
  EerderPremiewerkModel,
  EpcOpzoeking,
  ErfgoedstatusModel,
  GebouweenhedenVanAdres,
  VergunningstoestandModel,
} from './models.js';
import { naarAdres } from './services/adressen.js';
import { zoekEpc, type WoningVoorEpc } from './services/epc.js';
import { naarErfgoedstatus } from './services/erfgoed.js';
import { naarGebouweenheden } from './services/gebouweenheden.js';
import { naarPremiewerken } from './services/premiewerken.js';
import type { Rechtsgrond } from './services/reden.js';
import { naarVergunningstoestand } from './services/vergunningen.js';

/**
 * Per-request loaders, all keyed by adresId: the same home twice in one request costs one lookup;
 * different homes load in parallel. Below them, the shared cache (when configured) spares the upstreams
 * across requests.
 */
export interface WoningLoaders {
  /** Address; null when the register does not know it. */
  adres: DataLoader<string, AdresModel | null>;
  /** The building units of the address and the home's unit. */
  gebouweenheden: DataLoader<string, GebouweenhedenVanAdres>;
  /** The valid EPC, or null with the reason. Logs each consultation with the caller's legal purpose. */
  epc: DataLoader<string, EpcOpzoeking>;
  /**
   * The same lookup for the statistics: with the statistical legal purpose, without a log line per home
   * (no adresId in the logs; the statistics service logs one line for the whole selection), at most
   * `epcStatistiekParallel` homes at a time.
   */
  epcStatistiek: DataLoader<string, EpcOpzoeking>;
  /** The earlier Mijn VerbouwPremie works of the home's unit; null when the home has no unit of its own. */
  premiewerken: DataLoader<string, EerderPremiewerkModel[] | null>;
  erfgoed: DataLoader<string, ErfgoedstatusModel>;
  vergunningen: DataLoader<string, VergunningstoestandModel>;
}

export interface LoaderDeps {
  clients: WoningpasClients;
  logger: Logger;
  /** The caller's legal purpose for VEKA (asked only when VEKA data is loaded). */
  rechtsgrond: () => Rechtsgrond;
  /** The caller's legal purpose for the statistics (asked only when they are loaded). */
  rechtsgrondStatistiek: () => Rechtsgrond;
  vandaag: () => string;
  /** How many homes the statistics look up at a time (default EPC_STATISTIEK_PARALLEL). */
  epcStatistiekParallel?: number;
}

/**
 * The homes the statistics look up at a time, per request: a selection of 5000 homes does not open
 * thousands of connections (each home costs at most two calls at once: its address and building units).
 */
export const EPC_STATISTIEK_PARALLEL = 16;

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** Runs `load` for every key at once; a failure costs only its own key. */
function perKey<V>(load: (key: string) => Promise<V>) {
  return new DataLoader<string, V>((keys) =>
    Promise.all(keys.map((key) => load(key).catch(asError))),
  );
}

/** Runs at most `max` tasks at a time; the others wait their turn in order. */
export function concurrencyLimit(max: number) {
  if (!Number.isInteger(max) || max < 1) throw new Error(`concurrency limit must be a positive integer, got ${max}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < max) active += 1;
    // A finishing task hands its slot straight to the next one, so `active` never exceeds `max`.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/** Like `perKey`, but at most `max` keys of this loader load at a time (over all its batches). */
function perKeyLimited<V>(max: number, load: (key: string) => Promise<V>) {
  const limit = concurrencyLimit(max);
  return new DataLoader<string, V>((keys) => Promise.all(keys.map((key) => limit(() => load(key)).catch(asError))));
}

export function createLoaders(deps: LoaderDeps): WoningLoaders {
  const { clients, logger } = deps;

  const adres = perKey(async (adresId) => {
    const detail = await clients.adressenregister.adres(adresId);
    return detail ? naarAdres(detail) : null;
  });

  const gebouweenheden = perKey(async (adresId) => naarGebouweenheden(await clients.adressenregister.gebouweenheden(adresId)));

  /** What the EPC search needs of a home: its address (NOT_FOUND without one) and, if the register can say, its unit. */
  async function woningVoorEpc(adresId: string, opts: { logEenheidOnbekend: boolean }): Promise<WoningVoorEpc> {
    // The building unit only sharpens the search: when the register cannot say, VEKA is searched by address.
    const eenheidOfNiets = gebouweenheden.load(adresId).then(
      (eenheden) => eenheden.eenheid,
      (err: unknown) => {
        if (opts.logEenheidOnbekend) logger.warn({ adresId, err: { message: (err as Error).message } }, 'gebouweenheid onbekend: EPC gezocht op adres');
        return null;
      },
    );
    const [woningAdres, eenheid] = await Promise.all([adres.load(adresId), eenheidOfNiets]);
    if (!woningAdres) throw notFound('Adres');
    return { adres: woningAdres, eenheid };
  }

  const epcZoeker = { client: clients.epc, vandaag: deps.vandaag };

  const epc = perKey(async (adresId) => {
    const grond = deps.rechtsgrond();
    const woning = await woningVoorEpc(adresId, { logEenheidOnbekend: true });
    // The legal log of the consultation: also when the answer comes from the cache (see the README).
    logger.info({ adresId, rol: grond.rol, reden: grond.reden }, 'EPC geraadpleegd');
    return zoekEpc(epcZoeker, woning, grond.reden);
  });

  const epcStatistiek = perKeyLimited(deps.epcStatistiekParallel ?? EPC_STATISTIEK_PARALLEL, async (adresId) => {
    const { reden } = deps.rechtsgrondStatistiek();
    return zoekEpc(epcZoeker, await woningVoorEpc(adresId, { logEenheidOnbekend: false }), reden);
  });

  const premiewerken = perKey(async (adresId) => {
    const grond = deps.rechtsgrond();
    const { eenheid } = await gebouweenheden.load(adresId);
    if (!eenheid) return null;
    logger.info({ adresId, gebouweenheidId: eenheid.gebouweenheidId, rol: grond.rol, reden: grond.reden }, 'Premiewerken geraadpleegd');
    return naarPremiewerken(await clients.datadiensten.premiewerken(eenheid.gebouweenheidId));
  });

  const erfgoed = perKey(async (adresId) => {
    const woningAdres = await adres.load(adresId);
    if (!woningAdres) throw notFound('Adres');
    if (!woningAdres.positie) {
      throw new HubError(ErrorCode.NOT_FOUND, 'Het adressenregister kent de ligging van dit adres niet; de erfgoedstatus kan niet bepaald worden.');
    }
    return naarErfgoedstatus(await clients.erfgoed.beschermingVoor({ adresId, positie: woningAdres.positie }));
  });

  const vergunningen = perKey(async (adresId) => naarVergunningstoestand(await clients.vergunningen.vergunningenVoor(adresId)));

  return { adres, gebouweenheden, epc, epcStatistiek, premiewerken, erfgoed, vergunningen };
}
