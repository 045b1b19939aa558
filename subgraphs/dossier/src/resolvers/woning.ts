import type { WoningResolvers } from '../generated/resolvers.js';

export const Woning: WoningResolvers = {
  __resolveReference: (ref, ctx) => ctx.woningen.reference(ref.adresId),
  dossiers: (woning, _, ctx) => ctx.dossiers.ofWoning(woning.adresId),
  heeftToegang: (woning, _, ctx) => ctx.woningen.heeftToegang(woning),
};
