import type { Voorwaarden } from '../regels/schema.js';
import { formatEuro, formatGetal } from './geld.js';
import { WERKCATEGORIE_LABEL, datumLabel } from './labels.js';

/** The conditions of a rule as sentences for the advice, in a fixed order. */
export function beschrijfVoorwaarden(v: Voorwaarden | undefined, uitvoeringLabels: Record<string, string> = {}): string[] {
  if (!v) return [];
  const out: string[] = [];
  if (v.minFactuurExclBtw !== undefined) out.push(`factuur van minstens ${formatEuro(v.minFactuurExclBtw)} exclusief btw`);
  if (v.termijnNaFactuurMaanden !== undefined) out.push(`aanvraag binnen ${v.termijnNaFactuurMaanden} maanden na de eindfactuur`);
  if (v.aannemerVerplicht === true) out.push('uitgevoerd door een aannemer');
  if (v.aannemerVerplicht === false) out.push('mag ook zelf uitgevoerd worden (met materiaalfacturen)');
  if (v.gebouwdVoor !== undefined) out.push(`woning gebouwd of aangesloten op het elektriciteitsnet vóór ${datumLabel(v.gebouwdVoor)}`);
  if (v.omgevingsvergunningMinJaar !== undefined) out.push(`omgevingsvergunning minstens ${v.omgevingsvergunningMinJaar} jaar oud`);
  if (v.minRd !== undefined) out.push(`Rd-waarde van de nieuwe isolatie minstens ${formatGetal(v.minRd)} m²K/W`);
  if (v.minR !== undefined) out.push(`R-waarde van de isolatie minstens ${formatGetal(v.minR)} m²K/W`);
  if (v.minRPerUitvoering !== undefined) {
    const parts = Object.entries(v.minRPerUitvoering).map(([k, r]) => `${formatGetal(r)} m²K/W bij ${uitvoeringLabels[k] ?? k.toLowerCase()}`);
    out.push(`R-waarde van de isolatie minstens ${parts.join(', ')}`);
  }
  if (v.maxUg !== undefined) out.push(`Ug-waarde van het glas hoogstens ${formatGetal(v.maxUg)} W/m²K`);
  if (v.samenMet !== undefined) out.push(`enkel samen met een maatregel voor ${v.samenMet.map((c) => WERKCATEGORIE_LABEL[c]).join(' of ')}`);
  out.push(...(v.overige ?? []));
  return out;
}
