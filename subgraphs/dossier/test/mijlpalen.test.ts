import type { Identity } from '@hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TRAJECT_IDS as T } from '../src/server.js';
import { PDF } from './bestanden.js';
import { C, DEMO_IDS, NOT_EXISTING_ID } from './fixtures.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditIds, auditNa, fout, klok, momentopname, upload } from './traject-support.js';

let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: klok });
});
afterAll(() => s?.close());

const SOFIE = { id: 'stad-sofie.claes', naam: 'Sofie Claes', rol: 'spoc', organisatie: null, dienst: null };
const LIES = { id: 'stad-lies.wouters', naam: 'Lies Wouters', rol: 'renovatiebegeleider', organisatie: null, dienst: null };
const PIETER = { id: 'stad-pieter.desmet', naam: 'Pieter De Smet', rol: 'partner', organisatie: 'DIALOOG', dienst: null };
const ENERGIEHUIS: Identity = { sub: 'stad-eva.energiehuis', rollen: ['partner'], naam: 'Eva Energiehuis', organisatie: 'energiehuis' };

const MIJLPAAL = `__typename id soort datum toelichting actor { id naam rol organisatie dienst } document { id soort titel } geregistreerdOp
  ... on Contactmoment { kanaal samenvatting } ... on Afsprakennota { stappen } ... on Beslissing { nodig advies }`;
const TRAJECT = `query ($id: ID!) { dossier(id: $id) { mijlpalen { ${MIJLPAAL} } contacthistoriek { id datum kanaal samenvatting actor { id } } architectNodig omgevingsvergunningNodig innameOpenbaarDomeinNodig } }`;

/** An's journey as the demo world holds it, oldest first (written out by hand). */
const AN_MIJLPALEN = [
  {
    __typename: 'Contactmoment', id: T.mijlpaalAnContact, soort: 'CONTACTMOMENT', datum: '2026-01-06T09:00:00.000Z', toelichting: null, actor: SOFIE, document: null,
    geregistreerdOp: '2026-01-06T10:00:00.000Z', kanaal: 'EMAIL', samenvatting: 'Start van de begeleiding besproken; toestemming voor het dossier gekregen.',
  },
  {
    __typename: 'Trajectstap', id: T.mijlpaalAnHuisbezoek, soort: 'HUISBEZOEK', datum: '2026-01-13T09:00:00.000Z', toelichting: 'Huisbezoek voor het DuBo-advies.',
    actor: PIETER, document: null, geregistreerdOp: '2026-01-13T10:00:00.000Z',
  },
  {
    __typename: 'Trajectstap', id: T.mijlpaalAnDubo, soort: 'DUBO_ADVIES_ONTVANGEN', datum: '2026-01-21T09:00:00.000Z', toelichting: null, actor: PIETER,
    document: { id: T.documentAnDubo, soort: 'ADVIES', titel: 'DuBo-advies Tiensestraat 120' }, geregistreerdOp: '2026-01-21T10:00:00.000Z',
  },
  {
    __typename: 'Trajectstap', id: T.mijlpaalAnPlan, soort: 'RENOVATIEPLAN_OPGEMAAKT', datum: '2026-01-28T09:00:00.000Z', toelichting: null, actor: LIES,
    document: { id: T.documentAnPlan, soort: 'RENOVATIEPLAN', titel: 'Renovatieplan Tiensestraat 120' }, geregistreerdOp: '2026-01-28T10:00:00.000Z',
  },
  {
    __typename: 'Trajectstap', id: T.mijlpaalAnBesproken, soort: 'RENOVATIEPLAN_BESPROKEN', datum: '2026-01-30T09:00:00.000Z', toelichting: null, actor: LIES,
    document: null, geregistreerdOp: '2026-01-30T10:00:00.000Z',
  },
  {
    __typename: 'Afsprakennota', id: T.mijlpaalAnNota, soort: 'AFSPRAKENNOTA', datum: '2026-01-31T09:00:00.000Z', toelichting: null, actor: LIES,
    document: { id: T.documentAnNota, soort: 'AFSPRAKENNOTA', titel: 'Afsprakennota' }, geregistreerdOp: '2026-01-31T10:00:00.000Z',
    stappen: ['Dak isoleren en vernieuwen', 'Ramen en voordeur vervangen', 'Gasketel vervangen door een warmtepomp'],
  },
  {
    __typename: 'Beslissing', id: T.mijlpaalAnArchitect, soort: 'ARCHITECT_ADVIES', datum: '2026-01-31T09:00:00.000Z', toelichting: null, actor: LIES,
    document: null, geregistreerdOp: '2026-01-31T10:00:00.000Z', nodig: false, advies: 'Geen stabiliteitswerken: een architect is niet nodig.',
  },
  {
    __typename: 'Beslissing', id: T.mijlpaalAnVergunning, soort: 'OMGEVINGSVERGUNNING', datum: '2026-01-31T09:00:00.000Z', toelichting: null, actor: LIES,
    document: null, geregistreerdOp: '2026-01-31T10:00:00.000Z', nodig: false, advies: null,
  },
  {
    __typename: 'Contactmoment', id: T.mijlpaalAnTelefoon, soort: 'CONTACTMOMENT', datum: '2026-02-27T09:00:00.000Z', toelichting: null, actor: LIES, document: null,
    geregistreerdOp: '2026-02-27T10:00:00.000Z', kanaal: 'TELEFOON', samenvatting: 'Offertes voor het dak overlopen; premieadvies volgt.',
  },
];
const AN_CONTACTEN = [
  { id: T.mijlpaalAnTelefoon, datum: '2026-02-27T09:00:00.000Z', kanaal: 'TELEFOON', samenvatting: 'Offertes voor het dak overlopen; premieadvies volgt.', actor: { id: LIES.id } },
  { id: T.mijlpaalAnContact, datum: '2026-01-06T09:00:00.000Z', kanaal: 'EMAIL', samenvatting: 'Start van de begeleiding besproken; toestemming voor het dossier gekregen.', actor: { id: SOFIE.id } },
];

describe('reading the journey', () => {
  it.each(['spoc', 'renovatiebegeleider', 'burger'])('%s reads An’s milestones, contact history and flags', async (who) => {
    const res = await s.gql(who, TRAJECT, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({
      data: { dossier: { mijlpalen: AN_MIJLPALEN, contacthistoriek: AN_CONTACTEN, architectNodig: false, omgevingsvergunningNodig: false, innameOpenbaarDomeinNodig: null } },
    });
  });

  it('filters the milestones by kind', async () => {
    const q = `query ($id: ID!) { dossier(id: $id) { mijlpalen(soort: [ARCHITECT_ADVIES, AFSPRAKENNOTA]) { id } } }`;
    const res = await s.gql('spoc', q, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({ data: { dossier: { mijlpalen: [{ id: T.mijlpaalAnNota }, { id: T.mijlpaalAnArchitect }] } } });
  });

  it('a partner with consent for the renovation plan sees the milestones without the contact moments, never the contact history', async () => {
    const res = await s.gql('partner', TRAJECT, { id: DEMO_IDS.dossierMarc });
    expect(res.body).toEqual({
      data: { dossier: { mijlpalen: [], contacthistoriek: null, architectNodig: null, omgevingsvergunningNodig: null, innameOpenbaarDomeinNodig: null } },
      errors: [fout(TRAJECT, 'contacthistoriek', ['dossier', 'contacthistoriek'], 'FORBIDDEN', 'Geen toegang.')],
    });
  });

  it('a partner without consent for the renovation plan gets FORBIDDEN on those fields, and the refusals are audited', async () => {
    const voor = await auditIds(s.dataSource);
    const res = await s.gql(ENERGIEHUIS, TRAJECT, { id: DEMO_IDS.dossierAn });
    const geenPlan = 'De burger deelt RENOVATIEPLAN van dit dossier niet met je organisatie.';
    expect(res.body).toEqual({
      data: { dossier: { mijlpalen: null, contacthistoriek: null, architectNodig: null, omgevingsvergunningNodig: null, innameOpenbaarDomeinNodig: null } },
      errors: [
        fout(TRAJECT, 'architectNodig', ['dossier', 'architectNodig'], 'FORBIDDEN', geenPlan),
        fout(TRAJECT, 'contacthistoriek', ['dossier', 'contacthistoriek'], 'FORBIDDEN', 'Geen toegang.'),
        fout(TRAJECT, 'innameOpenbaarDomeinNodig', ['dossier', 'innameOpenbaarDomeinNodig'], 'FORBIDDEN', geenPlan),
        fout(TRAJECT, 'mijlpalen', ['dossier', 'mijlpalen'], 'FORBIDDEN', geenPlan),
        fout(TRAJECT, 'omgevingsvergunningNodig', ['dossier', 'omgevingsvergunningNodig'], 'FORBIDDEN', geenPlan),
      ],
    });
    const wie = { sub: ENERGIEHUIS.sub, detail: null, dossierId: DEMO_IDS.dossierAn };
    expect(await auditNa(s.dataSource, voor)).toEqual(
      [
        { ...wie, actie: 'LEZEN', objectType: 'Dossier', objectId: DEMO_IDS.dossierAn },
        { ...wie, actie: 'WEIGERING', objectType: 'Contactmoment', objectId: DEMO_IDS.dossierAn },
        { ...wie, actie: 'WEIGERING', objectType: 'Maatregel', objectId: DEMO_IDS.dossierAn },
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });
});

const REGISTREER = `mutation ($input: MijlpaalInput!) { registreerMijlpaal(input: $input) { ${MIJLPAAL} } }`;

describe('registering milestones', () => {
  it('the coach registers a contact moment and a decision; the flag follows the last decision; both are audited', async () => {
    const voor = await auditIds(s.dataSource);
    const contact = await s.gql('renovatiebegeleider', REGISTREER, {
      input: { dossierId: DEMO_IDS.dossierMarc, soort: 'CONTACTMOMENT', datum: '2026-03-02T08:15:00.000Z', kanaal: 'TELEFOON', samenvatting: ' Huisbezoek bevestigd. ' },
    });
    const id = (contact.body.data as { registreerMijlpaal: { id: string } }).registreerMijlpaal.id;
    expect(contact.body).toEqual({
      data: {
        registreerMijlpaal: {
          __typename: 'Contactmoment', id, soort: 'CONTACTMOMENT', datum: '2026-03-02T08:15:00.000Z', toelichting: null, actor: LIES, document: null,
          geregistreerdOp: '2026-03-02T09:00:00.000Z', kanaal: 'TELEFOON', samenvatting: 'Huisbezoek bevestigd.',
        },
      },
    });
    for (const nodig of [true, false, true]) {
      const res = await s.gql('spoc', REGISTREER, { input: { dossierId: DEMO_IDS.dossierMarc, soort: 'INNAME_OPENBAAR_DOMEIN', nodig, toelichting: 'Container op straat.' } });
      expect(res.body.errors).toBeUndefined();
    }
    const flags = await s.gql('spoc', `query ($id: ID!) { dossier(id: $id) { innameOpenbaarDomeinNodig architectNodig contacthistoriek { id } } }`, { id: DEMO_IDS.dossierMarc });
    expect(flags.body).toEqual({
      data: { dossier: { innameOpenbaarDomeinNodig: true, architectNodig: null, contacthistoriek: [{ id }, { id: T.mijlpaalMarcTelefoon }, { id: T.mijlpaalMarcLoket }] } },
    });
    const changes = (await auditNa(s.dataSource, voor)).filter((r) => r.actie === 'WIJZIGEN');
    expect(changes.map((r) => [r.sub, r.objectType, r.detail, r.dossierId])).toEqual([
      ['stad-lies.wouters', 'Mijlpaal', 'CONTACTMOMENT geregistreerd', DEMO_IDS.dossierMarc],
      ['stad-sofie.claes', 'Mijlpaal', 'INNAME_OPENBAAR_DOMEIN geregistreerd', DEMO_IDS.dossierMarc],
      ['stad-sofie.claes', 'Mijlpaal', 'INNAME_OPENBAAR_DOMEIN geregistreerd', DEMO_IDS.dossierMarc],
      ['stad-sofie.claes', 'Mijlpaal', 'INNAME_OPENBAAR_DOMEIN geregistreerd', DEMO_IDS.dossierMarc],
    ]);
  });

  it('Dialoog, assigned to Marc’s dossier, registers its home visit and its DuBo-advies with the document', async () => {
    const up = await upload(s, 'partner', PDF, { type: 'application/pdf', naam: 'dubo-advies-naamsesteenweg.pdf' });
    expect(up.status).toBe(201);
    const doc = await s.gql<{ voegDocumentToe: { id: string } }>('partner', `mutation ($input: VoegDocumentToeInput!) { voegDocumentToe(input: $input) { id } }`, {
      input: { dossierId: DEMO_IDS.dossierMarc, uploadId: up.body.uploadId, soort: 'ADVIES', titel: 'DuBo-advies Naamsesteenweg 17' },
    });
    const documentId = doc.body.data!.voegDocumentToe.id;
    const bezoek = await s.gql('partner', REGISTREER, { input: { dossierId: DEMO_IDS.dossierMarc, soort: 'HUISBEZOEK', datum: '2026-02-25T13:00:00.000Z' } });
    expect(bezoek.body.errors).toBeUndefined();
    // Dialoog registers the milestone with its document; it sees the milestone but, without consent for
    // DOCUMENTEN, not the document itself.
    const dubo = await s.gql('partner', REGISTREER, { input: { dossierId: DEMO_IDS.dossierMarc, soort: 'DUBO_ADVIES_ONTVANGEN', documentId } });
    const id = (dubo.body.data as { registreerMijlpaal: { id: string } }).registreerMijlpaal.id;
    expect(dubo.body).toEqual({
      data: {
        registreerMijlpaal: {
          __typename: 'Trajectstap', id, soort: 'DUBO_ADVIES_ONTVANGEN', datum: '2026-03-02T09:00:00.000Z', toelichting: null, actor: PIETER, document: null,
          geregistreerdOp: '2026-03-02T09:00:00.000Z',
        },
      },
      errors: [fout(REGISTREER, 'document {', ['registreerMijlpaal', 'document'], 'FORBIDDEN', 'De burger deelt DOCUMENTEN van dit dossier niet met je organisatie.')],
    });
    const spoc = await s.gql('spoc', `query ($id: ID!) { dossier(id: $id) { mijlpalen(soort: [HUISBEZOEK, DUBO_ADVIES_ONTVANGEN]) { soort actor { id } document { id titel } } } }`, {
      id: DEMO_IDS.dossierMarc,
    });
    expect(spoc.body).toEqual({
      data: {
        dossier: {
          mijlpalen: [
            { soort: 'HUISBEZOEK', actor: { id: PIETER.id }, document: null },
            { soort: 'DUBO_ADVIES_ONTVANGEN', actor: { id: PIETER.id }, document: { id: documentId, titel: 'DuBo-advies Naamsesteenweg 17' } },
          ],
        },
      },
    });
  });

  it('refuses what may not be registered, with a clear error, writing nothing but the audited refusals', async () => {
    const voor = await momentopname(s.dataSource);
    const auditVoor = await auditIds(s.dataSource);
    const marc = { dossierId: DEMO_IDS.dossierMarc };
    const cases: Array<[string | Identity, Record<string, unknown>, string, string, Record<string, unknown>?]> = [
      ['burger', { dossierId: DEMO_IDS.dossierAn, soort: 'HUISBEZOEK' }, 'FORBIDDEN', 'Een mijlpaal HUISBEZOEK wordt geregistreerd door de SPOC, de energieconsulent of de renovatiebegeleider, of door de partner die het dossier toegewezen kreeg.'],
      ['partner', { ...marc, soort: 'ARCHITECT_ADVIES', nodig: true, advies: 'Ja' }, 'FORBIDDEN', 'Een mijlpaal ARCHITECT_ADVIES wordt geregistreerd door de SPOC, de energieconsulent of de renovatiebegeleider.'],
      ['partner', { dossierId: DEMO_IDS.dossierAn, soort: 'HUISBEZOEK' }, 'FORBIDDEN', 'Geen toegang.'],
      ['renovatiebegeleider', { dossierId: C.dossierEls, soort: 'HUISBEZOEK' }, 'FORBIDDEN', 'Geen toegang.'],
      ['burger', { dossierId: NOT_EXISTING_ID, soort: 'HUISBEZOEK' }, 'FORBIDDEN', 'Geen toegang.'],
      ['stadsdienst', { ...marc, soort: 'ARCHITECT_ADVIES', nodig: true, advies: 'Ja' }, 'FORBIDDEN', 'Een mijlpaal ARCHITECT_ADVIES wordt geregistreerd door de SPOC, de energieconsulent of de renovatiebegeleider.'],
      ['analist', { ...marc, soort: 'OMGEVINGSVERGUNNING', nodig: true }, 'FORBIDDEN', 'Geen toegang.'],
      ['spoc', { dossierId: NOT_EXISTING_ID, soort: 'HUISBEZOEK' }, 'NOT_FOUND', 'Dossier niet gevonden.'],
      ['spoc', { dossierId: C.dossierKoen, soort: 'HUISBEZOEK' }, 'CONFLICT', 'Dit dossier is afgesloten: er kan niets meer aan gewijzigd worden.', { status: 'AFGESLOTEN' }],
      ['spoc', { ...marc, soort: 'CONTACTMOMENT', kanaal: 'EMAIL' }, 'BAD_USER_INPUT', "'input.samenvatting' is verplicht: 1 tot 2000 tekens (bij een mijlpaal van soort CONTACTMOMENT).", { field: 'input.samenvatting' }],
      ['spoc', { ...marc, soort: 'HUISBEZOEK', nodig: true }, 'BAD_USER_INPUT', "'input.nodig' hoort niet bij een mijlpaal van soort HUISBEZOEK.", { field: 'input.nodig' }],
      ['spoc', { ...marc, soort: 'AFSPRAKENNOTA', stappen: [] }, 'BAD_USER_INPUT', "'input.stappen' is verplicht: 1 tot 50 stappen van elk 1 tot 500 tekens (bij een mijlpaal van soort AFSPRAKENNOTA).", { field: 'input.stappen' }],
      ['spoc', { ...marc, soort: 'HUISBEZOEK', datum: '2026-03-03T09:00:00.000Z' }, 'BAD_USER_INPUT', "'input.datum' ligt in de toekomst.", { field: 'input.datum' }],
      ['spoc', { ...marc, soort: 'RENOVATIEPLAN_OPGEMAAKT', documentId: T.documentAnPlan }, 'BAD_USER_INPUT', "'input.documentId' is geen document van dit dossier.", { field: 'input.documentId' }],
      ['spoc', { dossierId: DEMO_IDS.dossierAn, soort: 'DUBO_ADVIES_ONTVANGEN', documentId: T.documentAnPlan }, 'BAD_USER_INPUT', "'input.documentId' moet een document van soort ADVIES zijn bij een mijlpaal DUBO_ADVIES_ONTVANGEN (het is RENOVATIEPLAN).", { field: 'input.documentId' }],
      ['spoc', { ...marc, soort: 'HUISBEZOEK', documentId: 'geen-id' }, 'BAD_USER_INPUT', 'Ongeldig document-id: verwacht een UUID.', { argument: 'id' }],
    ];
    for (const [who, input, code, message, extra] of cases) {
      const res = await s.gql(who, REGISTREER, { input });
      expect(res.body, `${JSON.stringify(who)} ${JSON.stringify(input)}`).toEqual({
        data: null,
        errors: [fout(REGISTREER, 'registreerMijlpaal', ['registreerMijlpaal'], code, message, extra)],
      });
    }
    expect(await momentopname(s.dataSource)).toEqual(voor);
    // Only the refusals of a dossier the caller is not involved in (or that does not exist) are audited.
    const refusals = (await auditNa(s.dataSource, auditVoor)).map((r) => [r.sub, r.actie, r.objectId]);
    expect(refusals).toEqual(
      [
        ['stad-lies.wouters', 'WEIGERING', C.dossierEls],
        ['stad-pieter.desmet', 'WEIGERING', DEMO_IDS.dossierAn],
        ['stad-pieter.desmet', 'WEIGERING', DEMO_IDS.dossierMarc],
        ['acm-85031412302', 'WEIGERING', DEMO_IDS.dossierAn],
        ['acm-85031412302', 'WEIGERING', NOT_EXISTING_ID],
        ['stad-karen.maes', 'WEIGERING', DEMO_IDS.dossierMarc],
        ['stad-bram.vos', 'WEIGERING', DEMO_IDS.dossierMarc],
        ['stad-sofie.claes', 'WEIGERING', NOT_EXISTING_ID],
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });
});

describe('a partner organisation that guides the citizen (instead of a coach of the city)', () => {
  it('registers every kind of milestone and plans measures in the dossier it guides', async () => {
    const wijs = await s.gql('spoc', `mutation ($input: WijsDossierToeInput!) { wijsDossierToe(input: $input) { begeleidendePartner } }`, {
      input: { dossierId: DEMO_IDS.dossierYoussef, versie: 1, partner: 'ENERGIEHUIS' },
    });
    expect(wijs.body).toEqual({ data: { wijsDossierToe: { begeleidendePartner: 'ENERGIEHUIS' } } });
    const besproken = await s.gql(ENERGIEHUIS, `mutation ($input: MijlpaalInput!) { registreerMijlpaal(input: $input) { soort actor { id rol organisatie } } }`, {
      input: { dossierId: DEMO_IDS.dossierYoussef, soort: 'RENOVATIEPLAN_BESPROKEN' },
    });
    expect(besproken.body).toEqual({ data: { registreerMijlpaal: { soort: 'RENOVATIEPLAN_BESPROKEN', actor: { id: ENERGIEHUIS.sub, rol: 'partner', organisatie: 'ENERGIEHUIS' } } } });
    const maatregel = await s.gql(ENERGIEHUIS, `mutation ($input: VoegMaatregelToeInput!) { voegMaatregelToe(input: $input) { categorie status volgorde } }`, {
      input: { dossierId: DEMO_IDS.dossierYoussef, categorie: 'DAK', omschrijving: 'Dakisolatie' },
    });
    expect(maatregel.body).toEqual({ data: { voegMaatregelToe: { categorie: 'DAK', status: 'GEPLAND', volgorde: 1 } } });
    // Dialoog has nothing to do with this dossier.
    const dialoog = await s.gql('partner', REGISTREER, { input: { dossierId: DEMO_IDS.dossierYoussef, soort: 'HUISBEZOEK' } });
    expect(dialoog.body).toEqual({ data: null, errors: [fout(REGISTREER, 'registreerMijlpaal', ['registreerMijlpaal'], 'FORBIDDEN', 'Geen toegang.')] });
  });
});

describe('a city service', () => {
  it('registers whether a permit is needed, and sees the flags and milestones of the plan (not the contact moments)', async () => {
    const res = await s.gql('stadsdienst', REGISTREER, { input: { dossierId: DEMO_IDS.dossierAn, soort: 'OMGEVINGSVERGUNNING', nodig: true, toelichting: 'Gevelwijziging aan de straatkant.' } });
    const id = (res.body.data as { registreerMijlpaal: { id: string } }).registreerMijlpaal.id;
    expect(res.body).toEqual({
      data: {
        registreerMijlpaal: {
          __typename: 'Beslissing', id, soort: 'OMGEVINGSVERGUNNING', datum: '2026-03-02T09:00:00.000Z', toelichting: 'Gevelwijziging aan de straatkant.',
          actor: { id: 'stad-karen.maes', naam: 'Karen Maes', rol: 'stadsdienst', organisatie: null, dienst: 'erfgoed' }, document: null,
          geregistreerdOp: '2026-03-02T09:00:00.000Z', nodig: true, advies: null,
        },
      },
    });
    const q = `query ($id: ID!) { dossier(id: $id) { omgevingsvergunningNodig architectNodig mijlpalen(soort: [CONTACTMOMENT, OMGEVINGSVERGUNNING]) { id } } }`;
    const flags = await s.gql('stadsdienst', q, { id: DEMO_IDS.dossierAn });
    expect(flags.body).toEqual({ data: { dossier: { omgevingsvergunningNodig: true, architectNodig: false, mijlpalen: [{ id: T.mijlpaalAnVergunning }, { id }] } } });
  });
});
