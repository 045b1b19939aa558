/**
 * Validators of Belgian identifiers: the national register number (INSZ, incl. BIS numbers), the
 * enterprise number (KBO) and the Belgian IBAN. Each normalises first (spaces, dots, dashes and
 * slashes are ignored) and checks the check digits.
 */

const digitsOnly = (value: string) => value.replace(/[\s./-]/g, '');

/** Removes separators from an INSZ; returns the 11 digits or null when the shape is wrong. */
export function normalizeInsz(value: string): string | null {
  const digits = digitsOnly(value);
  return /^\d{11}$/.test(digits) ? digits : null;
}

/**
 * Whether an INSZ (rijksregisternummer or BIS number) is valid: 11 digits YYMMDDSSSCC with
 * CC = 97 - (YYMMDDSSS mod 97), or for births from 2000 on 97 - ((2000000000 + YYMMDDSSS) mod 97).
 * BIS numbers add 20 or 40 to the month. The date part must be a plausible date (month 0 and day 0
 * occur for people whose birth date is partly unknown).
 */
export function isValidInsz(value: string): boolean {
  const digits = normalizeInsz(value);
  if (!digits) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const before2000 = 97 - (base % 97) === check;
  const from2000 = 97 - ((2_000_000_000 + base) % 97) === check;
  if (!before2000 && !from2000) return false;
  let month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month >= 40) month -= 40;
  else if (month >= 20) month -= 20;
  return month <= 12 && day <= 31;
}

/** The birth year encoded in a valid INSZ (which century follows from the check digits). */
export function inszBirthYear(value: string): number | null {
  const digits = normalizeInsz(value);
  if (!digits || !isValidInsz(digits)) return null;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const yy = Number(digits.slice(0, 2));
  return 97 - ((2_000_000_000 + base) % 97) === check ? 2000 + yy : 1900 + yy;
}

/** Removes separators from a KBO number; a 9-digit old number gets its leading 0. */
export function normalizeKbo(value: string): string | null {
  let digits = digitsOnly(value).replace(/^BE/i, '');
  if (/^\d{9}$/.test(digits)) digits = `0${digits}`;
  return /^[01]\d{9}$/.test(digits) ? digits : null;
}

/** Whether an enterprise number is valid: 10 digits starting with 0 or 1, 97 - (first 8 mod 97) = last 2. */
export function isValidKbo(value: string): boolean {
  const digits = normalizeKbo(value);
  if (!digits) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** Removes spaces from an IBAN and upper-cases it. */
export function normalizeIban(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** ISO 13616 mod-97 check of any IBAN (computed piecewise to stay within safe integers). */
function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of value) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

/**
 * Whether a Belgian IBAN is valid: BE + 2 check digits + 12 digits, the Belgian account check
 * (first 10 mod 97, 97 when 0, equals the last 2) and the ISO 13616 mod-97 check.
 */
export function isValidBelgianIban(value: string): boolean {
  const iban = normalizeIban(value);
  if (!/^BE\d{14}$/.test(iban)) return false;
  const account = iban.slice(4);
  const national = Number(account.slice(0, 10)) % 97 || 97;
  if (national !== Number(account.slice(10))) return false;
  return ibanMod97(iban) === 1;
}
