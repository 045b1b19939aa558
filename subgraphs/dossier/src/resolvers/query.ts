import type { QueryResolvers } from '../generated/resolvers.js';

export const Query: QueryResolvers = {
  dossier: (_, { id }, ctx) => ctx.dossiers.get(id),
  dossiers: (_, { first, after, filter, zoek }, ctx) => ctx.dossierLijst.page({ first, after, filter, zoek }),
  burger: (_, { id }, ctx) => ctx.burgers.get(id),
  ik: (_, __, ctx) => ctx.burgers.ik(),
  vraag: (_, { id }, ctx) => ctx.vragen.get(id),
  vragenInbox: (_, { first, after }, ctx) => ctx.vraagRegistratie.inbox({ first, after }),
  auditTrail: (_, { dossierId, first, after }, ctx) => ctx.auditTrail.trail({ dossierId, first, after }),
};
