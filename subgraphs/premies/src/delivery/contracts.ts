import type { LoketAanvraag } from '../clients/mijnverbouwpremie-contract.js';
import type { AanvraagStatus } from '../services/aanvraag/status.js';

/**
 * What the premies service sends to other systems through its outbox (@hub/shared `enqueue`), in the
 * transaction of the change: submissions to the Mijn VerbouwPremie desk and notifications to Mijn
 * Burgerprofiel.
 */

export const MIJNVERBOUWPREMIE_AANVRAAG_TOPIC = 'mijnverbouwpremie.aanvraag';
export const BURGERPROFIEL_NOTIFICATIE_TOPIC = 'burgerprofiel.notificatie';

/** A submission to the desk: the request body and the key it must carry on every attempt. */
export interface IndieningPayload {
  aanvraagId: string;
  /** The client's idempotency key: the desk handles every attempt with it as one submission. */
  idempotencyKey: string;
  aanvraag: LoketAanvraag;
}

/** A new status of an application the citizen should see in Mijn Burgerprofiel ("lopende zaken"). */
export interface PremieNotificatiePayload {
  insz: string;
  aanvraagId: string;
  dossierId: string;
  /** The desk's dossier number when there is one, else the CRM's dossier reference. */
  referentie: string;
  titel: string;
  status: AanvraagStatus;
  bericht: string;
  actieNodig: boolean;
  actie: string | null;
  gewijzigdOp: string;
  /** The number of the status in the application's history (with the id also the dedup key). */
  volgnummer: number;
}
