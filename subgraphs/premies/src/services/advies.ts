import { badUserInput } from '@hub/shared';
import { datumLabel } from '../regels/controles.js';
import type { Regelset } from '../regels/regelset.js';
import type { EpcLabel, Inkomenscategorie } from '../regels/schema.js';
import { berekenPremie, isBouwjaarOnbekend, type MaatregelInvoer, type PremieResultaat } from './berekening.js';
import { sumEuro } from './geld.js';
import { WERKCATEGORIE_LABEL } from './labels.js';
import { verbouwLeningOptie, type VerbouwLeningOptie } from './lening.js';
import { pasPlafondsToe, type TeBegrenzen, type ToegepastPlafond } from './plafonds.js';

/**
 * Where the application date of a measure comes from: the hub's submitted application for it, a date given
 * (the `datum` argument, or a measure's own date in a simulation), or today in Belgium.
 */
export type AanvraagdatumHerkomst = 'INGEDIENDE_AANVRAAG' | 'OPGEGEVEN' | 'VANDAAG';

export interface AdviesMaatregel extends MaatregelInvoer {
  /** The measure's own application date; without one, the advice date (`AdviesInvoer.datum`) applies. */
  aanvraagdatum?: { datum: string; herkomst: AanvraagdatumHerkomst } | null;
}

/** The home the advice computes with: from the authentic sources (EPC), or given in a simulation. */
export interface WoningInvoer {
  adresId: string | null;
  epcLabel: EpcLabel | null;
  bouwjaar: number | null;
  epcCertificaatnummer: string | null;
  /** Where label and build year come from, or why they are missing, as a sentence for the user. */
  herkomst: string;
  /** For the explanations: 'volgens het EPC'. */
  volgens: string;
  /** Why the build year is unknown: 'geen geldig EPC'. */
  waaromOnbekend: string;
}

export interface AdviesInvoer {
  /** The advice date (YYYY-MM-DD): the application date of every measure without one of its own. */
  datum: string;
  datumHerkomst?: Exclude<AanvraagdatumHerkomst, 'INGEDIENDE_AANVRAAG'>;
  inkomenscategorie: Inkomenscategorie | null;
  /** Where the income category comes from, as a sentence for the user. */
  inkomenscategorieHerkomst?: string;
  /** Another target group than the income category (e.g. VERHUURDER_WOONMAATSCHAPPIJ); default the income category. */
  doelgroep?: string | null;
  woning: WoningInvoer;
  maatregelen: AdviesMaatregel[];
}

/** The advice for one measure, with the application date its rules were chosen by (`Premie`). */
export interface AdviesPremie extends PremieResultaat {
  aanvraagdatum: string;
  aanvraagdatumHerkomst: AanvraagdatumHerkomst;
}

/** The advice for a dossier or a simulation; the shape of the GraphQL type PremieAdvies. */
export interface PremieAdviesResultaat {
  datum: string;
  regime: string;
  regimeGeldigVan: string;
  regimeGeldigTot: string | null;
  regelsetVersie: string;
  inkomenscategorie: Inkomenscategorie | null;
  doelgroep: string | null;
  invoer: {
    inkomenscategorie: Inkomenscategorie | null;
    inkomenscategorieHerkomst: string;
    doelgroep: string | null;
    woning: Pick<WoningInvoer, 'adresId' | 'epcLabel' | 'bouwjaar' | 'epcCertificaatnummer' | 'herkomst'>;
  };
  premies: AdviesPremie[];
  plafonds: ToegepastPlafond[];
  totaal: number;
  ontbreekt: string[];
  indicatief: true;
  verbouwLening: VerbouwLeningOptie | null;
}

/** The periods of the rule set, for a message about a date without a regime. */
export function regimePeriodes(regelset: Regelset): string {
  return regelset.alleRegimes.map((r) => (r.geldigTot ? `${r.geldigVan} tot en met ${r.geldigTot}` : `vanaf ${r.geldigVan}`)).join(', ');
}

/**
 * The indicative premie advice: per measure the rules of the regime valid on its application date, the
 * building age and the deadline after its invoice, then the caps shared by several measures, the total and
 * the Mijn VerbouwLening option. Pure: no I/O.
 */
export function adviseer(regelset: Regelset, invoer: AdviesInvoer): PremieAdviesResultaat {
  const regime = regelset.regimeOp(invoer.datum);
  if (!regime) {
    throw badUserInput(
      `Op ${invoer.datum} geldt geen regime van Mijn VerbouwPremie in de regelset (versie ${regelset.versie}); de regels gelden voor aanvragen ${regimePeriodes(regelset)}.`,
      { datum: invoer.datum },
    );
  }
  const doelgroep = invoer.doelgroep ?? invoer.inkomenscategorie;
  const categorieenInDossier = new Set(invoer.maatregelen.map((m) => m.categorie));
  const woning = invoer.woning;
  const items: TeBegrenzen[] = [];
  const premies: AdviesPremie[] = invoer.maatregelen.map((m) => {
    const { datum: aanvraagdatum, herkomst } = m.aanvraagdatum ?? { datum: invoer.datum, herkomst: invoer.datumHerkomst ?? 'OPGEGEVEN' };
    const regimeM = regelset.regimeOp(aanvraagdatum);
    const premie = regimeM
      ? berekenPremie(m, { regelset, regime: regimeM, doelgroep, categorieenInDossier, aanvraagdatum, woning })
      : geenRegime(regelset, m, aanvraagdatum);
    items.push({ premie, aanvraagdatum, regime: regimeM });
    return { ...premie, aanvraagdatum, aanvraagdatumHerkomst: herkomst };
  });
  const begrensd = pasPlafondsToe(regelset, doelgroep, items);
  const result = premies.map((p, i) => ({ ...p, ...begrensd.premies[i]! }));

  const ontbreekt: string[] = [];
  if (doelgroep === null) ontbreekt.push('de inkomenscategorie van de burger');
  if (invoer.maatregelen.length === 0) ontbreekt.push('geplande maatregelen in het dossier');
  if (result.some((p) => p.ontbreekt.some(isBouwjaarOnbekend))) {
    ontbreekt.push(`het bouwjaar van de woning (${woning.waaromOnbekend})`);
  }
  return {
    datum: invoer.datum,
    regime: regime.id,
    regimeGeldigVan: regime.geldigVan,
    regimeGeldigTot: regime.geldigTot,
    regelsetVersie: regelset.versie,
    inkomenscategorie: invoer.inkomenscategorie,
    doelgroep,
    invoer: {
      inkomenscategorie: invoer.inkomenscategorie,
      inkomenscategorieHerkomst: invoer.inkomenscategorieHerkomst ?? (invoer.inkomenscategorie ? 'Opgegeven.' : 'Niet opgegeven.'),
      doelgroep,
      woning: {
        adresId: woning.adresId,
        epcLabel: woning.epcLabel,
        bouwjaar: woning.bouwjaar,
        epcCertificaatnummer: woning.epcCertificaatnummer,
        herkomst: woning.herkomst,
      },
    },
    premies: result,
    plafonds: begrensd.plafonds,
    totaal: sumEuro(result.flatMap((p) => (p.bedrag === null ? [] : [p.bedrag]))),
    ontbreekt,
    indicatief: true,
    verbouwLening: verbouwLeningOptie(regelset, doelgroep),
  };
}

/** A measure whose own application date no regime of the rule set covers. */
function geenRegime(regelset: Regelset, m: MaatregelInvoer, datum: string): PremieResultaat {
  return {
    maatregelId: m.id,
    categorie: m.categorie,
    regime: null,
    invoer: {
      oppervlakteM2: m.oppervlakteM2,
      bedragExclBtw: m.bedragExclBtw,
      uitvoering: m.uitvoering ?? null,
      laatsteFactuurdatum: m.laatsteFactuurdatum ?? null,
    },
    status: 'REGEL_ONBEKEND',
    bedrag: null,
    berekening: `Geen bedrag: op ${datumLabel(datum)} geldt geen regime van Mijn VerbouwPremie in de regelset (de regels gelden voor aanvragen ${regimePeriodes(regelset)}).`,
    ontbreekt: [`regels van Mijn VerbouwPremie voor een aanvraag op ${datumLabel(datum)} (${WERKCATEGORIE_LABEL[m.categorie]})`],
    begrenzingen: [],
    voorwaarden: [],
    toelichting: null,
    regelId: null,
    bronStatus: null,
    bronnen: [],
    productId: regelset.ipdcProductId,
  };
}
