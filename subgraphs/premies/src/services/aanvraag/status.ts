import type { LoketStatus } from '../../clients/mijnverbouwpremie-contract.js';
import { formatEuro } from '../geld.js';

/** The statuses of an application: two steps of the hub, then those of the desk. */
export type AanvraagStatus = 'TE_VERZENDEN' | 'NIET_AANVAARD' | LoketStatus;

/** Statuses at the desk that can still change: the follower polls these. */
export const OPEN_STATUSSEN: readonly AanvraagStatus[] = ['INGEDIEND', 'IN_BEHANDELING', 'BIJKOMENDE_INFO_GEVRAAGD', 'GOEDGEKEURD'];

/** Statuses in which a measure has a running application (another submission for it is refused). */
export const LOPENDE_STATUSSEN: readonly AanvraagStatus[] = ['TE_VERZENDEN', ...OPEN_STATUSSEN, 'UITBETAALD'];

/** What the citizen has to do in a status, if anything. */
export function actieVoor(status: AanvraagStatus): string | null {
  if (status === 'BIJKOMENDE_INFO_GEVRAAGD') return 'Bezorg het premieloket de gevraagde informatie via Mijn VerbouwPremie.';
  if (status === 'NIET_AANVAARD') return 'Neem contact op met het Energieloket: het premieloket aanvaardde de aanvraag niet.';
  return null;
}

/** One Dutch sentence for the citizen about a new status of their application. */
export function statusBericht(input: {
  status: AanvraagStatus;
  dossiernummer: string | null;
  toegekendBedrag: number | null;
  uitbetaaldBedrag: number | null;
  reden: string | null;
}): string {
  const nr = input.dossiernummer ? ` ${input.dossiernummer}` : '';
  const reden = input.reden ? ` Reden: ${input.reden}` : '';
  switch (input.status) {
    case 'TE_VERZENDEN':
      return 'Je premieaanvraag is bewaard en wordt verstuurd naar Mijn VerbouwPremie.';
    case 'NIET_AANVAARD':
      return `Mijn VerbouwPremie aanvaardde je premieaanvraag niet.${reden}`;
    case 'INGEDIEND':
      return `Je premieaanvraag is ingediend bij Mijn VerbouwPremie onder dossiernummer${nr}.`;
    case 'IN_BEHANDELING':
      return `Je premieaanvraag${nr} is in behandeling bij Mijn VerbouwPremie.`;
    case 'BIJKOMENDE_INFO_GEVRAAGD':
      return `Mijn VerbouwPremie vraagt bijkomende informatie voor je premieaanvraag${nr}.${reden}`;
    case 'GOEDGEKEURD':
      return `Je premieaanvraag${nr} is goedgekeurd${input.toegekendBedrag !== null ? `: ${formatEuro(input.toegekendBedrag)} premie` : ''}.`;
    case 'UITBETAALD':
      return `De premie voor je aanvraag${nr} is uitbetaald${input.uitbetaaldBedrag !== null ? `: ${formatEuro(input.uitbetaaldBedrag)}` : ''}.`;
    case 'AFGEWEZEN':
      return `Je premieaanvraag${nr} is afgewezen.${reden}`;
  }
}
