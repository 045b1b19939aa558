import type { Identity } from '@hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditRegels, fout, kolom, tabelTellingen, testClock } from './klantreis-helpers.js';
import { DEMO_IDS, DEMO_INSZ } from './fixtures.js';

/*
 * Consent per partner and per kind of data. Marc shares contact, home and plan with Dialoog (seed);
 * Dialoog's view of his dossier follows his consents: what he withdraws, Dialoog no longer sees from
 * that moment on, and when nothing is shared any more the dossier is gone from Dialoog's view.
 */

const clock = testClock('2026-03-02T14:00:00.000Z');
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: clock.now });
});
afterAll(() => s?.close());

const MARC: Identity = { sub: `acm-${DEMO_INSZ.marc}`, rollen: ['burger'], insz: DEMO_INSZ.marc };
const ENERGIEHUIS: Identity = { sub: 'stad-eva.energiehuis', rollen: ['partner'], organisatie: 'energiehuis' };
const MARC_DOSSIER = DEMO_IDS.dossierMarc;

const GEEF = `mutation ($input: ToestemmingInput!) { geefToestemming(input: $input) { partner soort lopend gegevenOp gegevenWijze gegevenDoor { id } ingetrokkenOp ingetrokkenWijze ingetrokkenDoor { id } } }`;
const TREK_IN = `mutation ($input: ToestemmingInput!) { trekToestemmingIn(input: $input) { partner soort lopend gegevenOp gegevenWijze gegevenDoor { id } ingetrokkenOp ingetrokkenWijze ingetrokkenDoor { id } } }`;
const PARTNER_VIEW = `query ($id: ID!) { dossier(id: $id) { referentie titel fase zichtbareGegevens adres postcode woning { adresId heeftToegang }
  maatregelen { categorie } toestemmingen(enkelLopend: true) { partner soort } partnerAanvragen { partner soort levering { status } } } }`;
const MET_BURGER = `query ($id: ID!) { dossier(id: $id) { referentie burger { voornaam achternaam email telefoon } } }`;

const toestemming = (soort: string, gegevenOp: string, extra: Record<string, unknown> = {}) => ({
  partner: 'DIALOOG',
  soort,
  lopend: true,
  gegevenOp,
  gegevenWijze: 'MONDELING',
  gegevenDoor: { id: 'stad-sofie.claes' },
  ingetrokkenOp: null,
  ingetrokkenWijze: null,
  ingetrokkenDoor: null,
  ...extra,
});
const SEED = '2026-01-31T09:00:00.000Z'; // Marc's consents of the seed: 30 days before the demo reference date

describe('Dialoog’s view of Marc’s dossier follows his consents', () => {
  it('with contact, home and plan shared: those parts, and only Dialoog’s own consents and requests', async () => {
    const res = await s.gql('partner', PARTNER_VIEW, { id: MARC_DOSSIER });
    expect(res.body).toEqual({
      data: {
        dossier: {
          referentie: 'REN-2026-000004',
          titel: 'Isolatie en ventilatie Naamsesteenweg 17',
          fase: 'OPTIES',
          zichtbareGegevens: ['CONTACTGEGEVENS', 'WONINGGEGEVENS', 'RENOVATIEPLAN'],
          adres: 'Naamsesteenweg 17, 3001 Leuven',
          postcode: '3001',
          woning: { adresId: '3001017', heeftToegang: true },
          maatregelen: [{ categorie: 'BUITENMUUR' }, { categorie: 'VLOER' }, { categorie: 'VENTILATIE' }],
          toestemmingen: [
            { partner: 'DIALOOG', soort: 'CONTACTGEGEVENS' },
            { partner: 'DIALOOG', soort: 'WONINGGEGEVENS' },
            { partner: 'DIALOOG', soort: 'RENOVATIEPLAN' },
          ],
          partnerAanvragen: [{ partner: 'DIALOOG', soort: 'DUBO_ADVIES', levering: { status: 'AFGELEVERD' } }],
        },
      },
    });
    expect((await s.gql('partner', MET_BURGER, { id: MARC_DOSSIER })).body).toEqual({
      data: { dossier: { referentie: 'REN-2026-000004', burger: { voornaam: 'Marc', achternaam: 'Vermeulen', email: null, telefoon: '+32 16 23 45 67' } } },
    });
  });

  it('Marc withdraws his contact data himself: the history keeps the grant and shows the withdrawal', async () => {
    const at = clock.tick();
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql(MARC, TREK_IN, { input: { dossierId: MARC_DOSSIER, partner: 'DIALOOG', soorten: ['CONTACTGEGEVENS'] } });
    expect(res.body).toEqual({
      data: {
        trekToestemmingIn: [
          toestemming('CONTACTGEGEVENS', SEED, { lopend: false, ingetrokkenOp: at, ingetrokkenWijze: 'DIGITAAL', ingetrokkenDoor: null }),
          toestemming('WONINGGEGEVENS', SEED),
          toestemming('RENOVATIEPLAN', SEED),
        ],
      },
    });
    const na = await tabelTellingen(s.dataSource);
    expect({ toestemming: na.toestemming - voor.toestemming, audit: na.audit_log - voor.audit_log }).toEqual({ toestemming: 0, audit: 1 });
  });

  it('from that moment on Dialoog gets FORBIDDEN for his contact data (audited), and still sees the rest', async () => {
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql('partner', MET_BURGER, { id: MARC_DOSSIER });
    expect(res.body).toEqual({
      data: { dossier: null },
      errors: [fout('FORBIDDEN', 'De burger deelt CONTACTGEGEVENS van dit dossier niet met je organisatie.', ['dossier', 'burger'], 1, MET_BURGER.indexOf('burger {') + 1)],
    });
    expect(await auditRegels(s.dataSource, `actie = 'WEIGERING'`)).toEqual([
      { sub: 'stad-pieter.desmet', rollen: ['partner'], actie: 'WEIGERING', object_type: 'Burger', object_id: MARC_DOSSIER, dossier_id: MARC_DOSSIER, detail: null },
    ]);
    expect((await tabelTellingen(s.dataSource)).audit_log - voor.audit_log).toBe(2); // the refusal, and the read of the dossier
    const rest = await s.gql<{ dossier: { zichtbareGegevens: string[]; toestemmingen: unknown[] } }>('partner', PARTNER_VIEW, { id: MARC_DOSSIER });
    expect(rest.body.data!.dossier.zichtbareGegevens).toEqual(['WONINGGEGEVENS', 'RENOVATIEPLAN']);
  });

  it('once nothing is shared, the dossier is gone from Dialoog’s view: refused like one that does not exist', async () => {
    clock.tick();
    await s.gql(MARC, TREK_IN, { input: { dossierId: MARC_DOSSIER, partner: 'DIALOOG', soorten: ['WONINGGEGEVENS', 'RENOVATIEPLAN'] } });
    const refused = { data: { dossier: null }, errors: [fout('FORBIDDEN', 'Geen toegang.', ['dossier'], 1, 20)] };
    expect((await s.gql('partner', PARTNER_VIEW, { id: MARC_DOSSIER })).body).toEqual(refused);
    expect((await s.gql('partner', PARTNER_VIEW, { id: '00000000-0000-4000-8000-000000000000' })).body).toEqual(refused);
    expect((await s.gql('partner', `{ dossiers { totalCount } }`)).body).toEqual({ data: { dossiers: { totalCount: 0 } } });
    const woning = await s.gql('partner', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { heeftToegang } } }`, {
      r: [{ __typename: 'Woning', adresId: '3001017' }],
    });
    expect(woning.body).toEqual({ data: { _entities: [{ heeftToegang: false }] } });
  });

  it('the SPOC records a new grant on Marc’s behalf (in writing): a new row, the old ones stay', async () => {
    const at = clock.tick();
    const res = await s.gql('spoc', GEEF, { input: { dossierId: MARC_DOSSIER, partner: 'DIALOOG', soorten: ['WONINGGEGEVENS'], wijze: 'SCHRIFTELIJK' } });
    const eerste = '2026-03-02T14:01:00.000Z';
    const tweede = '2026-03-02T14:02:00.000Z';
    const ingetrokken = (soort: string, op: string) => toestemming(soort, SEED, { lopend: false, ingetrokkenOp: op, ingetrokkenWijze: 'DIGITAAL', ingetrokkenDoor: null });
    expect(res.body).toEqual({
      data: {
        geefToestemming: [
          ingetrokken('CONTACTGEGEVENS', eerste),
          ingetrokken('WONINGGEGEVENS', tweede),
          ingetrokken('RENOVATIEPLAN', tweede),
          toestemming('WONINGGEGEVENS', at, { gegevenWijze: 'SCHRIFTELIJK' }),
        ],
      },
    });
    // Dialoog sees the dossier again, but only its home.
    const view = await s.gql('partner', `query ($id: ID!) { dossier(id: $id) { titel zichtbareGegevens adres } }`, { id: MARC_DOSSIER });
    expect(view.body).toEqual({ data: { dossier: { titel: 'Isolatie en ventilatie Naamsesteenweg 17', zichtbareGegevens: ['WONINGGEGEVENS'], adres: 'Naamsesteenweg 17, 3001 Leuven' } } });
    const plan = await s.gql('partner', `query ($id: ID!) { dossier(id: $id) { referentie maatregelen { id } } }`, { id: MARC_DOSSIER });
    expect(plan.body.errors!.map((e) => [e.path, e.message])).toEqual([[['dossier', 'maatregelen'], 'De burger deelt RENOVATIEPLAN van dit dossier niet met je organisatie.']]);
  });

  it('granting what is already shared changes nothing', async () => {
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql<{ geefToestemming: unknown[] }>('spoc', GEEF, {
      input: { dossierId: MARC_DOSSIER, partner: 'DIALOOG', soorten: ['WONINGGEGEVENS', 'WONINGGEGEVENS'], wijze: 'MONDELING' },
    });
    expect(res.body.data!.geefToestemming).toHaveLength(4);
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });

  it('without WONINGGEGEVENS a partner gets the reference as title (titles name the address)', async () => {
    await s.gql('spoc', TREK_IN, { input: { dossierId: MARC_DOSSIER, partner: 'DIALOOG', soorten: ['WONINGGEGEVENS'], wijze: 'MONDELING' } });
    await s.gql('spoc', GEEF, { input: { dossierId: MARC_DOSSIER, partner: 'DIALOOG', soorten: ['RENOVATIEPLAN'], wijze: 'MONDELING' } });
    const view = await s.gql('partner', `query ($id: ID!) { dossier(id: $id) { titel zichtbareGegevens maatregelen { categorie } } }`, { id: MARC_DOSSIER });
    expect(view.body).toEqual({
      data: { dossier: { titel: 'REN-2026-000004', zichtbareGegevens: ['RENOVATIEPLAN'], maatregelen: [{ categorie: 'BUITENMUUR' }, { categorie: 'VLOER' }, { categorie: 'VENTILATIE' }] } },
    });
  });
});

describe('who may give or withdraw consent', () => {
  it.each([
    ['a citizen for someone else’s dossier', 'burger', { wijze: null }, 'FORBIDDEN', 'Geen toegang.', undefined],
    ['a partner', 'partner', { wijze: 'DIGITAAL' }, 'FORBIDDEN', 'Geen toegang.', undefined],
    ['a coach of another dossier', 'renovatiebegeleider', { wijze: 'MONDELING' }, 'FORBIDDEN', 'Geen toegang.', undefined],
    ['the SPOC without saying how the citizen gave it', 'spoc', { wijze: null }, 'BAD_USER_INPUT', "Geef in 'input.wijze' hoe de burger het liet weten (MONDELING, SCHRIFTELIJK of DIGITAAL).", 'input.wijze'],
  ])('%s is refused, nothing written', async (_, who, extra, code, message, field) => {
    // Els's dossier (coach Wim, not Lies): An, Dialoog and Lies have nothing to do with it.
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql(who, GEEF, { input: { dossierId: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0004', partner: 'DIALOOG', soorten: ['DOCUMENTEN'], ...extra } });
    expect(res.body).toEqual({ data: null, errors: [fout(code, message, ['geefToestemming'], 1, kolom(GEEF, 'geefToestemming'), field ? { field } : {})] });
    const na = await tabelTellingen(s.dataSource);
    // A refusal is audited (WEIGERING); bad input is not an attempt at someone's data.
    expect(na).toEqual({ ...voor, audit_log: voor.audit_log + (code === 'FORBIDDEN' ? 1 : 0) });
  });

  it('a citizen gives consent only digitally (themself); the SPOC says how', async () => {
    const res = await s.gql('burger', GEEF, { input: { dossierId: DEMO_IDS.dossierAn, partner: 'ENERGIEHUIS', soorten: ['DOCUMENTEN'], wijze: 'MONDELING' } });
    expect(res.body).toEqual({
      data: null,
      errors: [fout('BAD_USER_INPUT', "Een burger geeft of trekt toestemming zelf digitaal in: laat 'input.wijze' weg.", ['geefToestemming'], 1, kolom(GEEF, 'geefToestemming'), { field: 'input.wijze' })],
    });
  });

  it('an empty list of kinds is bad input', async () => {
    const res = await s.gql('spoc', GEEF, { input: { dossierId: DEMO_IDS.dossierAn, partner: 'ENERGIEHUIS', soorten: [], wijze: 'MONDELING' } });
    expect(res.body).toEqual({
      data: null,
      errors: [fout('BAD_USER_INPUT', "'input.soorten' mag niet leeg zijn.", ['geefToestemming'], 1, kolom(GEEF, 'geefToestemming'), { field: 'input.soorten' })],
    });
  });
});

describe('each partner sees only its own', () => {
  it('the Energiehuis sees An’s consents and requests for the Energiehuis, not Dialoog’s history', async () => {
    const res = await s.gql(ENERGIEHUIS, `query ($id: ID!) { dossier(id: $id) { zichtbareGegevens toestemmingen { partner soort lopend } partnerToewijzingen { partner lopend }
      partnerAanvragen { partner soort toelichting } burger { voornaam } } }`, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({
      data: {
        dossier: {
          zichtbareGegevens: ['CONTACTGEGEVENS', 'WONINGGEGEVENS', 'PREMIEGEGEVENS'],
          toestemmingen: [
            { partner: 'ENERGIEHUIS', soort: 'CONTACTGEGEVENS', lopend: true },
            { partner: 'ENERGIEHUIS', soort: 'WONINGGEGEVENS', lopend: true },
            { partner: 'ENERGIEHUIS', soort: 'PREMIEGEGEVENS', lopend: true },
          ],
          partnerToewijzingen: [{ partner: 'ENERGIEHUIS', lopend: true }],
          partnerAanvragen: [{ partner: 'ENERGIEHUIS', soort: 'LENING', toelichting: 'Mijn VerbouwLening voor dak, ramen en warmtepomp.' }],
          burger: { voornaam: 'An' },
        },
      },
    });
  });

  it('the citizen sees every consent of their dossier, with its history', async () => {
    const res = await s.gql('burger', `query ($id: ID!) { dossier(id: $id) { toestemmingen { partner soort lopend } } }`, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({
      data: {
        dossier: {
          toestemmingen: [
            { partner: 'DIALOOG', soort: 'WONINGGEGEVENS', lopend: false },
            { partner: 'ENERGIEHUIS', soort: 'CONTACTGEGEVENS', lopend: true },
            { partner: 'ENERGIEHUIS', soort: 'WONINGGEGEVENS', lopend: true },
            { partner: 'ENERGIEHUIS', soort: 'PREMIEGEGEVENS', lopend: true },
          ],
        },
      },
    });
  });

  it('questions are never shared with partners', async () => {
    const query = `query ($id: ID!) { dossier(id: $id) { referentie vragen { id } } }`;
    const res = await s.gql(ENERGIEHUIS, query, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({ data: { dossier: null }, errors: [fout('FORBIDDEN', 'Geen toegang.', ['dossier', 'vragen'], 1, query.indexOf('vragen') + 1)] });
  });
});

describe('consent history is never lost', () => {
  it('the database refuses to delete a consent, or to change one other than by withdrawing it once', async () => {
    await expect(s.dataSource.query(`DELETE FROM toestemming WHERE dossier_id = $1`, [DEMO_IDS.dossierAn])).rejects.toThrow(/nooit verwijderd/);
    await expect(s.dataSource.query(`UPDATE toestemming SET partner = 'energiehuis' WHERE dossier_id = $1 AND partner = 'dialoog'`, [DEMO_IDS.dossierAn])).rejects.toThrow(
      /enkel \(één keer\) ingetrokken/,
    );
    await expect(s.dataSource.query(`UPDATE toestemming SET ingetrokken_op = now() WHERE dossier_id = $1 AND ingetrokken_op IS NOT NULL`, [DEMO_IDS.dossierAn])).rejects.toThrow(
      /enkel \(één keer\) ingetrokken/,
    );
  });
});
