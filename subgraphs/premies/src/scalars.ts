import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '@hub/shared';
import { isIsoDatum } from './services/datum.js';

const parse = (value: unknown): string => {
  if (typeof value !== 'string' || !isIsoDatum(value)) {
    throw badUserInput(`Ongeldige datum ${JSON.stringify(value)}: verwacht een kalenderdatum JJJJ-MM-DD, bv. 2026-03-01.`);
  }
  return value;
};

/** A calendar date in ISO-8601 (YYYY-MM-DD), kept as a string. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Een kalenderdatum in ISO-8601, bv. 2026-03-01.',
  serialize: (value) => {
    if (typeof value !== 'string' || !isIsoDatum(value)) throw new TypeError(`Date cannot represent ${JSON.stringify(value)}`);
    return value;
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badUserInput('Ongeldige datum: verwacht een tekst JJJJ-MM-DD, bv. "2026-03-01".');
    return parse(ast.value);
  },
});
