import type { AuditLogRow } from './audit/audit-log.entity.js';
import type { PartnerOrganisatie } from './domain.js';
import type { DossierOvergangRow } from './entities/dossier-overgang.js';
import type { OpmerkingRow } from './entities/opmerking.js';
import type { PartnerAanvraagRow } from './entities/partner-aanvraag.js';
import type { PartnerToewijzingRow } from './entities/partner-toewijzing.js';
import type { ToestemmingRow } from './entities/toestemming.js';

/*
 * The objects the resolvers of the lifecycle types work with (codegen mappers): consents, partner
 * assignments and requests, phase history, remarks and audit rows. They are the rows themselves; the
 * field resolvers rename and hide (e.g. a staff `sub` becomes a Medewerker, a citizen's never shows).
 */

export type ToestemmingModel = ToestemmingRow;
export type PartnerToewijzingModel = PartnerToewijzingRow;
export type PartnerAanvraagModel = PartnerAanvraagRow;
export type DossierOvergangModel = DossierOvergangRow;
export type OpmerkingModel = OpmerkingRow;
export type AuditRegelModel = AuditLogRow;
/** The GraphQL enum PartnerOrganisatie as the resolvers see it: the organisation names of the identity service. */
export type PartnerOrganisatieModel = PartnerOrganisatie;

/** The GraphQL enum PartnerOrganisatie and the organisation names of the identity service (`organisatie`). */
export const PARTNER_ORGANISATIE_ENUM = { DIALOOG: 'dialoog', ENERGIEHUIS: 'energiehuis', MINDER_MEER: 'minder-meer' } as const;

/** A staff member by `sub`, or null. */
export const medewerker = (sub: string | null) => (sub === null ? null : { id: sub });
