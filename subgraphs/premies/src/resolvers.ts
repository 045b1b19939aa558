import {
  aanvraagMutationResolvers,
  aanvraagQueryResolvers,
  aanvraagTypeResolvers,
  dossierAanvraagResolvers,
  maatregelAanvraagResolvers,
} from './aanvraag-resolvers.js';
import type { Resolvers } from './generated/resolvers.js';
import { DateScalar } from './scalars.js';

/** Thin resolvers: the premie service holds the rules. */
export const resolvers: Resolvers = {
  ...aanvraagTypeResolvers,
  Date: DateScalar,
  Query: {
    ...aanvraagQueryResolvers,
    premieSimulatie: (_root, { input }, ctx) => ctx.premies.premieSimulatie(input),
  },
  Mutation: { ...aanvraagMutationResolvers },
  Burger: {
    __resolveReference: (reference) => ({ id: reference.id }),
    inkomenscategorie: (burger, _args, ctx) => ctx.premies.inkomenscategorie(burger.id),
  },
  Dossier: {
    // The representation carries the @requires fields (burger, maatregelen): keep them for premieAdvies.
    __resolveReference: (reference) => reference,
    premieAdvies: (dossier, args, ctx) => ctx.premies.premieAdvies(dossier, args),
    ...dossierAanvraagResolvers,
  },
  Maatregel: { ...maatregelAanvraagResolvers },
  Premie: {
    product: (premie) => ({ __typename: 'Product', id: premie.productId }),
  },
  VerbouwLeningOptie: {
    product: (lening) => ({ __typename: 'Product', id: lening.productId }),
  },
  Statistieken: {
    // The representation carries the @requires fields (drempel, dossierIds): keep them for premies.
    __resolveReference: (reference) => reference,
    premies: (statistieken, _args, ctx) => ctx.statistiek.premies(statistieken),
  },
};
