import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { kolom } from './klantreis-helpers.js';
import { adresId, dossierId, laadStatistiekFixture } from './statistiek-fixture.js';

/*
 * The statistics on the known data set of statistiek-fixture.ts, with a k-anonymity threshold of 3 and
 * the clock at 2026-03-31 10:00 UTC. Every expected figure is worked out by hand from the fixture
 * (the comments show how); percentiles are percentile_cont: the value at (n - 1) × p, interpolated.
 */

const NU = '2026-03-31T10:00:00.000Z';
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ seed: false, now: () => new Date(NU), statistieken: { minGroep: 3, idLimiet: 20 } });
  await laadStatistiekFixture(s.dataSource);
});
afterAll(() => s?.close());

const ALLES = `query ($filter: StatistiekFilter) { statistieken(filter: $filter) {
  sleutel van tot postcodes drempel berekendOp aantalDossiers
  dossiersPerFase { fase aantal onderdrukt }
  dossiersPerStatus { status aantal onderdrukt }
  dossiersPerKanaal { kanaal aantal onderdrukt }
  dossiersPerMaand { maand aantal onderdrukt }
  faseInstroomPerMaand { maand fase aantal onderdrukt }
  doorlooptijden { fase aantal mediaanDagen p90Dagen onderdrukt }
  openVragen { aantal perStatus { status aantal onderdrukt } perLeeftijd { vanDagen totDagen aantal onderdrukt } }
  uitgevoerdeMaatregelen { categorie aantal bedragExclBtw gefactureerdExclBtw onderdrukt }
  aantalBegeleideWoningen
} }`;

/** A group that is shown, and one that is suppressed. */
const n = (aantal: number) => ({ aantal, onderdrukt: false });
const X = { aantal: null, onderdrukt: true };
const fasen = (c: object, o: object, f: object, l: object, u: object) =>
  [c, o, f, l, u].map((g, i) => ({ fase: ['CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN'][i], ...g }));
const statussen = (lopend: object, afgesloten: object, stopgezet: object) => [
  { status: 'LOPEND', ...lopend },
  { status: 'AFGESLOTEN', ...afgesloten },
  { status: 'STOPGEZET', ...stopgezet },
];
const kanalen = (cf: object, email: object, tel: object, loket: object, digitaal: object, zonder: object) =>
  [cf, email, tel, loket, digitaal, zonder].map((g, i) => ({ kanaal: ['CONTACTFORMULIER', 'EMAIL', 'TELEFOON', 'FYSIEK_LOKET', 'DIGITAAL_LOKET', null][i], ...g }));
const instroom = (maand: string, ...g: [object, object, object, object, object]) => fasen(...g).map((x) => ({ maand, ...x }));
const doorloop = (fase: string, aantal: number | null, mediaanDagen: number | null = null, p90Dagen: number | null = null) => ({
  fase,
  aantal,
  mediaanDagen,
  p90Dagen,
  onderdrukt: aantal === null,
});
const leeftijden = (...g: [object, object, object, object, object]) =>
  g.map((x, i) => ({ vanDagen: [0, 3, 7, 14, 30][i], totDagen: [3, 7, 14, 30, null][i], ...x }));
const CATEGORIEEN = ['DAK', 'BUITENMUUR', 'VLOER', 'RAMEN_EN_DEUREN', 'WARMTEPOMP', 'WARMTEPOMPBOILER', 'ZONNEBOILER', 'VENTILATIE', 'ELEKTRICITEIT_EN_SANITAIR', 'BINNENRENOVATIE', 'ASBESTVERWIJDERING'];
const maatregelen = (per: Record<string, object>) =>
  CATEGORIEEN.map((categorie) => ({ categorie, ...(per[categorie] ?? { aantal: 0, bedragExclBtw: null, gefactureerdExclBtw: null, onderdrukt: false }) }));
const ONDERDRUKTE_MAATREGELEN = { aantal: null, bedragExclBtw: null, gefactureerdExclBtw: null, onderdrukt: true };

const vraag = (filter?: Record<string, unknown>) => s.gql('analist', ALLES, filter ? { filter } : {});

describe('the statistics of everything', () => {
  it('states each figure, with the small groups suppressed', async () => {
    expect((await vraag()).body).toEqual({
      data: {
        statistieken: {
          sleutel: '{"van":null,"tot":null,"postcodes":null}',
          van: null,
          tot: null,
          postcodes: null,
          drempel: 3,
          berekendOp: NU,
          aantalDossiers: 10,
          // Running: 2, 4 (OPTIES); 5, 10 (CONTACTNAME); 7, 9 (OPTIES); 1 (FINANCIEREN); 3 (LEVERANCIERS).
          dossiersPerFase: fasen(X, n(4), X, X, n(0)),
          // 8 running; 8 closed, 6 stopped: two small groups, neither can be computed back from the total.
          dossiersPerStatus: statussen(n(8), X, X),
          // E-mail 1, 2, 6, 8; phone 3, 4; desk 7; form 9; digital 10; without a question 5.
          dossiersPerKanaal: kanalen(X, n(4), X, X, X, X),
          // Dossier 4 opened at 23:30 UTC on 31 January: in February in Belgium.
          dossiersPerMaand: [
            { maand: '2025-12', ...X },
            { maand: '2026-01', ...n(3) },
            { maand: '2026-02', ...n(4) },
            { maand: '2026-03', ...X },
          ],
          faseInstroomPerMaand: [
            ...instroom('2025-12', X, X, X, n(0), n(0)),
            ...instroom('2026-01', n(3), n(3), X, X, X),
            ...instroom('2026-02', n(4), n(3), n(0), X, n(0)),
            // Dossier 9 came into CONTACTNAME twice (opened, and a step back): with 10, three entries.
            ...instroom('2026-03', n(3), X, n(0), n(0), n(0)),
          ],
          doorlooptijden: [
            // Stays of 5, 2, 4, 5, 8, 3, 10, 2 and 3 days: sorted 2 2 3 3 4 5 5 8 10; median the 5th; p90 at 7.2: 8 + 0.2 × 2.
            doorloop('CONTACTNAME', 9, 4, 8.4),
            // 10, 14, 10 and 2 (dossier 9 went back after 2 days; dossier 6 stopped: not counted): 2 10 10 14; p90 at 2.7: 10 + 0.7 × 4.
            doorloop('OPTIES', 4, 10, 12.8),
            doorloop('FINANCIEREN', null),
            doorloop('LEVERANCIERS', null),
            doorloop('UITVOEREN_EN_BETALEN', null),
          ],
          openVragen: {
            // Question 7 is handled; the others wait: 1, 2, 5, 8, 9 new, 3, 4, 6 being handled.
            aantal: 8,
            perStatus: [
              { status: 'NIEUW', ...n(5) },
              { status: 'IN_BEHANDELING', ...n(3) },
            ],
            // Ages on 31 March 10:00: 1, 0.9 and 0.1 days (1, 8, 9); 4 (2); 11 (3); 26 (4); 58 and 75 (5, 6).
            perLeeftijd: leeftijden(n(3), X, X, X, X),
          },
          uitgevoerdeMaatregelen: maatregelen({
            // Roofs: invoiced 9 500, estimated 12 000, invoiced 11 000.50.
            DAK: { aantal: 3, bedragExclBtw: 32500.5, gefactureerdExclBtw: 20500.5, onderdrukt: false },
            RAMEN_EN_DEUREN: ONDERDRUKTE_MAATREGELEN,
          }),
          // Dossiers 6 and 10 are about the same home.
          aantalBegeleideWoningen: 9,
        },
      },
    });
  });
});

describe('filters', () => {
  it('a period: each figure counts by its own date, in Belgian days', async () => {
    expect((await vraag({ van: '2026-01-01', tot: '2026-02-28' })).body).toEqual({
      data: {
        statistieken: {
          sleutel: '{"van":"2026-01-01","tot":"2026-02-28","postcodes":null}',
          van: '2026-01-01',
          tot: '2026-02-28',
          postcodes: null,
          drempel: 3,
          berekendOp: NU,
          // Opened in January and February: 1 to 7.
          aantalDossiers: 7,
          dossiersPerFase: fasen(X, n(3), X, X, n(0)),
          // Only 6 stopped: its group is small, and 7 - 6 would give it away, so 6 running is suppressed too.
          dossiersPerStatus: statussen(X, n(0), X),
          dossiersPerKanaal: kanalen(n(0), n(3), X, X, n(0), X),
          dossiersPerMaand: [
            { maand: '2026-01', ...n(3) },
            { maand: '2026-02', ...n(4) },
          ],
          faseInstroomPerMaand: [...instroom('2026-01', n(3), n(3), X, X, X), ...instroom('2026-02', n(4), n(3), n(0), X, n(0))],
          doorlooptijden: [
            // Left CONTACTNAME in the period: 5, 2, 4, 5, 8, 3: sorted 2 3 4 5 5 8; median (4 + 5) / 2; p90 at 4.5: 5 + 0.5 × 3.
            doorloop('CONTACTNAME', 6, 4.5, 6.5),
            doorloop('OPTIES', null),
            doorloop('FINANCIEREN', null),
            doorloop('LEVERANCIERS', null),
            doorloop('UITVOEREN_EN_BETALEN', null),
          ],
          // Questions 5 and 6 came in in the period and wait still.
          openVragen: { aantal: null, perStatus: [{ status: 'NIEUW', ...X }, { status: 'IN_BEHANDELING', ...X }], perLeeftijd: leeftijden(n(0), n(0), n(0), n(0), X) },
          // Executed in the period: roofs of 8 and 1, the windows of 8.
          uitgevoerdeMaatregelen: maatregelen({ DAK: ONDERDRUKTE_MAATREGELEN, RAMEN_EN_DEUREN: ONDERDRUKTE_MAATREGELEN }),
          // Running at some moment of the period: 1 to 8 (8 closed on 21 February, 6 stopped on 1 March).
          aantalBegeleideWoningen: 8,
        },
      },
    });
  });

  it('postcodes: the homes of 3010 only', async () => {
    expect((await vraag({ postcodes: ['3010'] })).body).toEqual({
      data: {
        statistieken: {
          sleutel: '{"van":null,"tot":null,"postcodes":["3010"]}',
          van: null,
          tot: null,
          postcodes: ['3010'],
          drempel: 3,
          berekendOp: NU,
          // 4, 5, 7 and 9.
          aantalDossiers: 4,
          // 5 in CONTACTNAME alone; 4 running minus it would give the 3 in OPTIES away: both suppressed.
          dossiersPerFase: fasen(X, X, n(0), n(0), n(0)),
          dossiersPerStatus: statussen(n(4), n(0), n(0)),
          dossiersPerKanaal: kanalen(X, n(0), X, X, n(0), X),
          // February 3 (4, 5, 7), March 1 (9): the single small month would follow from the total.
          dossiersPerMaand: [
            { maand: '2026-02', ...X },
            { maand: '2026-03', ...X },
          ],
          faseInstroomPerMaand: [...instroom('2026-02', n(3), X, n(0), n(0), n(0)), ...instroom('2026-03', X, X, n(0), n(0), n(0))],
          // CONTACTNAME: 5, 3, 2 and 3 days: 2 3 3 5; median 3; p90 at 2.7: 3 + 0.7 × 2.
          doorlooptijden: [doorloop('CONTACTNAME', 4, 3, 4.4), doorloop('OPTIES', null), doorloop('FINANCIEREN', 0), doorloop('LEVERANCIERS', 0), doorloop('UITVOEREN_EN_BETALEN', 0)],
          // Questions 3, 4 (being handled) and 8 (new).
          openVragen: { aantal: 3, perStatus: [{ status: 'NIEUW', ...X }, { status: 'IN_BEHANDELING', ...X }], perLeeftijd: leeftijden(X, n(0), X, X, n(0)) },
          uitgevoerdeMaatregelen: maatregelen({}),
          aantalBegeleideWoningen: 4,
        },
      },
    });
  });

  const DEEL = `query ($filter: StatistiekFilter) { statistieken(filter: $filter) { sleutel aantalDossiers aantalBegeleideWoningen
    openVragen { aantal perStatus { status aantal onderdrukt } perLeeftijd { aantal onderdrukt } } uitgevoerdeMaatregelen { categorie aantal } } }`;

  it('from a day on: what came in or was executed since, and the homes guided since', async () => {
    const res = await s.gql<{ statistieken: { uitgevoerdeMaatregelen: Array<{ categorie: string; aantal: number | null }> } }>('spoc', DEEL, { filter: { van: '2026-03-01' } });
    expect(res.body).toEqual({
      data: {
        statistieken: {
          sleutel: '{"van":"2026-03-01","tot":null,"postcodes":null}',
          // Opened since: 9 and 10.
          aantalDossiers: null,
          // All but 8, which closed before; 6 and 10 share a home.
          aantalBegeleideWoningen: 8,
          // 1, 2, 8, 9 new; 3, 4 being handled (secondary suppression); ages 1, 0.9, 0.1 | 4 | 11 | 26.
          openVragen: {
            aantal: 6,
            perStatus: [
              { status: 'NIEUW', ...X },
              { status: 'IN_BEHANDELING', ...X },
            ],
            perLeeftijd: [n(3), X, X, X, n(0)],
          },
          uitgevoerdeMaatregelen: CATEGORIEEN.map((categorie) => ({ categorie, aantal: categorie === 'DAK' ? null : 0 })),
        },
      },
    });
  });

  it('up to a day: the last day is a whole Belgian day (dossier 4, opened at 00:30 on 1 February, is not in January)', async () => {
    const q = `query ($filter: StatistiekFilter) { statistieken(filter: $filter) { aantalDossiers aantalBegeleideWoningen dossiersPerMaand { maand aantal } } }`;
    // Opened up to 31 January: 1, 2, 3 and 8 (December 1 alone, which 4 - 3 would give away); with 1 February also 4.
    expect((await s.gql('energieconsulent', q, { filter: { tot: '2026-01-31' } })).body).toEqual({
      data: { statistieken: { aantalDossiers: 4, aantalBegeleideWoningen: 4, dossiersPerMaand: [{ maand: '2025-12', aantal: null }, { maand: '2026-01', aantal: null }] } },
    });
    expect((await s.gql('energieconsulent', q, { filter: { tot: '2026-02-01' } })).body).toEqual({
      data: {
        statistieken: {
          aantalDossiers: 5,
          aantalBegeleideWoningen: 5,
          dossiersPerMaand: [{ maand: '2025-12', aantal: null }, { maand: '2026-01', aantal: 3 }, { maand: '2026-02', aantal: null }],
        },
      },
    });
  });

  it('the same filter, however written, has the same key', async () => {
    const q = `query ($filter: StatistiekFilter) { statistieken(filter: $filter) { sleutel postcodes } }`;
    expect((await s.gql('analist', q, { filter: { postcodes: ['3010', '3000', '3010'], van: null } })).body).toEqual({
      data: { statistieken: { sleutel: '{"van":null,"tot":null,"postcodes":["3000","3010"]}', postcodes: ['3000', '3010'] } },
    });
  });

  it.each([
    [{ van: '2026-03-01', tot: '2026-02-01' }, "'filter.tot' (2026-02-01) ligt voor 'filter.van' (2026-03-01).", 'filter.tot'],
    [{ postcodes: [] }, "'filter.postcodes' mag niet leeg zijn: laat de filter weg voor alle postcodes.", 'filter.postcodes'],
    [{ postcodes: ['3000', '300'] }, "'filter.postcodes' is geen Belgische postcode (4 cijfers).", 'filter.postcodes'],
    [{ postcodes: Array.from({ length: 51 }, (_, i) => String(3000 + i)) }, "'filter.postcodes' telt hoogstens 50 postcodes.", 'filter.postcodes'],
  ])('a bad filter %j is BAD_USER_INPUT, before any SQL', async (filter, message, field) => {
    s.queries.reset();
    expect((await vraag(filter)).body).toEqual({
      data: null,
      errors: [{ message, locations: [{ line: 1, column: kolom(ALLES, 'statistieken') }], path: ['statistieken'], extensions: { field, code: 'BAD_USER_INPUT' } }],
    });
    expect(s.queries.count).toBe(0);
  });

  it('an impossible day is refused by the Datum scalar', async () => {
    expect((await vraag({ van: '2026-02-30' })).body).toEqual({
      errors: [
        {
          message: 'Variable "$filter" got invalid value "2026-02-30" at "filter.van"; Geen geldige datum: verwacht een kalenderdag in ISO-8601, bv. 2026-03-01.',
          locations: [{ line: 1, column: 8 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });
});

describe('the entity Statistieken for other subgraphs', () => {
  const ENTITEIT = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Statistieken { sleutel aantalDossiers begeleideWoningen dossierIds } } }`;
  const ref = (sleutel: string) => ({ __typename: 'Statistieken', sleutel });

  it('resolves a key to its figures, and to the homes and dossiers (internal fields) another subgraph @requires', async () => {
    const alle = '{"van":null,"tot":null,"postcodes":null}';
    const oost = '{"van":null,"tot":null,"postcodes":["3010"]}';
    expect((await s.gql('analist', ENTITEIT, { r: [ref(alle), ref(oost)] })).body).toEqual({
      data: {
        _entities: [
          {
            sleutel: alle,
            aantalDossiers: 10,
            begeleideWoningen: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(adresId),
            dossierIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(dossierId),
          },
          { sleutel: oost, aantalDossiers: 4, begeleideWoningen: [4, 5, 7, 9].map(adresId), dossierIds: [4, 5, 7, 9].map(dossierId) },
        ],
      },
    });
  });

  it('refuses a key that is not the canonical form of a valid filter', async () => {
    const fout = { message: 'Ongeldige sleutel van Statistieken: verwacht bv. {"van":"2026-01-01","tot":null,"postcodes":null}.', locations: [{ line: 1, column: 24 }], extensions: { field: 'sleutel', code: 'BAD_USER_INPUT' } };
    const r = [ref('{"postcodes":null,"van":null,"tot":null}'), ref('niet eens JSON'), ref('{"van":null,"tot":null,"postcodes":["300"]}')];
    expect((await s.gql('analist', ENTITEIT, { r })).body).toEqual({
      data: { _entities: [null, null, null] },
      errors: [
        { ...fout, path: ['_entities', 0] },
        { ...fout, path: ['_entities', 1] },
        { message: "'sleutel.postcodes' is geen Belgische postcode (4 cijfers).", locations: [{ line: 1, column: 24 }], path: ['_entities', 2], extensions: { field: 'sleutel.postcodes', code: 'BAD_USER_INPUT' } },
      ],
    });
  });

  it('answers QUERY_TOO_COSTLY when the selection is larger than the cap (the other figures stay)', async () => {
    const t = await startDossierSubgraph({ seed: false, now: () => new Date(NU), statistieken: { minGroep: 3, idLimiet: 5 } });
    try {
      await laadStatistiekFixture(t.dataSource);
      const res = await t.gql('analist', ENTITEIT, { r: [ref('{"van":null,"tot":null,"postcodes":null}'), ref('{"van":null,"tot":null,"postcodes":["3010"]}')] });
      // A non-null field that fails takes its object with it: the first error is the one reported.
      expect(res.body).toEqual({
        data: { _entities: [null, { sleutel: '{"van":null,"tot":null,"postcodes":["3010"]}', aantalDossiers: 4, begeleideWoningen: [4, 5, 7, 9].map(adresId), dossierIds: [4, 5, 7, 9].map(dossierId) }] },
        errors: [
          {
            message: 'De selectie telt meer dan 5 woningen: te veel voor cijfers per woning of dossier. Verfijn de filter (periode of postcodes).',
            locations: [{ line: 1, column: kolom(ENTITEIT, 'begeleideWoningen') }],
            path: ['_entities', 0, 'begeleideWoningen'],
            extensions: { limiet: 5, code: 'QUERY_TOO_COSTLY' },
          },
        ],
      });
    } finally {
      await t.close();
    }
  });
});

describe('access and cost', () => {
  const KORT = `{ statistieken { aantalDossiers } }`;

  it.each(['analist', 'spoc', 'energieconsulent'])('%s may read them', async (who) => {
    expect((await s.gql(who, KORT)).body).toEqual({ data: { statistieken: { aantalDossiers: 10 } } });
  });

  it.each(['burger', 'renovatiebegeleider', 'partner', 'stadsdienst', 'burgerprofiel'])('%s gets FORBIDDEN, also through a reference', async (who) => {
    expect((await s.gql(who, KORT)).body).toEqual({ data: null, errors: [{ message: 'Geen toegang.', locations: [{ line: 1, column: 3 }], path: ['statistieken'], extensions: { code: 'FORBIDDEN' } }] });
    const ref = { __typename: 'Statistieken', sleutel: '{"van":null,"tot":null,"postcodes":null}' };
    expect((await s.gql(who, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Statistieken { aantalDossiers } } }`, { r: [ref] })).body).toEqual({
      data: { _entities: [null] },
      errors: [{ message: 'Geen toegang.', locations: [{ line: 1, column: 24 }], path: ['_entities', 0], extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it('anonymous callers must log in', async () => {
    expect((await s.gql('anoniem', KORT)).body).toEqual({ data: null, errors: [{ message: 'Aanmelden is vereist.', locations: [{ line: 1, column: 3 }], path: ['statistieken'], extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('all figures cost six SQL statements, one per kind, whatever the data; nothing is written to the audit log', async () => {
    s.queries.reset();
    await vraag({ van: '2025-01-01', postcodes: ['3000', '3010'] });
    const soort = (sql: string) =>
      /GROUPING\(s\.status, s\.fase/.test(sql)
        ? 'dossiers'
        : /FROM stat_instroom t/.test(sql)
          ? 'instroom'
          : /FROM stat_verblijf t/.test(sql)
            ? 'doorlooptijden'
            : /FROM vraag v/.test(sql)
              ? 'vragen'
              : /FROM stat_maatregel t/.test(sql)
                ? 'maatregelen'
                : /count\(\*\)::int AS n FROM \(SELECT DISTINCT d\.adres_id/.test(sql)
                  ? 'woningen'
                  : sql;
    expect(s.queries.statements.map(soort).sort()).toEqual(['doorlooptijden', 'dossiers', 'instroom', 'maatregelen', 'vragen', 'woningen']);
  });
});
