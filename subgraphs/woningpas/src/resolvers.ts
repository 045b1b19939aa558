import type { Resolvers } from './generated/resolvers.js';

export const resolvers: Resolvers = {
  Query: {
    woning: (_parent, { adresId }, ctx) => ctx.woningen.woning(adresId),
    adresZoeken: (_parent, args, ctx) => ctx.woningen.zoekAdres(args),
  },
  Woning: {
    __resolveReference: (reference) => ({ adresId: reference.adresId, heeftToegang: reference.heeftToegang ?? null }),
    adres: (woning, _args, ctx) => ctx.woningen.adres(woning),
    epc: (woning, _args, ctx) => ctx.woningen.epc(woning),
    epcStatus: (woning, _args, ctx) => ctx.woningen.epcStatus(woning),
    gebouweenheid: (woning, _args, ctx) => ctx.woningen.gebouweenheid(woning),
    eerderePremiewerken: (woning, _args, ctx) => ctx.woningen.eerderePremiewerken(woning),
    erfgoed: (woning, _args, ctx) => ctx.woningen.erfgoed(woning),
    vergunningen: (woning, _args, ctx) => ctx.woningen.vergunningen(woning),
  },
  Statistieken: {
    // The gateway passes the key with `drempel` and `begeleideWoningen` (@requires); the service checks them.
    __resolveReference: (reference) => reference,
    epcLabels: (statistieken, _args, ctx) => ctx.statistieken.epcLabels(statistieken),
  },
  AdresKandidaat: {
    woning: (kandidaat) => ({ adresId: kandidaat.adresId }),
  },
};
