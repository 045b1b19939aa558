import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '@hub/shared';
import type { Resolvers } from './generated/resolvers.js';
import { actieVoor } from './services/aanvraag/status.js';

/** DateTime: written as ISO-8601 in UTC with milliseconds, like the dossier subgraph's. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Een tijdstip in ISO-8601, in UTC met milliseconden, bv. 2026-05-20T08:30:00.000Z.',
  serialize: (value) => {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw badUserInput(`Ongeldig tijdstip ${JSON.stringify(value)}: verwacht ISO-8601.`);
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : null;
    if (!date || Number.isNaN(date.getTime())) throw badUserInput('Ongeldig tijdstip: verwacht ISO-8601.');
    return date;
  },
});

/** Thin resolvers of the Mijn VerbouwPremie applications: the AanvraagService holds the rules. */
export const aanvraagQueryResolvers: NonNullable<Resolvers['Query']> = {
  premieAanvraag: (_root, args, ctx) => ctx.aanvragen.aanvraag(args.id),
};

export const aanvraagMutationResolvers: NonNullable<Resolvers['Mutation']> = {
  dienPremieAanvraagIn: (_root, args, ctx) => ctx.aanvragen.dienIn(args.input),
};

/** The application fields of Maatregel (merged in resolvers.ts). */
export const maatregelAanvraagResolvers: NonNullable<Resolvers['Maatregel']> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  premieAanvragen: (maatregel, _args, ctx) => ctx.aanvragen.vanMaatregel(maatregel.id),
};

/** The types of the applications (Query, Mutation, Dossier and Maatregel fields are merged in resolvers.ts). */
export const aanvraagTypeResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  PremieAanvraag: {
    __resolveReference: (reference, ctx) => ctx.aanvragen.aanvraag(reference.id),
    dossier: (row) => ({ __typename: 'Dossier', id: row.dossierId }),
    maatregel: (row) => ({ id: row.maatregelId }),
    categorie: (row) => row.inhoud.maatregel.categorie,
    actieNodig: (row) => actieVoor(row.status) !== null,
    actie: (row) => actieVoor(row.status),
    historiek: (row, _args, ctx) => ctx.aanvragen.historiek(row),
    ean: (row, _args, ctx) => ctx.aanvragen.betaalgegeven(row.ean),
    iban: (row, _args, ctx) => ctx.aanvragen.betaalgegeven(row.iban),
  },
};

/** The application fields of Dossier (their @requires fields are in the representation). */
export const dossierAanvraagResolvers: NonNullable<Resolvers['Dossier']> = {
  premieAanvraagVoorstel: (dossier, args, ctx) => ctx.aanvragen.voorstel(dossier, args.maatregelId),
  premieAanvragen: (dossier, _args, ctx) => {
    const begeleider = dossier.renovatiebegeleider as { id?: unknown } | null | undefined;
    return ctx.aanvragen.vanDossier(dossier.id, typeof begeleider?.id === 'string' ? begeleider.id : null);
  },
};
