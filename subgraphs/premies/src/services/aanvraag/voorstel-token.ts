import { createHmac, timingSafeEqual } from 'node:crypto';
import { badUserInput } from '@hub/shared';
import { z } from 'zod';
import { WERKCATEGORIEEN } from '../../regels/schema.js';
import { canonicalJson, type AanvraagInhoud } from './inhoud.js';

/**
 * The signed draft ("voorstel") of an application: `v1.<payload>.<signature>`, the payload the canonical
 * JSON of the content, the dossier, the measure, who asked for it and an expiry (base64url), the signature
 * an HMAC-SHA256 over `v1.<payload>` with the draft secret (PREMIE_VOORSTEL_SECRET). The submission trusts
 * what the token says without asking the dossier subgraph again, because only the hub can sign it.
 */
export interface VoorstelPayload {
  v: 1;
  dossierId: string;
  maatregelId: string;
  /** The `sub` of the caller who asked for the draft: only they can submit it. */
  voor: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  inhoud: AanvraagInhoud;
}

const PREFIX = 'v1';

const sign = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();

export function signVoorstel(payload: VoorstelPayload, secret: string): string {
  const body = Buffer.from(canonicalJson(payload)).toString('base64url');
  return `${PREFIX}.${body}.${sign(secret, `${PREFIX}.${body}`).toString('base64url')}`;
}

const ongeldig = () =>
  badUserInput('Het voorstel is gewijzigd of onleesbaar. Vraag een nieuw voorstel op (Dossier.premieAanvraagVoorstel) en dien dat ongewijzigd in.', {
    reden: 'VOORSTEL_ONGELDIG',
    field: 'input.voorstel',
  });

const str = z.string();
const PayloadSchema = z.object({
  v: z.literal(1),
  dossierId: str,
  maatregelId: str,
  voor: str,
  exp: z.number().int(),
  inhoud: z.object({
    dossierReferentie: str,
    begeleiderSub: str.nullable(),
    aanvrager: z.object({ burgerId: str, insz: str.nullable(), voornaam: str, achternaam: str }),
    woning: z.object({ adresId: str, adres: str.nullable(), bouwjaar: z.number().int().nullable(), epcCertificaatnummer: str.nullable() }),
    maatregel: z.object({ id: str, categorie: z.enum(WERKCATEGORIEEN), omschrijving: str, oppervlakteM2: z.number().nullable() }),
    categorieenInDossier: z.array(z.enum(WERKCATEGORIEEN)),
    facturen: z.array(
      z.object({
        factuurId: str,
        nummer: str,
        datum: str,
        aannemer: z.object({ naam: str, kbo: str }),
        bedragExclBtw: z.number(),
        betaaldOp: str.nullable(),
        documenten: z.array(
          z.object({
            documentId: str,
            soort: z.enum(['ADVIES', 'RENOVATIEPLAN', 'AFSPRAKENNOTA', 'OFFERTE', 'CONTRACT', 'FACTUUR', 'ATTEST', 'ANDERE']),
            titel: str,
          }),
        ),
      }),
    ),
  }),
});

/**
 * Verifies a draft token: BAD_USER_INPUT with `reden` VOORSTEL_ONGELDIG when it was changed or is not
 * one of ours, VOORSTEL_VERLOPEN when it expired.
 */
export function verifyVoorstel(token: string, secret: string, now: Date): VoorstelPayload {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) throw ongeldig();
  const [, body, signature] = parts as [string, string, string];
  const expected = sign(secret, `${PREFIX}.${body}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw ongeldig();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw ongeldig();
  }
  const result = PayloadSchema.safeParse(parsed);
  if (!result.success) throw ongeldig();
  const payload = result.data as VoorstelPayload;
  if (payload.exp * 1000 <= now.getTime()) {
    throw badUserInput(`Het voorstel is verlopen (geldig tot ${new Date(payload.exp * 1000).toISOString()}). Vraag een nieuw voorstel op.`, {
      reden: 'VOORSTEL_VERLOPEN',
      field: 'input.voorstel',
    });
  }
  return payload;
}
