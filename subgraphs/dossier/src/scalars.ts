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

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDatum(value: unknown): string {
  const m = typeof value === 'string' ? ISO_DAY.exec(value) : null;
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput('Geen geldige datum: verwacht een kalenderdag in ISO-8601, bv. 2026-03-01.');
  }
  return value as string;
}

/** Datum: a calendar day 'YYYY-MM-DD' (no time, no time zone); an impossible day (2026-02-30) is refused. */
export const DatumScalar = new GraphQLScalarType<string, string>({
  name: 'Datum',
  serialize(value) {
    if (typeof value !== 'string' || !ISO_DAY.test(value)) throw new TypeError(`Datum cannot represent ${String(value)}`);
    return value;
  },
  parseValue: parseDatum,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('Een datum is een string in ISO-8601, bv. 2026-03-01.');
    return parseDatum(ast.value);
  },
});
