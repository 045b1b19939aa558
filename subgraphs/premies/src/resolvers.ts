import type { Resolvers } from './generated/resolvers.js';
import { DateScalar } from './scalars.js';

/** Thin resolvers: the premie service holds the rules. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Burger: {
    __resolveReference: (reference) => ({ id: reference.id }),
    inkomenscategorie: (burger, _args, ctx) => ctx.premies.inkomenscategorie(burger.id),
  },
  Dossier: {
    // The representation carries the @requires fields (burger, maatregelen): keep them for premieAdvies.
    __resolveReference: (reference) => reference,
    premieAdvies: (dossier, args, ctx) => ctx.premies.premieAdvies(dossier, args.datum),
  },
  Premie: {
    product: (premie) => ({ __typename: 'Product', id: premie.productId }),
  },
};
