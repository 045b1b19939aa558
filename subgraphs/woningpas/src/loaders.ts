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
import { zoekEpc } from './services/epc.js';
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
  /** The valid EPC, or null with the reason. */
  epc: DataLoader<string, EpcOpzoeking>;
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
  vandaag: () => string;
}

/** Runs `load` for every key at once; a failure costs only its own key. */
function perKey<V>(load: (key: string) => Promise<V>) {
  return new DataLoader<string, V>((keys) =>
    Promise.all(keys.map((key) => load(key).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))))),
  );
}

export function createLoaders(deps: LoaderDeps): WoningLoaders {
  const { clients, logger } = deps;

  const adres = perKey(async (adresId) => {
    const detail = await clients.adressenregister.adres(adresId);
    return detail ? naarAdres(detail) : null;
  });

  const gebouweenheden = perKey(async (adresId) => naarGebouweenheden(await clients.adressenregister.gebouweenheden(adresId)));

  const epc = perKey(async (adresId) => {
    const grond = deps.rechtsgrond();
    // The building unit only sharpens the search: when the register cannot say, VEKA is searched by address.
    const eenheidOfNiets = gebouweenheden.load(adresId).then(
      (eenheden) => eenheden.eenheid,
      (err: unknown) => {
        logger.warn({ adresId, err: { message: (err as Error).message } }, 'gebouweenheid onbekend: EPC gezocht op adres');
        return null;
      },
    );
    const [woningAdres, eenheid] = await Promise.all([adres.load(adresId), eenheidOfNiets]);
    if (!woningAdres) throw notFound('Adres');
    // The legal log of the consultation: also when the answer comes from the cache (see the README).
    logger.info({ adresId, rol: grond.rol, reden: grond.reden }, 'EPC geraadpleegd');
    return zoekEpc({ client: clients.epc, vandaag: deps.vandaag }, { adres: woningAdres, eenheid }, grond.reden);
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

  return { adres, gebouweenheden, epc, premiewerken, erfgoed, vergunningen };
}
