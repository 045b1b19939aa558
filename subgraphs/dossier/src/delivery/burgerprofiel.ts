import { zaakLink, type BurgerprofielNotificatie } from '@hub/shared';
import type { BurgerprofielNotificatiePayload } from './contracts.js';

export const AFZENDER = { organisatie: 'Stad Leuven', dienst: 'Energieloket' } as const;

/** A dossier change as a Mijn Burgerprofiel notification (the case is the renovation dossier). */
export function toNotificatie(payload: BurgerprofielNotificatiePayload, deeplinkBase: string): BurgerprofielNotificatie {
  return {
    ontvanger: { insz: payload.insz },
    afzender: { ...AFZENDER },
    onderwerp: `Je renovatiedossier ${payload.referentie}`,
    bericht: payload.bericht,
    zaak: {
      id: payload.dossierId,
      referentie: payload.referentie,
      titel: payload.titel,
      status: payload.status,
      fase: payload.fase,
      actieNodig: payload.actieNodig,
      actie: payload.actie,
      link: zaakLink(deeplinkBase, payload.dossierId),
      gewijzigdOp: payload.gewijzigdOp,
    },
  };
}
