import { badUserInput, HubError, type Identity, type Logger } from '@hub/shared';
import type { WoningLoaders } from '../loaders.js';
import { EPC_LABELS, type EpcLabelCijfersModel, type EpcLabelValue, type EpcOpzoeking, type StatistiekenRef } from '../models.js';
import { onderdrukGroepen, totaal } from '@hub/shared';
import { isAdresId } from './adressen.js';
import type { Rechtsgrond } from './reden.js';
import { vereisStatistiekLezer } from './toegang.js';

/** How the EPC lookup of the guided homes turned out, per home: no addresses, only what is counted. */
export interface EpcUitkomsten {
  /** Homes with a valid EPC, per label. */
  perLabel: Record<EpcLabelValue, number>;
  /** Homes without a valid EPC (the sources answered). */
  zonderGeldigEpc: number;
  /** Homes whose EPC could not be determined (a source failed, the address is unknown or not an address id). */
  onbekend: number;
  /** The energy scores (kengetal, kWh/m² per year) of the homes with a valid EPC. */
  energiescores: number[];
}

/** Counts the outcomes of the lookups: a lookup is an EpcOpzoeking, or the expected error it failed with. */
export function telUitkomsten(uitkomsten: ReadonlyArray<EpcOpzoeking | HubError>, nietOpTeZoeken = 0): EpcUitkomsten {
  const telling: EpcUitkomsten = {
    perLabel: Object.fromEntries(EPC_LABELS.map((label) => [label, 0])) as Record<EpcLabelValue, number>,
    zonderGeldigEpc: 0,
    onbekend: nietOpTeZoeken,
    energiescores: [],
  };
  for (const uitkomst of uitkomsten) {
    if (uitkomst instanceof HubError) telling.onbekend += 1;
    else if (uitkomst.epc) {
      telling.perLabel[uitkomst.epc.label] += 1;
      telling.energiescores.push(uitkomst.epc.energiescore);
    } else telling.zonderGeldigEpc += 1;
  }
  return telling;
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function mediaan(waarden: readonly number[]): number {
  const sorted = [...waarden].sort((a, b) => a - b);
  const midden = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[midden]! : (sorted[midden - 1]! + sorted[midden]!) / 2;
}

const opTiende = (n: number): number => Math.round(n * 10) / 10;

/**
 * The figures as shown, with the k-anonymity of the dossier subgraph (threshold `drempel`): the total of
 * homes null below the threshold; the nine groups (seven labels, without a valid EPC, unknown) together
 * make up that total, so they are one breakdown with secondary suppression when the total is shown; the
 * median only over at least `drempel` homes with a valid EPC.
 */
export function epcLabelCijfers(telling: EpcUitkomsten, drempel: number): EpcLabelCijfersModel {
  const groepen = [
    ...EPC_LABELS.map((label) => ({ groep: label as EpcLabelValue | 'ZONDER' | 'ONBEKEND', aantal: telling.perLabel[label] })),
    { groep: 'ZONDER' as const, aantal: telling.zonderGeldigEpc },
    { groep: 'ONBEKEND' as const, aantal: telling.onbekend },
  ];
  const aantalWoningen = totaal(
    groepen.reduce((n, g) => n + g.aantal, 0),
    drempel,
  );
  const getoond = onderdrukGroepen(groepen, drempel, aantalWoningen !== null);
  const groep = (naam: 'ZONDER' | 'ONBEKEND') => {
    const { aantal, onderdrukt } = getoond.find((g) => g.groep === naam)!;
    return { aantal, onderdrukt };
  };
  const metEpc = telling.energiescores.length;
  return {
    aantalWoningen,
    perLabel: getoond.slice(0, EPC_LABELS.length).map(({ groep: label, aantal, onderdrukt }) => ({ label: label as EpcLabelValue, aantal, onderdrukt })),
    zonderGeldigEpc: groep('ZONDER'),
    onbekend: groep('ONBEKEND'),
    mediaanEnergiescore: metEpc > 0 && metEpc >= drempel ? opTiende(mediaan(telling.energiescores)) : null,
  };
}

/** The threshold and the guided homes of a representation, checked (the gateway fills them in through @requires). */
function valideerReferentie(ref: StatistiekenRef): { drempel: number; woningen: string[] } {
  const { drempel, begeleideWoningen } = ref;
  if (typeof drempel !== 'number' || !Number.isInteger(drempel) || drempel < 1) {
    throw badUserInput('Statistieken zonder geldige drempel: de k-anonimiteitsdrempel moet een geheel getal van minstens 1 zijn.', { field: 'drempel' });
  }
  if (!Array.isArray(begeleideWoningen) || !begeleideWoningen.every((id) => typeof id === 'string')) {
    throw badUserInput('Statistieken zonder de lijst van begeleide woningen.', { field: 'begeleideWoningen' });
  }
  return { drempel, woningen: [...new Set(begeleideWoningen)] };
}

export interface EpcStatistiekDeps {
  identity: Identity;
  loaders: Pick<WoningLoaders, 'epcStatistiek'>;
  /** The caller's legal purpose for the statistics; throws when the caller may not read them. */
  rechtsgrond: () => Rechtsgrond;
  logger: Logger;
}

/**
 * The EPC labels of the guided homes for the analysts' statistics, for one request. Only roles that may
 * read statistics; each home's EPC through the same loader path as `Woning.epc` (the shared cache,
 * deduplication, the upstreams' retries and circuit breakers), a bounded number of homes at a time. A home
 * whose lookup fails with an expected error (a source down or its circuit open, an unknown address) counts
 * as unknown; an unexpected error fails the field. Nothing personal is returned or logged: no adresId, no
 * address, only counts.
 */
export class EpcStatistiekService {
  constructor(private readonly deps: EpcStatistiekDeps) {}

  async epcLabels(ref: StatistiekenRef): Promise<EpcLabelCijfersModel> {
    vereisStatistiekLezer(this.deps.identity);
    const grond = this.deps.rechtsgrond();
    const { drempel, woningen } = valideerReferentie(ref);
    // An id that is no address register id is never sent to a source (it would end up in a URL path).
    const opTeZoeken = woningen.filter(isAdresId);
    const resultaten = await this.deps.loaders.epcStatistiek.loadMany(opTeZoeken);
    const onverwacht = resultaten.find((r): r is Error => r instanceof Error && !(r instanceof HubError));
    if (onverwacht) throw onverwacht;
    const telling = telUitkomsten(resultaten as Array<EpcOpzoeking | HubError>, woningen.length - opTeZoeken.length);
    // The legal log of the consultation, for the whole selection: who, why, how many homes; no adresIds.
    this.deps.logger.info(
      { sleutel: ref.sleutel, rol: grond.rol, reden: grond.reden, woningen: woningen.length, onbekend: telling.onbekend },
      'EPC-statistiek geraadpleegd',
    );
    return epcLabelCijfers(telling, drempel);
  }
}
