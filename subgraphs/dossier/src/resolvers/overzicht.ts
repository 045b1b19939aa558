import type { LopendeZaakResolvers, MedewerkerResolvers, MutationResolvers, QueryResolvers, StatistiekenResolvers } from '../generated/resolvers.js';
import { medewerker } from '../lifecycle-mappers.js';

/* Thin resolvers of Mijn Burgerprofiel's running cases, the statistics and the staff directory (issue 6). */

export const OverzichtQuery: QueryResolvers = {
  lopendeZaken: (_, { insz }, ctx) => ctx.lopendeZaken.van(insz),
  statistieken: (_, { filter }, ctx) => ctx.statistieken.vraag(filter),
  medewerkers: (_, __, ctx) => ctx.medewerkers.alle(),
};

export const OverzichtMutation: MutationResolvers = {
  registreerMedewerker: (_, { input }, ctx) => ctx.medewerkers.registreer(input),
};

export const Medewerker: MedewerkerResolvers = {
  naam: async (m, _, ctx) => (await ctx.medewerkers.gids(m))?.naam ?? null,
  email: async (m, _, ctx) => (await ctx.medewerkers.gids(m))?.email ?? null,
  telefoon: async (m, _, ctx) => (await ctx.medewerkers.gids(m))?.telefoon ?? null,
  dienst: async (m, _, ctx) => (await ctx.medewerkers.gids(m))?.dienst ?? null,
};

export const LopendeZaak: LopendeZaakResolvers = {
  contactpersoon: (zaak) => medewerker(zaak.contactSub),
};

export const Statistieken: StatistiekenResolvers = {
  __resolveReference: (ref, ctx) => ctx.statistieken.referentie(ref.sleutel),
  van: (m) => m.filter.van,
  tot: (m) => m.filter.tot,
  postcodes: (m) => m.filter.postcodes,
  drempel: (_, __, ctx) => ctx.statistieken.drempel,
  aantalDossiers: async (m, _, ctx) => (await ctx.statistieken.dossiers(m)).aantal,
  dossiersPerFase: async (m, _, ctx) => (await ctx.statistieken.dossiers(m)).perFase,
  dossiersPerStatus: async (m, _, ctx) => (await ctx.statistieken.dossiers(m)).perStatus,
  dossiersPerKanaal: async (m, _, ctx) => (await ctx.statistieken.dossiers(m)).perKanaal,
  dossiersPerMaand: async (m, _, ctx) => (await ctx.statistieken.dossiers(m)).perMaand,
  faseInstroomPerMaand: (m, _, ctx) => ctx.statistieken.faseInstroom(m),
  doorlooptijden: (m, _, ctx) => ctx.statistieken.doorlooptijden(m),
  openVragen: (m, _, ctx) => ctx.statistieken.openVragen(m),
  uitgevoerdeMaatregelen: (m, _, ctx) => ctx.statistieken.uitgevoerdeMaatregelen(m),
  aantalBegeleideWoningen: (m, _, ctx) => ctx.statistieken.aantalBegeleideWoningen(m),
  begeleideWoningen: (m, _, ctx) => ctx.statistieken.begeleideWoningen(m),
  dossierIds: (m, _, ctx) => ctx.statistieken.dossierIds(m),
};
