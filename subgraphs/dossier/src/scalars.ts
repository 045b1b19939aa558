import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '@hub/shared';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_ZONE.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(`Geen geldig tijdstip: verwacht ISO-8601 met tijdzone, bv. 2026-03-01T09:30:00.000Z.`);
  }
  return new Date(value);
}

/** DateTime: written as ISO-8601 in UTC with milliseconds; read from ISO-8601 with a time zone. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('Een tijdstip is een string in ISO-8601, bv. 2026-03-01T09:30:00.000Z.');
    return parseDateTime(ast.value);
  },
});
