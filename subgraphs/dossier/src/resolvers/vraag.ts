import type { VraagResolvers } from '../generated/resolvers.js';
import { medewerker } from '../lifecycle-mappers.js';

export const Vraag: VraagResolvers = {
  __resolveReference: (ref, ctx) => ctx.vragen.get(ref.id),
  burger: (vraag, _, ctx) => ctx.vragen.burgerOf(vraag),
  woning: (vraag, _, ctx) => (vraag.adresId === null ? null : ctx.woningen.reference(vraag.adresId)),
  dossier: (vraag, _, ctx) => ctx.vragen.dossierOf(vraag),
  adres: (vraag) => vraag.adresTekst,
  geregistreerdDoor: (vraag) => medewerker(vraag.geregistreerdDoor),
  toegewezenAan: (vraag) => medewerker(vraag.toegewezenAan),
};
