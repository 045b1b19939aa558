/**
 * The value sets of the CRM. The migration's check constraints, the row types and the GraphQL enums
 * of schema.graphql use exactly these values (a test keeps the schema and this file in step).
 */

export const KANALEN = ['CONTACTFORMULIER', 'EMAIL', 'TELEFOON', 'FYSIEK_LOKET', 'DIGITAAL_LOKET'] as const;
export type Kanaal = (typeof KANALEN)[number];

export const VRAAG_STATUSSEN = ['NIEUW', 'IN_BEHANDELING', 'DOSSIER_GEOPEND', 'AFGEHANDELD'] as const;
export type VraagStatus = (typeof VRAAG_STATUSSEN)[number];

export const DOSSIER_FASEN = ['CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN'] as const;
export type DossierFase = (typeof DOSSIER_FASEN)[number];

export const DOSSIER_STATUSSEN = ['LOPEND', 'AFGESLOTEN', 'STOPGEZET'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSSEN)[number];

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

export const MAATREGEL_STATUSSEN = ['GEPLAND', 'OFFERTE', 'BESTELD', 'UITGEVOERD'] as const;
export type MaatregelStatus = (typeof MAATREGEL_STATUSSEN)[number];

/** The format of the readable dossier reference: REN-<year opened>-<6+ digit sequence number>. */
export const REFERENTIE_PATTERN = /^REN-\d{4}-\d{6,}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value has the shape of the ids this subgraph makes (UUIDs); anything else cannot exist. */
export const isUuid = (value: string): boolean => UUID.test(value);
