import { badUserInput } from '@hub/shared';
import { z } from 'zod';
import { jsonPath } from '../regels/load.js';
import { WERKCATEGORIEEN } from '../regels/schema.js';

/** The Dossier fields the gateway passes on from the dossier subgraph (@requires). */
const id = () => z.string({ error: 'must be an id' }).min(1, { error: 'must be an id' });
const amount = () =>
  z
    .number({ error: 'must be a number' })
    .nonnegative({ error: 'must not be negative' })
    .nullish()
    .transform((v) => v ?? null);

const DossierRepresentatieSchema = z.object({
  id: id(),
  burger: z.object({ id: id() }, { error: 'is required' }),
  maatregelen: z.array(
    z.object({
      id: id(),
      categorie: z.enum(WERKCATEGORIEEN, { error: `must be one of ${WERKCATEGORIEEN.join(', ')}` }),
      oppervlakteM2: amount(),
      bedragExclBtw: amount(),
    }),
    { error: 'must be a list of measures' },
  ),
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
