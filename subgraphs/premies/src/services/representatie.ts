import { badUserInput } from '@hub/shared';
import { z } from 'zod';
import { jsonPath } from '../regels/load.js';
import { EPC_LABELS, MAATREGEL_UITVOERINGEN, WERKCATEGORIEEN, uitvoeringenVan } from '../regels/waarden.js';
import { isIsoDatum } from './datum.js';

/** The Dossier fields the gateway passes on from the dossier and woningpas subgraphs (@requires of premieAdvies). */
const id = () => z.string({ error: 'must be an id' }).min(1, { error: 'must be an id' });
const amount = () =>
  z
    .number({ error: 'must be a number' })
    .nonnegative({ error: 'must not be negative' })
    .nullish()
    .transform((v) => v ?? null);
const datum = () => z.string({ error: 'must be a date' }).refine(isIsoDatum, { error: 'must be a calendar date YYYY-MM-DD' });

const MaatregelSchema = z
  .object({
    id: id(),
    categorie: z.enum(WERKCATEGORIEEN, { error: `must be one of ${WERKCATEGORIEEN.join(', ')}` }),
    uitvoering: z
      .enum(MAATREGEL_UITVOERINGEN, { error: `must be one of ${MAATREGEL_UITVOERINGEN.join(', ')}` })
      .nullish()
      .transform((v) => v ?? null),
    oppervlakteM2: amount(),
    bedragExclBtw: amount(),
    facturen: z
      .array(z.object({ datum: datum() }))
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine((m, ctx) => {
    if (m.uitvoering !== null && !(uitvoeringenVan(m.categorie) as readonly string[]).includes(m.uitvoering)) {
      ctx.addIssue({ code: 'custom', path: ['uitvoering'], message: `${m.uitvoering} is not a way of execution of ${m.categorie}` });
    }
  });

const DossierRepresentatieSchema = z.object({
  id: id(),
  burger: z.object({ id: id() }, { error: 'is required' }),
  /** The home with its EPC (woningpas); null epc = no valid EPC. Absent when the gateway did not pass it. */
  woning: z
    .object({
      adresId: id(),
      epc: z
        .object({
          certificaatnummer: z.string().nullish().transform((v) => v ?? null),
          label: z.enum(EPC_LABELS, { error: `must be one of ${EPC_LABELS.join(', ')}` }),
          bouwjaar: z.number().int({ error: 'must be a whole number' }).nullish().transform((v) => v ?? null),
        })
        .nullish()
        .transform((v) => v ?? null),
    })
    .nullish()
    .transform((v) => v ?? null),
  maatregelen: z.array(MaatregelSchema, { error: 'must be a list of measures' }),
});
export type DossierRepresentatie = z.infer<typeof DossierRepresentatieSchema>;

/** Validates a Dossier representation; BAD_USER_INPUT names the wrong fields. */
export function leesDossierRepresentatie(value: unknown): DossierRepresentatie {
  const result = DossierRepresentatieSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`);
    throw badUserInput(`Ongeldige gegevens van het dossier voor het premieadvies: ${problems.join('; ')}`, { problems });
  }
  return result.data;
}
