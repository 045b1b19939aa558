import type { Teksten } from './domain/product.js';
import type { Resolvers } from './generated/resolvers.js';
import { kiesLijst, kiesTekst, type Taal } from './services/taal.js';

/** A text field with a `taal` argument, resolved with the language fallback. */
const tekst =
  <K extends string>(field: K) =>
  (parent: { [P in K]: Teksten }, args: { taal: Taal }) =>
    kiesTekst(parent[field], args.taal) ?? null;

const tekstblok = { naam: tekst('naam'), beschrijving: tekst('beschrijving') };

export const resolvers: Resolvers = {
  Query: {
    product: (_parent, { id }, ctx) => ctx.producten.product(id),
    productOpNummer: (_parent, { productnummer }, ctx) => ctx.producten.productOpNummer(productnummer),
    producten: (_parent, args, ctx) => ctx.producten.producten(args),
    ipdcReplicatie: (_parent, _args, ctx) => ctx.replicatie.toestand(ctx.identity),
  },
  Product: {
    __resolveReference: (reference, ctx) => ctx.producten.product(reference.id),
    // A product that is not archived always has a name (the feed schema requires one).
    naam: (product, { taal }) => kiesTekst(product.naam, taal) ?? product.uri,
    beschrijving: tekst('beschrijving'),
    verdereBeschrijving: tekst('verdereBeschrijving'),
    uitzonderingen: tekst('uitzonderingen'),
    zoektermen: (product, { taal }) => kiesLijst(product.zoektermen, taal),
  },
  Website: {
    naam: (website, { taal }) => kiesTekst(website.naam, taal) ?? website.url,
    beschrijving: tekst('beschrijving'),
  },
  Voorwaarde: tekstblok,
  Bewijs: tekstblok,
  Procedure: tekstblok,
  Kost: tekstblok,
  FinancieelVoordeel: tekstblok,
  Regelgeving: tekstblok,
};
