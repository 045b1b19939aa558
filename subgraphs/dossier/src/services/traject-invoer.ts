import { badUserInput, isValidKbo, normalizeKbo } from '@hub/shared';
import { BTW_TARIEVEN } from '../domain.js';

/*
 * Checks of the journey's mutation input (amounts, areas, KBO numbers, VAT, calendar days), in the
 * style of invoer.ts: BAD_USER_INPUT with a Dutch message and `extensions.field`, before anything is written.
 */

const refuse = (field: string, message: string) => badUserInput(message, { field });

const MAX_BEDRAG = 9_999_999_999.99;

/** An amount in euro: at least 0, at most 2 decimals; as the NUMERIC string the database stores. */
export function bedrag(value: number, field: string): string {
  if (!Number.isFinite(value) || value < 0 || value > MAX_BEDRAG || !tweeDecimalen(value)) {
    throw refuse(field, `'${field}' moet een bedrag in euro zijn: 0 of meer, met hoogstens 2 decimalen.`);
  }
  return value.toFixed(2);
}

/** An area in m²: more than 0, at most 2 decimals. */
export function oppervlakte(value: number, field: string): string {
  if (!Number.isFinite(value) || value <= 0 || value > 99_999_999.99 || !tweeDecimalen(value)) {
    throw refuse(field, `'${field}' moet een oppervlakte in m² zijn: meer dan 0, met hoogstens 2 decimalen.`);
  }
  return value.toFixed(2);
}

const tweeDecimalen = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/** A KBO enterprise number (separators and a BE prefix allowed), normalised to its 10 digits. */
export function kbo(value: string, field: string): string {
  const digits = normalizeKbo(value);
  if (digits === null || !isValidKbo(digits)) {
    throw refuse(field, `'${field}' is geen geldig ondernemingsnummer (KBO): 10 cijfers met een geldig controlegetal, bv. 0123.456.749.`);
  }
  return digits;
}

/** A Belgian VAT rate in percent. */
export function btwTarief(value: number, field: string): string {
  if (!(BTW_TARIEVEN as readonly number[]).includes(value)) {
    throw refuse(field, `'${field}' moet een Belgisch btw-tarief zijn: ${BTW_TARIEVEN.join(', ')} (procent).`);
  }
  return value.toFixed(2);
}

/** The calendar day in Belgium of a moment, as 'YYYY-MM-DD'. */
export function dagInBelgie(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** A calendar day that cannot lie after today (Belgian time). */
export function nietNaVandaag(dag: string, now: Date, field: string): string {
  if (dag > dagInBelgie(now)) throw refuse(field, `'${field}' ligt in de toekomst.`);
  return dag;
}

/** An amount in euro, rounded to cents, from a product (e.g. VAT = amount × rate / 100). */
export const naarCent = (euro: number): number => Math.round(euro * 100) / 100;
