import { describe, expect, it } from 'vitest';
import { datumInBelgie, isIsoDatum } from '../src/services/datum.js';
import { formatEuro, formatGetal, roundHalfUp, sumEuro } from '../src/services/geld.js';

describe('money', () => {
  it('rounds half up to cents, despite binary floating point', () => {
    expect([roundHalfUp(1.005), roundHalfUp(1573.425), roundHalfUp(500.005), roundHalfUp(350.0035), roundHalfUp(2.675), roundHalfUp(0)]).toEqual([
      1.01, 1573.43, 500.01, 350, 2.68, 0,
    ]);
  });

  it('sums in cents', () => {
    expect(sumEuro([0.1, 0.2, 1573.25])).toBe(1573.55);
  });

  it('writes euros the Belgian way', () => {
    expect([formatEuro(2730), formatEuro(1573.25), formatEuro(22.5), formatEuro(1234567.8), formatEuro(0.05)]).toEqual([
      '€ 2.730',
      '€ 1.573,25',
      '€ 22,50',
      '€ 1.234.567,80',
      '€ 0,05',
    ]);
    expect([formatGetal(65), formatGetal(65.5), formatGetal(4.5), formatGetal(1250.125)]).toEqual(['65', '65,5', '4,5', '1.250,13']);
  });
});

describe('dates', () => {
  it('takes the calendar date in Belgium, in summer and in winter time', () => {
    expect(datumInBelgie(new Date('2025-09-10T21:59:59Z'))).toBe('2025-09-10');
    expect(datumInBelgie(new Date('2025-09-10T22:00:00Z'))).toBe('2025-09-11');
    expect(datumInBelgie(new Date('2026-02-28T22:59:59Z'))).toBe('2026-02-28');
    expect(datumInBelgie(new Date('2026-02-28T23:00:00Z'))).toBe('2026-03-01');
  });

  it('accepts only real calendar dates in ISO-8601', () => {
    expect(['2026-03-01', '2024-02-29', '2025-02-29', '2026-13-01', '2026-3-1', '01-03-2026', '2026-03-01T00:00'].map(isIsoDatum)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
