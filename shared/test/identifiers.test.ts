import { describe, expect, it } from 'vitest';
import { inszBirthYear, isValidBelgianIban, isValidInsz, isValidKbo, normalizeInsz, normalizeKbo } from '@hub/shared';

describe('INSZ', () => {
  it('accepts a valid number born before 2000, with or without separators', () => {
    expect(isValidInsz('85031412302')).toBe(true);
    expect(isValidInsz('85.03.14-123.02')).toBe(true);
    expect(inszBirthYear('85031412302')).toBe(1985);
  });

  it('accepts a valid number born from 2000 on (check digits over 2 + YYMMDDSSS)', () => {
    expect(isValidInsz('01072245650')).toBe(true);
    expect(inszBirthYear('01072245650')).toBe(2001);
    // The same digits with the pre-2000 check digits are a different (valid) person born in 1901.
    expect(inszBirthYear('01072245621')).toBe(1901);
  });

  it('accepts BIS numbers (month + 20 or + 40)', () => {
    // 85-23-14 (BIS, month 03 + 20), sequence 123: 97 - (852314123 mod 97) = 45
    expect(isValidInsz('85231412345')).toBe(true);
  });

  it('refuses wrong check digits, wrong lengths, letters and impossible dates', () => {
    expect(isValidInsz('85031412303')).toBe(false);
    expect(isValidInsz('8503141230')).toBe(false);
    expect(isValidInsz('850314123021')).toBe(false);
    expect(isValidInsz('8503141230A')).toBe(false);
    expect(isValidInsz('')).toBe(false);
    // month 13, with correct check digits
    expect(isValidInsz('85131412372')).toBe(false);
    expect(normalizeInsz('85 03 14 123 02')).toBe('85031412302');
  });
});

describe('KBO', () => {
  it('accepts valid enterprise numbers in their usual notations', () => {
    expect(isValidKbo('0207530510')).toBe(true);
    expect(isValidKbo('BE 0207.530.510')).toBe(true);
    expect(isValidKbo('207530510')).toBe(true);
    expect(normalizeKbo('0437.012.318')).toBe('0437012318');
  });

  it('refuses wrong check digits, wrong first digit and wrong length', () => {
    expect(isValidKbo('0207530511')).toBe(false);
    expect(isValidKbo('8765432120')).toBe(false);
    expect(isValidKbo('02075305')).toBe(false);
  });
});

describe('Belgian IBAN', () => {
  it('accepts a valid IBAN with or without spaces', () => {
    expect(isValidBelgianIban('BE68539007547034')).toBe(true);
    expect(isValidBelgianIban('be68 5390 0754 7034')).toBe(true);
  });

  it('refuses a wrong national check, a wrong ISO check, other countries and wrong lengths', () => {
    expect(isValidBelgianIban('BE68539007547035')).toBe(false);
    expect(isValidBelgianIban('BE69539007547034')).toBe(false);
    expect(isValidBelgianIban('NL91ABNA0417164300')).toBe(false);
    expect(isValidBelgianIban('BE6853900754703')).toBe(false);
  });
});
