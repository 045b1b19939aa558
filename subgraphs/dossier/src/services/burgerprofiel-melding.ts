import { enqueue } from '@hub/shared';
import { BURGERPROFIEL_NOTIFICATIE_TOPIC, type BurgerprofielNotificatiePayload } from '../delivery/contracts.js';
import type { DossierRow } from '../entities/dossier.js';
import { burgerActie, burgerBericht, type DossierGebeurtenis } from './klantreis.js';
import type { Tx } from './transactie.js';

/** The notification of a dossier change for Mijn Burgerprofiel (see klantreis.ts for the texts). */
export function burgerprofielMelding(dossier: DossierRow, insz: string, gebeurtenis: DossierGebeurtenis, at: Date): BurgerprofielNotificatiePayload {
  const actie = burgerActie(dossier.fase, dossier.status);
  return {
    insz,
    dossierId: dossier.id,
    referentie: dossier.referentie,
    titel: dossier.titel,
    status: dossier.status,
    fase: dossier.fase,
    actieNodig: actie !== null,
    actie,
    bericht: burgerBericht(gebeurtenis, dossier.fase),
    gewijzigdOp: at.toISOString(),
    versie: dossier.version,
  };
}

/**
 * Queues the notification of a dossier change in the transaction of the change (one per dossier
 * version). Only for a citizen with an INSZ: that is how Mijn Burgerprofiel knows people.
 */
export async function meldAanBurgerprofiel(tx: Tx, dossier: DossierRow, gebeurtenis: DossierGebeurtenis, at: Date): Promise<void> {
  const [burger] = await tx.repos.burgers.findByIds([dossier.burgerId]);
  if (!burger?.insz) return;
  await enqueue(
    tx.manager,
    {
      topic: BURGERPROFIEL_NOTIFICATIE_TOPIC,
      dedupKey: `${dossier.id}:${dossier.version}`,
      payload: burgerprofielMelding(dossier, burger.insz, gebeurtenis, at),
      aggregateId: dossier.id,
    },
    at,
  );
}
