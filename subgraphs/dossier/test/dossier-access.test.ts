import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../src/repositories/index.js';
import { startDossierSubgraph, rowCounts, type DossierTestSubgraph } from './helpers.js';
import { AN_DOSSIER, C, DEMO_IDS, DOSSIER_FIELDS, NOT_EXISTING_ID, refused, unauthenticated } from './fixtures.js';

let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph();
});
afterAll(() => s?.close());

// `dossier` starts at line 1, column 19 of this query.
const DOSSIER = `query ($id: ID!) { dossier(id: $id) { ${DOSSIER_FIELDS} } }`;

describe('dossier(id) per role', () => {
  it.each(['spoc', 'energieconsulent', 'burger', 'renovatiebegeleider'])('%s sees An’s dossier', async (who) => {
    const res = await s.gql(who, DOSSIER, { id: DEMO_IDS.dossierAn });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { dossier: AN_DOSSIER } });
  });

  it('Youssef gets the same refusal for An’s dossier as for a dossier that does not exist', async () => {
    const other = await s.gql('burger2', DOSSIER, { id: DEMO_IDS.dossierAn });
    const missing = await s.gql('burger2', DOSSIER, { id: NOT_EXISTING_ID });
    expect(other.body).toEqual({ data: { dossier: null }, errors: [refused(['dossier'], 1, 20)] });
    expect(missing.body).toEqual(other.body);
  });

  it('the renovatiebegeleider sees only the dossiers assigned to her', async () => {
    const assigned = await s.gql('renovatiebegeleider', `query ($id: ID!) { dossier(id: $id) { referentie renovatiebegeleider { id } } }`, {
      id: DEMO_IDS.dossierMarc,
    });
    expect(assigned.body).toEqual({ data: { dossier: { referentie: 'REN-2026-000004', renovatiebegeleider: { id: 'stad-lies.wouters' } } } });
    for (const id of [DEMO_IDS.dossierYoussef, C.dossierEls, NOT_EXISTING_ID]) {
      const res = await s.gql('renovatiebegeleider', DOSSIER, { id });
      expect(res.body).toEqual({ data: { dossier: null }, errors: [refused(['dossier'], 1, 20)] });
    }
  });

  it('a city service sees the dossier without personal data: asking for the citizen is refused', async () => {
    const res = await s.gql('stadsdienst', DOSSIER, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({
      data: { dossier: null },
      errors: [
        {
          message: 'Je hebt geen inzage in CONTACTGEGEVENS van dit dossier.',
          locations: [{ line: 2, column: 3 }],
          path: ['dossier', 'burger'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    const zonder = await s.gql('stadsdienst', `query ($id: ID!) { dossier(id: $id) { referentie titel woning { adresId } maatregelen { categorie } zichtbareGegevens } }`, {
      id: DEMO_IDS.dossierAn,
    });
    expect(zonder.body).toEqual({
      data: {
        dossier: {
          referentie: 'REN-2026-000003',
          titel: 'Renovatie rijwoning Tiensestraat 120',
          woning: { adresId: '3000120' },
          maatregelen: AN_DOSSIER.maatregelen.map((m) => ({ categorie: m.categorie })),
          zichtbareGegevens: ['WONINGGEGEVENS', 'RENOVATIEPLAN'],
        },
      },
    });
  });

  it.each(['analist', 'partner', 'burgerprofiel'])('%s is refused', async (who) => {
    const res = await s.gql(who, DOSSIER, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({ data: { dossier: null }, errors: [refused(['dossier'], 1, 20)] });
  });

  it('an anonymous caller must log in', async () => {
    const res = await s.gql('anoniem', DOSSIER, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({ data: { dossier: null }, errors: [unauthenticated(['dossier'], 1, 20)] });
  });

  it('staff, who may see every dossier, get NOT_FOUND for an id that does not exist', async () => {
    const res = await s.gql('spoc', DOSSIER, { id: NOT_EXISTING_ID });
    expect(res.body).toEqual({
      data: { dossier: null },
      errors: [{ message: 'Dossier niet gevonden.', locations: [{ line: 1, column: 20 }], path: ['dossier'], extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('a malformed id is bad input and reaches no SQL', async () => {
    s.queries.reset();
    const res = await s.gql('spoc', DOSSIER, { id: 'REN-2026-000003' });
    expect(res.body).toEqual({
      data: { dossier: null },
      errors: [
        {
          message: 'Ongeldig dossier-id: verwacht een UUID.',
          locations: [{ line: 1, column: 20 }],
          path: ['dossier'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
        },
      ],
    });
    expect(s.queries.count).toBe(0);
  });

  it('dossier.vragen lists the questions of the dossier', async () => {
    const res = await s.gql('burger2', `query ($id: ID!) { dossier(id: $id) { vragen { id kanaal onderwerp status ontvangenOp } } }`, {
      id: DEMO_IDS.dossierYoussef,
    });
    expect(res.body).toEqual({
      data: {
        dossier: {
          vragen: [
            {
              id: C.vraagYoussef,
              kanaal: 'TELEFOON',
              onderwerp: 'Welke premies zijn er voor dakisolatie en een warmtepomp?',
              status: 'DOSSIER_GEOPEND',
              ontvangenOp: '2026-02-21T09:00:00.000Z',
            },
          ],
        },
      },
    });
  });
});

describe('citizens', () => {
  const IK = `{ ik { id insz voornaam achternaam email telefoon dossiers { referentie } vragen { onderwerp } } }`;

  it('ik is the logged-in citizen’s own profile, with their INSZ, dossiers and questions', async () => {
    const res = await s.gql('burger', IK);
    expect(res.body).toEqual({
      data: {
        ik: {
          id: DEMO_IDS.burgerAn,
          insz: '85031412302',
          voornaam: 'An',
          achternaam: 'Peeters',
          email: 'an.peeters@example.be',
          telefoon: '+32 470 12 34 56',
          dossiers: [{ referentie: 'REN-2026-000003' }],
          vragen: [{ onderwerp: 'Begeleiding bij de renovatie van mijn rijwoning' }],
        },
      },
    });
  });

  it('ik is null for staff and UNAUTHENTICATED for anonymous callers', async () => {
    expect((await s.gql('spoc', IK)).body).toEqual({ data: { ik: null } });
    expect((await s.gql('anoniem', IK)).body).toEqual({ data: { ik: null }, errors: [unauthenticated(['ik'], 1, 3)] });
  });

  const BURGER = `query ($id: ID!) { burger(id: $id) { id voornaam insz dossiers { referentie } } }`;

  it('the SPOC sees any citizen with INSZ and every dossier', async () => {
    const res = await s.gql('spoc', BURGER, { id: DEMO_IDS.burgerMarc });
    expect(res.body).toEqual({
      data: { burger: { id: DEMO_IDS.burgerMarc, voornaam: 'Marc', insz: '58120312322', dossiers: [{ referentie: 'REN-2026-000004' }] } },
    });
  });

  it('the renovatiebegeleider sees the citizens of her dossiers, without their INSZ', async () => {
    const res = await s.gql('renovatiebegeleider', BURGER, { id: DEMO_IDS.burgerMarc });
    expect(res.body).toEqual({
      data: { burger: { id: DEMO_IDS.burgerMarc, voornaam: 'Marc', insz: null, dossiers: [{ referentie: 'REN-2026-000004' }] } },
      errors: [
        {
          message: 'Het rijksregisternummer is enkel zichtbaar voor de SPOC, de energieconsulent en de burger zelf.',
          locations: [{ line: 1, column: 50 }],
          path: ['burger', 'insz'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  });

  it('another citizen, or a citizen outside the coach’s dossiers, is refused like an unknown id', async () => {
    for (const [who, id] of [
      ['renovatiebegeleider', DEMO_IDS.burgerYoussef],
      ['burger', DEMO_IDS.burgerYoussef],
      ['burger', NOT_EXISTING_ID],
      ['partner', DEMO_IDS.burgerAn],
    ] as const) {
      const res = await s.gql(who, BURGER, { id });
      expect(res.body, `${who} ${id}`).toEqual({ data: { burger: null }, errors: [refused(['burger'], 1, 20)] });
    }
  });

  it('a coach sees only the dossiers of a citizen that are assigned to her', async () => {
    // A second dossier of An, for another home, not assigned to Lies.
    const repos = createRepositories(s.dataSource.manager);
    const extra = await repos.dossiers.insert({
      id: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0099',
      titel: 'Tweede woning',
      fase: 'CONTACTNAME',
      status: 'LOPEND',
      burgerId: DEMO_IDS.burgerAn,
      adresId: '3012008',
      spocSub: 'stad-sofie.claes',
      renovatiebegeleiderSub: null,
      geopendOp: new Date('2026-03-01T10:00:00.000Z'),
      laatsteWijziging: new Date('2026-03-01T10:00:00.000Z'),
    });
    try {
      const query = `query ($id: ID!) { burger(id: $id) { dossiers { id } } }`;
      const spoc = await s.gql('spoc', query, { id: DEMO_IDS.burgerAn });
      const an = await s.gql('burger', query, { id: DEMO_IDS.burgerAn });
      const lies = await s.gql('renovatiebegeleider', query, { id: DEMO_IDS.burgerAn });
      expect(spoc.body).toEqual({ data: { burger: { dossiers: [{ id: extra.id }, { id: DEMO_IDS.dossierAn }] } } });
      expect(an.body).toEqual(spoc.body);
      expect(lies.body).toEqual({ data: { burger: { dossiers: [{ id: DEMO_IDS.dossierAn }] } } });
    } finally {
      await s.dataSource.query('DELETE FROM dossier WHERE id = $1', [extra.id]);
    }
  });
});

describe('questions', () => {
  const VRAAG = `query ($id: ID!) { vraag(id: $id) { id kanaal status burger { voornaam } woning { adresId } dossier { referentie } } }`;

  it('a citizen sees their own question with its citizen, home and dossier', async () => {
    const res = await s.gql('burger2', VRAAG, { id: C.vraagYoussef });
    expect(res.body).toEqual({
      data: {
        vraag: {
          id: C.vraagYoussef,
          kanaal: 'TELEFOON',
          status: 'DOSSIER_GEOPEND',
          burger: { voornaam: 'Youssef' },
          woning: { adresId: '3010250' },
          dossier: { referentie: 'REN-2026-000005' },
        },
      },
    });
  });

  it('a question without a dossier has dossier null', async () => {
    const res = await s.gql('spoc', VRAAG, { id: C.vraagFatima });
    expect(res.body).toEqual({
      data: { vraag: { id: C.vraagFatima, kanaal: 'CONTACTFORMULIER', status: 'NIEUW', burger: { voornaam: 'Fatima' }, woning: { adresId: '3018031' }, dossier: null } },
    });
  });

  it('someone else’s question is refused; a coach sees the questions of her dossiers only', async () => {
    expect((await s.gql('burger', VRAAG, { id: C.vraagYoussef })).body).toEqual({ data: { vraag: null }, errors: [refused(['vraag'], 1, 20)] });
    expect((await s.gql('renovatiebegeleider', VRAAG, { id: C.vraagFatima })).body).toEqual({
      data: { vraag: null },
      errors: [refused(['vraag'], 1, 20)],
    });
    expect((await s.gql('renovatiebegeleider', `query ($id: ID!) { vraag(id: $id) { id } }`, { id: C.vraagMarc })).body).toEqual({
      data: { vraag: { id: C.vraagMarc } },
    });
  });
});

it('reading changes nothing', async () => {
  expect(await rowCounts(s.dataSource)).toEqual({ burger: 6, vraag: 6, dossier: 5, maatregel: 10 });
});
