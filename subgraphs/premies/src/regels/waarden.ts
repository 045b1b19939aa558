import { WERKCATEGORIEEN, type Werkcategorie } from '@hub/shared';

/**
 * The value sets of the premie rules. The GraphQL enums of schema.graphql use exactly these values (a test
 * keeps them in step), and a rule set file may only use these: a value the schema cannot express is refused
 * when the file is loaded.
 */

/** The work categories, shared with the other subgraph that uses the `Werkcategorie` enum (see @hub/shared). */
export { WERKCATEGORIEEN, type Werkcategorie };

/** The income categories every work category must cover (categorie 1 = highest incomes). */
export const INKOMENSCATEGORIEEN = ['CATEGORIE_1', 'CATEGORIE_2', 'CATEGORIE_3', 'CATEGORIE_4'] as const;
export type Inkomenscategorie = (typeof INKOMENSCATEGORIEEN)[number];

/**
 * The target groups (doelgroepen) a rule can be for: the income categories of owner-occupants and the other
 * groups the sources name. `Doelgroep` in schema.graphql.
 */
export const DOELGROEPEN = [
  ...INKOMENSCATEGORIEEN,
  'VERHUURDER_WOONMAATSCHAPPIJ',
  'NIET_BEWONENDE_INVESTEERDER',
  'BESCHERMDE_AFNEMER',
  'NIET_GEDOMICILIEERDE_EIGENAAR',
  'VME_GEMEENSCHAPPELIJKE_INSTALLATIE',
  'NIET_RESIDENTIEEL',
] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

/**
 * The ways of execution of a measure that change its premie (`MaatregelUitvoering`, owned by the dossier
 * subgraph: `Maatregel.uitvoering`), per work category.
 */
export const UITVOERINGEN_PER_WERKCATEGORIE = {
  WARMTEPOMP: ['WARMTEPOMP_BODEM_WATER', 'WARMTEPOMP_LUCHT_WATER', 'WARMTEPOMP_HYBRIDE', 'WARMTEPOMP_LUCHT_LUCHT'],
  BUITENMUUR: ['MUUR_SPOUW', 'MUUR_BINNENZIJDE', 'MUUR_BUITENZIJDE'],
} as const satisfies Partial<Record<Werkcategorie, readonly string[]>>;
export const MAATREGEL_UITVOERINGEN = [...UITVOERINGEN_PER_WERKCATEGORIE.WARMTEPOMP, ...UITVOERINGEN_PER_WERKCATEGORIE.BUITENMUUR] as const;
export type MaatregelUitvoering = (typeof MAATREGEL_UITVOERINGEN)[number];

/** The ways of execution a measure of this work category can have (none for most categories). */
export function uitvoeringenVan(categorie: Werkcategorie): readonly MaatregelUitvoering[] {
  return (UITVOERINGEN_PER_WERKCATEGORIE as Partial<Record<Werkcategorie, readonly MaatregelUitvoering[]>>)[categorie] ?? [];
}

/** The kinds of documents of a dossier (`DocumentSoort`, owned by the dossier subgraph). */
export const DOCUMENT_SOORTEN = ['ADVIES', 'RENOVATIEPLAN', 'AFSPRAKENNOTA', 'OFFERTE', 'CONTRACT', 'FACTUUR', 'ATTEST', 'ANDERE'] as const;
export type DocumentSoort = (typeof DOCUMENT_SOORTEN)[number];

/** confirmed: two independent sources agree; single-source: one source; conflict: sources disagree. */
export const BRON_STATUSSEN = ['confirmed', 'single-source', 'conflict'] as const;
export type BronStatus = (typeof BRON_STATUSSEN)[number];

/** The energy labels of an EPC (`EpcLabel`, owned by the woningpas subgraph). */
export const EPC_LABELS = ['A_PLUS', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
export type EpcLabel = (typeof EPC_LABELS)[number];
