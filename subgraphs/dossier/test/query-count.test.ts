import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateDossiers, type Generated } from './generate.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';

let s: DossierTestSubgraph;
let g: Generated;
beforeAll(async () => {
  s = await startDossierSubgraph({ seed: false });
  g = await generateDossiers(s.dataSource, { count: 60, burgerCount: 12, maatregelenPer: 3 });
});
afterAll(() => s?.close());

// The back-office list: a page of dossiers with their citizen, measures and home.
const LIST = `query ($first: Int!) { dossiers(first: $first) { totalCount edges { node {
  id referentie burger { id voornaam achternaam dossiers { id } } maatregelen { id categorie oppervlakteM2 bedragExclBtw } woning { adresId }
} } } }`;

const expectedNode = (d: Generated['dossiers'][number]) => {
  const b = g.burgers.get(d.burgerId)!;
  return {
    id: d.id,
    referentie: d.referentie,
    burger: {
      id: b.id,
      voornaam: b.voornaam,
      achternaam: b.achternaam,
      dossiers: g.dossiers.filter((x) => x.burgerId === b.id).map((x) => ({ id: x.id })),
    },
    maatregelen: g.maatregelen.get(d.id)!.map((m) => ({
      id: m.id,
      categorie: m.categorie,
      oppervlakteM2: Number(m.oppervlakteM2),
      bedragExclBtw: Number(m.bedragExclBtw),
    })),
    woning: { adresId: d.adresId },
  };
};

it('a page of 50 dossiers with citizens, their dossiers and measures costs 5 SQL queries, and one INSERT in the audit log', async () => {
  s.queries.reset();
  const res = await s.gql('spoc', LIST, { first: 50 });
  expect(res.body).toEqual({ data: { dossiers: { totalCount: 60, edges: g.dossiers.slice(0, 50).map((d) => ({ node: expectedNode(d) })) } } });
  // page, count, citizens by id, dossiers by citizen id, measures by dossier id; then the reads in the audit log
  expect(s.queries.count).toBe(6);
  expect(s.queries.statements.map(kind).sort()).toEqual(['audit', 'burger', 'dossier:count', 'dossier:by-burger', 'dossier:page', 'maatregel'].sort());
});

it('the count does not grow with the page size', async () => {
  s.queries.reset();
  await s.gql('spoc', LIST, { first: 3 });
  expect(s.queries.count).toBe(6);
});

it('nor for a coach, whose list and sub-lists are filtered in SQL', async () => {
  s.queries.reset();
  const res = await s.gql<{ dossiers: { totalCount: number; edges: unknown[] } }>('renovatiebegeleider', LIST, { first: 50 });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.dossiers.totalCount).toBe(20);
  expect(res.body.data!.dossiers.edges).toHaveLength(20);
  expect(s.queries.count).toBe(6);
});

/** A short name for a statement, sorted, to show which queries ran without depending on their order. */
function kind(sql: string): string {
  if (/^INSERT INTO "[a-z_0-9]+"\."audit_log"/.test(sql)) return 'audit';
  if (/FROM "[a-z_0-9]+"\."maatregel"/.test(sql)) return 'maatregel';
  if (/FROM "[a-z_0-9]+"\."burger"/.test(sql)) return 'burger';
  // (the total of the list: a count, or a sum over the summary dossier_telling of migration 1796400000000)
  if (/COUNT\(|FROM dossier_telling/i.test(sql)) return 'dossier:count';
  if (/"d"\."burger_id" IN/.test(sql)) return 'dossier:by-burger';
  if (/LIMIT 51/.test(sql)) return 'dossier:page';
  return sql;
}
