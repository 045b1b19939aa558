import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditRegels, fout, kolom, testClock } from './klantreis-helpers.js';
import { DEMO_IDS } from './fixtures.js';

/*
 * The staff directory: seeded with the demo staff, maintained by the back office (registreerMedewerker,
 * audited), and shown on every Medewerker of the graph (batched: one query per request).
 */

const klok = testClock();
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: klok.now });
});
afterAll(() => s?.close());

const GIDS = `{ medewerkers { id naam email telefoon dienst } }`;
const REGISTREER = `mutation ($input: MedewerkerInput!) { registreerMedewerker(input: $input) { id naam email telefoon dienst } }`;

const SOFIE = { id: 'stad-sofie.claes', naam: 'Sofie Claes', email: 'sofie.claes@leuven.example', telefoon: '+32 16 27 22 01', dienst: 'Energieloket' };
const LIES = { id: 'stad-lies.wouters', naam: 'Lies Wouters', email: 'lies.wouters@leuven.example', telefoon: '+32 16 27 22 11', dienst: 'Renovatiebegeleiding' };
const SEED = [
  { id: 'stad-karen.maes', naam: 'Karen Maes', email: 'karen.maes@leuven.example', telefoon: null, dienst: 'Erfgoed' },
  LIES,
  SOFIE,
  { id: 'stad-tom.janssens', naam: 'Tom Janssens', email: 'tom.janssens@leuven.example', telefoon: '+32 16 27 22 02', dienst: 'Energieloket' },
  { id: 'stad-wim.verbeke', naam: 'Wim Verbeke', email: 'wim.verbeke@leuven.example', telefoon: '+32 16 27 22 12', dienst: 'Renovatiebegeleiding' },
];
const aantal = async () => Number((await s.dataSource.query(`SELECT count(*)::int AS n FROM medewerker`))[0].n);
const wijzigingen = () => auditRegels(s.dataSource, `object_type = 'Medewerker'`);

describe('the staff directory', () => {
  it('holds the demo staff, by name, for the back office', async () => {
    expect((await s.gql('spoc', GIDS)).body).toEqual({ data: { medewerkers: SEED } });
    expect((await s.gql('energieconsulent', GIDS)).body).toEqual({ data: { medewerkers: SEED } });
  });

  it.each(['renovatiebegeleider', 'partner', 'stadsdienst', 'analist', 'burger', 'burgerprofiel'])('is not listed for %s (FORBIDDEN)', async (who) => {
    expect((await s.gql(who, GIDS)).body).toEqual({ data: null, errors: [fout('FORBIDDEN', 'Geen toegang.', ['medewerkers'], 1, 3)] });
  });

  it('gives every staff member in the graph their contact data, one query for the whole response', async () => {
    const q = `query ($id: ID!) { dossier(id: $id) { spoc { id naam email telefoon dienst } renovatiebegeleider { id naam dienst }
      overgangen { door { naam } } startToestemming { geregistreerdDoor { id naam } } } }`;
    s.queries.reset();
    expect((await s.gql('spoc', q, { id: DEMO_IDS.dossierAn })).body).toEqual({
      data: { dossier: { spoc: SOFIE, renovatiebegeleider: { id: LIES.id, naam: LIES.naam, dienst: LIES.dienst }, overgangen: [], startToestemming: { geregistreerdDoor: { id: SOFIE.id, naam: SOFIE.naam } } } },
    });
    expect(s.queries.statements.filter((sql) => /"medewerker"/.test(sql))).toHaveLength(1);
  });

  it('someone the directory does not know has an id only', async () => {
    const open = `mutation ($input: WijsVraagToeInput!) { wijsVraagToe(input: $input) { toegewezenAan { id naam email telefoon dienst } } }`;
    const vraagId = (await s.dataSource.query(`SELECT id FROM vraag WHERE status = 'NIEUW' LIMIT 1`))[0].id;
    expect((await s.gql('spoc', open, { input: { vraagId, medewerker: 'stad-nieuw.iemand' } })).body).toEqual({
      data: { wijsVraagToe: { toegewezenAan: { id: 'stad-nieuw.iemand', naam: null, email: null, telefoon: null, dienst: null } } },
    });
  });
});

describe('registreerMedewerker', () => {
  it('adds a staff member, then replaces their data (what is left out becomes empty); each change audited', async () => {
    const nieuw = { id: 'stad-nieuw.iemand', naam: ' Nele Nieuw ', email: 'nele.nieuw@leuven.example', telefoon: '+32 16 27 22 30', dienst: 'Energieloket' };
    expect((await s.gql('spoc', REGISTREER, { input: nieuw })).body).toEqual({
      data: { registreerMedewerker: { ...nieuw, naam: 'Nele Nieuw' } },
    });
    klok.tick();
    expect((await s.gql('energieconsulent', REGISTREER, { input: { id: nieuw.id, naam: 'Nele Nieuw', telefoon: '+32 16 27 22 31' } })).body).toEqual({
      data: { registreerMedewerker: { id: nieuw.id, naam: 'Nele Nieuw', email: null, telefoon: '+32 16 27 22 31', dienst: null } },
    });
    klok.tick();
    await s.gql('spoc', REGISTREER, { input: { id: nieuw.id, naam: 'Nele Nieuw', telefoon: '+32 16 27 22 31' } });
    expect(await wijzigingen()).toEqual([
      { sub: 'stad-sofie.claes', rollen: ['spoc'], actie: 'WIJZIGEN', object_type: 'Medewerker', object_id: nieuw.id, dossier_id: null, detail: 'in de personeelsgids gezet' },
      { sub: 'stad-tom.janssens', rollen: ['energieconsulent'], actie: 'WIJZIGEN', object_type: 'Medewerker', object_id: nieuw.id, dossier_id: null, detail: 'gewijzigd: email, telefoon, dienst' },
      { sub: 'stad-sofie.claes', rollen: ['spoc'], actie: 'WIJZIGEN', object_type: 'Medewerker', object_id: nieuw.id, dossier_id: null, detail: 'ongewijzigd' },
    ]);
    expect(await s.dataSource.query(`SELECT sub, naam, email, telefoon, dienst, gewijzigd_door, gewijzigd_op FROM medewerker WHERE sub = $1`, [nieuw.id])).toEqual([
      { sub: nieuw.id, naam: 'Nele Nieuw', email: null, telefoon: '+32 16 27 22 31', dienst: null, gewijzigd_door: 'stad-sofie.claes', gewijzigd_op: klok.now() },
    ]);
  });

  it.each([
    ['naam', { id: 'stad-x', naam: '  ' }, "'input.naam' mag niet leeg zijn.", 'input.naam'],
    ['e-mail', { id: 'stad-x', naam: 'X', email: 'geen-adres' }, "'input.email' is geen geldig e-mailadres.", 'input.email'],
    ['telefoon', { id: 'stad-x', naam: 'X', telefoon: 'bel me' }, "'input.telefoon' is geen geldig telefoonnummer.", 'input.telefoon'],
    ['id', { id: 'iemand met spaties', naam: 'X' }, "'input.id' is geen gebruikers-id van de identiteitsdienst van de stad (bv. stad-sofie.claes).", 'input.id'],
    ['dienst', { id: 'stad-x', naam: 'X', dienst: 'x'.repeat(101) }, "'input.dienst' is te lang: hoogstens 100 tekens.", 'input.dienst'],
  ])('refuses a bad %s (BAD_USER_INPUT) and changes nothing', async (_, input, message, field) => {
    const [voor, audit] = [await aantal(), (await wijzigingen()).length];
    expect((await s.gql('spoc', REGISTREER, { input })).body).toEqual({
      data: null,
      errors: [fout('BAD_USER_INPUT', message, ['registreerMedewerker'], 1, kolom(REGISTREER, 'registreerMedewerker'), { field })],
    });
    expect([await aantal(), (await wijzigingen()).length]).toEqual([voor, audit]);
  });

  it.each(['renovatiebegeleider', 'partner', 'stadsdienst', 'analist', 'burger', 'burgerprofiel'])('is for the back office only: %s gets FORBIDDEN and nothing changes', async (who) => {
    const [voor, audit] = [await aantal(), (await wijzigingen()).length];
    expect((await s.gql(who, REGISTREER, { input: { id: 'stad-lies.wouters', naam: 'Iemand Anders' } })).body).toEqual({
      data: null,
      errors: [fout('FORBIDDEN', 'Geen toegang.', ['registreerMedewerker'], 1, kolom(REGISTREER, 'registreerMedewerker'))],
    });
    expect([await aantal(), (await wijzigingen()).length]).toEqual([voor, audit]);
  });

  it('anonymous: UNAUTHENTICATED', async () => {
    expect((await s.gql('anoniem', REGISTREER, { input: { id: 'stad-x', naam: 'X' } })).body).toEqual({
      data: null,
      errors: [fout('UNAUTHENTICATED', 'Aanmelden is vereist.', ['registreerMedewerker'], 1, kolom(REGISTREER, 'registreerMedewerker'))],
    });
  });
});
