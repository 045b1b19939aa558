import { badUserInput, type Identity } from '@hub/shared';
import { WERKCATEGORIEEN, type Werkcategorie } from '../../regels/schema.js';
import type { PremieFiguur, PremieGroepRij, PremieStatistiekRepository } from '../../repositories/statistiek-repository.js';
import type { StatistiekenModel } from '../../resolver-models.js';
import { vereisStatistiekLezer } from '../toegang.js';
import { teKlein } from '@hub/shared';

/** One count of premies as shown (`PremieTelling`): all null and `onderdrukt` for a group that is too small. */
export interface PremieTelling {
  aantalDossiers: number | null;
  aantalMaatregelen: number | null;
  bedrag: number | null;
  aantalZonderBedrag: number | null;
  onderdrukt: boolean;
}

/** The premie figures of one work category (`PremieCijfers`). */
export interface PremieCijfers {
  categorie: Werkcategorie;
  geadviseerd: PremieTelling;
  aangevraagd: PremieTelling;
  toegekend: PremieTelling;
  uitbetaald: PremieTelling;
}

const LEEG = { dossiers: 0, maatregelen: 0, bedrag: null, zonderBedrag: 0 } as const;

/** A group as shown, with the k-anonymity threshold `drempel` on its number of dossiers. */
export function toonTelling(groep: Pick<PremieGroepRij, 'dossiers' | 'maatregelen' | 'bedrag' | 'zonderBedrag'>, drempel: number): PremieTelling {
  if (teKlein(groep.dossiers, drempel)) {
    return { aantalDossiers: null, aantalMaatregelen: null, bedrag: null, aantalZonderBedrag: null, onderdrukt: true };
  }
  const bedrag = groep.bedrag === null ? (groep.maatregelen === 0 ? 0 : null) : Math.round(Number(groep.bedrag) * 100) / 100;
  return { aantalDossiers: groep.dossiers, aantalMaatregelen: groep.maatregelen, bedrag, aantalZonderBedrag: groep.zonderBedrag, onderdrukt: false };
}

/** The figures per work category, in the order of the work categories, each category always present. */
export function premieCijfers(rijen: readonly PremieGroepRij[], drempel: number): PremieCijfers[] {
  const groep = (figuur: PremieFiguur, categorie: Werkcategorie) =>
    toonTelling(rijen.find((r) => r.figuur === figuur && r.werkcategorie === categorie) ?? LEEG, drempel);
  return WERKCATEGORIEEN.map((categorie) => ({
    categorie,
    geadviseerd: groep('GEADVISEERD', categorie),
    aangevraagd: groep('AANGEVRAAGD', categorie),
    toegekend: groep('TOEGEKEND', categorie),
    uitbetaald: groep('UITBETAALD', categorie),
  }));
}

/** The threshold and the dossiers of a representation, checked (the gateway fills them in through @requires). */
function leesReferentie(ref: StatistiekenModel): { drempel: number; dossierIds: string[] } {
  const { drempel, dossierIds } = ref;
  if (typeof drempel !== 'number' || !Number.isInteger(drempel) || drempel < 1) {
    throw badUserInput('Statistieken zonder geldige drempel: de k-anonimiteitsdrempel moet een geheel getal van minstens 1 zijn.', { field: 'drempel' });
  }
  if (!Array.isArray(dossierIds) || !dossierIds.every((id): id is string => typeof id === 'string')) {
    throw badUserInput('Statistieken zonder de lijst van dossiers.', { field: 'dossierIds' });
  }
  return { drempel, dossierIds };
}

/**
 * The premie figures of the analysts' statistics, for one request: only roles that may read statistics;
 * one SQL aggregate per selection (computed once per request, whatever the number of fields or aliases
 * asking for it); small groups suppressed. Nothing per dossier is returned or logged.
 */
export class PremieStatistiekService {
  readonly #memo = new Map<string, Promise<PremieCijfers[]>>();

  constructor(
    private readonly identity: Identity,
    private readonly repository: PremieStatistiekRepository,
  ) {}

  premies(ref: StatistiekenModel): Promise<PremieCijfers[]> {
    vereisStatistiekLezer(this.identity);
    const { drempel, dossierIds } = leesReferentie(ref);
    const key = `${drempel}|${[...dossierIds].sort().join(',')}`;
    let result = this.#memo.get(key);
    if (!result) {
      result = this.repository.premieCijfers(dossierIds).then((rijen) => premieCijfers(rijen, drempel));
      this.#memo.set(key, result);
    }
    return result;
  }
}
