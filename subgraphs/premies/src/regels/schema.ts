import { z } from 'zod';
import { BRON_STATUSSEN, DOCUMENT_SOORTEN, DOELGROEPEN, INKOMENSCATEGORIEEN, WERKCATEGORIEEN } from './waarden.js';

/**
 * The format of a premie rule set file (regels/*.json): versioned, with regimes that each hold the
 * rules per work category and per target group (doelgroep). Every amount kind is explicit; a figure
 * that is missing or in conflict is data too (`ONBEKEND`, or `status: "conflict"`).
 */

export {
  BRON_STATUSSEN,
  DOCUMENT_SOORTEN,
  DOELGROEPEN,
  EPC_LABELS,
  INKOMENSCATEGORIEEN,
  MAATREGEL_UITVOERINGEN,
  WERKCATEGORIEEN,
  type BronStatus,
  type EpcLabel,
  type DocumentSoort,
  type Doelgroep,
  type Inkomenscategorie,
  type MaatregelUitvoering,
  type Werkcategorie,
} from './waarden.js';

export const REGEL_SOORTEN = [
  'PERCENTAGE_VAN_FACTUUR',
  'PER_M2',
  'PER_M2_PER_METHODE',
  'VAST_BEDRAG',
  'VAST_BEDRAG_PER_TYPE',
  'NIET_IN_AANMERKING',
  'ONBEKEND',
] as const;
export type RegelSoort = (typeof REGEL_SOORTEN)[number];

const CODE = /^[A-Z][A-Z0-9_]*$/;
const requiredOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);

const positive = () =>
  z.number({ error: requiredOr('must be a number') }).positive({ error: 'must be a positive number' });
const percentage = () =>
  z
    .number({ error: requiredOr('must be a number') })
    .positive({ error: 'must be a percentage above 0' })
    .max(100, { error: 'must be a percentage of at most 100' });
const wholeNumber = () =>
  z.number({ error: requiredOr('must be a number') }).int({ error: 'must be a whole number' }).positive({ error: 'must be a positive number' });
const text = () => z.string({ error: requiredOr('must be a string') }).trim().min(1, { error: 'must not be empty' });
const code = () => z.string({ error: requiredOr('must be a string') }).regex(CODE, { error: 'must be an upper-case code such as CATEGORIE_1' });
const isoDate = () => z.iso.date({ error: requiredOr('must be a calendar date YYYY-MM-DD') });
const uuid = () => z.uuid({ error: requiredOr('must be a UUID') });
const status = () => z.enum(BRON_STATUSSEN, { error: `must be one of ${BRON_STATUSSEN.join(', ')}` });
const werkcategorie = () => z.enum(WERKCATEGORIEEN, { error: `must be one of ${WERKCATEGORIEEN.join(', ')}` });
const doelgroep = () => z.enum(DOELGROEPEN, { error: `must be one of ${DOELGROEPEN.join(', ')}` });
const bronRefs = () => z.array(code(), { error: requiredOr('must be a list of source codes') });

/** A source of the figures, referenced by its code from rules, regimes and conditions. */
export const BronSchema = z.strictObject({
  soort: text(),
  /** Where the source is: a web address or a description of the public repository. */
  vindplaats: text(),
  /** A web address when the source has one. */
  url: z.url({ error: requiredOr('must be an absolute http(s) URL'), protocol: /^https?$/ }).optional(),
  datum: text(),
  betrouwbaarheid: text().optional(),
});

/** Technical and administrative conditions of a rule. The advice lists them; some are checked. */
export const VoorwaardenSchema = z.strictObject({
  /** Minimum eligible invoice excl. VAT; checked when the amount is known. */
  minFactuurExclBtw: positive().optional(),
  /** The application must be made within this many months after the final invoice. */
  termijnNaFactuurMaanden: wholeNumber().optional(),
  aannemerVerplicht: z.boolean({ error: 'must be true or false' }).optional(),
  /** The building was built (connected to the electricity grid) before this date. */
  gebouwdVoor: isoDate().optional(),
  /** The building is at least this many years old on the application date (the other reading of the age rule). */
  minOuderdomJaren: wholeNumber().max(200, { error: 'must be at most 200 years' }).optional(),
  /** The building permit (omgevingsvergunning) is at least this many years old. */
  omgevingsvergunningMinJaar: wholeNumber().optional(),
  /** Minimum thermal resistance Rd of the new insulation, m²K/W. */
  minRd: positive().optional(),
  /** Minimum thermal resistance R, m²K/W. */
  minR: positive().optional(),
  /** Minimum R per way of execution (e.g. MUUR_BINNENZIJDE, MUUR_BUITENZIJDE). */
  minRPerUitvoering: z.record(code(), positive()).optional(),
  /** Maximum U value of the glass, W/m²K. */
  maxUg: positive().optional(),
  /** Only together with a measure of one of these work categories in the same dossier; checked. */
  samenMet: z.array(werkcategorie()).min(1, { error: 'must name at least one work category' }).optional(),
  overige: z.array(text()).optional(),
});

/** An amount of one way of execution (a heat-pump type, an insulation method), with its own status. */
export const UitvoeringsbedragSchema = z.strictObject({ bedrag: positive(), status: status().optional() });

const common = {
  id: text(),
  /** CATEGORIE_1..4, or another target group such as VERHUURDER_WOONMAATSCHAPPIJ. */
  doelgroep: doelgroep(),
  bronnen: bronRefs(),
  voorwaarden: VoorwaardenSchema.optional(),
  /** Dutch explanation shown in the advice when the rule gives no amount. */
  toelichting: text().optional(),
  /** The values the sources disagree on (for status conflict). */
  conflicterendeWaarden: z.array(text()).optional(),
  /** A note of the source, verbatim, for whoever maintains the rule set. */
  bronNotitie: text().optional(),
};
/** The status of the figure; `plafondStatus` is that of the percentage-of-invoice cap when it differs. */
const withStatus = { ...common, status: status(), plafondStatus: status().optional() };

export const RegelSchema = z.discriminatedUnion(
  'soort',
  [
    z.strictObject({
      ...withStatus,
      soort: z.literal('PERCENTAGE_VAN_FACTUUR'),
      percentage: percentage(),
      maxBedrag: positive(),
      maxFactuurExclBtw: positive().optional(),
    }),
    z.strictObject({
      ...withStatus,
      soort: z.literal('PER_M2'),
      bedrag: positive(),
      maxOppervlakteM2: positive().optional(),
      maxPercentageVanFactuur: percentage().optional(),
      maxBedrag: positive().optional(),
    }),
    z.strictObject({
      ...withStatus,
      soort: z.literal('PER_M2_PER_METHODE'),
      bedragPerMethode: z.record(code(), UitvoeringsbedragSchema),
      maxOppervlakteM2: positive().optional(),
      maxPercentageVanFactuur: percentage().optional(),
      maxBedrag: positive().optional(),
    }),
    z.strictObject({
      ...withStatus,
      soort: z.literal('VAST_BEDRAG'),
      bedrag: positive(),
      maxPercentageVanFactuur: percentage().optional(),
    }),
    z.strictObject({
      ...withStatus,
      soort: z.literal('VAST_BEDRAG_PER_TYPE'),
      bedragPerType: z.record(code(), UitvoeringsbedragSchema),
      maxPercentageVanFactuur: percentage().optional(),
    }),
    z.strictObject({ ...withStatus, soort: z.literal('NIET_IN_AANMERKING') }),
    // A figure that is not known: no amount is computed. `status` tells how sure the rest is, if anything is.
    z.strictObject({ ...common, soort: z.literal('ONBEKEND'), status: status().optional(), toelichting: text() }),
  ],
  { error: `must be one of ${REGEL_SOORTEN.join(', ')}` },
);

export const CategorieSchema = z.strictObject({
  omschrijving: text(),
  /** The IPDC product of this premie when it differs from the rule set's. */
  ipdcProductId: uuid().optional(),
  /** The ways of execution that have their own amount: what they are called and their labels. */
  uitvoeringen: z.strictObject({ naam: text(), waarden: z.record(code(), text()) }).optional(),
  opmerkingen: z.array(text()).optional(),
  /** The documents an application for this category needs besides the invoices (e.g. an ATTEST with the Rd value). */
  vereisteDocumenten: z
    .array(
      z.strictObject({
        soort: z.enum(DOCUMENT_SOORTEN, { error: `must be one of ${DOCUMENT_SOORTEN.join(', ')}` }),
        omschrijving: text(),
      }),
    )
    .default([]),
  regels: z.array(RegelSchema, { error: requiredOr('must be a list of rules') }),
});

export const BijzondereDoelgroepSchema = z.strictObject({
  doelgroep: doelgroep(),
  /** Gets the amounts of this target group where no rule names it explicitly. */
  zoalsDoelgroep: code(),
  status: status(),
  bronnen: bronRefs(),
  toelichting: text().optional(),
});

export const InkomensgrensSchema = z.strictObject({
  categorie: z.enum(INKOMENSCATEGORIEEN, { error: `must be one of ${INKOMENSCATEGORIEEN.join(', ')}` }),
  alleenstaandMax: positive().optional(),
  samenwonendMax: positive().optional(),
  perPersoonTenLaste: positive().optional(),
  status: status(),
  bronnen: bronRefs(),
  toelichting: text().optional(),
});

/** Who shares a cap: the measures of one dossier under one regime, or those of one home within a number of years. */
export const PLAFOND_BEREIKEN = ['DOSSIER', 'WONING_PERIODE'] as const;
export type PlafondBereik = (typeof PLAFOND_BEREIKEN)[number];
export const PLAFOND_LIMIETEN = ['MAXIMUM_VAN_REGEL', 'BEDRAG', 'AANTAL'] as const;

/**
 * A maximum shared by several measures (the measures of `werkcategorieen`, for `doelgroepen` or every group):
 * the rule's own maximum amount (`MAXIMUM_VAN_REGEL`), a fixed total (`BEDRAG`) or a number of premies
 * (`AANTAL`). The measures get it in the order of their application date, then of the dossier.
 */
export const PlafondSchema = z.strictObject({
  id: text(),
  omschrijving: text(),
  werkcategorieen: z.array(werkcategorie()).min(1, { error: 'must name at least one work category' }),
  doelgroepen: z.array(doelgroep()).min(1, { error: 'must name at least one target group (or leave the field out: every group)' }).optional(),
  geldtVoor: z.enum(PLAFOND_BEREIKEN, { error: `must be one of ${PLAFOND_BEREIKEN.join(', ')}` }),
  /** With WONING_PERIODE: the measures of one home whose application dates lie less than this many years apart. */
  periodeJaren: wholeNumber().max(100, { error: 'must be at most 100 years' }).optional(),
  limiet: z.discriminatedUnion(
    'soort',
    [
      z.strictObject({ soort: z.literal('MAXIMUM_VAN_REGEL') }),
      z.strictObject({ soort: z.literal('BEDRAG'), maxBedrag: positive() }),
      z.strictObject({ soort: z.literal('AANTAL'), maxAantal: wholeNumber() }),
    ],
    { error: `must be one of ${PLAFOND_LIMIETEN.join(', ')}` },
  ),
  status: status(),
  bronnen: bronRefs(),
  toelichting: text().optional(),
});

export const RegimeSchema = z.strictObject({
  id: z.string({ error: requiredOr('must be a string') }).regex(/^[A-Z][A-Z0-9_-]*$/, { error: 'must be an upper-case id such as MVP-2026' }),
  /** First application date of the regime (inclusive). */
  geldigVan: isoDate(),
  /** Last application date of the regime (inclusive); null = open-ended. */
  geldigTot: isoDate().nullable(),
  omschrijving: text(),
  bronnen: bronRefs(),
  bijzondereDoelgroepen: z.array(BijzondereDoelgroepSchema).default([]),
  inkomensgrenzen: z
    .array(z.strictObject({ aanvraagjaar: wholeNumber(), toelichting: text().optional(), grenzen: z.array(InkomensgrensSchema) }))
    .default([]),
  /** Maxima shared by several measures: per dossier, or per home over a number of years. */
  plafonds: z.array(PlafondSchema).default([]),
  categorieen: z.record(code(), CategorieSchema, { error: requiredOr('must be an object of work categories') }),
});

export const AlgemeneVoorwaardeSchema = z.strictObject({
  omschrijving: text(),
  status: status(),
  bronnen: bronRefs(),
  toelichting: text().optional(),
});

/** Mijn VerbouwLening: per target group whether it can borrow, with the known maxima and what is not known. */
export const VerbouwLeningSchema = z.strictObject({
  naam: text(),
  ipdcProductId: uuid(),
  omschrijving: text(),
  maxBedrag: positive().optional(),
  maxLooptijdJaren: wholeNumber().optional(),
  status: status(),
  bronnen: bronRefs(),
  doelgroepen: z.array(
    z.strictObject({
      doelgroep: doelgroep(),
      mogelijk: z.boolean({ error: requiredOr('must be true or false') }),
      status: status(),
      bronnen: bronRefs(),
      toelichting: text(),
    }),
  ),
  /** What the sources do not say (e.g. the interest rate of this year); shown with every advice. */
  onbekend: z.array(text()).default([]),
});

export const RegelsetSchema = z.strictObject({
  versie: text(),
  titel: text(),
  afgeleidVan: text(),
  /** The IPDC product every premie of this rule set links to (unless a category names another). */
  ipdcProductId: uuid(),
  bronnen: z.record(code(), BronSchema),
  algemeneVoorwaarden: z.array(AlgemeneVoorwaardeSchema).default([]),
  regimes: z.array(RegimeSchema).min(1, { error: 'must hold at least one regime' }),
  conflicten: z.array(z.strictObject({ onderwerp: text(), waarden: z.array(text()) })).default([]),
  leemtes: z.array(text()).default([]),
  /** Mijn VerbouwLening, the loan next to the premie: who can get it and what is known of it. */
  verbouwLening: VerbouwLeningSchema.optional(),
});

export type Bron = z.infer<typeof BronSchema>;
export type Voorwaarden = z.infer<typeof VoorwaardenSchema>;
export type Regel = z.infer<typeof RegelSchema>;
export type Categorie = z.infer<typeof CategorieSchema>;
export type Regime = z.infer<typeof RegimeSchema>;
export type Plafond = z.infer<typeof PlafondSchema>;
export type VerbouwLening = z.infer<typeof VerbouwLeningSchema>;
export type RegelsetData = z.infer<typeof RegelsetSchema>;
