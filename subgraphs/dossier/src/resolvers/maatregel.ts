import type { MaatregelResolvers } from '../generated/resolvers.js';

export const Maatregel: MaatregelResolvers = {
  __resolveReference: (ref, ctx) => ctx.maatregelen.get(ref.id),
};
