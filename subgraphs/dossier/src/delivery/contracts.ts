/**
 * What the CRM sends to other systems through the outbox (@hub/shared `enqueue`). The domain code
 * enqueues these payloads in the transaction of the change; the delivery adapters in this folder send
 * them (partner webhooks, Mijn Burgerprofiel notifications) with the outbox message id as idempotency key.
 */

export const PARTNER_AANVRAAG_TOPIC = 'partner.aanvraag';
export const BURGERPROFIEL_NOTIFICATIE_TOPIC = 'burgerprofiel.notificatie';

/** The partner organisations the Energieloket works with (keys of PARTNER_WEBHOOKS). */
export type PartnerOrganisatie = 'dialoog' | 'energiehuis' | 'minder-meer';

export type PartnerAanvraagSoort = 'DUBO_ADVIES' | 'RENOVATIEBEGELEIDING' | 'LENING';

/** A request for DuBo-advies, guidance or a loan, forwarded to the partner the moment it is registered. */
export interface PartnerAanvraagPayload {
  aanvraagId: string;
  partner: PartnerOrganisatie;
  soort: PartnerAanvraagSoort;
  dossier: { id: string; referentie: string };
  woning: { adresId: string; adres: string | null };
  /** The citizen's contact data: only what the citizen consented to share with this partner. */
  burger: { voornaam: string; achternaam: string; email: string | null; telefoon: string | null } | null;
  toelichting: string | null;
  aangevraagdOp: string;
  /** The `sub` of the staff member who registered the request. */
  aangevraagdDoor: string;
}

/** A change of a dossier the citizen should see in Mijn Burgerprofiel ("lopende zaken"). */
export interface BurgerprofielNotificatiePayload {
  /** The citizen, by national register number (how Mijn Burgerprofiel knows people). */
  insz: string;
  dossierId: string;
  referentie: string;
  titel: string;
  status: 'LOPEND' | 'AFGESLOTEN' | 'STOPGEZET';
  fase: 'CONTACTNAME' | 'OPTIES' | 'FINANCIEREN' | 'LEVERANCIERS' | 'UITVOEREN_EN_BETALEN';
  /** Whether the citizen has to do something now, and what. */
  actieNodig: boolean;
  actie: string | null;
  /** Short Dutch sentence for the notification, e.g. "Je renovatiedossier is in de fase Financieren gekomen." */
  bericht: string;
  gewijzigdOp: string;
  /** The dossier version after the change (also the dedup key: `${dossierId}:${versie}`). */
  versie: number;
}
