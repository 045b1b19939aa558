import type { GebouweenheidItem, GebouweenheidStatus } from '../clients/adressenregister.js';
import type { GebouweenhedenVanAdres, GebouweenheidModel, GebouweenheidStatusValue } from '../models.js';

const STATUS: Record<GebouweenheidStatus, GebouweenheidStatusValue> = {
  gepland: 'GEPLAND',
  gerealiseerd: 'GEREALISEERD',
  nietGerealiseerd: 'NIET_GEREALISEERD',
  gehistoreerd: 'GEHISTOREERD',
};

/**
 * The building units of an address, in the register's order, and the home's unit: the only realised
 * one (or, when none is realised yet, the only planned one). Several units in use at one address (a
 * house split into flats without box numbers) leave the home's unit open: null.
 */
export function naarGebouweenheden(items: GebouweenheidItem[]): GebouweenhedenVanAdres {
  const eenheden: GebouweenheidModel[] = items.map((item) => ({
    gebouweenheidId: item.identificator.objectId,
    status: STATUS[item.gebouweenheidStatus],
  }));
  const gerealiseerd = eenheden.filter((e) => e.status === 'GEREALISEERD');
  const kandidaten = gerealiseerd.length > 0 ? gerealiseerd : eenheden.filter((e) => e.status === 'GEPLAND');
  return { eenheden, eenheid: kandidaten.length === 1 ? kandidaten[0]! : null };
}
