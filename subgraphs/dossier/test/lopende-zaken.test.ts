import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditRegels } from './klantreis-helpers.js';
import { C, DEMO_IDS, DEMO_INSZ } from './fixtures.js';

/*
 * Mijn Burgerprofiel's running cases (`lopendeZaken`): for the citizen with their own token, and for the
 * burgerprofiel service asking for a named citizen; refused for everyone else and for someone else's
 * INSZ; every case read and every refusal audited. The demo seed, on a clock at the demo's reference date.
 */

const NU = '2026-03-02T10:00:00.000Z';
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: () => new Date(NU) });
});
afterAll(() => s?.close());

const ZAKEN = `query ($insz: String) { lopendeZaken(insz: $insz) {
  id referentie titel status fase faseNaam geopendOp laatsteWijziging afgeslotenOp actieNodig actie
  contactrol contactpersoon { id naam email telefoon dienst } link
} }`;
const LINK = 'https://www.leuven.be/energieloket/mijn-dossier/';

const AN = {
  id: DEMO_IDS.dossierAn,
  referentie: 'REN-2026-000003',
  titel: 'Renovatie rijwoning Tiensestraat 120',
  status: 'LOPEND',
  fase: 'FINANCIEREN',
  faseNaam: 'Financieren',
  geopendOp: '2026-01-06T09:00:00.000Z',
  laatsteWijziging: '2026-02-28T09:00:00.000Z',
  afgeslotenOp: null,
  actieNodig: true,
  actie: 'Bekijk het premieadvies en vraag offertes op.',
  contactrol: 'RENOVATIEBEGELEIDER',
  contactpersoon: { id: 'stad-lies.wouters', naam: 'Lies Wouters', email: 'lies.wouters@leuven.example', telefoon: '+32 16 27 22 11', dienst: 'Renovatiebegeleiding' },
  link: `${LINK}${DEMO_IDS.dossierAn}`,
};
const YOUSSEF = {
  id: DEMO_IDS.dossierYoussef,
  referentie: 'REN-2026-000005',
  titel: 'Eerste renovatieadvies Diestsesteenweg 250',
  status: 'LOPEND',
  fase: 'CONTACTNAME',
  faseNaam: 'Contactname',
  geopendOp: '2026-02-22T09:00:00.000Z',
  laatsteWijziging: '2026-02-22T09:00:00.000Z',
  afgeslotenOp: null,
  actieNodig: false,
  actie: null,
  // No coach yet: the SPOC who follows the dossier up is the contact.
  contactrol: 'SPOC',
  contactpersoon: { id: 'stad-sofie.claes', naam: 'Sofie Claes', email: 'sofie.claes@leuven.example', telefoon: '+32 16 27 22 01', dienst: 'Energieloket' },
  link: `${LINK}${DEMO_IDS.dossierYoussef}`,
};
const WIM = { id: 'stad-wim.verbeke', naam: 'Wim Verbeke', email: 'wim.verbeke@leuven.example', telefoon: '+32 16 27 22 12', dienst: 'Renovatiebegeleiding' };
const ELS = {
  id: C.dossierEls,
  referentie: 'REN-2025-000002',
  titel: 'Ramen en ventilatie appartement Brusselsestraat 44 bus 2',
  status: 'LOPEND',
  fase: 'LEVERANCIERS',
  faseNaam: 'Leveranciers',
  geopendOp: '2025-11-04T09:00:00.000Z',
  laatsteWijziging: '2026-02-24T09:00:00.000Z',
  afgeslotenOp: null,
  actieNodig: true,
  actie: 'Kies een aannemer en bezorg de gekozen offerte en het contract aan je renovatiebegeleider.',
  contactrol: 'RENOVATIEBEGELEIDER',
  contactpersoon: WIM,
  link: `${LINK}${C.dossierEls}`,
};
/** Closed 21 days before the reference date: still among the cases (30 days by default). */
const KOEN = {
  id: C.dossierKoen,
  referentie: 'REN-2025-000001',
  titel: 'Warmtepomp en zonneboiler Aarschotsesteenweg 8',
  status: 'AFGESLOTEN',
  fase: 'UITVOEREN_EN_BETALEN',
  faseNaam: 'Uitvoeren en betalen',
  geopendOp: '2025-08-16T09:00:00.000Z',
  laatsteWijziging: '2026-02-09T09:00:00.000Z',
  afgeslotenOp: '2026-02-09T09:00:00.000Z',
  actieNodig: false,
  actie: null,
  contactrol: 'RENOVATIEBEGELEIDER',
  contactpersoon: WIM,
  link: `${LINK}${C.dossierKoen}`,
};

const fout = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  data: null,
  errors: [{ message, locations: [{ line: 1, column: 25 }], path: ['lopendeZaken'], extensions: { ...extensions, code } }],
});
type Regel = Awaited<ReturnType<typeof auditRegels>>[number];
/** The audit rows written since `voor` (a snapshot; rows of one clock tick have no order of their own). */
const nieuweAudit = async (voor: Regel[]) => {
  const rest = voor.map((r) => JSON.stringify(r));
  return (await auditRegels(s.dataSource)).filter((r) => {
    const i = rest.indexOf(JSON.stringify(r));
    if (i === -1) return true;
    rest.splice(i, 1);
    return false;
  });
};

describe('a citizen with their own token', () => {
  it('gets their running cases in the case-status shape, with the contact of their coach and a deep link; each read is audited', async () => {
    const voor = await auditRegels(s.dataSource);
    expect((await s.gql('burger', ZAKEN)).body).toEqual({ data: { lopendeZaken: [AN] } });
    expect(await nieuweAudit(voor)).toEqual([
      { sub: 'acm-85031412302', rollen: ['burger'], actie: 'LEZEN', object_type: 'LopendeZaak', object_id: DEMO_IDS.dossierAn, dossier_id: DEMO_IDS.dossierAn, detail: null },
    ]);
  });

  it('may name their own INSZ (with separators), and gets the same', async () => {
    expect((await s.gql('burger', ZAKEN, { insz: '85.03.14-123.02' })).body).toEqual({ data: { lopendeZaken: [AN] } });
  });

  it('without a coach, the SPOC is the contact; nothing is asked of the citizen in CONTACTNAME', async () => {
    expect((await s.gql('burger2', ZAKEN)).body).toEqual({ data: { lopendeZaken: [YOUSSEF] } });
  });

  it('is refused the cases of someone else (FORBIDDEN, the same whether the INSZ is known), and the attempt is audited', async () => {
    const voor = await auditRegels(s.dataSource);
    expect((await s.gql('burger', ZAKEN, { insz: DEMO_INSZ.marc })).body).toEqual(fout('FORBIDDEN', 'Geen toegang.'));
    expect((await s.gql('burger', ZAKEN, { insz: '99123199940' })).body).toEqual(fout('FORBIDDEN', 'Geen toegang.'));
    expect(await nieuweAudit(voor)).toEqual([
      { sub: 'acm-85031412302', rollen: ['burger'], actie: 'WEIGERING', object_type: 'LopendeZaken', object_id: DEMO_IDS.burgerMarc, dossier_id: null, detail: null },
      { sub: 'acm-85031412302', rollen: ['burger'], actie: 'WEIGERING', object_type: 'LopendeZaken', object_id: 'onbekende burger', dossier_id: null, detail: null },
    ]);
  });

  it('gets BAD_USER_INPUT for an INSZ that is no INSZ', async () => {
    expect((await s.gql('burger', ZAKEN, { insz: '85031412303' })).body).toEqual(
      fout('BAD_USER_INPUT', "'insz' is geen geldig rijksregisternummer (INSZ): 11 cijfers met een geldig controlegetal.", { field: 'insz' }),
    );
  });
});

describe('the Mijn Burgerprofiel service', () => {
  it('gets the cases of the citizen it names, newest change first, with those closed in the last 30 days; audited with the service as actor', async () => {
    const voor = await auditRegels(s.dataSource);
    expect((await s.gql('burgerprofiel', ZAKEN, { insz: DEMO_INSZ.els })).body).toEqual({ data: { lopendeZaken: [ELS] } });
    expect((await s.gql('burgerprofiel', ZAKEN, { insz: DEMO_INSZ.koen })).body).toEqual({ data: { lopendeZaken: [KOEN] } });
    const regel = (id: string) => ({ sub: 'client-mijn-burgerprofiel', rollen: ['burgerprofiel'], actie: 'LEZEN', object_type: 'LopendeZaak', object_id: id, dossier_id: id, detail: null });
    expect(await nieuweAudit(voor)).toEqual([regel(C.dossierEls), regel(C.dossierKoen)]);
  });

  it('gets an empty list for a citizen the CRM does not know, and for one without running cases', async () => {
    const voor = await auditRegels(s.dataSource);
    expect((await s.gql('burgerprofiel', ZAKEN, { insz: '99123199940' })).body).toEqual({ data: { lopendeZaken: [] } });
    expect((await s.gql('burgerprofiel', ZAKEN, { insz: DEMO_INSZ.fatima })).body).toEqual({ data: { lopendeZaken: [] } });
    expect(await nieuweAudit(voor)).toEqual([]);
  });

  it('must name a citizen, with a valid INSZ (BAD_USER_INPUT)', async () => {
    expect((await s.gql('burgerprofiel', ZAKEN)).body).toEqual(fout('BAD_USER_INPUT', "Geef het INSZ van de burger wiens zaken je vraagt ('insz').", { field: 'insz' }));
    expect((await s.gql('burgerprofiel', ZAKEN, { insz: '123' })).body).toEqual(
      fout('BAD_USER_INPUT', "'insz' is geen geldig rijksregisternummer (INSZ): 11 cijfers met een geldig controlegetal.", { field: 'insz' }),
    );
  });

  it('costs one query for the cases and one for the contacts, and one INSERT in the audit log', async () => {
    s.queries.reset();
    await s.gql('burgerprofiel', ZAKEN, { insz: DEMO_INSZ.els });
    expect(s.queries.statements.map((q) => (/INSERT INTO "[a-z_0-9]+"\."audit_log"/.test(q) ? 'audit' : /"medewerker"/.test(q) ? 'medewerker' : /"dossier"/.test(q) ? 'dossier' : q))).toEqual([
      'dossier',
      'medewerker',
      'audit',
    ]);
  });

  it('is refused everything else of the CRM', async () => {
    const refused = (path: string, column: number) => ({ message: 'Geen toegang.', locations: [{ line: 1, column }], path: [path], extensions: { code: 'FORBIDDEN' } });
    expect((await s.gql('burgerprofiel', `{ dossier(id: "${DEMO_IDS.dossierAn}") { id } }`)).body).toEqual({ data: { dossier: null }, errors: [refused('dossier', 3)] });
    expect((await s.gql('burgerprofiel', `{ dossiers { totalCount } }`)).body).toEqual({ data: null, errors: [refused('dossiers', 3)] });
    expect((await s.gql('burgerprofiel', `{ burger(id: "${DEMO_IDS.burgerAn}") { id } }`)).body).toEqual({ data: { burger: null }, errors: [refused('burger', 3)] });
    expect((await s.gql('burgerprofiel', `{ statistieken { aantalDossiers } }`)).body).toEqual({ data: null, errors: [refused('statistieken', 3)] });
    expect((await s.gql('burgerprofiel', `{ medewerkers { id } }`)).body).toEqual({ data: null, errors: [refused('medewerkers', 3)] });
  });
});

describe('other callers', () => {
  it.each(['spoc', 'energieconsulent', 'renovatiebegeleider', 'partner', 'stadsdienst', 'analist'])('%s: FORBIDDEN, with or without an INSZ', async (who) => {
    expect((await s.gql(who, ZAKEN)).body).toEqual(fout('FORBIDDEN', 'Geen toegang.'));
    expect((await s.gql(who, ZAKEN, { insz: DEMO_INSZ.els })).body).toEqual(fout('FORBIDDEN', 'Geen toegang.'));
  });

  it('anonymous: UNAUTHENTICATED', async () => {
    expect((await s.gql('anoniem', ZAKEN, { insz: DEMO_INSZ.els })).body).toEqual(fout('UNAUTHENTICATED', 'Aanmelden is vereist.'));
  });
});

describe('settings', () => {
  it('the deep link base and how long a closed dossier stays are configurable', async () => {
    const t = await startDossierSubgraph({ now: () => new Date(NU), zaken: { deeplinkBase: 'https://burgerprofiel.example/zaken', naAfsluitingDagen: 20 } });
    try {
      // Koen's dossier closed 21 days ago: no longer a case with 20 days.
      expect((await t.gql('burgerprofiel', ZAKEN, { insz: DEMO_INSZ.koen })).body).toEqual({ data: { lopendeZaken: [] } });
      expect((await t.gql('burgerprofiel', `query ($insz: String) { lopendeZaken(insz: $insz) { link } }`, { insz: DEMO_INSZ.els })).body).toEqual({
        data: { lopendeZaken: [{ link: `https://burgerprofiel.example/zaken/${C.dossierEls}` }] },
      });
    } finally {
      await t.close();
    }
  });
});
