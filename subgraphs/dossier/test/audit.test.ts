import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditRegels, fout, kolom, tabelTellingen, testClock } from './klantreis-helpers.js';
import { AN_DOSSIER, C, DEMO_IDS } from './fixtures.js';

/*
 * The audit log: every read of personal data and every change, with who, when, what and which dossier.
 * Reads are collected per request and written in one INSERT once the response is produced; changes in
 * the transaction of the change; refused attempts too, although the request fails.
 */

const clock = testClock('2026-03-02T16:00:00.000Z');
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: clock.now });
});
afterAll(() => s?.close());

let begin: number;
beforeEach(async () => {
  clock.tick();
  [{ n: begin }] = await s.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
});
/** The audit rows written since the start of the test. */
const nieuw = async () => (await auditRegels(s.dataSource)).slice(begin);
const regel = (sub: string, rollen: readonly string[], actie: string, object_type: string, object_id: string, dossier_id: string | null, detail: string | null = null) => ({
  sub,
  rollen,
  actie,
  object_type,
  object_id,
  dossier_id,
  detail,
});
const SPOC = ['stad-sofie.claes', ['spoc']] as const;

const DOSSIER = `query ($id: ID!) { dossier(id: $id) { id burger { voornaam } maatregelen { id } vragen { id } } }`;

describe('reads', () => {
  it('every object of personal data a response holds is logged, in one INSERT after the response', async () => {
    s.queries.reset();
    const res = await s.gql('spoc', DOSSIER, { id: DEMO_IDS.dossierAn });
    expect(res.body.errors).toBeUndefined();
    const inserts = s.queries.statements.filter((q) => /^INSERT INTO "[a-z_0-9]+"\."audit_log"/.test(q));
    expect(inserts).toHaveLength(1);
    expect(await nieuw()).toEqual([
      regel(...SPOC, 'LEZEN', 'Burger', DEMO_IDS.burgerAn, DEMO_IDS.dossierAn),
      regel(...SPOC, 'LEZEN', 'Dossier', DEMO_IDS.dossierAn, DEMO_IDS.dossierAn),
      ...AN_DOSSIER.maatregelen.map((m) => regel(...SPOC, 'LEZEN', 'Maatregel', m.id, DEMO_IDS.dossierAn)),
      regel(...SPOC, 'LEZEN', 'Vraag', C.vraagAn, DEMO_IDS.dossierAn),
    ]);
    const requestIds = await s.dataSource.query(`SELECT DISTINCT request_id, tijdstip FROM audit_log OFFSET $1`, [begin]);
    expect(requestIds).toEqual([{ request_id: expect.any(String), tijdstip: clock.now() }]);
  });

  it('a citizen’s own profile, a question and a measure asked by id are logged too', async () => {
    await s.gql('burger', `{ ik { id } }`);
    await s.gql('burger', `query ($id: ID!) { vraag(id: $id) { id } }`, { id: C.vraagAn });
    await s.gql('burger', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Maatregel { id } } }`, { r: [{ __typename: 'Maatregel', id: C.maatregelAnDak }] });
    const AN = ['acm-85031412302', ['burger']] as const;
    expect(await nieuw()).toEqual([
      regel(...AN, 'LEZEN', 'Burger', DEMO_IDS.burgerAn, null),
      regel(...AN, 'LEZEN', 'Maatregel', C.maatregelAnDak, DEMO_IDS.dossierAn),
      regel(...AN, 'LEZEN', 'Vraag', C.vraagAn, DEMO_IDS.dossierAn),
    ]);
  });

  it('a list logs each dossier it shows', async () => {
    await s.gql('renovatiebegeleider', `{ dossiers { edges { node { id } } } }`);
    const LIES = ['stad-lies.wouters', ['renovatiebegeleider']] as const;
    expect(await nieuw()).toEqual([regel(...LIES, 'LEZEN', 'Dossier', DEMO_IDS.dossierAn, DEMO_IDS.dossierAn), regel(...LIES, 'LEZEN', 'Dossier', DEMO_IDS.dossierMarc, DEMO_IDS.dossierMarc)]);
  });

  it('an anonymous caller reads nothing, so nothing is logged', async () => {
    await s.gql('anoniem', DOSSIER, { id: DEMO_IDS.dossierAn });
    expect(await nieuw()).toEqual([]);
  });
});

describe('refused attempts', () => {
  it('a citizen asking for someone else’s dossier, or one that does not exist: the same refusal, both logged', async () => {
    const other = await s.gql('burger2', DOSSIER, { id: DEMO_IDS.dossierAn });
    const missing = await s.gql('burger2', DOSSIER, { id: '00000000-0000-4000-8000-000000000000' });
    expect(other.body).toEqual({ data: { dossier: null }, errors: [fout('FORBIDDEN', 'Geen toegang.', ['dossier'], 1, 20)] });
    expect(missing.body).toEqual(other.body);
    const YOUSSEF = ['acm-01072245650', ['burger']] as const;
    expect(await nieuw()).toEqual([
      regel(...YOUSSEF, 'WEIGERING', 'Dossier', '00000000-0000-4000-8000-000000000000', null),
      regel(...YOUSSEF, 'WEIGERING', 'Dossier', DEMO_IDS.dossierAn, DEMO_IDS.dossierAn),
    ]);
  });

  it('a role without access to dossiers asking for one is logged as refused', async () => {
    await s.gql('analist', DOSSIER, { id: DEMO_IDS.dossierAn });
    await s.gql('burgerprofiel', `query ($id: ID!) { burger(id: $id) { id } }`, { id: DEMO_IDS.burgerAn });
    expect(await nieuw()).toEqual([
      regel('client-mijn-burgerprofiel', ['burgerprofiel'], 'WEIGERING', 'Burger', DEMO_IDS.burgerAn, null),
      regel('stad-bram.vos', ['analist'], 'WEIGERING', 'Dossier', DEMO_IDS.dossierAn, null),
    ]);
  });
});

describe('changes', () => {
  const FASE = `mutation ($input: WijzigFaseInput!) { wijzigFase(input: $input) { versie } }`;

  it('are logged in the transaction of the change: a change that fails leaves no row', async () => {
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql('spoc', FASE, { input: { dossierId: DEMO_IDS.dossierYoussef, versie: 7, fase: 'OPTIES' } });
    expect(res.body.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
    await s.gql('spoc', FASE, { input: { dossierId: DEMO_IDS.dossierYoussef, versie: 1, fase: 'OPTIES' } });
    expect(await nieuw()).toEqual([regel(...SPOC, 'WIJZIGEN', 'Dossier', DEMO_IDS.dossierYoussef, DEMO_IDS.dossierYoussef, 'fase CONTACTNAME → OPTIES')]);
  });
});

describe('the audit trail of a dossier', () => {
  const TRAIL = `query ($id: ID!, $first: Int, $after: String) { auditTrail(dossierId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { tijdstip sub rollen organisatie actie objectType objectId detail } } } }`;

  it('shows the back office who read, changed or was refused what, newest first, page by page', async () => {
    // Youssef looks at his dossier after the SPOC changed its phase (previous test).
    const gelezen = clock.iso();
    await s.gql('burger2', `query ($id: ID!) { dossier(id: $id) { id } }`, { id: DEMO_IDS.dossierYoussef });
    clock.tick();
    const eerste = await s.gql<{ auditTrail: { totalCount: number; pageInfo: { endCursor: string } } }>('energieconsulent', TRAIL, { id: DEMO_IDS.dossierYoussef, first: 1 });
    const node = (tijdstip: string, sub: string, rol: string, actie: string, detail: string | null) => ({
      node: { tijdstip, sub, rollen: [rol], organisatie: null, actie, objectType: 'Dossier', objectId: DEMO_IDS.dossierYoussef, detail },
    });
    expect(eerste.body).toEqual({
      data: {
        auditTrail: {
          totalCount: 2,
          pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
          edges: [node(gelezen, 'acm-01072245650', 'burger', 'LEZEN', null)],
        },
      },
    });
    const volgende = await s.gql('energieconsulent', TRAIL, { id: DEMO_IDS.dossierYoussef, first: 100, after: eerste.body.data!.auditTrail.pageInfo.endCursor });
    // Meanwhile the first page's read of the trail is in the trail too (newer, so not on this page).
    expect(volgende.body).toEqual({
      data: {
        auditTrail: {
          totalCount: 3,
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
          edges: [node('2026-03-02T16:07:00.000Z', 'stad-sofie.claes', 'spoc', 'WIJZIGEN', 'fase CONTACTNAME → OPTIES')],
        },
      },
    });
    // Reading the trail is logged as well.
    expect((await nieuw()).map((r) => [r.sub, r.actie, r.object_type, r.object_id])).toEqual([
      ['acm-01072245650', 'LEZEN', 'Dossier', DEMO_IDS.dossierYoussef],
      ['stad-tom.janssens', 'LEZEN', 'AuditTrail', DEMO_IDS.dossierYoussef],
      ['stad-tom.janssens', 'LEZEN', 'AuditTrail', DEMO_IDS.dossierYoussef],
    ]);
  });

  it.each(['burger', 'renovatiebegeleider', 'partner', 'stadsdienst', 'analist', 'burgerprofiel'])('is refused to %s (and the attempt logged)', async (who) => {
    const res = await s.gql(who, TRAIL, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({ data: null, errors: [fout('FORBIDDEN', 'Geen toegang.', ['auditTrail'], 1, kolom(TRAIL, 'auditTrail'))] });
    expect((await nieuw()).map((r) => [r.actie, r.object_type, r.object_id])).toEqual([['WEIGERING', 'AuditTrail', DEMO_IDS.dossierAn]]);
  });

  it('cannot be edited or deleted', async () => {
    await expect(s.dataSource.query(`UPDATE audit_log SET sub = 'iemand-anders'`)).rejects.toThrow(/enkel aangevuld/);
    await expect(s.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/enkel aangevuld/);
  });
});
