import type { MutationResolvers } from '../generated/resolvers.js';

/** The mutations of questions, the dossier lifecycle, consent, partners and remarks: each one service call. */
export const LevensloopMutation: MutationResolvers = {
  registreerVraag: (_, { input }, ctx) => ctx.vraagRegistratie.registreer(input),
  stelVraag: (_, { input }, ctx) => ctx.vraagRegistratie.stel(input),
  wijsVraagToe: (_, { input }, ctx) => ctx.vraagRegistratie.wijsToe(input),
  handelVraagAf: (_, { input }, ctx) => ctx.vraagRegistratie.handelAf(input),
  koppelVraagAanBurger: (_, { input }, ctx) => ctx.vraagRegistratie.koppel(input),
  openDossier: (_, { input }, ctx) => ctx.levensloop.open(input),
  wijsDossierToe: (_, { input }, ctx) => ctx.levensloop.wijsToe(input),
  wijzigFase: (_, { input }, ctx) => ctx.levensloop.wijzigFase(input),
  sluitDossierAf: (_, { input }, ctx) => ctx.levensloop.sluitAf(input),
  zetDossierStop: (_, { input }, ctx) => ctx.levensloop.zetStop(input),
  geefToestemming: (_, { input }, ctx) => ctx.toestemmingen.geef(input),
  trekToestemmingIn: (_, { input }, ctx) => ctx.toestemmingen.trekIn(input),
  vraagPartnerAan: (_, { input }, ctx) => ctx.partners.vraagAan(input),
  beeindigPartnerToewijzing: (_, { input }, ctx) => ctx.partners.beeindigToewijzing(input),
  registreerPartnerResultaat: (_, { input }, ctx) => ctx.partners.registreerResultaat(input),
  plaatsOpmerking: (_, { input }, ctx) => ctx.opmerkingen.plaats(input),
};
