import { datumLabel, plusMaanden } from '../regels/controles.js';
import type { Regelset } from '../regels/regelset.js';
import type { BronStatus, Plafond, Regime } from '../regels/schema.js';
import { bronVan, type PremieBron, type PremieResultaat } from './berekening.js';
import { formatEuro } from './geld.js';
import { WERKCATEGORIE_LABEL } from './labels.js';

/** A computed premie of the advice, with its application date and the regime it was computed under. */
export interface TeBegrenzen {
  premie: PremieResultaat;
  aanvraagdatum: string;
  regime: Regime | undefined;
}

/** A cap shared by several measures of the advice (`PremiePlafond`). */
export interface ToegepastPlafond {
  id: string;
  omschrijving: string;
  regime: string;
  werkcategorieen: string[];
  geldtVoor: Plafond['geldtVoor'];
  periodeJaren: number | null;
  soort: Plafond['limiet']['soort'];
  /** The shared maximum: euros, or a number of premies for AANTAL. */
  maximum: number;
  /** The measures it covers, in the order they get it (application date, then the dossier's order). */
  maatregelIds: string[];
  bedragVoorPlafond: number;
  bedragNaPlafond: number;
  /** Whether it lowered an amount. */
  toegepast: boolean;
  bronStatus: BronStatus;
  bronnen: PremieBron[];
  toelichting: string | null;
}

interface Toegekend {
  item: TeBegrenzen;
  premie: PremieResultaat;
}

interface Groep {
  plafond: Plafond;
  regime: string;
  maximum: number;
  ids: Set<string>;
  toegepast: boolean;
}

const RANK: Record<BronStatus, number> = { confirmed: 0, 'single-source': 1, conflict: 2 };
const worst = (a: BronStatus | null, b: BronStatus): BronStatus => (a !== null && RANK[a] >= RANK[b] ? a : b);
const cents = (euro: number) => Math.round(euro * 100);
const labels = (p: Plafond) => p.werkcategorieen.map((c) => WERKCATEGORIE_LABEL[c]).join(' of ');
/** The description of a cap inside a sentence: 'Eén ...' -> 'één ...'. */
const kleineLetter = (zin: string) => (zin.startsWith('Eén') ? `één${zin.slice(3)}` : `${zin.charAt(0).toLowerCase()}${zin.slice(1)}`);
const reeks = (ids: string[]) => (ids.length === 1 ? `de maatregel ${ids[0]}` : `de maatregelen ${ids.join(', ')}`);

/**
 * Applies the caps that several measures share (the regime's `plafonds`): the measures get the cap in the
 * order of their application date, then of the dossier; a later one gets what is left (GEDEELD_PLAFOND), or,
 * for a number of premies, nothing once the number is reached. Only computed premies count. Pure: no I/O.
 */
export function pasPlafondsToe(
  regelset: Regelset,
  doelgroep: string | null,
  items: readonly TeBegrenzen[],
): { premies: PremieResultaat[]; plafonds: ToegepastPlafond[] } {
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.aanvraagdatum.localeCompare(b.item.aanvraagdatum) || a.index - b.index);
  const toegekend: Toegekend[] = [];
  const groepen = new Map<string, Groep>();
  const final = new Map<TeBegrenzen, PremieResultaat>();

  for (const { item } of order) {
    let premie = item.premie;
    if (item.regime && doelgroep !== null && premie.status === 'BEREKEND' && premie.bedrag !== null) {
      for (const plafond of regelset.plafondsVoor(item.regime, premie.categorie, doelgroep)) {
        const maximum = maximumVan(regelset, plafond, item.regime, premie.categorie, doelgroep);
        if (maximum === undefined) continue;
        const eerder = toegekend.filter((t) => dekt(plafond, item, t));
        const groep = groepen.get(plafond.id) ?? { plafond, regime: item.regime.id, maximum, ids: new Set<string>(), toegepast: false };
        groepen.set(plafond.id, groep);
        for (const t of eerder) groep.ids.add(t.premie.maatregelId);
        groep.ids.add(premie.maatregelId);
        const begrensd = begrens(premie, plafond, maximum, eerder, regelset);
        if (begrensd !== premie) groep.toegepast = true;
        premie = begrensd;
        if (premie.status !== 'BEREKEND') break;
      }
    }
    final.set(item, premie);
    toegekend.push({ item, premie });
  }

  const premies = items.map((item) => final.get(item)!);
  const byId = new Map(order.map(({ item }) => [item.premie.maatregelId, { voor: item.premie.bedrag ?? 0, na: final.get(item)!.bedrag ?? 0 }]));
  const plafonds = [...groepen.values()]
    .filter((g) => g.ids.size >= 2)
    .map((g): ToegepastPlafond => {
      const ids = order.map(({ item }) => item.premie.maatregelId).filter((id) => g.ids.has(id));
      const som = (key: 'voor' | 'na') => ids.reduce((sum, id) => sum + cents(byId.get(id)![key]), 0) / 100;
      return {
        id: g.plafond.id,
        omschrijving: g.plafond.omschrijving,
        regime: g.regime,
        werkcategorieen: [...g.plafond.werkcategorieen],
        geldtVoor: g.plafond.geldtVoor,
        periodeJaren: g.plafond.periodeJaren ?? null,
        soort: g.plafond.limiet.soort,
        maximum: g.maximum,
        maatregelIds: ids,
        bedragVoorPlafond: som('voor'),
        bedragNaPlafond: som('na'),
        toegepast: g.toegepast,
        bronStatus: g.plafond.status,
        bronnen: g.plafond.bronnen.map((ref) => bronVan(regelset, ref)),
        toelichting: g.plafond.toelichting ?? null,
      };
    });
  return { premies, plafonds };
}

/** The cap's maximum for this measure: a number of premies, a fixed total, or the maximum of the measure's rule. */
function maximumVan(regelset: Regelset, plafond: Plafond, regime: Regime, categorie: string, doelgroep: string): number | undefined {
  const limiet = plafond.limiet;
  if (limiet.soort === 'AANTAL') return limiet.maxAantal;
  if (limiet.soort === 'BEDRAG') return limiet.maxBedrag;
  const regel = regelset.regelVoor(regime, categorie, doelgroep)?.regel;
  return regel && 'maxBedrag' in regel ? regel.maxBedrag : undefined;
}

/** Whether an earlier premie counts against this cap for `item`: its category, and its dossier regime or period. */
function dekt(plafond: Plafond, item: TeBegrenzen, eerder: Toegekend): boolean {
  if (eerder.premie.status !== 'BEREKEND' || !(plafond.werkcategorieen as readonly string[]).includes(eerder.premie.categorie)) return false;
  if (plafond.geldtVoor === 'DOSSIER') return eerder.item.regime?.id === item.regime?.id;
  return plusMaanden(eerder.item.aanvraagdatum, 12 * (plafond.periodeJaren ?? 0)) > item.aanvraagdatum;
}

function begrens(
  premie: PremieResultaat,
  plafond: Plafond,
  maximum: number,
  eerder: Toegekend[],
  regelset: Regelset,
): PremieResultaat {
  const metBronnen = (p: PremieResultaat): PremieResultaat => {
    const known = new Set(p.bronnen.map((b) => b.naam));
    return { ...p, bronStatus: worst(p.bronStatus, plafond.status), bronnen: [...p.bronnen, ...plafond.bronnen.filter((r) => !known.has(r)).map((r) => bronVan(regelset, r))] };
  };
  const ontvangers = eerder.filter((t) => (t.premie.bedrag ?? 0) > 0);
  if (plafond.limiet.soort === 'AANTAL') {
    if (ontvangers.length < maximum) return premie;
    const ids = ontvangers.map((t) => t.premie.maatregelId);
    const waar = plafond.geldtVoor === 'DOSSIER' ? 'in dit dossier' : `voor de woning in de ${plafond.periodeJaren} jaar vóór de aanvraag`;
    const eerste = ontvangers[0]!;
    return metBronnen({
      ...premie,
      status: 'NIET_IN_AANMERKING',
      bedrag: 0,
      begrenzingen: [...premie.begrenzingen, 'GEDEELD_PLAFOND'],
      berekening: `Geen premie: ${kleineLetter(plafond.omschrijving).replace(/\.$/, '')}, en ${reeks(ids)} (aanvraag op ${datumLabel(eerste.item.aanvraagdatum)}) krijgt die al.`,
      ontbreekt: [`geen eerdere premie voor ${labels(plafond)} ${waar} (${reeks(ids)} krijgt die al)`],
    });
  }
  const al = ontvangers.reduce((sum, t) => sum + cents(t.premie.bedrag!), 0);
  const rest = Math.max(0, cents(maximum) - al);
  if (cents(premie.bedrag!) <= rest) return premie;
  const eerdereTekst = ontvangers.length === 1 ? 'een eerdere maatregel' : `${ontvangers.length} eerdere maatregelen`;
  const waar = plafond.geldtVoor === 'DOSSIER' ? 'in dit dossier' : `voor de woning over ${plafond.periodeJaren} jaar`;
  return metBronnen({
    ...premie,
    bedrag: rest / 100,
    begrenzingen: [...premie.begrenzingen, 'GEDEELD_PLAFOND'],
    berekening: `${premie.berekening}; samen met ${eerdereTekst} voor ${labels(plafond)} (${formatEuro(al / 100)}) begrensd tot het gedeelde maximum van ${formatEuro(maximum)} ${waar}: nog ${formatEuro(rest / 100)}`,
  });
}
