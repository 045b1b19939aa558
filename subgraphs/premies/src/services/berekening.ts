import type { Regelset } from '../regels/regelset.js';
import type { BronStatus, Regime, Werkcategorie } from '../regels/schema.js';
import { Calculation, type Begrenzing } from './berekening-stappen.js';
import { formatEuro, formatProcent, roundHalfUp } from './geld.js';
import { WERKCATEGORIE_LABEL, doelgroepLabel } from './labels.js';
import { controleerVoorwaarden, type WoningVoorBerekening } from './berekening-voorwaarden.js';
import { beschrijfVoorwaarden } from './voorwaarden.js';

export { bouwjaarOntbreekt, isBouwjaarOnbekend, type WoningVoorBerekening } from './berekening-voorwaarden.js';

/** A planned measure as the advice needs it (from the dossier subgraph). Amounts excl. VAT, in euros. */
export interface MaatregelInvoer {
  id: string;
  categorie: Werkcategorie;
  oppervlakteM2: number | null;
  bedragExclBtw: number | null;
  /** The way of execution when the amount depends on it: a heat-pump type or an insulation method (MaatregelUitvoering). */
  uitvoering?: string | null;
  /** The date of the measure's last invoice (YYYY-MM-DD), when it has invoices: the deadline runs from it. */
  laatsteFactuurdatum?: string | null;
}

/** The inputs of one measure the advice computed with (`Premie.invoer`). */
export interface MaatregelGegevens {
  oppervlakteM2: number | null;
  bedragExclBtw: number | null;
  uitvoering: string | null;
  laatsteFactuurdatum: string | null;
}

export type PremieStatus = 'BEREKEND' | 'NIET_IN_AANMERKING' | 'GEGEVENS_ONTBREKEN' | 'REGEL_ONBEKEND';
export type { Begrenzing };

export interface PremieBron {
  naam: string;
  soort: string | null;
  vindplaats: string;
  url: string | null;
  datum: string | null;
}

/** The advice for one measure; the shape of the GraphQL type Premie (with the product as an id). */
export interface PremieResultaat {
  maatregelId: string;
  categorie: Werkcategorie;
  /** The regime whose rules applied; null when none applies on the measure's application date. */
  regime: string | null;
  invoer: MaatregelGegevens;
  status: PremieStatus;
  bedrag: number | null;
  berekening: string;
  ontbreekt: string[];
  begrenzingen: Begrenzing[];
  voorwaarden: string[];
  toelichting: string | null;
  regelId: string | null;
  bronStatus: BronStatus | null;
  bronnen: PremieBron[];
  productId: string;
}

export interface BerekeningsContext {
  regelset: Regelset;
  regime: Regime;
  /** An income category (CATEGORIE_1..4) or another target group; null when the citizen gave none. */
  doelgroep: string | null;
  /** The work categories of all measures of the dossier (for rules that only apply together with another). */
  categorieenInDossier: ReadonlySet<string>;
  /** The application date of the measure: with its last invoice date, the deadline after the invoice is checked. */
  aanvraagdatum?: string;
  /** The home: when given, the building age is checked (unknown build year: the premie says what is missing). */
  woning?: WoningVoorBerekening;
}

const RANK: Record<BronStatus, number> = { confirmed: 0, 'single-source': 1, conflict: 2 };
const worst = (...statuses: Array<BronStatus | undefined>): BronStatus =>
  statuses.reduce<BronStatus>((a, b) => (b !== undefined && RANK[b] > RANK[a] ? b : a), 'confirmed');

const ONTBREEKT = {
  inkomenscategorie: 'de inkomenscategorie van de burger',
  oppervlakte: 'de oppervlakte in m² van de maatregel',
  bedrag: 'het bedrag exclusief btw van de maatregel',
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "a, b of c" */
const opsomming = (items: string[], voegwoord: string) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${voegwoord} ${items[items.length - 1]}`;

/** Computes the indicative premie of one measure with the rules of one regime. Pure: no I/O. */
export function berekenPremie(maatregel: MaatregelInvoer, ctx: BerekeningsContext): PremieResultaat {
  const { regelset, regime, doelgroep } = ctx;
  const catLabel = WERKCATEGORIE_LABEL[maatregel.categorie];
  const base: PremieResultaat = {
    maatregelId: maatregel.id,
    categorie: maatregel.categorie,
    regime: regime.id,
    invoer: {
      oppervlakteM2: maatregel.oppervlakteM2,
      bedragExclBtw: maatregel.bedragExclBtw,
      uitvoering: maatregel.uitvoering ?? null,
      laatsteFactuurdatum: maatregel.laatsteFactuurdatum ?? null,
    },
    status: 'GEGEVENS_ONTBREKEN',
    bedrag: null,
    berekening: '',
    ontbreekt: [],
    begrenzingen: [],
    voorwaarden: [],
    toelichting: null,
    regelId: null,
    bronStatus: null,
    bronnen: [],
    productId: regelset.productIdVoor(regime.categorieen[maatregel.categorie]),
  };

  if (doelgroep === null) {
    return {
      ...base,
      berekening: `Geen bedrag: de premie voor ${catLabel} hangt af van de inkomenscategorie, en die is niet gekend.`,
      ontbreekt: [ONTBREEKT.inkomenscategorie],
    };
  }
  const wie = doelgroepLabel(doelgroep);
  const gevonden = regelset.regelVoor(regime, maatregel.categorie, doelgroep);
  if (!gevonden) {
    return {
      ...base,
      status: 'REGEL_ONBEKEND',
      berekening: `Geen bedrag: de regelset heeft in regime ${regime.id} geen regel voor ${catLabel} en ${wie}.`,
      ontbreekt: [`een regel voor ${catLabel} en ${wie} in de regelset`],
    };
  }
  const { regel, categorie, via } = gevonden;
  const bronRefs = [...new Set([...regel.bronnen, ...(via?.bronnen ?? [])])];
  const metRegel: PremieResultaat = {
    ...base,
    regelId: regel.id,
    bronStatus: regel.status ?? null,
    bronnen: bronRefs.map((ref) => bronVan(regelset, ref)),
    toelichting: [via?.toelichting, regel.toelichting].filter(Boolean).join(' ') || null,
    voorwaarden: beschrijfVoorwaarden(regel.voorwaarden, categorie.uitvoeringen?.waarden),
  };
  const viaStatus = via?.status;

  if (regel.soort === 'NIET_IN_AANMERKING') {
    return {
      ...metRegel,
      status: 'NIET_IN_AANMERKING',
      bedrag: 0,
      bronStatus: worst(regel.status, viaStatus),
      berekening: `Geen premie: ${wie} komt in regime ${regime.id} niet in aanmerking voor een premie voor ${catLabel}.`,
      ontbreekt: [`in aanmerking komen: ${wie} krijgt in regime ${regime.id} geen premie voor ${catLabel}`],
    };
  }
  if (regel.soort === 'ONBEKEND' || regel.status === 'conflict') {
    return regelOnbekend(metRegel, regel.status === 'conflict', catLabel, wie, regime);
  }

  const samenMet = regel.voorwaarden?.samenMet;
  if (samenMet && !samenMet.some((c) => ctx.categorieenInDossier.has(c))) {
    const labels = opsomming(samenMet.map((c) => WERKCATEGORIE_LABEL[c]), 'of');
    return {
      ...metRegel,
      status: 'NIET_IN_AANMERKING',
      bedrag: 0,
      bronStatus: worst(regel.status, viaStatus),
      berekening: `Geen premie: de premie voor ${catLabel} geldt enkel samen met een maatregel voor ${labels}, en het dossier heeft er geen.`,
      ontbreekt: [`een maatregel voor ${labels} in hetzelfde dossier`],
    };
  }

  const voorwaardenFout = controleerVoorwaarden(regel.voorwaarden, maatregel, ctx, catLabel);
  if (voorwaardenFout.nietInAanmerking) {
    return { ...metRegel, status: 'NIET_IN_AANMERKING', bedrag: 0, bronStatus: worst(regel.status, viaStatus), ...voorwaardenFout.nietInAanmerking };
  }
  const ouderdomOntbreekt = voorwaardenFout.ouderdomOnbekend;

  // Which inputs the rule needs, and which are missing.
  const uitvoeringen = categorie.uitvoeringen;
  const bedragPerUitvoering =
    regel.soort === 'PER_M2_PER_METHODE' ? regel.bedragPerMethode : regel.soort === 'VAST_BEDRAG_PER_TYPE' ? regel.bedragPerType : undefined;
  const perM2 = regel.soort === 'PER_M2' || regel.soort === 'PER_M2_PER_METHODE';
  const area = maatregel.oppervlakteM2 !== null && maatregel.oppervlakteM2 > 0 ? maatregel.oppervlakteM2 : null;
  const factuur = maatregel.bedragExclBtw;
  const missing: string[] = [];
  if (bedragPerUitvoering && !maatregel.uitvoering) {
    const waarden = Object.keys(bedragPerUitvoering).map((k) => uitvoeringen?.waarden[k] ?? k);
    missing.push(`${uitvoeringen?.naam ?? 'de uitvoering'} van de maatregel (${opsomming(waarden, 'of')})`);
  }
  if (perM2 && area === null) missing.push(ONTBREEKT.oppervlakte);
  if (regel.soort === 'PERCENTAGE_VAN_FACTUUR' && factuur === null) missing.push(ONTBREEKT.bedrag);
  if (missing.length > 0) {
    return {
      ...metRegel,
      status: 'GEGEVENS_ONTBREKEN',
      berekening: `Geen bedrag: voor de regel ${regel.id} ontbreekt ${missing.join(' en ')}.`,
      ontbreekt: [...missing, ...(ouderdomOntbreekt ? [ouderdomOntbreekt.ontbreekt] : [])],
    };
  }

  let figuurStatus: BronStatus = regel.status;
  let tarief = regel.soort === 'PER_M2' || regel.soort === 'VAST_BEDRAG' ? regel.bedrag : 0;
  let uitvoeringLabel: string | undefined;
  if (bedragPerUitvoering) {
    const key = maatregel.uitvoering!;
    const entry = bedragPerUitvoering[key];
    uitvoeringLabel = uitvoeringen?.waarden[key] ?? key;
    if (!entry) {
      return {
        ...metRegel,
        status: 'REGEL_ONBEKEND',
        berekening: `Geen bedrag: de regel ${regel.id} kent geen bedrag voor ${uitvoeringLabel}.`,
        ontbreekt: [`een bedrag voor ${uitvoeringLabel} in de regelset`],
      };
    }
    figuurStatus = entry.status ?? regel.status;
    if (figuurStatus === 'conflict') return regelOnbekend(metRegel, true, catLabel, wie, regime);
    tarief = entry.bedrag;
  }

  const minFactuur = regel.voorwaarden?.minFactuurExclBtw;
  if (factuur !== null && minFactuur !== undefined && factuur < minFactuur) {
    return {
      ...metRegel,
      status: 'NIET_IN_AANMERKING',
      bedrag: 0,
      bronStatus: worst(figuurStatus, viaStatus),
      berekening: `Geen premie: het bedrag van ${formatEuro(factuur)} exclusief btw ligt onder de minimumfactuur van ${formatEuro(minFactuur)}.`,
      ontbreekt: [`een factuur van minstens ${formatEuro(minFactuur)} exclusief btw`],
    };
  }

  const calc = new Calculation();
  switch (regel.soort) {
    case 'PERCENTAGE_VAN_FACTUUR':
      calc.percentage(regel.percentage, factuur!, regel.maxFactuurExclBtw);
      calc.maximum(regel.maxBedrag);
      break;
    case 'PER_M2':
    case 'PER_M2_PER_METHODE':
      calc.perM2(area!, tarief, regel.maxOppervlakteM2, uitvoeringLabel);
      if (regel.maxBedrag !== undefined) calc.maximum(regel.maxBedrag);
      if (regel.maxPercentageVanFactuur !== undefined) calc.percentagePlafond(regel.maxPercentageVanFactuur, factuur);
      break;
    case 'VAST_BEDRAG':
    case 'VAST_BEDRAG_PER_TYPE':
      calc.vast(tarief, uitvoeringLabel);
      if (regel.maxPercentageVanFactuur !== undefined) calc.percentagePlafond(regel.maxPercentageVanFactuur, factuur);
      break;
  }

  // Caps that need the invoice amount and could not be checked: the amount stands, the advice says so.
  const teControleren = [
    ...(minFactuur !== undefined && factuur === null ? [`de minimumfactuur van ${formatEuro(minFactuur)}`] : []),
    ...(calc.uncheckedPercentage !== undefined ? [`het plafond van ${formatProcent(calc.uncheckedPercentage)} van de factuur`] : []),
  ];
  const ontbreekt: string[] = [];
  if (teControleren.length > 0) {
    calc.note(`niet gecontroleerd omdat het bedrag exclusief btw onbekend is: ${teControleren.join(' en ')}`);
    ontbreekt.push(`${ONTBREEKT.bedrag} (om ${teControleren.join(' en ')} te controleren)`);
  }
  if (ouderdomOntbreekt) {
    calc.note(`niet gecontroleerd omdat ${ouderdomOntbreekt.waarom}: of de woning ${ouderdomOntbreekt.voorwaarde} is`);
    ontbreekt.push(ouderdomOntbreekt.ontbreekt);
  }

  const plafondBeet = calc.begrenzingen.includes('PERCENTAGE_VAN_FACTUUR');
  return {
    ...metRegel,
    status: 'BEREKEND',
    bedrag: roundHalfUp(calc.amount),
    berekening: capitalize(calc.text()),
    ontbreekt,
    begrenzingen: calc.begrenzingen,
    bronStatus: worst(figuurStatus, viaStatus, plafondBeet ? (regel.plafondStatus ?? regel.status) : undefined),
  };
}

function regelOnbekend(result: PremieResultaat, conflict: boolean, catLabel: string, wie: string, regime: Regime): PremieResultaat {
  if (conflict) {
    return {
      ...result,
      status: 'REGEL_ONBEKEND',
      bronStatus: 'conflict',
      berekening: `Geen bedrag: de bronnen spreken elkaar tegen over de premie voor ${catLabel} en ${wie} in regime ${regime.id}.`,
      ontbreekt: ['een eenduidig bedrag in de regelset (de bronnen spreken elkaar tegen)'],
    };
  }
  return {
    ...result,
    status: 'REGEL_ONBEKEND',
    berekening: `Geen bedrag: de regelset kent voor ${catLabel} en ${wie} in regime ${regime.id} geen bedrag.`,
    ontbreekt: ['een bedrag in de regelset (niet gevonden in de bronnen)'],
  };
}

export function bronVan(regelset: Regelset, ref: string): PremieBron {
  const bron = regelset.bron(ref);
  return { naam: ref, soort: bron?.soort ?? null, vindplaats: bron?.vindplaats ?? ref, url: bron?.url ?? null, datum: bron?.datum ?? null };
}
