/*
 * k-anonymity of the statistics: no figure may single out a few people. One rule for every subgraph that
 * adds figures to `Statistieken` (dossier, woningpas, premies), with the threshold the dossier subgraph hands on.
 *
 * Primary suppression: a group of 1 to k - 1 (dossiers, questions, stays, measures) is shown as null,
 * flagged `onderdrukt`; an empty group shows 0 (it describes nobody). Secondary suppression: where a
 * breakdown comes with a total that is shown, a single suppressed group could be computed back as the
 * total minus the others, so the smallest other non-empty group is suppressed as well.
 */

/** A count as shown: the number, or null with `onderdrukt` when the group is too small. */
export interface Getoond {
  aantal: number | null;
  onderdrukt: boolean;
}

/** Whether a group of `n` is too small to show (and not empty). */
export const teKlein = (n: number, k: number): boolean => n > 0 && n < k;

/** A total (or a group without breakdown): null when it is too small. */
export const totaal = (n: number, k: number): number | null => (teKlein(n, k) ? null : n);

/**
 * The groups of a breakdown, each with its count shown or suppressed. `totaalZichtbaar`: whether the
 * total of the breakdown is shown elsewhere (then secondary suppression applies).
 */
export function onderdrukGroepen<T extends { aantal: number }>(
  groepen: readonly T[],
  k: number,
  totaalZichtbaar: boolean,
): Array<Omit<T, 'aantal'> & Getoond> {
  const onderdrukt = groepen.map((g) => teKlein(g.aantal, k));
  if (totaalZichtbaar && onderdrukt.filter(Boolean).length === 1) {
    let kleinste = -1;
    groepen.forEach((g, i) => {
      if (!onderdrukt[i] && g.aantal > 0 && (kleinste === -1 || g.aantal < groepen[kleinste]!.aantal)) kleinste = i;
    });
    if (kleinste !== -1) onderdrukt[kleinste] = true;
  }
  return groepen.map((g, i) => ({ ...g, aantal: onderdrukt[i] ? null : g.aantal, onderdrukt: onderdrukt[i]! }));
}
