import { z } from 'zod';
import { ErrorCode, UpstreamError, type HttpClient } from '@hub/shared';
import type { ErfgoedAanduidingModel, ErfgoedSoortValue } from '../models.js';

/**
 * The heritage port: which legal heritage designations (aanduidingen) of Onroerend Erfgoed cover a place.
 * The services only know this interface; an adapter speaks an upstream's contract.
 */
export interface ErfgoedBron {
  /** The designations that cover the position of the address (Lambert 72); empty when there are none. */
  beschermingVoor(plaats: { adresId: string; positie: { x: number; y: number } }): Promise<ErfgoedAanduidingModel[]>;
}

/**
 * The HTTP adapter. Onroerend Erfgoed publishes no lookup-by-location contract the hub could build on,
 * so this is a SANDBOX CONTRACT, modelled on its "aanduidingsobjecten" (designated heritage objects):
 *
 *   GET {ERFGOED_URL}/aanduidingsobjecten?x={x}&y={y}&srid=31370
 *   200 { "aanduidingsobjecten": [{ "id": 200575, "uri": "https://id.erfgoed.net/aanduidingsobjecten/200575",
 *         "naam": "...", "aanduidingstype": { "id": "beschermd-stads-of-dorpsgezicht", "naam": "..." },
 *         "besluit": { "id": 4512, "uri": "https://id.erfgoed.net/besluiten/4512", "datumOndertekening": "1997-03-12" } }] }
 *   400 without a valid x/y; an empty list when nothing covers the point.
 *
 * When a real service is chosen, a new adapter implements `ErfgoedBron`; nothing else changes.
 */
const AanduidingsobjectSchema = z.object({
  id: z.union([z.number().int(), z.string().min(1)]),
  uri: z.string().min(1),
  naam: z.string().min(1),
  aanduidingstype: z.object({ id: z.string().min(1), naam: z.string().min(1) }),
  besluit: z
    .object({
      id: z.union([z.number().int(), z.string()]).nullish(),
      uri: z.string().nullish(),
      datumOndertekening: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullish(),
    })
    .nullish(),
});
export const AanduidingsobjectenSchema = z.object({ aanduidingsobjecten: z.array(AanduidingsobjectSchema) });

/** The designation types of Onroerend Erfgoed that the hub names; any other is ANDERE (named in `soortNaam`). */
const SOORTEN: Record<string, ErfgoedSoortValue> = {
  'beschermd-monument': 'BESCHERMD_MONUMENT',
  'beschermd-stads-of-dorpsgezicht': 'BESCHERMD_STADS_OF_DORPSGEZICHT',
  'beschermd-cultuurhistorisch-landschap': 'BESCHERMD_CULTUURHISTORISCH_LANDSCHAP',
  'beschermde-archeologische-site': 'BESCHERMDE_ARCHEOLOGISCHE_SITE',
  'vastgesteld-bouwkundig-erfgoed': 'VASTGESTELD_BOUWKUNDIG_ERFGOED',
  erfgoedlandschap: 'ERFGOEDLANDSCHAP',
  'unesco-werelderfgoed': 'UNESCO_WERELDERFGOED',
};

export function createErfgoedHttpBron(http: HttpClient): ErfgoedBron {
  return {
    async beschermingVoor({ positie }) {
      const response = await http.getJson('/aanduidingsobjecten', {
        params: { x: positie.x, y: positie.y, srid: 31370 },
        schema: AanduidingsobjectenSchema,
      });
      return (response?.aanduidingsobjecten ?? []).map((a) => ({
        id: String(a.id),
        uri: a.uri,
        naam: a.naam,
        soort: SOORTEN[a.aanduidingstype.id] ?? 'ANDERE',
        soortNaam: a.aanduidingstype.naam,
        besluitDatum: a.besluit?.datumOndertekening?.slice(0, 10) ?? null,
        besluitUri: a.besluit?.uri ?? null,
      }));
    },
  };
}

/** For a deployment without a heritage source: every lookup is UPSTREAM_UNAVAILABLE, naming the source. */
export function notConfigured(source: string) {
  return () =>
    Promise.reject(new UpstreamError(source, ErrorCode.UPSTREAM_UNAVAILABLE, `De bron ${source} is niet geconfigureerd.`, 'no base URL configured'));
}
