import { badUserInput } from '@hub/shared';
import type { Regelset } from '../regels/regelset.js';
import { uitvoeringenVan, type Doelgroep, type EpcLabel, type Inkomenscategorie, type Werkcategorie } from '../regels/waarden.js';
import { adviseer, regimePeriodes, type AdviesMaatregel, type PremieAdviesResultaat } from './advies.js';
import { datumLabel } from './labels.js';

/** The input of `Query.premieSimulatie` (enums and dates already checked by GraphQL). */
export interface SimulatieInvoer {
  datum?: string | null;
  inkomenscategorie?: Inkomenscategorie | null;
  doelgroep?: Doelgroep | null;
  bouwjaar?: number | null;
  epcLabel?: EpcLabel | null;
  maatregelen: ReadonlyArray<{
    id?: string | null;
    categorie: Werkcategorie;
    uitvoering?: string | null;
    oppervlakteM2?: number | null;
    bedragExclBtw?: number | null;
    factuurdatum?: string | null;
    aanvraagdatum?: string | null;
  }>;
}

/** At most this many measures per simulation: a renovation plan, not a bulk calculation. */
export const MAX_SIMULATIE_MAATREGELEN = 30;
const MAX_OPPERVLAKTE_M2 = 100_000;
const MAX_BEDRAG = 10_000_000;

/**
 * The advice for a simulation without a dossier: the same rules as for a dossier, on what the caller gives
 * (income category or target group, build year and EPC label, the measures). No personal data, nothing stored.
 * Bad input gives BAD_USER_INPUT with every problem (`problems`) and the first field (`field`).
 */
export function simuleer(regelset: Regelset, invoer: SimulatieInvoer, vandaag: string): PremieAdviesResultaat {
  const problems: Array<[field: string, message: string]> = [];
  const datum = invoer.datum ?? vandaag;
  const geenRegime = (d: string) => !regelset.regimeOp(d);
  if (invoer.datum && geenRegime(invoer.datum)) {
    problems.push(['input.datum', `op ${datumLabel(invoer.datum)} geldt geen regime; de regels gelden voor aanvragen ${regimePeriodes(regelset)}`]);
  }
  const jaar = Number(vandaag.slice(0, 4));
  if (invoer.bouwjaar != null && (invoer.bouwjaar < 1000 || invoer.bouwjaar > jaar)) {
    problems.push(['input.bouwjaar', `moet tussen 1000 en ${jaar} liggen`]);
  }
  if (invoer.maatregelen.length > MAX_SIMULATIE_MAATREGELEN) {
    problems.push(['input.maatregelen', `hoogstens ${MAX_SIMULATIE_MAATREGELEN} maatregelen per simulatie`]);
  }
  const ids = new Set<string>();
  const maatregelen: AdviesMaatregel[] = invoer.maatregelen.slice(0, MAX_SIMULATIE_MAATREGELEN).map((m, i) => {
    const at = `input.maatregelen[${i}]`;
    const id = m.id ?? String(i + 1);
    if (id.trim() === '' || id.length > 100) problems.push([`${at}.id`, 'moet 1 tot 100 tekens lang zijn']);
    else if (ids.has(id)) problems.push([`${at}.id`, `'${id}' komt al voor in de simulatie`]);
    ids.add(id);
    const toegelaten = uitvoeringenVan(m.categorie) as readonly string[];
    if (m.uitvoering != null && !toegelaten.includes(m.uitvoering)) {
      problems.push([
        `${at}.uitvoering`,
        toegelaten.length === 0 ? `${m.categorie} heeft geen uitvoeringen` : `past niet bij ${m.categorie}: een van ${toegelaten.join(', ')}`,
      ]);
    }
    if (m.oppervlakteM2 != null && !(m.oppervlakteM2 > 0 && m.oppervlakteM2 <= MAX_OPPERVLAKTE_M2)) {
      problems.push([`${at}.oppervlakteM2`, `moet groter dan 0 en hoogstens ${MAX_OPPERVLAKTE_M2} zijn`]);
    }
    if (m.bedragExclBtw != null && !(m.bedragExclBtw >= 0 && m.bedragExclBtw <= MAX_BEDRAG)) {
      problems.push([`${at}.bedragExclBtw`, `moet tussen 0 en ${MAX_BEDRAG} liggen`]);
    }
    const eigenDatum = m.aanvraagdatum ?? null;
    if (eigenDatum && geenRegime(eigenDatum)) {
      problems.push([`${at}.aanvraagdatum`, `op ${datumLabel(eigenDatum)} geldt geen regime; de regels gelden voor aanvragen ${regimePeriodes(regelset)}`]);
    }
    if (m.factuurdatum && m.factuurdatum > (eigenDatum ?? datum)) {
      problems.push([`${at}.factuurdatum`, `ligt na de aanvraagdatum ${datumLabel(eigenDatum ?? datum)}`]);
    }
    return {
      id,
      categorie: m.categorie,
      uitvoering: m.uitvoering ?? null,
      oppervlakteM2: m.oppervlakteM2 ?? null,
      bedragExclBtw: m.bedragExclBtw ?? null,
      laatsteFactuurdatum: m.factuurdatum ?? null,
      aanvraagdatum: eigenDatum ? { datum: eigenDatum, herkomst: 'OPGEGEVEN' as const } : null,
    };
  });
  if (problems.length > 0) {
    const lines = problems.map(([field, message]) => `${field}: ${message}`);
    throw badUserInput(`Ongeldige simulatie: ${lines.join('; ')}.`, { field: problems[0]![0], problems: lines });
  }
  const woningGegeven = invoer.bouwjaar != null || invoer.epcLabel != null;
  return adviseer(regelset, {
    datum,
    datumHerkomst: invoer.datum ? 'OPGEGEVEN' : 'VANDAAG',
    inkomenscategorie: invoer.inkomenscategorie ?? null,
    inkomenscategorieHerkomst: invoer.inkomenscategorie ? 'Opgegeven in de simulatie.' : 'Niet opgegeven in de simulatie.',
    doelgroep: invoer.doelgroep ?? null,
    woning: {
      adresId: null,
      epcLabel: invoer.epcLabel ?? null,
      bouwjaar: invoer.bouwjaar ?? null,
      epcCertificaatnummer: null,
      herkomst: woningGegeven ? 'Opgegeven in de simulatie.' : 'Niet opgegeven in de simulatie.',
      volgens: 'volgens de simulatie',
      waaromOnbekend: 'niet opgegeven',
    },
    maatregelen,
  });
}
