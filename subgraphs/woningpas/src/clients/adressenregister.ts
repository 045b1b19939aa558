import { z } from 'zod';
import type { HttpClient } from '@hub/shared';

/**
 * Client of the Gebouwen- en Adressenregister (api.basisregisters.vlaanderen.be, v2 read endpoints):
 * the zod schemas below are the parts of the real contract the hub reads. Unknown fields are dropped.
 */

const GeografischeNaam = z.object({
  geografischeNaam: z.object({ spelling: z.string(), taal: z.string().optional() }),
});

const Identificator = z.object({
  id: z.string(),
  naamruimte: z.string(),
  objectId: z.string().regex(/^\d+$/),
  versieId: z.string(),
});

const AdresPositie = z.object({
  geometrie: z.object({ type: z.literal('Point'), gml: z.string() }),
  positieGeometrieMethode: z.string().optional(),
  positieSpecificatie: z.string().optional(),
});

/** `GET /v2/adressen/{objectId}`. */
export const AdresDetailSchema = z.object({
  identificator: Identificator,
  gemeente: z.object({ objectId: z.string().optional(), gemeentenaam: GeografischeNaam }),
  postinfo: z.object({ objectId: z.string() }),
  straatnaam: z.object({ objectId: z.string().optional(), straatnaam: GeografischeNaam }),
  huisnummer: z.string(),
  busnummer: z.string().nullish(),
  volledigAdres: GeografischeNaam,
  adresPositie: AdresPositie.nullish(),
  adresStatus: z.string(),
  officieelToegekend: z.boolean(),
});
export type AdresDetail = z.infer<typeof AdresDetailSchema>;

/**
 * One match of `GET /v2/adresmatch`. A match on street level only (no such house number) has no
 * `identificator` and no `huisnummer`.
 */
const AdresMatchSchema = z.object({
  score: z.number(),
  identificator: Identificator.optional(),
  gemeente: z.object({ gemeentenaam: GeografischeNaam }).optional(),
  postinfo: z.object({ objectId: z.string() }).nullish(),
  straatnaam: z.object({ straatnaam: GeografischeNaam }).optional(),
  huisnummer: z.string().nullish(),
  busnummer: z.string().nullish(),
  volledigAdres: GeografischeNaam.nullish(),
  adresStatus: z.string().optional(),
});
export type AdresMatch = z.infer<typeof AdresMatchSchema>;

export const AdresMatchResponseSchema = z.object({
  adresMatches: z.array(AdresMatchSchema),
  warnings: z.array(z.object({ code: z.string().optional(), message: z.string().optional() })).optional(),
});

export interface AdresMatchQuery {
  straatnaam: string;
  huisnummer: string;
  busnummer?: string | undefined;
  postcode?: string | undefined;
  gemeentenaam?: string | undefined;
}

/** The statuses of a building unit in the register. */
export const GEBOUWEENHEID_STATUSSEN = ['gepland', 'gerealiseerd', 'nietGerealiseerd', 'gehistoreerd'] as const;
export type GebouweenheidStatus = (typeof GEBOUWEENHEID_STATUSSEN)[number];

/**
 * One item of `GET /v2/gebouweenheden?adresObjectId=` (the list view of the building register's v2 API).
 * Assumption, as far as the public documentation goes: the list items carry the identificator and the
 * status; `functie` and the building are only in the detail (`GET /v2/gebouweenheden/{objectId}`), so the
 * hub does not rely on them. An address has a handful of units at most, so the first page (the API's
 * default limit of 100) is all there is; `volgende` is not followed.
 */
const GebouweenheidItemSchema = z.object({
  identificator: Identificator,
  gebouweenheidStatus: z.enum(GEBOUWEENHEID_STATUSSEN),
  functie: z.string().nullish(),
});
export type GebouweenheidItem = z.infer<typeof GebouweenheidItemSchema>;

export const GebouweenhedenResponseSchema = z.object({
  gebouweenheden: z.array(GebouweenheidItemSchema),
  volgende: z.string().nullish(),
});

/** What the hub asks of the address register. A caching or retrying policy can wrap this interface. */
export interface AdressenregisterClient {
  /** The candidate addresses for a typed address, as the register scores them. */
  adresMatch(query: AdresMatchQuery): Promise<AdresMatch[]>;
  /** One address; `undefined` when the register does not know it (404). */
  adres(adresId: string): Promise<AdresDetail | undefined>;
  /** The building units the address leads to (every status); empty when there are none. */
  gebouweenheden(adresId: string): Promise<GebouweenheidItem[]>;
}

export function createAdressenregisterClient(http: HttpClient): AdressenregisterClient {
  return {
    async adresMatch(query) {
      const response = await http.getJson('/v2/adresmatch', {
        params: {
          gemeentenaam: query.gemeentenaam,
          postcode: query.postcode,
          straatnaam: query.straatnaam,
          huisnummer: query.huisnummer,
          busnummer: query.busnummer,
        },
        schema: AdresMatchResponseSchema,
      });
      return response?.adresMatches ?? [];
    },
    adres(adresId) {
      return http.getJson(`/v2/adressen/${encodeURIComponent(adresId)}`, { schema: AdresDetailSchema, emptyStatuses: [404] });
    },
    async gebouweenheden(adresId) {
      const response = await http.getJson('/v2/gebouweenheden', {
        params: { adresObjectId: adresId },
        schema: GebouweenhedenResponseSchema,
        emptyStatuses: [404],
      });
      return response?.gebouweenheden ?? [];
    },
  };
}
