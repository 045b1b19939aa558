import type { Regelset } from '../regels/regelset.js';
import type { BronStatus } from '../regels/schema.js';
import { bronVan, type PremieBron } from './berekening.js';
import { doelgroepLabel } from './labels.js';

export type VerbouwLeningMogelijkheid = 'MOGELIJK' | 'NIET_MOGELIJK' | 'ONBEKEND';

/** The Mijn VerbouwLening option of an advice (`VerbouwLeningOptie`). */
export interface VerbouwLeningOptie {
  naam: string;
  mogelijkheid: VerbouwLeningMogelijkheid;
  toelichting: string;
  omschrijving: string;
  maxBedrag: number | null;
  maxLooptijdJaren: number | null;
  onbekend: string[];
  bronStatus: BronStatus;
  bronnen: PremieBron[];
  productId: string;
}

const RANK: Record<BronStatus, number> = { confirmed: 0, 'single-source': 1, conflict: 2 };

/**
 * Whether the citizen's target group can get Mijn VerbouwLening, with what the rule set knows of it; null
 * when the rule set has no data on the loan. A target group the sources do not name is ONBEKEND.
 */
export function verbouwLeningOptie(regelset: Regelset, doelgroep: string | null): VerbouwLeningOptie | null {
  const lening = regelset.verbouwLening;
  if (!lening) return null;
  const entry = doelgroep === null ? undefined : lening.doelgroepen.find((d) => d.doelgroep === doelgroep);
  const status = entry && RANK[entry.status] > RANK[lening.status] ? entry.status : lening.status;
  const refs = [...new Set([...lening.bronnen, ...(entry?.bronnen ?? [])])];
  const [mogelijkheid, toelichting]: [VerbouwLeningMogelijkheid, string] =
    doelgroep === null
      ? ['ONBEKEND', `De inkomenscategorie van de burger is niet gekend: die bepaalt of ${lening.naam} mogelijk is.`]
      : !entry
        ? ['ONBEKEND', `De bronnen zeggen niet of ${doelgroepLabel(doelgroep)} ${lening.naam} kan aanvragen.`]
        : [entry.mogelijk ? 'MOGELIJK' : 'NIET_MOGELIJK', entry.toelichting];
  return {
    naam: lening.naam,
    mogelijkheid,
    toelichting,
    omschrijving: lening.omschrijving,
    maxBedrag: lening.maxBedrag ?? null,
    maxLooptijdJaren: lening.maxLooptijdJaren ?? null,
    onbekend: [...lening.onbekend],
    bronStatus: status,
    bronnen: refs.map((ref) => bronVan(regelset, ref)),
    productId: lening.ipdcProductId,
  };
}
