/**
 * The work categories of a renovation (Mijn VerbouwPremie's categories): the `Werkcategorie` enum that the
 * dossier subgraph (planned measures) and the premies subgraph (rules, advice, figures) share in the
 * supergraph. One list, so that the two cannot drift apart; each subgraph's tests keep its enum in step.
 */
export const WERKCATEGORIEEN = [
  'DAK',
  'BUITENMUUR',
  'VLOER',
  'RAMEN_EN_DEUREN',
  'WARMTEPOMP',
  'WARMTEPOMPBOILER',
  'ZONNEBOILER',
  'VENTILATIE',
  'ELEKTRICITEIT_EN_SANITAIR',
  'BINNENRENOVATIE',
  'ASBESTVERWIJDERING',
] as const;
export type Werkcategorie = (typeof WERKCATEGORIEEN)[number];
