import { zaakLink, type BurgerprofielNotificatie } from '@hub/shared';
import type { PremieNotificatiePayload } from './contracts.js';

export const AFZENDER = { organisatie: 'Stad Leuven', dienst: 'Energieloket' } as const;

/** A new status of a premie application as a Mijn Burgerprofiel notification (the case is the application). */
export function toNotificatie(payload: PremieNotificatiePayload, deeplinkBase: string): BurgerprofielNotificatie {
  return {
    ontvanger: { insz: payload.insz },
    afzender: { ...AFZENDER },
    onderwerp: `Je premieaanvraag ${payload.referentie}`,
    bericht: payload.bericht,
    zaak: {
      id: payload.aanvraagId,
      referentie: payload.referentie,
      titel: payload.titel,
      status: payload.status,
      fase: null,
      actieNodig: payload.actieNodig,
      actie: payload.actie,
      link: zaakLink(deeplinkBase, payload.aanvraagId),
      gewijzigdOp: payload.gewijzigdOp,
    },
  };
}
