import { z } from 'zod';

/**
 * zod schemas of the IPDC JSON-LD contract (reference: ipdc-lpdc-im.context.jsonld, the instance
 * document `GET /doc/instantie/{uuid}` and the instance snapshot LDES pages). Only what the hub reads is
 * validated; other properties pass unchecked and are dropped. Where the real data varies (a boolean as a
 * string, a code as a short name or a full IRI) both forms are accepted.
 */

/** A JSON-LD language map (`@container: @language`), e.g. `{ "nl": "...", "en": "..." }`. */
const languageMap = z.record(z.string(), z.string());

/** `@container: [@language, @set]`: `{ "nl": ["Akte", "Nationaliteit"] }`; a single string is a set of one. */
const languageSetMap = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** xsd:boolean: JSON true/false, or "true"/"false" as in the snapshot feed. */
const xsdBoolean = z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')]);

/** An `@type: @id` value with an `@base`: a short code ("BouwenWonen") or the full IRI. */
const codes = z.array(z.string().min(1));

const order = z.union([z.number(), z.string().regex(/^-?\d+$/).transform(Number)]).optional();

const textBlock = z.object({
  naam: languageMap.optional(),
  beschrijving: languageMap.optional(),
  order,
});

export const WebsiteLd = textBlock.extend({ url: z.string().min(1) });
export type WebsiteLd = z.infer<typeof WebsiteLd>;

export const VoorwaardeLd = textBlock.extend({ bewijs: textBlock.optional() });
export type VoorwaardeLd = z.infer<typeof VoorwaardeLd>;

export const ProcedureLd = textBlock.extend({ websites: z.array(WebsiteLd).default([]) });
export type ProcedureLd = z.infer<typeof ProcedureLd>;

export const RegelgevingLd = textBlock.extend({ url: z.string().optional() });
export type RegelgevingLd = z.infer<typeof RegelgevingLd>;

export const TekstblokLd = textBlock;
export type TekstblokLd = z.infer<typeof TekstblokLd>;

export const AdresLd = z.object({
  straatnaam: languageMap.optional(),
  huisnummer: z.string().optional(),
  busnummer: z.string().optional(),
  postcode: z.string().optional(),
  gemeentenaam: languageMap.optional(),
  land: languageMap.optional(),
});
export type AdresLd = z.infer<typeof AdresLd>;

export const ContactgegevensLd = z.object({
  email: z.string().optional(),
  telefoonnummer: z.string().optional(),
  url: z.string().optional(),
  openingsuren: z.string().optional(),
  order,
  // The context declares `adres` as a node reference; the documents embed it, as an object or a list.
  adres: z.union([AdresLd, z.array(AdresLd)]).optional(),
});
export type ContactgegevensLd = z.infer<typeof ContactgegevensLd>;

/** The content that an `Instantie` and an `InstantieSnapshot` share. */
const instantieContent = {
  naam: languageMap.optional(),
  beschrijving: languageMap.optional(),
  verdereBeschrijving: languageMap.optional(),
  uitzonderingen: languageMap.optional(),
  productnummer: z.string().optional(),
  type: z.string().min(1).optional(),
  themas: codes.default([]),
  doelgroepen: codes.default([]),
  geografischToepassingsgebieden: codes.default([]),
  startDienstVerlening: z.string().optional(),
  eindeDienstVerlening: z.string().optional(),
  laatstGewijzigd: z.string().optional(),
  gearchiveerd: xsdBoolean.default(false),
  zoektermen: languageSetMap.optional(),
  websites: z.array(WebsiteLd).default([]),
  voorwaarden: z.array(VoorwaardeLd).default([]),
  procedures: z.array(ProcedureLd).default([]),
  kosten: z.array(TekstblokLd).default([]),
  financieleVoordelen: z.array(TekstblokLd).default([]),
  regelgeving: z.array(RegelgevingLd).default([]),
  contactgegevens: z.array(ContactgegevensLd).default([]),
};

const UUID_AT_END = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const instanceIri = z.string().regex(UUID_AT_END, { error: 'must be an IRI ending in a uuid' });

/** A product needs a name, unless it is archived (an archived version may carry little content). */
const nameUnlessArchived = (value: { naam?: Record<string, string> | undefined; gearchiveerd: boolean }, ctx: z.RefinementCtx) => {
  if (!value.gearchiveerd && Object.values(value.naam ?? {}).every((v) => v.trim() === '')) {
    ctx.addIssue({ code: 'custom', path: ['naam'], message: 'a product that is not archived needs a name' });
  }
};

/** `GET /doc/instantie/{uuid}`: one instance (`@type` Instantie). */
export const InstantieLd = z
  .object({ '@id': instanceIri, ...instantieContent })
  .superRefine(nameUnlessArchived);
export type InstantieLd = z.infer<typeof InstantieLd>;

/** A member of the instance snapshot feed: one version of an instance. */
export const InstantieSnapshotLd = z
  .object({
    '@id': z.string().min(1),
    isVersionOf: instanceIri,
    generatedAtTime: z.iso.datetime({ offset: true }),
    ...instantieContent,
  })
  .superRefine(nameUnlessArchived);
export type InstantieSnapshotLd = z.infer<typeof InstantieSnapshotLd>;

export const RelationLd = z.object({
  '@type': z.string(),
  node: z.string().min(1),
  path: z.string().optional(),
});
export type RelationLd = z.infer<typeof RelationLd>;

/** `GET /doc/instantiesnapshot?limit=&pageNumber=`: one page (a tree:Node view) of the LDES. */
export const SnapshotPageLd = z.object({
  '@id': z.string().optional(),
  view: z.object({ relation: z.array(RelationLd).default([]) }),
  member: z.array(InstantieSnapshotLd),
});
export type SnapshotPageLd = z.infer<typeof SnapshotPageLd>;
