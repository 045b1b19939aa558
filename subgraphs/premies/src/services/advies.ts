import { badUserInput } from '@hub/shared';
import type { Regelset } from '../regels/regelset.js';
import type { Inkomenscategorie } from '../regels/schema.js';
import { berekenPremie, type MaatregelInvoer, type PremieResultaat } from './berekening.js';
import { sumEuro } from './geld.js';

/** The advice for a dossier on a date; the shape of the GraphQL type PremieAdvies. */
export interface PremieAdviesResultaat {
  datum: string;
  regime: string;
  regimeGeldigVan: string;
  regimeGeldigTot: string | null;
  regelsetVersie: string;
  inkomenscategorie: Inkomenscategorie | null;
  premies: PremieResultaat[];
  totaal: number;
  ontbreekt: string[];
  indicatief: true;
}

export interface AdviesInvoer {
  /** The application date (YYYY-MM-DD): the regime valid on it applies. */
  datum: string;
  inkomenscategorie: Inkomenscategorie | null;
  /** Another target group than the income category (e.g. VERHUURDER_WOONMAATSCHAPPIJ); default the income category. */
  doelgroep?: string | null;
  maatregelen: MaatregelInvoer[];
}

/** The indicative premie advice for the planned measures of a dossier. Pure: no I/O. */
export function adviseer(regelset: Regelset, invoer: AdviesInvoer): PremieAdviesResultaat {
  const regime = regelset.regimeOp(invoer.datum);
  if (!regime) {
    const periodes = regelset.alleRegimes.map((r) => (r.geldigTot ? `${r.geldigVan} tot en met ${r.geldigTot}` : `vanaf ${r.geldigVan}`));
    throw badUserInput(
      `Op ${invoer.datum} geldt geen regime van Mijn VerbouwPremie in de regelset (versie ${regelset.versie}); de regels gelden voor aanvragen ${periodes.join(', ')}.`,
      { datum: invoer.datum },
    );
  }
  const doelgroep = invoer.doelgroep ?? invoer.inkomenscategorie;
  const categorieenInDossier = new Set(invoer.maatregelen.map((m) => m.categorie));
  const premies = invoer.maatregelen.map((m) => berekenPremie(m, { regelset, regime, doelgroep, categorieenInDossier }));
  const ontbreekt: string[] = [];
  if (doelgroep === null) ontbreekt.push('de inkomenscategorie van de burger');
  if (invoer.maatregelen.length === 0) ontbreekt.push('geplande maatregelen in het dossier');
  return {
    datum: invoer.datum,
    regime: regime.id,
    regimeGeldigVan: regime.geldigVan,
    regimeGeldigTot: regime.geldigTot,
    regelsetVersie: regelset.versie,
    inkomenscategorie: invoer.inkomenscategorie,
    premies,
    totaal: sumEuro(premies.flatMap((p) => (p.bedrag === null ? [] : [p.bedrag]))),
    ontbreekt,
    indicatief: true,
  };
}
