import type { BurgerResolvers } from '../generated/resolvers.js';

export const Burger: BurgerResolvers = {
  __resolveReference: (ref, ctx) => ctx.burgers.get(ref.id),
  insz: (burger, _, ctx) => ctx.burgers.insz(burger),
  dossiers: (burger, _, ctx) => ctx.dossiers.ofBurger(burger.id),
  vragen: (burger, _, ctx) => ctx.vragen.ofBurger(burger.id),
};
