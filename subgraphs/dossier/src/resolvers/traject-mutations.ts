import type { MutationResolvers } from '../generated/resolvers.js';

/** The mutations of the journey's records (issue 3, part 2): thin, each a call of one service. */
export const TrajectMutation: MutationResolvers = {
  registreerMijlpaal: (_, { input }, ctx) => ctx.mijlpalen.toevoegen(input),
  voegDocumentToe: (_, { input }, ctx) => ctx.documenten.toevoegen(input),
  voegMaatregelToe: (_, { input }, ctx) => ctx.maatregelBeheer.toevoegen(input),
  wijzigMaatregel: (_, { input: { maatregelId, ...change } }, ctx) => ctx.maatregelBeheer.wijzigen(maatregelId, change),
  wijzigMaatregelStatus: (_, { input }, ctx) => ctx.maatregelBeheer.statusWijzigen(input.maatregelId, input.status),
  ordenMaatregelen: (_, { input }, ctx) => ctx.maatregelBeheer.ordenen(input.dossierId, input.maatregelIds),
  voegOfferteToe: (_, { input }, ctx) => ctx.offertes.toevoegen(input),
  registreerOfferteOntvangst: (_, { input: { offerteId, ...bedragen } }, ctx) => ctx.offertes.ontvangen(offerteId, bedragen),
  kiesOfferte: (_, { offerteId }, ctx) => ctx.offertes.kiezen(offerteId),
  wijsOfferteAf: (_, { offerteId }, ctx) => ctx.offertes.afwijzen(offerteId),
  voegFactuurToe: (_, { input }, ctx) => ctx.facturen.toevoegen(input),
  registreerBetaling: (_, { input }, ctx) => ctx.facturen.betaald(input.factuurId, input.betaaldOp),
  planVolgendeActie: (_, { input }, ctx) => ctx.opvolging.volgendeActieInstellen(input),
};
