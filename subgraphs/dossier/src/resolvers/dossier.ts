import type { DossierResolvers } from '../generated/resolvers.js';

export const Dossier: DossierResolvers = {
  __resolveReference: (ref, ctx) => ctx.dossiers.get(ref.id),
  burger: (dossier, _, ctx) => ctx.burgers.ofDossier(dossier),
  woning: (dossier, _, ctx) => ctx.woningen.reference(dossier.adresId),
  maatregelen: (dossier, _, ctx) => ctx.maatregelen.ofDossier(dossier.id),
  vragen: (dossier, _, ctx) => ctx.vragen.ofDossier(dossier.id),
  spoc: (dossier) => (dossier.spocSub === null ? null : { id: dossier.spocSub }),
  renovatiebegeleider: (dossier) => (dossier.renovatiebegeleiderSub === null ? null : { id: dossier.renovatiebegeleiderSub }),
};
