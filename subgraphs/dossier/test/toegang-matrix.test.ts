import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { kolom, testClock } from './klantreis-helpers.js';
import { C, DEMO_IDS } from './fixtures.js';

/*
 * DESIGN §6, role by role, for the CRM's reads and changes of this issue. The seed: An (burger) owns the
 * dossier in FINANCIEREN coached by Lies (renovatiebegeleider); Marc shares contact, home and plan with
 * Dialoog (partner); Youssef's dossier has no coach. Each cell states the whole response: the data, or
 * the refusal (which never tells whether the object exists); refusals of an object are audited.
 */

const ROLLEN = ['burger', 'spoc', 'energieconsulent', 'renovatiebegeleider', 'partner', 'stadsdienst', 'analist', 'burgerprofiel', 'anoniem'] as const;
type Rol = (typeof ROLLEN)[number];
/** VELD: the object is shown, but one of its fields is refused (the caller sees the object only in part). */
type Uitkomst = 'OK' | 'FORBIDDEN' | 'VELD' | 'UNAUTHENTICATED' | 'CONFLICT';

interface Operatie {
  naam: string;
  query: string;
  variables: Record<string, unknown>;
  /** The top field, for the path and location of an error. */
  veld: string;
  /** The data when allowed. */
  ok: unknown;
  /** `data` of a refused call: null for non-null mutation fields, `{ veld: null }` for nullable queries. */
  geweigerd: unknown;
  /** Where a refusal comes from, when it is not the top field (e.g. a field of the dossier). */
  foutPad?: Array<string | number>;
  foutKolom?: number;
  /** Whether a refusal is audited as WEIGERING (refusals of one object); anonymous callers never are. */
  geaudit: boolean;
  uitkomst: Record<Rol, Uitkomst>;
  /** The error of an allowed call that fails for another reason (CONFLICT). */
  anders?: Record<string, unknown>;
  /** For VELD: the data, the refused field (its path, and where it is in the query) and the message. */
  deels?: { data: unknown; pad: Array<string | number>; veld: string; message: string };
}

const alle = (u: Uitkomst, uitzonderingen: Partial<Record<Rol, Uitkomst>> = {}): Record<Rol, Uitkomst> =>
  Object.fromEntries(ROLLEN.map((r) => [r, r === 'anoniem' ? 'UNAUTHENTICATED' : (uitzonderingen[r] ?? u)])) as Record<Rol, Uitkomst>;

const OPMERKING_TEKST = 'De woning ligt niet in een beschermd stadsgezicht: geen erfgoedadvies nodig voor dak en ramen.';
const GEEF = `mutation ($input: ToestemmingInput!) { geefToestemming(input: $input) { partner soort lopend } }`;
const FASE = `mutation ($input: WijzigFaseInput!) { wijzigFase(input: $input) { versie } }`;

const OPERATIES: Operatie[] = [
  {
    naam: 'An’s dossier',
    query: `query ($id: ID!) { dossier(id: $id) { referentie } }`,
    variables: { id: DEMO_IDS.dossierAn },
    veld: 'dossier',
    ok: { dossier: { referentie: 'REN-2026-000003' } },
    geweigerd: { dossier: null },
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { burger: 'OK', spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK', stadsdienst: 'OK' }),
  },
  {
    naam: 'the plan and flags of An’s dossier (no personal data)',
    query: `query ($id: ID!) { dossier(id: $id) { maatregelen { categorie } architectNodig omgevingsvergunningNodig } }`,
    variables: { id: DEMO_IDS.dossierAn },
    veld: 'dossier',
    ok: { dossier: { maatregelen: [{ categorie: 'DAK' }, { categorie: 'RAMEN_EN_DEUREN' }, { categorie: 'WARMTEPOMP' }], architectNodig: false, omgevingsvergunningNodig: false } },
    geweigerd: { dossier: null },
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { burger: 'OK', spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK', stadsdienst: 'OK' }),
  },
  {
    naam: 'Marc’s dossier (shared with Dialoog)',
    query: `query ($id: ID!) { dossier(id: $id) { referentie burger { voornaam } } }`,
    variables: { id: DEMO_IDS.dossierMarc },
    veld: 'dossier',
    ok: { dossier: { referentie: 'REN-2026-000004', burger: { voornaam: 'Marc' } } },
    geweigerd: { dossier: null },
    geaudit: true,
    // A city service sees the dossier, not the citizen: the refused non-null field takes the dossier with it.
    uitkomst: alle('FORBIDDEN', { spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK', partner: 'OK', stadsdienst: 'VELD' }),
    deels: { data: { dossier: null }, pad: ['dossier', 'burger'], veld: 'burger', message: 'Je hebt geen inzage in CONTACTGEGEVENS van dit dossier.' },
  },
  {
    naam: 'An’s citizen profile',
    query: `query ($id: ID!) { burger(id: $id) { voornaam } }`,
    variables: { id: DEMO_IDS.burgerAn },
    veld: 'burger',
    ok: { burger: { voornaam: 'An' } },
    geweigerd: { burger: null },
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { burger: 'OK', spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK' }),
  },
  {
    naam: 'Marc’s citizen profile (contact shared with Dialoog)',
    query: `query ($id: ID!) { burger(id: $id) { voornaam } }`,
    variables: { id: DEMO_IDS.burgerMarc },
    veld: 'burger',
    ok: { burger: { voornaam: 'Marc' } },
    geweigerd: { burger: null },
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK', partner: 'OK' }),
  },
  {
    naam: 'An’s question',
    query: `query ($id: ID!) { vraag(id: $id) { kanaal } }`,
    variables: { id: C.vraagAn },
    veld: 'vraag',
    ok: { vraag: { kanaal: 'EMAIL' } },
    geweigerd: { vraag: null },
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { burger: 'OK', spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK' }),
  },
  {
    naam: 'the remarks on An’s dossier',
    query: `query ($id: ID!) { dossier(id: $id) { opmerkingen { tekst dienst } } }`,
    variables: { id: DEMO_IDS.dossierAn },
    veld: 'dossier',
    ok: { dossier: { opmerkingen: [{ tekst: OPMERKING_TEKST, dienst: 'erfgoed' }] } },
    geweigerd: { dossier: null },
    geaudit: true,
    // The citizen and a city service see the dossier, but not the city's internal remarks: only that (nullable) field is refused.
    uitkomst: alle('FORBIDDEN', { spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK', burger: 'VELD', stadsdienst: 'VELD' }),
    deels: { data: { dossier: { opmerkingen: null } }, pad: ['dossier', 'opmerkingen'], veld: 'opmerkingen', message: 'Geen toegang.' },
  },
  {
    naam: 'the inbox',
    query: `{ vragenInbox { totalCount } }`,
    variables: {},
    veld: 'vragenInbox',
    ok: { vragenInbox: { totalCount: 1 } },
    geweigerd: null,
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { spoc: 'OK', energieconsulent: 'OK' }),
  },
  {
    naam: 'registering a question',
    query: `mutation ($input: RegistreerVraagInput!) { registreerVraag(input: $input) { kanaal status } }`,
    variables: { input: { kanaal: 'TELEFOON', onderwerp: 'Een vraag', contact: { naam: 'Iemand' } } },
    veld: 'registreerVraag',
    ok: { registreerVraag: { kanaal: 'TELEFOON', status: 'NIEUW' } },
    geweigerd: null,
    geaudit: false,
    uitkomst: alle('FORBIDDEN', { spoc: 'OK', energieconsulent: 'OK' }),
  },
  {
    naam: 'a remark on An’s dossier',
    query: `mutation ($input: PlaatsOpmerkingInput!) { plaatsOpmerking(input: $input) { tekst } }`,
    variables: { input: { dossierId: DEMO_IDS.dossierAn, tekst: 'Bouwaanvraag nodig voor de dakkapel.' } },
    veld: 'plaatsOpmerking',
    ok: { plaatsOpmerking: { tekst: 'Bouwaanvraag nodig voor de dakkapel.' } },
    geweigerd: null,
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK', stadsdienst: 'OK' }),
  },
  {
    naam: 'a phase change of Youssef’s dossier (from a stale version: allowed callers get CONFLICT)',
    query: FASE,
    variables: { input: { dossierId: DEMO_IDS.dossierYoussef, versie: 99, fase: 'OPTIES' } },
    veld: 'wijzigFase',
    ok: null,
    geweigerd: null,
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { spoc: 'CONFLICT', energieconsulent: 'CONFLICT' }),
    anders: {
      message: 'Het dossier werd intussen gewijzigd (nu versie 1, je vertrok van versie 99): laad het opnieuw.',
      extensions: { code: 'CONFLICT', huidigeVersie: 1 },
    },
  },
  {
    naam: 'sharing An’s documents with the Energiehuis',
    query: GEEF,
    variables: { input: { dossierId: DEMO_IDS.dossierAn, partner: 'ENERGIEHUIS', soorten: ['DOCUMENTEN'], wijze: 'DIGITAAL' } },
    veld: 'geefToestemming',
    ok: {
      geefToestemming: [
        { partner: 'ENERGIEHUIS', soort: 'CONTACTGEGEVENS', lopend: true },
        { partner: 'ENERGIEHUIS', soort: 'WONINGGEGEVENS', lopend: true },
        { partner: 'ENERGIEHUIS', soort: 'PREMIEGEGEVENS', lopend: true },
        { partner: 'ENERGIEHUIS', soort: 'DOCUMENTEN', lopend: true },
      ],
    },
    geweigerd: null,
    geaudit: true,
    uitkomst: alle('FORBIDDEN', { burger: 'OK', spoc: 'OK', energieconsulent: 'OK', renovatiebegeleider: 'OK' }),
  },
];

const clock = testClock('2026-03-02T17:00:00.000Z');
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: clock.now });
});
afterAll(() => s?.close());

const CELLEN = OPERATIES.flatMap((op) => ROLLEN.map((rol) => [op.naam, rol, op.uitkomst[rol], op] as const));

describe('the access matrix', () => {
  it.each(CELLEN)('%s — %s: %s', async (_, rol, uitkomst, op) => {
    const [{ n: voor }] = await s.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'WEIGERING'`);
    const res = await s.gql(rol, op.query, op.variables);
    const location = { locations: [{ line: 1, column: kolom(op.query, op.veld) }], path: [op.veld] };
    if (uitkomst === 'OK') {
      expect(res.body).toEqual({ data: op.ok });
    } else if (uitkomst === 'CONFLICT') {
      expect(res.body).toEqual({ data: null, errors: [{ ...op.anders, ...location }] });
    } else if (uitkomst === 'UNAUTHENTICATED') {
      expect(res.body).toEqual({ data: op.geweigerd, errors: [{ message: 'Aanmelden is vereist.', ...location, extensions: { code: 'UNAUTHENTICATED' } }] });
    } else if (uitkomst === 'VELD') {
      const { data, pad, veld, message } = op.deels!;
      expect(res.body).toEqual({ data, errors: [{ message, locations: [{ line: 1, column: kolom(op.query, veld) }], path: pad, extensions: { code: 'FORBIDDEN' } }] });
    } else {
      expect(res.body).toEqual({ data: op.geweigerd, errors: [{ message: 'Geen toegang.', ...location, extensions: { code: 'FORBIDDEN' } }] });
    }
    const [{ n: na }] = await s.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'WEIGERING'`);
    expect(na - voor).toBe((uitkomst === 'FORBIDDEN' || uitkomst === 'VELD') && op.geaudit ? 1 : 0);
  });
});
