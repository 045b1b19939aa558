/*
 * The settings of Mijn Burgerprofiel's running cases and of the analysts' statistics, with their
 * defaults (also those of the environment variables of src/config.ts).
 */

/** Mijn Burgerprofiel's running cases (`Query.lopendeZaken`). */
export interface ZakenOpties {
  /** Where a citizen opens a dossier: the link of a case is this + the dossier id (DOSSIER_DEEPLINK_BASE). */
  deeplinkBase: string;
  /** How many days an ended dossier stays among the running cases (LOPENDE_ZAKEN_NA_AFSLUITING_DAGEN). */
  naAfsluitingDagen: number;
}

/** The statistics (`Query.statistieken`). */
export interface StatistiekOpties {
  /**
   * k-anonymity: a group of 1 to minGroep - 1 dossiers, questions, stays or measures is shown as null
   * with `onderdrukt: true` (STATISTIEK_MIN_GROEP).
   */
  minGroep: number;
  /**
   * The most homes (`begeleideWoningen`) or dossiers (`dossierIds`) handed to another subgraph that adds
   * figures per home or dossier; a larger selection answers QUERY_TOO_COSTLY (STATISTIEK_ID_LIMIET).
   */
  idLimiet: number;
}

export const ZAKEN_DEFAULTS: ZakenOpties = { deeplinkBase: 'https://www.leuven.be/energieloket/mijn-dossier/', naAfsluitingDagen: 30 };

export const STATISTIEK_DEFAULTS: StatistiekOpties = { minGroep: 5, idLimiet: 5000 };
