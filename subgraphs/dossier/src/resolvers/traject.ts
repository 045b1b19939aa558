import type {
  ActorResolvers,
  AfsprakennotaResolvers,
  BeslissingResolvers,
  ContactmomentResolvers,
  DocumentResolvers,
  DossierResolvers,
  FactuurResolvers,
  MaatregelResolvers,
  MijlpaalResolvers,
  OfferteResolvers,
  TrajectstapResolvers,
} from '../generated/resolvers.js';
import type { Context } from '../context.js';
import type { MijlpaalModel } from '../journey-mappers.js';
import { OfferteService } from '../services/offerte.service.js';

/*
 * Thin resolvers of the journey's records: milestones, documents, measures' quotes and invoices, and
 * the dossier fields that list them. Every field asks a service of the request's context.
 */

export const DossierTraject: DossierResolvers = {
  mijlpalen: (dossier, { soort }, ctx) => ctx.mijlpalen.ofDossier(dossier, soort),
  contacthistoriek: (dossier, _, ctx) => ctx.mijlpalen.contacthistoriek(dossier),
  architectNodig: async (dossier, _, ctx) => (await ctx.mijlpalen.vlaggen(dossier)).architectNodig,
  omgevingsvergunningNodig: async (dossier, _, ctx) => (await ctx.mijlpalen.vlaggen(dossier)).omgevingsvergunningNodig,
  innameOpenbaarDomeinNodig: async (dossier, _, ctx) => (await ctx.mijlpalen.vlaggen(dossier)).innameOpenbaarDomeinNodig,
  documenten: (dossier, { soort }, ctx) => ctx.documenten.ofDossier(dossier, soort),
  volgendeActie: (dossier) => dossier.volgendeActie,
  achterstallig: (dossier, _, ctx) => ctx.opvolging.achterstallig(dossier),
};

export const MaatregelTraject: MaatregelResolvers = {
  offertes: (maatregel, _, ctx) => ctx.offertes.ofMaatregel(maatregel),
  facturen: (maatregel, _, ctx) => ctx.facturen.ofMaatregel(maatregel),
};

export const Mijlpaal: MijlpaalResolvers = {
  __resolveType: (mijlpaal) => mijlpaal.type,
};

const mijlpaalVelden = {
  document: (mijlpaal: MijlpaalModel, _: unknown, ctx: Context) => ctx.documenten.ofMijlpaal(mijlpaal),
};

export const Contactmoment: ContactmomentResolvers = { ...mijlpaalVelden };
export const Afsprakennota: AfsprakennotaResolvers = { ...mijlpaalVelden };
export const Beslissing: BeslissingResolvers = { ...mijlpaalVelden };
export const Trajectstap: TrajectstapResolvers = { ...mijlpaalVelden };

export const Actor: ActorResolvers = {};

export const Document: DocumentResolvers = {
  __resolveReference: (ref, ctx) => ctx.documenten.get(ref.id),
  inhoudUrl: (document) => `/documenten/${document.id}/inhoud`,
  maatregel: (document, _, ctx) => (document.maatregelId === null ? null : ctx.maatregelen.get(document.maatregelId)),
  offerte: (document, _, ctx) => (document.offerteId === null ? null : ctx.offertes.get(document.offerteId)),
  factuur: (document, _, ctx) => (document.factuurId === null ? null : ctx.facturen.get(document.factuurId)),
};

export const Offerte: OfferteResolvers = {
  __resolveReference: (ref, ctx) => ctx.offertes.get(ref.id),
  btwBedrag: (offerte) => OfferteService.btwBedrag(offerte),
  bedragInclBtw: (offerte) => {
    const btw = OfferteService.btwBedrag(offerte);
    return btw === null || offerte.bedragExclBtw === null ? null : Math.round((offerte.bedragExclBtw + btw) * 100) / 100;
  },
  verlopen: (offerte, _, ctx) => ctx.offertes.verlopen(offerte),
  maatregel: (offerte, _, ctx) => ctx.maatregelen.get(offerte.maatregelId),
  documenten: (offerte, _, ctx) => ctx.documenten.ofOfferte(offerte),
};

export const Factuur: FactuurResolvers = {
  __resolveReference: (ref, ctx) => ctx.facturen.get(ref.id),
  bedragInclBtw: (factuur) => Math.round((factuur.bedragExclBtw + factuur.btwBedrag) * 100) / 100,
  maatregel: (factuur, _, ctx) => ctx.maatregelen.get(factuur.maatregelId),
  documenten: (factuur, _, ctx) => ctx.documenten.ofFactuur(factuur),
};
