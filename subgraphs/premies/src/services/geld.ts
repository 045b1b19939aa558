/**
 * Money in euros: rounding half up to cents, and Dutch (Belgian) notation for the explanations.
 * Amounts are at most a few million euros, so 12 significant digits leave sub-cent precision while
 * absorbing binary floating-point noise (1.005 * 100 = 100.49999999999999 -> 100.5 -> 101).
 */
export function roundHalfUp(euro: number): number {
  const cents = Math.round(Number((Math.abs(euro) * 100).toPrecision(12)));
  return (Math.sign(euro) * cents) / 100 || 0;
}

/** Sums euro amounts exactly, in cents. */
export function sumEuro(amounts: number[]): number {
  return amounts.reduce((cents, a) => cents + Math.round(a * 100), 0) / 100;
}

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "€ 2.730" for whole euros, "€ 1.573,25" otherwise. */
export function formatEuro(euro: number): string {
  const rounded = roundHalfUp(euro);
  const cents = Math.round(Math.abs(rounded) * 100);
  const whole = groupThousands(String(Math.floor(cents / 100)));
  const rest = cents % 100;
  return `€ ${rounded < 0 ? '-' : ''}${whole}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}`;
}

/** A rate per unit always shows cents when it has them: "€ 22,50", "€ 16". */
export const formatTarief = formatEuro;

/** A plain number with at most 2 decimals and a decimal comma: "65", "65,5", "4,5". */
export function formatGetal(value: number): string {
  const rounded = roundHalfUp(value);
  const [whole, decimals] = Math.abs(rounded).toFixed(2).split('.') as [string, string];
  const trimmed = decimals.replace(/0+$/, '');
  return `${rounded < 0 ? '-' : ''}${groupThousands(whole)}${trimmed ? `,${trimmed}` : ''}`;
}

export const formatM2 = (m2: number) => `${formatGetal(m2)} m²`;
export const formatProcent = (p: number) => `${formatGetal(p)} %`;
