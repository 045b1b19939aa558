import type {
  AuditRegelResolvers,
  DossierOvergangResolvers,
  OpmerkingResolvers,
  PartnerAanvraagResolvers,
  PartnerToewijzingResolvers,
  ToestemmingResolvers,
} from '../generated/resolvers.js';
import { medewerker, PARTNER_ORGANISATIE_ENUM } from '../lifecycle-mappers.js';

/** The GraphQL values of PartnerOrganisatie and the organisation names the CRM stores (as the identity service names them). */
export const PartnerOrganisatie = PARTNER_ORGANISATIE_ENUM;

export const Toestemming: ToestemmingResolvers = {
  lopend: (t) => t.ingetrokkenOp === null,
  gegevenDoor: (t) => medewerker(t.gegevenDoor),
  ingetrokkenDoor: (t) => medewerker(t.ingetrokkenDoor),
};

export const PartnerToewijzing: PartnerToewijzingResolvers = {
  lopend: (t) => t.beeindigdOp === null,
  toegewezenDoor: (t) => ({ id: t.toegewezenDoor }),
};

export const PartnerAanvraag: PartnerAanvraagResolvers = {
  aangevraagdDoor: (a) => ({ id: a.aangevraagdDoor }),
  levering: (a, _, ctx) => ctx.partners.levering(a),
};

export const DossierOvergang: DossierOvergangResolvers = {
  door: (o) => ({ id: o.doorSub }),
};

export const Opmerking: OpmerkingResolvers = {
  auteur: (o) => ({ id: o.auteurSub }),
  dienst: (o) => o.auteurDienst,
};

export const AuditRegel: AuditRegelResolvers = {};
