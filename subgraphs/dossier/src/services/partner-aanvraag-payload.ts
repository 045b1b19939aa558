import type { PartnerAanvraagPayload } from '../delivery/contracts.js';
import type { Gegevenssoort } from '../domain.js';
import type { BurgerRow } from '../entities/burger.js';
import type { DossierRow } from '../entities/dossier.js';
import type { PartnerAanvraagRow } from '../entities/partner-aanvraag.js';

/**
 * What a partner receives with a request: the citizen's contact data only with consent for
 * CONTACTGEGEVENS, the address only with WONINGGEGEVENS (the home's key always: it is what the request
 * is about).
 */
export function partnerAanvraagPayload(
  aanvraag: Omit<PartnerAanvraagRow, 'outboxId'>,
  dossier: Pick<DossierRow, 'id' | 'referentie' | 'adresId' | 'adresTekst'>,
  burger: Pick<BurgerRow, 'voornaam' | 'achternaam' | 'email' | 'telefoon'>,
  gedeeld: ReadonlySet<Gegevenssoort>,
): PartnerAanvraagPayload {
  return {
    aanvraagId: aanvraag.id,
    partner: aanvraag.partner,
    soort: aanvraag.soort,
    dossier: { id: dossier.id, referentie: dossier.referentie },
    woning: { adresId: dossier.adresId, adres: gedeeld.has('WONINGGEGEVENS') ? dossier.adresTekst : null },
    burger: gedeeld.has('CONTACTGEGEVENS')
      ? { voornaam: burger.voornaam, achternaam: burger.achternaam, email: burger.email, telefoon: burger.telefoon }
      : null,
    toelichting: aanvraag.toelichting,
    aangevraagdOp: aanvraag.aangevraagdOp.toISOString(),
    aangevraagdDoor: aanvraag.aangevraagdDoor,
  };
}
