import type { DossierResolvers } from '../generated/resolvers.js';
import { medewerker } from '../lifecycle-mappers.js';

export const Dossier: DossierResolvers = {
  __resolveReference: (ref, ctx) => ctx.dossiers.get(ref.id),
  titel: (dossier, _, ctx) => ctx.toestemmingen.titel(dossier),
  burger: (dossier, _, ctx) => ctx.burgers.ofDossier(dossier),
  woning: (dossier, _, ctx) => ctx.woningen.ofDossier(dossier),
  maatregelen: (dossier, _, ctx) => ctx.maatregelen.ofDossier(dossier.id),
  vragen: (dossier, _, ctx) => ctx.vragen.ofDossier(dossier),
  spoc: (dossier) => medewerker(dossier.spocSub),
  renovatiebegeleider: (dossier) => medewerker(dossier.renovatiebegeleiderSub),
  adres: (dossier, _, ctx) => ctx.toestemmingen.gedeeld(dossier, 'WONINGGEGEVENS', () => dossier.adresTekst),
  postcode: (dossier, _, ctx) => ctx.toestemmingen.gedeeld(dossier, 'WONINGGEGEVENS', () => dossier.postcode),
  begeleidendePartner: (dossier) => dossier.begeleiderPartner,
  startToestemming: (dossier) => dossier.startToestemming && { ...dossier.startToestemming, geregistreerdDoor: { id: dossier.startToestemming.geregistreerdDoor } },
  afsluitReden: (dossier, _, ctx) => ctx.toestemmingen.enkelVolledig(dossier, 'Dossier', () => dossier.afsluitReden),
  overgangen: (dossier, _, ctx) => ctx.dossiers.overgangen(dossier),
  zichtbareGegevens: (dossier, _, ctx) => ctx.toestemmingen.zichtbareSoorten(dossier),
  toestemmingen: (dossier, { enkelLopend }, ctx) => ctx.toestemmingen.ofDossier(dossier, enkelLopend ?? false),
  partnerToewijzingen: (dossier, _, ctx) => ctx.partners.toewijzingenOf(dossier),
  partnerAanvragen: (dossier, _, ctx) => ctx.partners.aanvragenOf(dossier),
  opmerkingen: (dossier, _, ctx) => ctx.opmerkingen.ofDossier(dossier),
};
