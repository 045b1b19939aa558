import type { VraagResolvers } from '../generated/resolvers.js';

export const Vraag: VraagResolvers = {
  __resolveReference: (ref, ctx) => ctx.vragen.get(ref.id),
  burger: (vraag, _, ctx) => ctx.vragen.burgerOf(vraag),
  woning: (vraag, _, ctx) => (vraag.adresId === null ? null : ctx.woningen.reference(vraag.adresId)),
  dossier: (vraag, _, ctx) => ctx.vragen.dossierOf(vraag),
};
