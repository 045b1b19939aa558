import type { ErfgoedAanduidingModel, ErfgoedstatusModel } from '../models.js';

/** Designations with legal protection (a permit or permission is needed for works), as opposed to the inventory. */
const BESCHERMD = new Set(['BESCHERMD_MONUMENT', 'BESCHERMD_STADS_OF_DORPSGEZICHT', 'BESCHERMD_CULTUURHISTORISCH_LANDSCHAP', 'BESCHERMDE_ARCHEOLOGISCHE_SITE']);

/** The heritage flags of a home from the designations that cover it. */
export function naarErfgoedstatus(aanduidingen: ErfgoedAanduidingModel[]): ErfgoedstatusModel {
  const heeft = (soort: string) => aanduidingen.some((a) => a.soort === soort);
  return {
    beschermd: aanduidingen.some((a) => BESCHERMD.has(a.soort)),
    beschermdMonument: heeft('BESCHERMD_MONUMENT'),
    inBeschermdStadsOfDorpsgezicht: heeft('BESCHERMD_STADS_OF_DORPSGEZICHT'),
    vastgesteldBouwkundigErfgoed: heeft('VASTGESTELD_BOUWKUNDIG_ERFGOED'),
    aanduidingen: [...aanduidingen].sort((a, b) => (b.besluitDatum ?? '').localeCompare(a.besluitDatum ?? '') || a.naam.localeCompare(b.naam, 'nl')),
  };
}
