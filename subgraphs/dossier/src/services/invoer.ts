import { badUserInput, isValidInsz, normalizeInsz } from '@hub/shared';
import { isOneOf } from '../domain.js';

/*
 * Checks of mutation input. Each refuses with BAD_USER_INPUT, a Dutch message a frontend can show, and
 * `extensions.field` naming the input field (e.g. `input.burger.insz`), before anything is written.
 */

const refuse = (field: string, message: string) => badUserInput(message, { field });

/** A required text: trimmed, not empty, at most `max` characters. */
export function tekst(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed === '') throw refuse(field, `'${field}' mag niet leeg zijn.`);
  if (trimmed.length > max) throw refuse(field, `'${field}' is te lang: hoogstens ${max} tekens.`);
  return trimmed;
}

/** An optional text: null when absent or blank, else as `tekst`. */
export function optioneleTekst(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return tekst(value, field, max);
}

/** A national register number, normalised to 11 digits; its check digits and date must be valid. */
export function insz(value: string, field: string): string {
  const digits = normalizeInsz(value);
  if (digits === null || !isValidInsz(digits)) {
    throw refuse(field, `'${field}' is geen geldig rijksregisternummer (INSZ): 11 cijfers met een geldig controlegetal.`);
  }
  return digits;
}

export function postcode(value: string, field: string): string {
  const trimmed = value.trim();
  if (!/^[1-9][0-9]{3}$/.test(trimmed)) throw refuse(field, `'${field}' is geen Belgische postcode (4 cijfers).`);
  return trimmed;
}

/** The objectId of an address in the address register: digits only. */
export function adresId(value: string, field: string): string {
  const trimmed = value.trim();
  if (!/^[0-9]{1,32}$/.test(trimmed)) throw refuse(field, `'${field}' is geen adresId van het adressenregister (enkel cijfers).`);
  return trimmed;
}

export function email(value: string | null | undefined, field: string): string | null {
  const trimmed = optioneleTekst(value, field, 254);
  if (trimmed !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) throw refuse(field, `'${field}' is geen geldig e-mailadres.`);
  return trimmed;
}

export function telefoon(value: string | null | undefined, field: string): string | null {
  const trimmed = optioneleTekst(value, field, 30);
  if (trimmed !== null && !/^\+?[0-9][0-9 ()./-]{5,28}$/.test(trimmed)) throw refuse(field, `'${field}' is geen geldig telefoonnummer.`);
  return trimmed;
}

/** The user id (`sub`) of a staff member at the city's identity service. */
export function medewerker(value: string, field: string): string {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/.test(trimmed)) {
    throw refuse(field, `'${field}' is geen gebruikers-id van de identiteitsdienst van de stad (bv. stad-sofie.claes).`);
  }
  return trimmed;
}

/** A value of a value set that should have come through a GraphQL enum; checked again here. */
export function keuze<T extends string>(values: readonly T[], value: unknown, field: string): T {
  if (!isOneOf(values, value)) throw refuse(field, `Onbekende waarde '${String(value)}' voor '${field}': kies uit ${values.join(', ')}.`);
  return value;
}

/** A moment that cannot lie in the future (a little clock skew of the client is allowed). */
export function nietInDeToekomst(value: Date, now: Date, field: string): Date {
  if (value.getTime() > now.getTime() + 5 * 60_000) throw refuse(field, `'${field}' ligt in de toekomst.`);
  return value;
}

/** A non-empty list without doubles. */
export function lijst<T>(values: readonly T[], field: string): T[] {
  if (values.length === 0) throw refuse(field, `'${field}' mag niet leeg zijn.`);
  return [...new Set(values)];
}

/** Exactly one of the named fields must be given; returns which. */
export function preciesEen<K extends string>(input: Partial<Record<K, unknown>>, velden: readonly K[], prefix = 'input'): K {
  const gegeven = velden.filter((v) => input[v] !== null && input[v] !== undefined);
  if (gegeven.length !== 1) {
    throw refuse(prefix, `Geef precies één van ${velden.map((v) => `'${prefix}.${v}'`).join(', ')}.`);
  }
  return gegeven[0]!;
}
