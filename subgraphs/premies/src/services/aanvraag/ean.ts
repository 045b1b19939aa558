/**
 * The EAN code of a Belgian electricity connection (a GS1 GSRN): 18 digits starting with 54, the last
 * one a GS1 check digit. It is on every energy invoice; the premie desk needs it to identify the home's
 * connection.
 */

/** Removes spaces, dots and dashes; returns the 18 digits or null when the shape is wrong. */
export function normalizeEan(value: string): string | null {
  const digits = value.replace(/[\s.-]/g, '');
  return /^54\d{16}$/.test(digits) ? digits : null;
}

/** The GS1 check digit of the first 17 digits: weights 3 and 1 from the right. */
export function gs1CheckDigit(digits17: string): number {
  let sum = 0;
  for (let i = 0; i < digits17.length; i++) {
    const fromRight = digits17.length - 1 - i;
    sum += Number(digits17[i]) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether an EAN code of an electricity connection is valid (shape and check digit). */
export function isValidEan(value: string): boolean {
  const digits = normalizeEan(value);
  return digits !== null && gs1CheckDigit(digits.slice(0, 17)) === Number(digits[17]);
}
