import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossiers, type Generated } from './generate.js';
import { rowCounts, startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { DEMO_IDS, LIST_ORDER, refused, unauthenticated } from './fixtures.js';

const PAGE = `query ($first: Int, $after: String) {
  dossiers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id referentie } } }
}`;

interface Page {
  dossiers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; referentie: string } }>;
  };
}

describe('on the demo data', () => {
  let s: DossierTestSubgraph;
  beforeAll(async () => {
    s = await startDossierSubgraph();
  });
  afterAll(() => s?.close());

  it('pages through every dossier, last changed first, with first/after', async () => {
    const first = await s.gql<Page>('spoc', PAGE, { first: 2 });
    const c = first.body.data!.dossiers.edges.map((e) => e.cursor);
    expect(first.body).toEqual({
      data: {
        dossiers: {
          totalCount: 5,
          pageInfo: { hasNextPage: true, endCursor: c[1] },
          edges: [
            { cursor: c[0], node: LIST_ORDER[0] },
            { cursor: c[1], node: LIST_ORDER[1] },
          ],
        },
      },
    });
    const second = await s.gql<Page>('spoc', PAGE, { first: 2, after: c[1] });
    const c2 = second.body.data!.dossiers.edges.map((e) => e.cursor);
    expect(second.body).toEqual({
      data: {
        dossiers: {
          totalCount: 5,
          pageInfo: { hasNextPage: true, endCursor: c2[1] },
          edges: [
            { cursor: c2[0], node: LIST_ORDER[2] },
            { cursor: c2[1], node: LIST_ORDER[3] },
          ],
        },
      },
    });
    const last = await s.gql<Page>('spoc', PAGE, { first: 2, after: c2[1] });
    const c3 = last.body.data!.dossiers.edges.map((e) => e.cursor);
    expect(last.body).toEqual({
      data: { dossiers: { totalCount: 5, pageInfo: { hasNextPage: false, endCursor: c3[0] }, edges: [{ cursor: c3[0], node: LIST_ORDER[4] }] } },
    });
    const beyond = await s.gql<Page>('spoc', PAGE, { first: 2, after: c3[0] });
    expect(beyond.body).toEqual({ data: { dossiers: { totalCount: 5, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } });
  });

  it('uses 20 when first is not given', async () => {
    const res = await s.gql<Page>('energieconsulent', `{ dossiers { totalCount edges { node { referentie } } } }`);
    expect(res.body).toEqual({ data: { dossiers: { totalCount: 5, edges: LIST_ORDER.map((d) => ({ node: { referentie: d.referentie } })) } } });
  });

  it.each([
    ['renovatiebegeleider', [LIST_ORDER[0], LIST_ORDER[1]]],
    ['burger', [LIST_ORDER[0]]],
    ['burger2', [LIST_ORDER[3]]],
  ])('%s lists only the dossiers they may see, and counts only those', async (who, expected) => {
    const res = await s.gql(who, `{ dossiers(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id referentie } } } }`);
    expect(res.body).toEqual({
      data: { dossiers: { totalCount: expected.length, pageInfo: { hasNextPage: false }, edges: expected.map((node) => ({ node })) } },
    });
  });

  it('a partner lists the dossiers assigned to its organisation with the citizen’s consent', async () => {
    const res = await s.gql('partner', `{ dossiers { totalCount edges { node { id referentie } } } }`);
    expect(res.body).toEqual({ data: { dossiers: { totalCount: 1, edges: [{ node: { id: DEMO_IDS.dossierMarc, referentie: 'REN-2026-000004' } }] } } });
  });

  it('a city service lists every dossier (of which it sees the parts without personal data)', async () => {
    const res = await s.gql('stadsdienst', `{ dossiers { totalCount } }`);
    expect(res.body).toEqual({ data: { dossiers: { totalCount: 5 } } });
  });

  it.each(['analist', 'burgerprofiel'])('%s is refused the list', async (who) => {
    const res = await s.gql(who, `{ dossiers { totalCount } }`);
    expect(res.body).toEqual({ data: null, errors: [refused(['dossiers'], 1, 3)] });
  });

  it('an anonymous caller must log in', async () => {
    const res = await s.gql('anoniem', `{ dossiers { totalCount } }`);
    expect(res.body).toEqual({ data: null, errors: [unauthenticated(['dossiers'], 1, 3)] });
  });

  const badFirst = {
    message: "'first' moet tussen 1 en 100 liggen.",
    locations: [{ line: 2, column: 3 }],
    path: ['dossiers'],
    extensions: { code: 'BAD_USER_INPUT', argument: 'first', min: 1, max: 100 },
  };
  const badCursor = {
    message: "Ongeldige cursor: geef de 'endCursor' van een vorige pagina als 'after'.",
    locations: [{ line: 2, column: 3 }],
    path: ['dossiers'],
    extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
  };

  it.each([
    [{ first: 0 }, badFirst],
    [{ first: 101 }, badFirst],
    [{ first: -5 }, badFirst],
    [{ first: 10, after: 'not a cursor' }, badCursor],
    [{ first: 10, after: Buffer.from('d1|gisteren|5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0001').toString('base64url') }, badCursor],
    [{ first: 10, after: Buffer.from("d1|2026-02-28T09:00:00.000Z|1' OR '1'='1").toString('base64url') }, badCursor],
    [{ first: 10, after: Buffer.from('d0|2026-02-28T09:00:00.000Z|5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0001').toString('base64url') }, badCursor],
  ])('refuses %j with a clear error, without touching the database', async (variables, error) => {
    const before = await rowCounts(s.dataSource);
    s.queries.reset();
    const res = await s.gql('spoc', PAGE, variables);
    expect(res.body).toEqual({ data: null, errors: [error] });
    expect(s.queries.count).toBe(0);
    expect(await rowCounts(s.dataSource)).toEqual(before);
  });
});

describe('on many dossiers with equal timestamps', () => {
  let s: DossierTestSubgraph;
  let g: Generated;
  beforeAll(async () => {
    s = await startDossierSubgraph({ seed: false });
    g = await generateDossiers(s.dataSource, { count: 45, burgerCount: 7, maatregelenPer: 1 });
  });
  afterAll(() => s?.close());

  it.each([1, 2, 7, 45, 100])('walking with first=%i visits every dossier once, in order', async (size) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let calls = 0; calls < 50; calls++) {
      const res: { body: { data?: Page | null } } = await s.gql<Page>('spoc', PAGE, { first: size, after });
      const page: Page['dossiers'] = res.body.data!.dossiers;
      expect(page.totalCount).toBe(45);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(g.dossiers.map((d) => d.id));
  });

  it('the coach’s list is the assigned subset, in the same order', async () => {
    const res = await s.gql<Page>('renovatiebegeleider', PAGE, { first: 100 });
    const assigned = g.dossiers.filter((d) => d.renovatiebegeleiderSub === 'stad-lies.wouters');
    expect(res.body.data!.dossiers.totalCount).toBe(15);
    expect(res.body.data!.dossiers.edges.map((e) => e.node)).toEqual(assigned.map((d) => ({ id: d.id, referentie: d.referentie })));
  });
});
