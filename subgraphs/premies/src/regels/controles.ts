import type { Voorwaarden } from './schema.js';

/**
 * The checks of a rule's conditions that the advice and the application share: the building age and the
 * deadline after the invoice. Pure functions of the rule set's data; dates are calendar dates YYYY-MM-DD.
 */

/** `iso` plus whole months; the day is clamped to the last day of the target month (2024-02-29 + 12 = 2025-02-28). */
export function plusMaanden(iso: string, maanden: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + maanden;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** "2006-01-01" -> "01-01-2006" */
export const datumLabel = (iso: string) => iso.split('-').reverse().join('-');

/**
 * The last application date for an invoice of `factuurdatum` under these conditions (`termijnNaFactuurMaanden`);
 * null when the rule sets no deadline.
 */
export function uiterlijkeAanvraagdatum(voorwaarden: Voorwaarden | undefined, factuurdatum: string): string | null {
  const maanden = voorwaarden?.termijnNaFactuurMaanden;
  return maanden === undefined ? null : plusMaanden(factuurdatum, maanden);
}

export type OuderdomUitkomst =
  /** The rule asks nothing of the building's age. */
  | { uitkomst: 'GEEN_VOORWAARDE'; voorwaarde: null; boodschap: null }
  | { uitkomst: 'VOLDAAN'; voorwaarde: string; boodschap: null }
  /** The home is too young: no premie. */
  | { uitkomst: 'TE_RECENT'; voorwaarde: string; boodschap: string }
  /** No build year (no valid EPC), or only the exact date would tell. */
  | { uitkomst: 'ONBEKEND'; voorwaarde: string; boodschap: string };

/**
 * Whether a home built in `bouwjaar` (null = unknown) meets the building-age conditions of a rule on the
 * application date: built or connected to the grid before `gebouwdVoor`, and/or at least `minOuderdomJaren`
 * old. Only the year is known, so a home built in the year of the limit is ONBEKEND unless the limit is 1 January.
 * `volgens` names where the build year comes from, for the message (default: the EPC).
 */
export function controleerOuderdom(
  voorwaarden: Voorwaarden | undefined,
  bouwjaar: number | null,
  aanvraagdatum: string,
  volgens = 'volgens het EPC',
): OuderdomUitkomst {
  const eisen: Array<{ voorwaarde: string; uitkomst: (jaar: number) => 'VOLDAAN' | 'TE_RECENT' | 'ONBEKEND' }> = [];
  const gebouwdVoor = voorwaarden?.gebouwdVoor;
  if (gebouwdVoor !== undefined) {
    const grens = Number(gebouwdVoor.slice(0, 4));
    const opNieuwjaar = gebouwdVoor.endsWith('-01-01');
    eisen.push({
      voorwaarde: `gebouwd of aangesloten op het elektriciteitsnet vóór ${datumLabel(gebouwdVoor)}`,
      uitkomst: (jaar) => (jaar < grens ? 'VOLDAAN' : jaar > grens || opNieuwjaar ? 'TE_RECENT' : 'ONBEKEND'),
    });
  }
  const minJaren = voorwaarden?.minOuderdomJaren;
  if (minJaren !== undefined) {
    const aanvraagjaar = Number(aanvraagdatum.slice(0, 4));
    eisen.push({
      voorwaarde: `op de aanvraagdatum minstens ${minJaren} jaar oud`,
      // Built somewhere in `jaar`: on the application date between (aanvraagjaar - jaar - 1) and (aanvraagjaar - jaar) years old.
      uitkomst: (jaar) => (aanvraagjaar - jaar - 1 >= minJaren ? 'VOLDAAN' : aanvraagjaar - jaar < minJaren ? 'TE_RECENT' : 'ONBEKEND'),
    });
  }
  if (eisen.length === 0) return { uitkomst: 'GEEN_VOORWAARDE', voorwaarde: null, boodschap: null };
  const voorwaarde = eisen.map((e) => e.voorwaarde).join(' en ');
  if (bouwjaar === null) {
    return {
      uitkomst: 'ONBEKEND',
      voorwaarde,
      boodschap: `Het bouwjaar van de woning is niet gekend (geen geldig EPC): nodig om na te gaan of de woning ${voorwaarde} is.`,
    };
  }
  const uitkomsten = eisen.map((e) => ({ ...e, is: e.uitkomst(bouwjaar) }));
  const teRecent = uitkomsten.find((u) => u.is === 'TE_RECENT');
  if (teRecent) {
    return {
      uitkomst: 'TE_RECENT',
      voorwaarde,
      boodschap: `De woning is ${volgens} gebouwd in ${bouwjaar}; de premie geldt enkel voor een woning ${teRecent.voorwaarde}.`,
    };
  }
  const onbekend = uitkomsten.find((u) => u.is === 'ONBEKEND');
  if (onbekend) {
    return {
      uitkomst: 'ONBEKEND',
      voorwaarde,
      boodschap: `De woning is ${volgens} gebouwd in ${bouwjaar}: enkel de precieze datum zegt of ze ${onbekend.voorwaarde} is.`,
    };
  }
  return { uitkomst: 'VOLDAAN', voorwaarde, boodschap: null };
}
