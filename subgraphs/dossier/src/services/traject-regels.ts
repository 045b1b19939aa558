import { ErrorCode, HubError } from '@hub/shared';
import type { MaatregelStatus, OfferteStatus } from '../domain.js';

/*
 * The rules of measures and quotes, as data (like klantreis.ts for the dossier):
 *
 * A measure goes GEPLAND -> OFFERTE -> BESTELD -> UITGEVOERD. It may go back from OFFERTE to GEPLAND
 * (no quote after all); BESTELD and UITGEVOERD are not undone. Adding a quote to a GEPLAND measure
 * makes it OFFERTE; choosing a quote makes it BESTELD; invoices belong to BESTELD or UITGEVOERD measures.
 *
 * A quote goes AANGEVRAAGD -> ONTVANGEN (with its amount) -> GEKOZEN or AFGEWEZEN. Choosing one
 * (the citizen's choice) rejects the measure's other open quotes (AANGEVRAAGD, ONTVANGEN) and a quote
 * chosen before; a chosen quote is not rejected on its own (choose another one instead).
 */

export const MAATREGEL_OVERGANGEN: Readonly<Record<MaatregelStatus, readonly MaatregelStatus[]>> = {
  GEPLAND: ['OFFERTE'],
  OFFERTE: ['GEPLAND', 'BESTELD'],
  BESTELD: ['UITGEVOERD'],
  UITGEVOERD: [],
};

/** The measure statuses in which quotes can still be added. */
export const OFFERTE_MOGELIJK: readonly MaatregelStatus[] = ['GEPLAND', 'OFFERTE'];
/** The measure statuses in which a quote can be chosen (BESTELD: another contractor after all, while nothing is invoiced). */
export const KIEZEN_MOGELIJK: readonly MaatregelStatus[] = ['GEPLAND', 'OFFERTE', 'BESTELD'];
/** The measure statuses that take invoices. */
export const FACTUUR_MOGELIJK: readonly MaatregelStatus[] = ['BESTELD', 'UITGEVOERD'];

export const OFFERTE_OVERGANGEN: Readonly<Record<OfferteStatus, readonly OfferteStatus[]>> = {
  AANGEVRAAGD: ['ONTVANGEN', 'AFGEWEZEN'],
  ONTVANGEN: ['GEKOZEN', 'AFGEWEZEN'],
  GEKOZEN: [],
  AFGEWEZEN: [],
};

/** INVALID_TRANSITION with the statuses involved, for a change the rules above do not allow. */
export function ongeldigeOvergang(message: string, van: string, naar: string): HubError {
  return new HubError(ErrorCode.INVALID_TRANSITION, message, { van, naar });
}

export function checkMaatregelOvergang(van: MaatregelStatus, naar: MaatregelStatus): void {
  if (!MAATREGEL_OVERGANGEN[van].includes(naar)) {
    const kan = MAATREGEL_OVERGANGEN[van];
    throw ongeldigeOvergang(
      `Een maatregel gaat niet van ${van} naar ${naar}: ${kan.length === 0 ? `${van} is de laatste stap` : `vanuit ${van} kan enkel ${kan.join(' of ')}`}.`,
      van,
      naar,
    );
  }
}

export function checkOfferteOvergang(van: OfferteStatus, naar: OfferteStatus): void {
  if (!OFFERTE_OVERGANGEN[van].includes(naar)) {
    const reden =
      van === 'GEKOZEN'
        ? 'een gekozen offerte wordt enkel afgewezen door een andere offerte van de maatregel te kiezen'
        : OFFERTE_OVERGANGEN[van].length === 0
          ? `${van} is definitief`
          : `vanuit ${van} kan enkel ${OFFERTE_OVERGANGEN[van].join(' of ')}`;
    throw ongeldigeOvergang(`Een offerte gaat niet van ${van} naar ${naar}: ${reden}.`, van, naar);
  }
}
