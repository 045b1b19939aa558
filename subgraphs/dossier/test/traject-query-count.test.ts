import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DocumentRow } from '../src/entities/document.js';
import type { MijlpaalRow } from '../src/entities/mijlpaal.js';
import type { OfferteRow } from '../src/entities/offerte.js';
import { createRepositories } from '../src/repositories/index.js';
import { generateDossiers, type Generated } from './generate.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { klok } from './traject-support.js';

let s: DossierTestSubgraph;
let g: Generated;
const offertes = new Map<string, OfferteRow[]>();
const documenten = new Map<string, DocumentRow>();
const mijlpalen = new Map<string, MijlpaalRow[]>();

const uuid = (kind: number, i: number) => `00000000-0000-4000-8${kind}00-${String(i).padStart(12, '0')}`;
const AT = new Date('2026-02-01T12:00:00.000Z');

/** 60 dossiers of 12 citizens, 3 measures each; per dossier 2 milestones and a document, per measure a quote. */
beforeAll(async () => {
  s = await startDossierSubgraph({ seed: false, now: klok });
  g = await generateDossiers(s.dataSource, { count: 60, burgerCount: 12, maatregelenPer: 3 });
  const repos = createRepositories(s.dataSource.manager);
  let n = 0;
  for (const d of g.dossiers) {
    n++;
    const rows = g.maatregelen.get(d.id)!.map(
      (m, j): OfferteRow => ({
        id: uuid(4, n * 10 + j), dossierId: d.id, maatregelId: m.id, aannemerNaam: `Aannemer ${j}`, aannemerKbo: '0123456749', status: 'ONTVANGEN',
        bedragExclBtw: `${1000 + j}.00`, btwTarief: '6.00', datum: '2026-01-15', geldigTot: null, toegevoegdDoor: 'stad-sofie.claes', aangemaaktOp: AT, gewijzigdOp: AT,
      }),
    );
    offertes.set(d.id, rows);
    await repos.offertes.insertMissing(rows);
    const document: DocumentRow = {
      id: uuid(5, n), dossierId: d.id, soort: 'RENOVATIEPLAN', titel: `Plan ${n}`, bestandsnaam: 'plan.pdf', mimeType: 'application/pdf', grootte: 1000 + n,
      sha256: 'a'.repeat(64), opslagSleutel: `sleutel-${n}`, maatregelId: null, offerteId: null, factuurId: null, toegevoegdDoorSub: 'stad-lies.wouters',
      toegevoegdDoorNaam: 'Lies Wouters', toegevoegdDoorRol: 'renovatiebegeleider', toegevoegdDoorOrganisatie: null, toegevoegdOp: AT,
    };
    documenten.set(d.id, document);
    await repos.documenten.insertMissing([document]);
    const ms: MijlpaalRow[] = [0, 1].map((k) => ({
      id: uuid(6, n * 10 + k), dossierId: d.id, soort: k === 0 ? 'CONTACTMOMENT' : 'RENOVATIEPLAN_OPGEMAAKT', datum: new Date(AT.getTime() + k * 60_000),
      toelichting: null, details: k === 0 ? { kanaal: 'TELEFOON', samenvatting: `Gesprek ${n}` } : {}, documentId: k === 0 ? null : document.id,
      actorSub: 'stad-lies.wouters', actorNaam: 'Lies Wouters', actorRol: 'renovatiebegeleider', actorOrganisatie: null, geregistreerdOp: AT,
    }));
    mijlpalen.set(d.id, ms);
    await repos.mijlpalen.insertMissing(ms);
  }
});
afterAll(() => s?.close());

// The back-office list with everything of the journey: a page of 50 dossiers.
const LIST = `query ($first: Int!, $filter: DossierFilter) { dossiers(first: $first, filter: $filter) { totalCount edges { node {
  id referentie achterstallig burger { id achternaam }
  maatregelen { id bedragExclBtw offertes { id bedragExclBtw } facturen { id } }
  documenten { id titel }
  mijlpalen { id soort document { id } ... on Contactmoment { samenvatting } }
} } } }`;

const expectedNode = (d: Generated['dossiers'][number]) => ({
  id: d.id,
  referentie: d.referentie,
  achterstallig: false,
  burger: { id: d.burgerId, achternaam: g.burgers.get(d.burgerId)!.achternaam },
  maatregelen: g.maatregelen.get(d.id)!.map((m, j) => ({
    id: m.id,
    bedragExclBtw: Number(m.bedragExclBtw),
    offertes: [{ id: offertes.get(d.id)![j]!.id, bedragExclBtw: 1000 + j }],
    facturen: [],
  })),
  documenten: [{ id: documenten.get(d.id)!.id, titel: documenten.get(d.id)!.titel }],
  mijlpalen: [
    { id: mijlpalen.get(d.id)![0]!.id, soort: 'CONTACTMOMENT', document: null, samenvatting: (mijlpalen.get(d.id)![0]!.details as { samenvatting: string }).samenvatting },
    { id: mijlpalen.get(d.id)![1]!.id, soort: 'RENOVATIEPLAN_OPGEMAAKT', document: { id: documenten.get(d.id)!.id } },
  ],
});

const ALLES = ['audit', 'burger', 'document', 'dossier:count', 'dossier:page', 'factuur', 'maatregel', 'mijlpaal', 'offerte'];

it('a page of 50 dossiers with citizen, measures, quotes, invoices, documents and milestones costs one query per kind', async () => {
  s.queries.reset();
  const res = await s.gql('spoc', LIST, { first: 50 });
  expect(res.body).toEqual({ data: { dossiers: { totalCount: 60, edges: g.dossiers.slice(0, 50).map((d) => ({ node: expectedNode(d) })) } } });
  // page, count, citizens, measures (with their amounts), quotes, invoices, documents (of the dossiers and
  // their milestones together), milestones; then the reads in the audit log, in one INSERT.
  expect(s.queries.statements.map(kind).sort()).toEqual(ALLES);
});

it('the same for 3 dossiers, and for a filtered page', async () => {
  s.queries.reset();
  await s.gql('spoc', LIST, { first: 3 });
  expect(s.queries.statements.map(kind).sort()).toEqual(ALLES);
  s.queries.reset();
  const res = await s.gql('spoc', LIST, { first: 50, filter: { fase: ['OPTIES'], toegewezenAan: 'stad-lies.wouters' } });
  expect((res.body.data as { dossiers: { totalCount: number } }).dossiers.totalCount).toBe(20);
  expect(s.queries.statements.map(kind).sort()).toEqual(ALLES);
});

it('and for the coach, whose view is checked without extra queries', async () => {
  s.queries.reset();
  const res = await s.gql<{ dossiers: { totalCount: number; edges: unknown[] } }>('renovatiebegeleider', LIST, { first: 50 });
  expect(res.body.errors).toBeUndefined();
  expect([res.body.data!.dossiers.totalCount, res.body.data!.dossiers.edges.length]).toEqual([20, 20]);
  expect(s.queries.statements.map(kind).sort()).toEqual(ALLES);
});

/** A short name for a statement, to show which queries ran without depending on their order. */
function kind(sql: string): string {
  if (/^INSERT INTO "[a-z_0-9]+"\."audit_log"/.test(sql)) return 'audit';
  for (const table of ['maatregel', 'offerte', 'factuur', 'document', 'mijlpaal', 'burger']) {
    if (new RegExp(`FROM "[a-z_0-9]+"\\."${table}" "`).test(sql)) return table;
  }
  // (the total of the list: a count, or a sum over the summary dossier_telling of migration 1796400000000)
  if (/COUNT\(|FROM dossier_telling/i.test(sql)) return 'dossier:count';
  if (/LIMIT 51/.test(sql) || /LIMIT 4\b/.test(sql)) return 'dossier:page';
  return sql;
}
