import { WERKCATEGORIEEN, type Werkcategorie } from '@hub/shared';

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

/** The work categories, shared with the other subgraph that uses the `Werkcategorie` enum (see @hub/shared). */
export { WERKCATEGORIEEN, type Werkcategorie };

export const MAATREGEL_STATUSSEN = ['GEPLAND', 'OFFERTE', 'BESTELD', 'UITGEVOERD'] as const;
export type MaatregelStatus = (typeof MAATREGEL_STATUSSEN)[number];

/**
 * How a measure is executed where its premie depends on it (the premies subgraph reads it): the heat-pump
 * type, or the method of wall insulation. Each way belongs to one work category.
 */
export const UITVOERINGEN_PER_WERKCATEGORIE = {
  WARMTEPOMP: ['WARMTEPOMP_BODEM_WATER', 'WARMTEPOMP_LUCHT_WATER', 'WARMTEPOMP_HYBRIDE', 'WARMTEPOMP_LUCHT_LUCHT'],
  BUITENMUUR: ['MUUR_SPOUW', 'MUUR_BINNENZIJDE', 'MUUR_BUITENZIJDE'],
} as const satisfies Partial<Record<Werkcategorie, readonly string[]>>;
export const MAATREGEL_UITVOERINGEN = [...UITVOERINGEN_PER_WERKCATEGORIE.WARMTEPOMP, ...UITVOERINGEN_PER_WERKCATEGORIE.BUITENMUUR] as const;
export type MaatregelUitvoering = (typeof MAATREGEL_UITVOERINGEN)[number];

/** The ways of execution a measure of this work category can have (none for most categories). */
export const uitvoeringenVan = (categorie: Werkcategorie): readonly MaatregelUitvoering[] =>
  (UITVOERINGEN_PER_WERKCATEGORIE as Partial<Record<Werkcategorie, readonly MaatregelUitvoering[]>>)[categorie] ?? [];

/** The format of the readable dossier reference: REN-<year opened>-<6+ digit sequence number>. */
export const REFERENTIE_PATTERN = /^REN-\d{4}-\d{6,}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value has the shape of the ids this subgraph makes (UUIDs); anything else cannot exist. */
export const isUuid = (value: string): boolean => UUID.test(value);

/* ---- The journey of a dossier: milestones, documents, quotes and invoices (issue 3, part 2). ---- */

export const MIJLPAAL_SOORTEN = [
  'CONTACTMOMENT',
  'HUISBEZOEK',
  'DUBO_ADVIES_ONTVANGEN',
  'RENOVATIEPLAN_OPGEMAAKT',
  'RENOVATIEPLAN_BESPROKEN',
  'AFSPRAKENNOTA',
  'ARCHITECT_ADVIES',
  'OMGEVINGSVERGUNNING',
  'INNAME_OPENBAAR_DOMEIN',
] as const;
export type MijlpaalSoort = (typeof MIJLPAAL_SOORTEN)[number];

export const DOCUMENT_SOORTEN = ['ADVIES', 'RENOVATIEPLAN', 'AFSPRAKENNOTA', 'OFFERTE', 'CONTRACT', 'FACTUUR', 'ATTEST', 'ANDERE'] as const;
export type DocumentSoort = (typeof DOCUMENT_SOORTEN)[number];

export const OFFERTE_STATUSSEN = ['AANGEVRAAGD', 'ONTVANGEN', 'GEKOZEN', 'AFGEWEZEN'] as const;
export type OfferteStatus = (typeof OFFERTE_STATUSSEN)[number];

/** The Belgian VAT rates (percent) a quote for renovation works can carry. */
export const BTW_TARIEVEN = [0, 6, 12, 21] as const;

/* ---- Questions, dossier lifecycle, consent, partners and audit (issue 3, part 1). ---- */

/** How the citizen gave a consent (to start guidance, or to share data with a partner). */
export const TOESTEMMING_WIJZEN = ['MONDELING', 'SCHRIFTELIJK', 'DIGITAAL'] as const;
export type ToestemmingWijze = (typeof TOESTEMMING_WIJZEN)[number];

/**
 * The kinds of data a citizen shares (or not) with a partner, per dossier:
 * CONTACTGEGEVENS the citizen's name, e-mail and phone; WONINGGEGEVENS the home (address, and through
 * woningpas its EPC) and the dossier title; RENOVATIEPLAN the planned measures; DOCUMENTEN the attached
 * documents; OFFERTES_EN_FACTUREN the quotes and invoices; PREMIEGEGEVENS the premie advice and applications.
 */
export const GEGEVENSSOORTEN = ['CONTACTGEGEVENS', 'WONINGGEGEVENS', 'RENOVATIEPLAN', 'DOCUMENTEN', 'OFFERTES_EN_FACTUREN', 'PREMIEGEGEVENS'] as const;
export type Gegevenssoort = (typeof GEGEVENSSOORTEN)[number];

/**
 * What a city service (stadsdienst) sees of every dossier: the home and the renovation plan (with the
 * flags of its domain), which are about the building, not about the citizen.
 */
export const STADSDIENST_GEGEVENS: readonly Gegevenssoort[] = ['WONINGGEGEVENS', 'RENOVATIEPLAN'];

/** The partner organisations, as the city's identity service names them (`organisatie` of a partner login). */
export const PARTNER_ORGANISATIES = ['dialoog', 'energiehuis', 'minder-meer'] as const;
export type PartnerOrganisatie = (typeof PARTNER_ORGANISATIES)[number];

export const PARTNER_AANVRAAG_SOORTEN = ['DUBO_ADVIES', 'RENOVATIEBEGELEIDING', 'LENING'] as const;
export type PartnerAanvraagSoort = (typeof PARTNER_AANVRAAG_SOORTEN)[number];

export const AUDIT_ACTIES = ['LEZEN', 'WIJZIGEN', 'WEIGERING'] as const;
export type AuditActie = (typeof AUDIT_ACTIES)[number];

/** Whether a value is one of a value set (for input that did not come through a GraphQL enum). */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);
