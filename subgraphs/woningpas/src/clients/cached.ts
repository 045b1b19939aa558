import { keyOf, type UpstreamCache } from '../cache/index.js';
import { zoekParameters } from './epc.js';
import type { WoningpasClients } from './index.js';

/**
 * The clients with the shared cache in front of them. Keys are the upstream requests (path parameters
 * and query parameters), never the caller: the legal purpose (`reden`) is passed on to the upstream on a
 * miss but is not part of the key, so a home's EPC read for one caller serves the next. Access checks
 * and the per-caller log happen in the services, before these are called, on every request.
 */
export function withCache(clients: WoningpasClients, cache: UpstreamCache): WoningpasClients {
  const { adressenregister, epc, datadiensten, erfgoed, vergunningen } = clients;
  return {
    adressenregister: {
      adresMatch: (query) => cache.through('adresmatch', keyOf({ ...query }), () => adressenregister.adresMatch(query)),
      adres: (adresId) => cache.through('adressen', adresId, () => adressenregister.adres(adresId)),
      gebouweenheden: (adresId) => cache.through('gebouweenheden', adresId, () => adressenregister.gebouweenheden(adresId)),
    },
    epc: {
      certificaten: (vraag, reden) => cache.through('epc', `certificaten?${keyOf(zoekParameters(vraag))}`, () => epc.certificaten(vraag, reden)),
      certificaat: (attestnummer, reden) => cache.through('epc', `certificaat?${keyOf({ attestnummer })}`, () => epc.certificaat(attestnummer, reden)),
    },
    datadiensten: {
      premiewerken: (gebouweenheidId) => cache.through('premiewerken', gebouweenheidId, () => datadiensten.premiewerken(gebouweenheidId)),
    },
    erfgoed: {
      // By position (to the centimetre): two addresses at one entrance share the answer.
      beschermingVoor: (plaats) =>
        cache.through('erfgoed', keyOf({ x: plaats.positie.x.toFixed(2), y: plaats.positie.y.toFixed(2) }), () => erfgoed.beschermingVoor(plaats)),
    },
    vergunningen: {
      vergunningenVoor: (adresId) => cache.through('vergunningen', adresId, () => vergunningen.vergunningenVoor(adresId)),
    },
  };
}
