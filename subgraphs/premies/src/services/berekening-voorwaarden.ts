import { controleerOuderdom, datumLabel, uiterlijkeAanvraagdatum } from '../regels/controles.js';
import type { Voorwaarden } from '../regels/schema.js';
import type { BerekeningsContext, MaatregelInvoer, PremieResultaat } from './berekening.js';

/** The home as the advice knows it: its build year (from the EPC, or given in a simulation). */
export interface WoningVoorBerekening {
  bouwjaar: number | null;
  /** Where the build year comes from, in a sentence: 'volgens het EPC'. */
  volgens: string;
  /** Why the build year is unknown, when it is: 'geen geldig EPC'. */
  waaromOnbekend: string;
}

const BOUWJAAR_ONBEKEND = 'het bouwjaar van de woning';
/** Whether an item of `ontbreekt` is the unknown build year (the advice then names it for the whole dossier). */
export const isBouwjaarOnbekend = (ontbreekt: string) => ontbreekt.startsWith(`${BOUWJAAR_ONBEKEND} (`);

/** What a premie misses when the build year needed for a building-age condition is unknown. */
export const bouwjaarOntbreekt = (woning: WoningVoorBerekening, voorwaarde: string) =>
  woning.bouwjaar === null
    ? `${BOUWJAAR_ONBEKEND} (${woning.waaromOnbekend}), om na te gaan of ze ${voorwaarde} is`
    : `de precieze bouwdatum van de woning (enkel het bouwjaar ${woning.bouwjaar} is gekend, ${woning.volgens}), om na te gaan of ze ${voorwaarde} is`;

/**
 * The conditions that can rule a premie out before any amount: the building age (with the home's build year)
 * and the deadline after the last invoice (with the application date). An unknown build year does not rule it
 * out: the premie says what is missing.
 */
export function controleerVoorwaarden(
  voorwaarden: Voorwaarden | undefined,
  maatregel: MaatregelInvoer,
  ctx: BerekeningsContext,
  catLabel: string,
): {
  nietInAanmerking?: Pick<PremieResultaat, 'berekening' | 'ontbreekt'>;
  ouderdomOnbekend?: { voorwaarde: string; waarom: string; ontbreekt: string };
} {
  const aanvraagdatum = ctx.aanvraagdatum;
  const factuurdatum = maatregel.laatsteFactuurdatum;
  if (aanvraagdatum && factuurdatum) {
    const uiterlijk = uiterlijkeAanvraagdatum(voorwaarden, factuurdatum);
    if (uiterlijk !== null && aanvraagdatum > uiterlijk) {
      return {
        nietInAanmerking: {
          berekening: `Geen premie: de aanvraag op ${datumLabel(aanvraagdatum)} komt te laat; voor ${catLabel} moest ze uiterlijk op ${datumLabel(uiterlijk)} ingediend zijn (${voorwaarden!.termijnNaFactuurMaanden} maanden na de laatste factuur van ${datumLabel(factuurdatum)}).`,
          ontbreekt: [`een aanvraag uiterlijk op ${datumLabel(uiterlijk)} (${voorwaarden!.termijnNaFactuurMaanden} maanden na de laatste factuur)`],
        },
      };
    }
  }
  const woning = ctx.woning;
  if (!woning) return {};
  const ouderdom = controleerOuderdom(voorwaarden, woning.bouwjaar, aanvraagdatum ?? ctx.regime.geldigVan, woning.volgens);
  if (ouderdom.uitkomst === 'TE_RECENT') {
    return {
      nietInAanmerking: {
        berekening: `Geen premie: de woning is ${woning.volgens} gebouwd in ${woning.bouwjaar}; de premie voor ${catLabel} geldt enkel voor een woning ${ouderdom.voorwaarde}.`,
        ontbreekt: [`een woning ${ouderdom.voorwaarde} (deze woning is ${woning.volgens} gebouwd in ${woning.bouwjaar})`],
      },
    };
  }
  if (ouderdom.uitkomst === 'ONBEKEND') {
    return {
      ouderdomOnbekend: {
        voorwaarde: ouderdom.voorwaarde,
        waarom: woning.bouwjaar === null ? 'het bouwjaar onbekend is' : 'enkel het bouwjaar gekend is',
        ontbreekt: bouwjaarOntbreekt(woning, ouderdom.voorwaarde),
      },
    };
  }
  return {};
}
