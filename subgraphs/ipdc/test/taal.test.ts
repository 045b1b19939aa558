import { describe, expect, it } from 'vitest';
import { kiesLijst, kiesTekst, type Taal } from '../src/services/taal.js';

// The language fallback documented on the schema's `Taal`.

const ALL = {
  nl: 'neutraal',
  'nl-be-x-formal': 'formeel',
  'nl-be-x-informal': 'informeel',
  'nl-be-x-generated-informal': 'gegenereerd informeel',
  en: 'english',
};

/** What each Taal gives while the variants disappear one by one, in the order of the fallback. */
function fallbackChain(taal: Taal): Array<string | undefined> {
  const remaining: Record<string, string> = { ...ALL };
  const chain: Array<string | undefined> = [];
  for (;;) {
    const chosen = kiesTekst(remaining, taal);
    chain.push(chosen);
    if (chosen === undefined) return chain;
    const tag = Object.keys(remaining).find((k) => remaining[k] === chosen)!;
    delete remaining[tag];
  }
}

describe('kiesTekst', () => {
  it('follows the documented order per Taal', () => {
    expect(fallbackChain('NL')).toEqual(['neutraal', 'formeel', 'informeel', 'gegenereerd informeel', 'english', undefined]);
    expect(fallbackChain('NL_FORMEEL')).toEqual(['formeel', 'neutraal', 'informeel', 'gegenereerd informeel', 'english', undefined]);
    expect(fallbackChain('NL_INFORMEEL')).toEqual(['informeel', 'gegenereerd informeel', 'neutraal', 'formeel', 'english', undefined]);
    expect(fallbackChain('EN')).toEqual(['english', 'neutraal', 'formeel', 'informeel', 'gegenereerd informeel', undefined]);
  });

  it('falls back to any other language as a last resort', () => {
    expect(kiesTekst({ fr: 'français', de: 'deutsch' }, 'NL')).toBe('français');
    expect(kiesTekst({}, 'NL')).toBeUndefined();
  });

  it('uses NL when no Taal is given', () => {
    expect(kiesTekst(ALL)).toBe('neutraal');
  });
});

describe('kiesLijst', () => {
  it('picks the keyword list with the same fallback', () => {
    const lijsten = { 'nl-be-x-informal': ['renovatie', 'je woning'], en: ['renovation'] };
    expect(kiesLijst(lijsten, 'NL')).toEqual(['renovatie', 'je woning']);
    expect(kiesLijst(lijsten, 'EN')).toEqual(['renovation']);
    expect(kiesLijst({}, 'NL')).toEqual([]);
  });
});
