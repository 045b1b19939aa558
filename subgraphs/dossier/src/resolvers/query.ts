import type { QueryResolvers } from '../generated/resolvers.js';

export const Query: QueryResolvers = {
  dossier: (_, { id }, ctx) => ctx.dossiers.get(id),
  dossiers: (_, { first, after }, ctx) => ctx.dossiers.page({ first, after }),
  burger: (_, { id }, ctx) => ctx.burgers.get(id),
  ik: (_, __, ctx) => ctx.burgers.ik(),
  vraag: (_, { id }, ctx) => ctx.vragen.get(id),
};
