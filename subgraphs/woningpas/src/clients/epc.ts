import { z } from 'zod';
import type { HttpClient, TokenProvider } from '@hub/shared';

/**
 * Client of the VEKA dossier API (energie-secure.api.vlaanderen.be, `dossier-api-prod-v1.yaml`): the
 * certificate search and the certificate detail. Every call carries the legal purpose (`reden`) and an
 * ACM/IDM access token (OAuth2 client credentials).
 */

const Score = z.object({
  label: z.object({ waarde: z.string().nullish(), meeteenheid: z.string().nullish() }).nullish(),
  kengetal: z.object({ waarde: z.number().nullish(), meeteenheid: z.string().nullish() }).nullish(),
  epeil: z.object({ waarde: z.number().nullish(), meeteenheid: z.string().nullish() }).nullish(),
});

/** `Adres` of a `Certificaat`. */
const CertificaatAdres = z.object({
  straat: z.string().nullish(),
  huisnummer: z.string().nullish(),
  busnummer: z.string().nullish(),
  postcode: z.string().nullish(),
  gemeente: z.string().nullish(),
  land: z.string().nullish(),
});

/** `Certificaat` (one item of the search). */
export const CertificaatSchema = z.object({
  id: z.number().int().nullish(),
  attestnummer: z.string().min(1),
  adressen: z.array(CertificaatAdres).nullish(),
  bestemming: z.string().nullish(),
  datumGeldigheid: z.string().nullish(),
  datumIngediend: z.string().nullish(),
  epcEenheidType: z.string().nullish(),
  gebouwId: z.number().int().nullish(),
  gebouweenheidId: z.number().int().nullish(),
  gebouwTypes: z.array(z.string()).nullish(),
  score: Score.nullish(),
  status: z.string().nullish(),
});
export type Certificaat = z.infer<typeof CertificaatSchema>;

export const CertificatenResponseSchema = z.array(CertificaatSchema);

/** The energy labels VEKA gives a residential EPC. */
export const VEKA_LABELS = ['A+', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
export type VekaLabel = (typeof VEKA_LABELS)[number];

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, { error: 'expected an ISO-8601 date' });

const Uitvoeringsmethode = z.object({
  omschrijving: z.string().nullish(),
  geschattePrijsvorkVan: z.number().int().nullish(),
  geschattePrijsvorkTot: z.number().int().nullish(),
});

const Aanbeveling = z.object({
  categorie: z.string().nullish(),
  type: z.string().nullish(),
  subtype: z.string().nullish(),
  prioriteit: z.number().int().nullish(),
  huidigeSituatie: z.string().nullish(),
  energiescore: Score.nullish(),
  uitvoeringsmethodes: z.array(Uitvoeringsmethode).nullish(),
});

/**
 * `CertificaatDetail`. The contract makes every field optional; the hub needs the label, the kengetal and
 * the validity date of an EPC, so a detail without them is a bad response.
 */
export const CertificaatDetailSchema = z.object({
  attestnummer: z.string().min(1),
  adres: z
    .object({
      arId: z.number().int().nullish(),
      straat: z.string().nullish(),
      huisnummer: z.string().nullish(),
      busnummer: z.string().nullish(),
      postcode: z.string().nullish(),
      gemeente: z.string().nullish(),
      land: z.string().nullish(),
    })
    .nullish(),
  bestemming: z.string().nullish(),
  bouwjaar: z.number().int().nullish(),
  datumGeldigheid: IsoDate,
  datumIngediend: IsoDate.nullish(),
  gebouwId: z.number().int().nullish(),
  gebouwType: z.string().nullish(),
  gebouweenheidId: z.number().int().nullish(),
  score: z.object({
    label: z.object({ waarde: z.enum(VEKA_LABELS) }),
    kengetal: z.object({ waarde: z.number(), meeteenheid: z.string().nullish() }),
  }),
  aanbevelingen: z.array(Aanbeveling).nullish(),
});
export type CertificaatDetail = z.infer<typeof CertificaatDetailSchema>;

/** The address of a home as the certificate search takes it. */
export interface CertificaatAdres {
  straat: string;
  huisnummer: string;
  busnummer?: string | undefined;
  postcode: string;
  gemeente: string;
}

/** A certificate search: by building unit (gebouweenheid) or by address. */
export type CertificaatZoekvraag = { gebouwEenheidId: string } | { adres: CertificaatAdres };

/** What the hub asks of the VEKA dossier API. A caching or retrying policy can wrap this interface. */
export interface EpcClient {
  /**
   * The residential certificates of a building unit or at an address, valid and expired (the hub decides
   * validity itself, and an expired one explains why a home has no valid EPC); empty when VEKA has none (204).
   */
  certificaten(vraag: CertificaatZoekvraag, reden: string): Promise<Certificaat[]>;
  /** The detail of one certificate; `undefined` when VEKA does not know it (204/404). */
  certificaat(attestnummer: string, reden: string): Promise<CertificaatDetail | undefined>;
}

/** The query parameters of a certificate search (without the legal purpose). */
export function zoekParameters(vraag: CertificaatZoekvraag): Record<string, string | boolean | undefined> {
  const criteria =
    'gebouwEenheidId' in vraag
      ? { gebouwEenheidId: vraag.gebouwEenheidId }
      : {
          straat: vraag.adres.straat,
          huisnummer: vraag.adres.huisnummer,
          busnummer: vraag.adres.busnummer,
          postcode: vraag.adres.postcode,
          gemeente: vraag.adres.gemeente,
        };
  return { ...criteria, residentieel: true };
}

export function createEpcClient(http: HttpClient, tokens: TokenProvider): EpcClient {
  async function headers(reden: string) {
    // The legal purpose is required by VEKA and by law: never call without one.
    if (reden.trim() === '') throw new Error('VEKA call without a legal purpose (reden)');
    return { Authorization: `Bearer ${await tokens.token()}` };
  }
  return {
    async certificaten(vraag, reden) {
      const list = await http.getJson('/dossier-api/v1/extern/certificaten', {
        params: { ...zoekParameters(vraag), reden },
        headers: await headers(reden),
        schema: CertificatenResponseSchema,
        emptyStatuses: [204],
      });
      return list ?? [];
    },
    async certificaat(attestnummer, reden) {
      return http.getJson('/dossier-api/v1/extern/certificaat', {
        params: { attestnummer, reden },
        headers: await headers(reden),
        schema: CertificaatDetailSchema,
        emptyStatuses: [204, 404],
      });
    },
  };
}
