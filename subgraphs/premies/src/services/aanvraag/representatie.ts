import { badUserInput } from '@hub/shared';
import { z } from 'zod';
import { jsonPath } from '../../regels/load.js';
import { WERKCATEGORIEEN } from '../../regels/schema.js';
import { MAATREGEL_UITVOERINGEN, uitvoeringenVan } from '../../regels/waarden.js';

/**
 * The Dossier fields the gateway passes on for `premieAanvraagVoorstel` (@requires): the citizen and
 * the coach from the CRM, the home from the authentic sources (woningpas), the measures with their
 * invoices and the invoices' documents. Parts the sources could not give (an address register that did
 * not answer, a home without EPC, a citizen's INSZ the caller may not read) arrive as null.
 */
const id = () => z.string({ error: 'must be an id' }).min(1, { error: 'must be an id' });
const tekst = () => z.string({ error: 'must be a string' });
const datum = () => z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const bedrag = () => z.number({ error: 'must be a number' }).nonnegative({ error: 'must not be negative' });
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

const DocumentRep = z.object({
  id: id(),
  soort: z.enum(['ADVIES', 'RENOVATIEPLAN', 'AFSPRAKENNOTA', 'OFFERTE', 'CONTRACT', 'FACTUUR', 'ATTEST', 'ANDERE'], { error: 'must be a document kind' }),
  titel: tekst(),
});

const FactuurRep = z.object({
  id: id(),
  nummer: tekst(),
  datum: datum(),
  aannemer: z.object({ naam: tekst(), kbo: tekst() }, { error: 'is required' }),
  bedragExclBtw: bedrag(),
  betaaldOp: nullable(datum()),
  documenten: nullable(z.array(DocumentRep)),
});

const MaatregelRep = z
  .object({
    id: id(),
    categorie: z.enum(WERKCATEGORIEEN, { error: `must be one of ${WERKCATEGORIEEN.join(', ')}` }),
    omschrijving: tekst(),
    // How the measure is executed (e.g. the heat-pump type): the amount may depend on it, as in the advice.
    uitvoering: nullable(z.enum(MAATREGEL_UITVOERINGEN, { error: `must be one of ${MAATREGEL_UITVOERINGEN.join(', ')}` })),
    oppervlakteM2: nullable(bedrag()),
    bedragExclBtw: nullable(bedrag()),
    facturen: nullable(z.array(FactuurRep)),
  })
  .superRefine((m, ctx) => {
    if (m.uitvoering !== null && !(uitvoeringenVan(m.categorie) as readonly string[]).includes(m.uitvoering)) {
      ctx.addIssue({ code: 'custom', path: ['uitvoering'], message: `${m.uitvoering} is not a way of execution of ${m.categorie}` });
    }
  });

const VoorstelRepresentatieSchema = z.object({
  id: id(),
  referentie: tekst(),
  renovatiebegeleider: nullable(z.object({ id: id() })),
  burger: z.object({ id: id(), insz: nullable(tekst()), voornaam: tekst(), achternaam: tekst() }, { error: 'is required' }),
  woning: z.object(
    {
      adresId: id(),
      adres: nullable(z.object({ volledigAdres: tekst() })),
      epc: nullable(z.object({ certificaatnummer: tekst(), bouwjaar: nullable(z.number().int()) })),
    },
    { error: 'is required' },
  ),
  maatregelen: z.array(MaatregelRep, { error: 'must be a list of measures' }),
});

export type VoorstelRepresentatie = z.infer<typeof VoorstelRepresentatieSchema>;
export type MaatregelRepresentatie = z.infer<typeof MaatregelRep>;

/** Validates the representation of a Dossier for a draft application; BAD_USER_INPUT names the wrong fields. */
export function leesVoorstelRepresentatie(value: unknown): VoorstelRepresentatie {
  const result = VoorstelRepresentatieSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`);
    throw badUserInput(`Ongeldige gegevens van het dossier voor de premieaanvraag: ${problems.join('; ')}`, { problems });
  }
  return result.data;
}
