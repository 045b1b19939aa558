import { badUserInput } from '@hub/shared';
import { z } from 'zod';
import { KANALEN, type DocumentSoort, type MijlpaalSoort } from '../domain.js';

/*
 * The structured details of each kind of milestone: what is stored in `mijlpaal.details` (jsonb),
 * validated on the way in (input) and on the way out (a row that does not parse is a bug, not data).
 */

const tekst = (max: number) => z.string().trim().min(1).max(max);

const DETAILS = {
  CONTACTMOMENT: z.strictObject({ kanaal: z.enum(KANALEN), samenvatting: tekst(2000) }),
  HUISBEZOEK: z.strictObject({}),
  DUBO_ADVIES_ONTVANGEN: z.strictObject({}),
  RENOVATIEPLAN_OPGEMAAKT: z.strictObject({}),
  RENOVATIEPLAN_BESPROKEN: z.strictObject({}),
  AFSPRAKENNOTA: z.strictObject({ stappen: z.array(tekst(500)).min(1).max(50) }),
  ARCHITECT_ADVIES: z.strictObject({ nodig: z.boolean(), advies: tekst(2000) }),
  OMGEVINGSVERGUNNING: z.strictObject({ nodig: z.boolean() }),
  INNAME_OPENBAAR_DOMEIN: z.strictObject({ nodig: z.boolean() }),
} as const satisfies Record<MijlpaalSoort, z.ZodType>;

export type MijlpaalDetails = { [S in MijlpaalSoort]: { soort: S } & z.infer<(typeof DETAILS)[S]> }[MijlpaalSoort];

/** The kind-specific input fields, and which kinds take them. */
const VELDEN = ['kanaal', 'samenvatting', 'stappen', 'nodig', 'advies'] as const;
type Veld = (typeof VELDEN)[number];

/** The document kind a milestone's document must have, for the milestones that deliver a document. */
export const DOCUMENT_VAN_MIJLPAAL: Partial<Record<MijlpaalSoort, DocumentSoort>> = {
  DUBO_ADVIES_ONTVANGEN: 'ADVIES',
  RENOVATIEPLAN_OPGEMAAKT: 'RENOVATIEPLAN',
  AFSPRAKENNOTA: 'AFSPRAKENNOTA',
};

/** The details of a stored row; throws (unexpected, masked) when the row does not match its kind. */
export function parseMijlpaalDetails(soort: MijlpaalSoort, details: unknown): MijlpaalDetails {
  const parsed = DETAILS[soort].safeParse(details);
  if (!parsed.success) throw new Error(`mijlpaal.details does not match kind ${soort}: ${parsed.error.message}`);
  return { soort, ...parsed.data } as MijlpaalDetails;
}

export type MijlpaalDetailInput = Partial<Record<Veld, unknown>>;

/**
 * Validates the kind-specific fields of a milestone input and returns the details to store. A field
 * that does not belong to the kind, a missing one or a wrong one is BAD_USER_INPUT naming the field.
 */
export function mijlpaalDetailsFromInput(soort: MijlpaalSoort, input: MijlpaalDetailInput): Record<string, unknown> {
  const schema = DETAILS[soort];
  const allowed = new Set(Object.keys(schema.shape));
  const candidate: Record<string, unknown> = {};
  for (const veld of VELDEN) {
    const value = input[veld];
    if (value === undefined || value === null) continue;
    if (!allowed.has(veld)) {
      throw badUserInput(`'input.${veld}' hoort niet bij een mijlpaal van soort ${soort}.`, { field: `input.${veld}` });
    }
    candidate[veld] = value;
  }
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const veld = String(issue.path[0] ?? '');
    throw badUserInput(`${MELDING[veld as Veld]} (bij een mijlpaal van soort ${soort}).`, { field: `input.${veld}` });
  }
  return parsed.data;
}

const MELDING: Record<Veld, string> = {
  kanaal: "'input.kanaal' is verplicht",
  samenvatting: "'input.samenvatting' is verplicht: 1 tot 2000 tekens",
  stappen: "'input.stappen' is verplicht: 1 tot 50 stappen van elk 1 tot 500 tekens",
  nodig: "'input.nodig' is verplicht",
  advies: "'input.advies' is verplicht: 1 tot 2000 tekens",
};
