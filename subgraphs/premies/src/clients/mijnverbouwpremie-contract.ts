import { z } from 'zod';
import { WERKCATEGORIEEN } from '../regels/schema.js';

/**
 * The hub's adapter contract with the Mijn VerbouwPremie desk (the Flemish renovation-subsidy desk).
 * There is no public submission API in the project's reference material (DESIGN §4), so this is the
 * contract the hub speaks, the sandbox serves, and a production adapter maps onto the real API:
 *
 * - `POST /aanvragen` with `Authorization: Bearer <ACM/IDM token>` and `Idempotency-Key: <key>`, body
 *   `LoketAanvraag` -> 201 `LoketOntvangst` (the desk's dossier number YY-MVP-NNNNNN, status INGEDIEND).
 *   The same key with the same body again -> 200 with the same `LoketOntvangst`; the same key with
 *   another body -> 409; an invalid body -> 422 (`{ title, status, detail }`); no token -> 401.
 * - `GET /aanvragen/{dossiernummer}` -> 200 `LoketAanvraagStatus` (status, amounts, reason and the
 *   whole history, oldest first), 404 for an unknown number.
 *
 * The statuses are those of a real application: ingediend, in behandeling, bijkomende info gevraagd,
 * goedgekeurd, uitbetaald, afgewezen.
 */

export const LOKET_STATUSSEN = ['INGEDIEND', 'IN_BEHANDELING', 'BIJKOMENDE_INFO_GEVRAAGD', 'GOEDGEKEURD', 'UITBETAALD', 'AFGEWEZEN'] as const;
export type LoketStatus = (typeof LOKET_STATUSSEN)[number];

/** The desk's dossier number, e.g. 26-MVP-000123 (the same format as the VEKA premie works). */
export const DOSSIERNUMMER = /^\d{2}-MVP-\d{6}$/;

const tekst = (max: number) => z.string().trim().min(1).max(max);
const datum = () => z.iso.date();
const bedrag = () => z.number().nonnegative();

export const LoketDocument = z.strictObject({
  /** The document's id in the city's CRM. */
  id: tekst(100),
  soort: z.enum(['ADVIES', 'RENOVATIEPLAN', 'AFSPRAKENNOTA', 'OFFERTE', 'CONTRACT', 'FACTUUR', 'ATTEST', 'ANDERE']),
  titel: tekst(200),
});

export const LoketFactuur = z.strictObject({
  nummer: tekst(50),
  datum: datum(),
  aannemer: z.strictObject({ naam: tekst(200), kbo: z.string().regex(/^[01]\d{9}$/) }),
  bedragExclBtw: bedrag(),
  betaaldOp: datum().nullable(),
  documenten: z.array(LoketDocument),
});

export const LoketAanvraag = z.strictObject({
  aanvrager: z.strictObject({ insz: z.string().regex(/^\d{11}$/), voornaam: tekst(100), achternaam: tekst(100) }),
  woning: z.strictObject({
    /** ObjectId of the address in the Gebouwen- en Adressenregister. */
    adresId: tekst(50),
    adres: tekst(300).nullable(),
    bouwjaar: z.number().int().min(1000).max(3000).nullable(),
    epcCertificaatnummer: tekst(50).nullable(),
  }),
  werkcategorie: z.enum(WERKCATEGORIEEN),
  omschrijving: tekst(500),
  oppervlakteM2: z.number().positive().nullable(),
  facturen: z.array(LoketFactuur).min(1),
  /** EAN code of the electricity connection: 18 digits starting with 54. */
  ean: z.string().regex(/^54\d{16}$/),
  iban: z.string().regex(/^BE\d{14}$/),
  /** The hub's indicative amount from the rule set; the desk decides. */
  verwachtBedrag: bedrag().nullable(),
  aanvraagdatum: datum(),
  /** Who sends it, and the sender's own references. */
  referentie: z.strictObject({ organisatie: tekst(200), aanvraagId: z.uuid(), dossierReferentie: tekst(50) }),
});
export type LoketAanvraag = z.infer<typeof LoketAanvraag>;

export const LoketOntvangst = z.object({
  dossiernummer: z.string().regex(DOSSIERNUMMER),
  status: z.literal('INGEDIEND'),
  ingediendOp: z.iso.datetime({ offset: true }),
});
export type LoketOntvangst = z.infer<typeof LoketOntvangst>;

export const LoketStatusWijziging = z.object({
  status: z.enum(LOKET_STATUSSEN),
  op: z.iso.datetime({ offset: true }),
  toelichting: z.string().nullable(),
});
export type LoketStatusWijziging = z.infer<typeof LoketStatusWijziging>;

export const LoketAanvraagStatus = z.object({
  dossiernummer: z.string().regex(DOSSIERNUMMER),
  status: z.enum(LOKET_STATUSSEN),
  bedragToegekend: z.number().nonnegative().nullable(),
  bedragUitbetaald: z.number().nonnegative().nullable(),
  reden: z.string().nullable(),
  /** Every status since the submission, oldest first; the first is INGEDIEND. */
  historiek: z.array(LoketStatusWijziging).min(1),
});
export type LoketAanvraagStatus = z.infer<typeof LoketAanvraagStatus>;
