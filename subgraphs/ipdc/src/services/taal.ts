import type { Teksten } from '../domain/product.js';

/** The schema's `Taal`. */
export type Taal = 'NL' | 'NL_FORMEEL' | 'NL_INFORMEEL' | 'EN';

const NL = 'nl';
const FORMAL = 'nl-be-x-formal';
const INFORMAL = 'nl-be-x-informal';
const GENERATED_INFORMAL = 'nl-be-x-generated-informal';
const EN = 'en';

/**
 * The IPDC language tags to try, in order, per requested variant (documented on the schema's `Taal`).
 * NL_INFORMEEL prefers the informal variants; EN falls back to Dutch.
 */
export const FALLBACK: Readonly<Record<Taal, readonly string[]>> = {
  NL: [NL, FORMAL, INFORMAL, GENERATED_INFORMAL, EN],
  NL_FORMEEL: [FORMAL, NL, INFORMAL, GENERATED_INFORMAL, EN],
  NL_INFORMEEL: [INFORMAL, GENERATED_INFORMAL, NL, FORMAL, EN],
  EN: [EN, NL, FORMAL, INFORMAL, GENERATED_INFORMAL],
};

/**
 * The text in the requested variant, else the first variant of its fallback order that exists, else
 * any other language present (e.g. only `fr`), else undefined. Tags are matched case-insensitively.
 */
export function kiesTekst(teksten: Teksten, taal: Taal = 'NL'): string | undefined {
  for (const tag of FALLBACK[taal]) {
    const text = teksten[tag];
    if (text !== undefined) return text;
  }
  return Object.values(teksten)[0];
}

/** The keywords in the requested variant, with the same fallback as texts. */
export function kiesLijst(lijsten: Readonly<Record<string, readonly string[]>>, taal: Taal = 'NL'): string[] {
  for (const tag of FALLBACK[taal]) {
    const list = lijsten[tag];
    if (list !== undefined) return [...list];
  }
  return [...(Object.values(lijsten)[0] ?? [])];
}
