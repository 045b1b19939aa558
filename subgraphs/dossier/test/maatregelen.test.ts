import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TRAJECT_IDS as T } from '../src/server.js';
import { C, DEMO_IDS, NOT_EXISTING_ID } from './fixtures.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditIds, auditNa, fout, klok, momentopname, tel } from './traject-support.js';

let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: klok });
});
afterAll(() => s?.close());

const OFFERTE = `id status aannemer { naam kbo } bedragExclBtw btwTarief btwBedrag bedragInclBtw datum geldigTot verlopen`;
const FACTUUR = `id nummer datum aannemer { naam kbo } bedragExclBtw btwBedrag bedragInclBtw betaaldOp`;
const MAATREGEL = `id categorie omschrijving status volgorde oppervlakteM2 bedragExclBtw bedragBron geraamdBedragExclBtw offertes { ${OFFERTE} } facturen { ${FACTUUR} }`;
const MAATREGELEN = `query ($id: ID!) { dossier(id: $id) { maatregelen { ${MAATREGEL} } } }`;

const JANSSENS = { naam: 'Dakwerken Janssens BV', kbo: '0123456749' };
const DAK_EN_GEVEL = { naam: 'Dak & Gevel Leuven NV', kbo: '0456789034' };
const GLAS = { naam: 'Glas Vandamme BV', kbo: '0987654394' };

/** An's measures in the demo world, written out by hand. */
const DAK = {
  id: C.maatregelAnDak, categorie: 'DAK', omschrijving: 'Dakisolatie hellend dak (Rd ≥ 4,5) met nieuwe dakbedekking', status: 'OFFERTE', volgorde: 1,
  oppervlakteM2: 80, bedragExclBtw: 9000, bedragBron: 'RAMING', geraamdBedragExclBtw: 9000,
  offertes: [
    { id: T.offerteAnDakJanssens, status: 'ONTVANGEN', aannemer: JANSSENS, bedragExclBtw: 9250, btwTarief: 6, btwBedrag: 555, bedragInclBtw: 9805, datum: '2026-02-19', geldigTot: '2026-04-21', verlopen: false },
    { id: T.offerteAnDakDakEnGevel, status: 'ONTVANGEN', aannemer: DAK_EN_GEVEL, bedragExclBtw: 9800, btwTarief: 6, btwBedrag: 588, bedragInclBtw: 10388, datum: '2026-02-21', geldigTot: '2026-03-22', verlopen: false },
  ],
  facturen: [],
};
const RAMEN = {
  id: C.maatregelAnRamen, categorie: 'RAMEN_EN_DEUREN', omschrijving: 'Hoogrendementsbeglazing (U ≤ 1,0) en nieuwe voordeur', status: 'OFFERTE', volgorde: 2,
  oppervlakteM2: null, bedragExclBtw: 7800, bedragBron: 'RAMING', geraamdBedragExclBtw: 7800,
  offertes: [{ id: T.offerteAnRamen, status: 'AANGEVRAAGD', aannemer: GLAS, bedragExclBtw: null, btwTarief: null, btwBedrag: null, bedragInclBtw: null, datum: null, geldigTot: null, verlopen: false }],
  facturen: [],
};
const WARMTEPOMP = {
  id: C.maatregelAnWarmtepomp, categorie: 'WARMTEPOMP', omschrijving: 'Lucht-water-warmtepomp ter vervanging van de gasketel', status: 'GEPLAND', volgorde: 3,
  oppervlakteM2: null, bedragExclBtw: 15400, bedragBron: 'RAMING', geraamdBedragExclBtw: 15400, offertes: [], facturen: [],
};

describe('reading measures with their quotes and invoices', () => {
  it.each(['spoc', 'renovatiebegeleider', 'burger'])('%s reads An’s plan', async (who) => {
    const res = await s.gql(who, MAATREGELEN, { id: DEMO_IDS.dossierAn });
    expect(res.body).toEqual({ data: { dossier: { maatregelen: [DAK, RAMEN, WARMTEPOMP] } } });
  });

  it('an invoiced measure takes its amount from the invoices', async () => {
    const q = `query ($id: ID!) { dossier(id: $id) { maatregelen { categorie status bedragExclBtw bedragBron facturen { nummer betaaldOp bedragInclBtw } offertes { status } } } }`;
    const res = await s.gql('spoc', q, { id: C.dossierKoen });
    expect(res.body).toEqual({
      data: {
        dossier: {
          maatregelen: [
            { categorie: 'WARMTEPOMP', status: 'UITGEVOERD', bedragExclBtw: 14200, bedragBron: 'FACTUREN', facturen: [{ nummer: '2025-0117', betaaldOp: '2025-11-02', bedragInclBtw: 15052 }], offertes: [{ status: 'GEKOZEN' }] },
            { categorie: 'ZONNEBOILER', status: 'UITGEVOERD', bedragExclBtw: 5600, bedragBron: 'FACTUREN', facturen: [{ nummer: 'ZB-88', betaaldOp: '2025-11-04', bedragInclBtw: 5936 }], offertes: [] },
          ],
        },
      },
    });
  });

  it('a partner sees measures with consent for RENOVATIEPLAN, but quotes and invoices only with OFFERTES_EN_FACTUREN', async () => {
    const q = `query ($id: ID!) { dossier(id: $id) { maatregelen { categorie offertes { id } facturen { id } } } }`;
    const res = await s.gql('partner', q, { id: DEMO_IDS.dossierMarc });
    const geen = 'De burger deelt OFFERTES_EN_FACTUREN van dit dossier niet met je organisatie.';
    expect(res.body).toEqual({
      data: {
        dossier: {
          maatregelen: [
            { categorie: 'BUITENMUUR', offertes: null, facturen: null },
            { categorie: 'VLOER', offertes: null, facturen: null },
            { categorie: 'VENTILATIE', offertes: null, facturen: null },
          ],
        },
      },
      errors: [0, 1, 2].flatMap((i) => [
        fout(q, 'facturen', ['dossier', 'maatregelen', i, 'facturen'], 'FORBIDDEN', geen),
        fout(q, 'offertes', ['dossier', 'maatregelen', i, 'offertes'], 'FORBIDDEN', geen),
      ]).sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path))),
    });
  });
});

const VOEG_OFFERTE_TOE = `mutation ($input: VoegOfferteToeInput!) { voegOfferteToe(input: $input) { ${OFFERTE} maatregel { id status } } }`;
const KIES = `mutation ($id: ID!) { kiesOfferte(offerteId: $id) { id status maatregel { id status bedragExclBtw bedragBron offertes { id status } } } }`;
const WIJS_AF = `mutation ($id: ID!) { wijsOfferteAf(offerteId: $id) { id status } }`;
const ONTVANGST = `mutation ($input: RegistreerOfferteOntvangstInput!) { registreerOfferteOntvangst(input: $input) { ${OFFERTE} } }`;
const VOEG_FACTUUR_TOE = `mutation ($input: VoegFactuurToeInput!) { voegFactuurToe(input: $input) { ${FACTUUR} maatregel { id bedragExclBtw bedragBron } } }`;
const BETAALD = `mutation ($input: RegistreerBetalingInput!) { registreerBetaling(input: $input) { id betaaldOp } }`;

describe('quotes and invoices: the citizen’s choice', () => {
  it('refuses an invalid KBO number, naming the field, and writes nothing', async () => {
    const voor = await momentopname(s.dataSource);
    const input = { maatregelId: C.maatregelAnWarmtepomp, aannemer: { naam: 'Warmte BV', kbo: '0123.456.748' } };
    const res = await s.gql('burger', VOEG_OFFERTE_TOE, { input });
    expect(res.body).toEqual({
      data: null,
      errors: [
        fout(VOEG_OFFERTE_TOE, 'voegOfferteToe', ['voegOfferteToe'], 'BAD_USER_INPUT',
          "'input.aannemer.kbo' is geen geldig ondernemingsnummer (KBO): 10 cijfers met een geldig controlegetal, bv. 0123.456.749.", { field: 'input.aannemer.kbo' }),
      ],
    });
    expect(await momentopname(s.dataSource)).toEqual(voor);
  });

  it('the citizen adds a received quote for the heat pump: the measure goes to OFFERTE; the change is audited', async () => {
    const voor = await auditIds(s.dataSource);
    const res = await s.gql('burger', VOEG_OFFERTE_TOE, {
      input: {
        maatregelId: C.maatregelAnWarmtepomp, aannemer: { naam: ' Warmte Peeters BV ', kbo: 'BE 0444.333.244' }, status: 'ONTVANGEN',
        bedragExclBtw: 14999.99, btwTarief: 6, datum: '2026-03-01', geldigTot: '2026-03-31',
      },
    });
    const id = (res.body.data as { voegOfferteToe: { id: string } }).voegOfferteToe.id;
    expect(res.body).toEqual({
      data: {
        voegOfferteToe: {
          id, status: 'ONTVANGEN', aannemer: { naam: 'Warmte Peeters BV', kbo: '0444333244' }, bedragExclBtw: 14999.99, btwTarief: 6, btwBedrag: 900,
          bedragInclBtw: 15899.99, datum: '2026-03-01', geldigTot: '2026-03-31', verlopen: false, maatregel: { id: C.maatregelAnWarmtepomp, status: 'OFFERTE' },
        },
      },
    });
    expect(await auditNa(s.dataSource, voor)).toEqual(
      expect.arrayContaining([
        { sub: 'acm-85031412302', actie: 'WIJZIGEN', objectType: 'Offerte', objectId: id, dossierId: DEMO_IDS.dossierAn, detail: `toegevoegd (ONTVANGEN) bij maatregel ${C.maatregelAnWarmtepomp}` },
      ]),
    );
  });

  it('the coach registers the receipt of a requested quote', async () => {
    const res = await s.gql('renovatiebegeleider', ONTVANGST, { input: { offerteId: T.offerteAnRamen, bedragExclBtw: 7650.5, btwTarief: 21, datum: '2026-02-28' } });
    expect(res.body).toEqual({
      data: {
        registreerOfferteOntvangst: {
          id: T.offerteAnRamen, status: 'ONTVANGEN', aannemer: GLAS, bedragExclBtw: 7650.5, btwTarief: 21, btwBedrag: 1606.61, bedragInclBtw: 9257.11,
          datum: '2026-02-28', geldigTot: null, verlopen: false,
        },
      },
    });
  });

  it('the citizen chooses a roof quote: the other is rejected, the measure is ordered and takes the chosen amount', async () => {
    const res = await s.gql('burger', KIES, { id: T.offerteAnDakJanssens });
    expect(res.body).toEqual({
      data: {
        kiesOfferte: {
          id: T.offerteAnDakJanssens, status: 'GEKOZEN',
          maatregel: {
            id: C.maatregelAnDak, status: 'BESTELD', bedragExclBtw: 9250, bedragBron: 'GEKOZEN_OFFERTE',
            offertes: [{ id: T.offerteAnDakJanssens, status: 'GEKOZEN' }, { id: T.offerteAnDakDakEnGevel, status: 'AFGEWEZEN' }],
          },
        },
      },
    });
    // What the premies subgraph @requires follows.
    const ref = await s.gql('spoc', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Dossier { maatregelen { bedragExclBtw } } } }`, {
      r: [{ __typename: 'Dossier', id: DEMO_IDS.dossierAn }],
    });
    expect(ref.body).toEqual({ data: { _entities: [{ maatregelen: [{ bedragExclBtw: 9250 }, { bedragExclBtw: 7800 }, { bedragExclBtw: 15400 }] }] } });
  });

  it('refuses transitions the rules do not allow, changing nothing', async () => {
    const voor = await momentopname(s.dataSource);
    const cases: Array<[string, string, Record<string, unknown>, string, string, string, Record<string, unknown>]> = [
      ['burger', KIES, { id: T.offerteAnDakDakEnGevel }, 'kiesOfferte', 'INVALID_TRANSITION', 'Een offerte gaat niet van AFGEWEZEN naar GEKOZEN: AFGEWEZEN is definitief.', { van: 'AFGEWEZEN', naar: 'GEKOZEN' }],
      ['renovatiebegeleider', WIJS_AF, { id: T.offerteAnDakJanssens }, 'wijsOfferteAf', 'INVALID_TRANSITION',
        'Een offerte gaat niet van GEKOZEN naar AFGEWEZEN: een gekozen offerte wordt enkel afgewezen door een andere offerte van de maatregel te kiezen.', { van: 'GEKOZEN', naar: 'AFGEWEZEN' }],
      ['renovatiebegeleider', ONTVANGST, { input: { offerteId: T.offerteAnRamen, bedragExclBtw: 1, btwTarief: 6, datum: '2026-02-28' } }, 'registreerOfferteOntvangst',
        'INVALID_TRANSITION', 'Een offerte gaat niet van ONTVANGEN naar ONTVANGEN: vanuit ONTVANGEN kan enkel GEKOZEN of AFGEWEZEN.', { van: 'ONTVANGEN', naar: 'ONTVANGEN' }],
      ['burger', VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelAnDak, aannemer: JANSSENS } }, 'voegOfferteToe', 'INVALID_TRANSITION',
        'Deze maatregel is al BESTELD: er kunnen geen offertes meer bij.', { van: 'BESTELD', naar: 'OFFERTE' }],
      ['burger', VOEG_FACTUUR_TOE, { input: { maatregelId: C.maatregelAnRamen, nummer: 'F-1', datum: '2026-03-01', aannemer: GLAS, bedragExclBtw: 100, btwBedrag: 6 } },
        'voegFactuurToe', 'INVALID_TRANSITION',
        'Een factuur hoort bij bestelde of uitgevoerde werken, en deze maatregel is OFFERTE: kies eerst een offerte of zet de maatregel op BESTELD.', { van: 'OFFERTE', naar: 'FACTUUR' }],
    ];
    for (const [who, query, variables, field, code, message, extra] of cases) {
      const res = await s.gql(who, query, variables);
      expect(res.body, message).toEqual({ data: null, errors: [fout(query, field, [field], code, message, extra)] });
    }
    expect(await momentopname(s.dataSource)).toEqual(voor);
  });

  it('refuses bad quote and invoice input, naming the field, before anything is read', async () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      [VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelAnWarmtepomp, aannemer: GLAS, status: 'ONTVANGEN', bedragExclBtw: 10, btwTarief: 6 } }, "'input.datum' is verplicht voor een ontvangen offerte.", 'input.datum'],
      [VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelAnWarmtepomp, aannemer: GLAS, bedragExclBtw: 10 } },
        "'input.bedragExclBtw' hoort bij een ontvangen offerte: geef status ONTVANGEN, of registreer de ontvangst later met registreerOfferteOntvangst.", 'input.bedragExclBtw'],
      [VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelAnWarmtepomp, aannemer: GLAS, status: 'GEKOZEN' } },
        "'input.status' van een nieuwe offerte is AANGEVRAAGD of ONTVANGEN; kiezen en afwijzen gebeurt nadien.", 'input.status'],
      [VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelAnWarmtepomp, aannemer: GLAS, status: 'ONTVANGEN', bedragExclBtw: 10, btwTarief: 6, datum: '2026-03-01', geldigTot: '2026-02-01' } },
        "'input.geldigTot' ligt voor de datum van de offerte.", 'input.geldigTot'],
      [VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelAnWarmtepomp, aannemer: GLAS, status: 'ONTVANGEN', bedragExclBtw: 10, btwTarief: 7, datum: '2026-03-01' } },
        "'input.btwTarief' moet een Belgisch btw-tarief zijn: 0, 6, 12, 21 (procent).", 'input.btwTarief'],
      [VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelAnWarmtepomp, aannemer: { naam: ' ', kbo: '0123456749' } } }, "'input.aannemer.naam' mag niet leeg zijn.", 'input.aannemer.naam'],
      [VOEG_FACTUUR_TOE, { input: { maatregelId: C.maatregelAnDak, nummer: 'F-1', datum: '2026-03-03', aannemer: JANSSENS, bedragExclBtw: 100, btwBedrag: 6 } }, "'input.datum' ligt in de toekomst.", 'input.datum'],
      [VOEG_FACTUUR_TOE, { input: { maatregelId: C.maatregelAnDak, nummer: 'F-1', datum: '2026-03-01', aannemer: JANSSENS, bedragExclBtw: 100, btwBedrag: 21.02 } },
        "'input.btwBedrag' is meer dan 21 % van het bedrag exclusief btw.", 'input.btwBedrag'],
      [VOEG_FACTUUR_TOE, { input: { maatregelId: C.maatregelAnDak, nummer: 'F-1', datum: '2026-03-01', aannemer: { naam: 'X', kbo: '12' }, bedragExclBtw: 100, btwBedrag: 6 } },
        "'input.aannemer.kbo' is geen geldig ondernemingsnummer (KBO): 10 cijfers met een geldig controlegetal, bv. 0123.456.749.", 'input.aannemer.kbo'],
      [VOEG_FACTUUR_TOE, { input: { maatregelId: C.maatregelAnDak, nummer: 'F-1', datum: '2026-03-01', aannemer: JANSSENS, bedragExclBtw: 100, btwBedrag: 6, betaaldOp: '2026-02-01' } },
        "'input.betaaldOp' ligt voor de datum van de factuur.", 'input.betaaldOp'],
    ];
    for (const [query, variables, message, field] of cases) {
      s.queries.reset();
      const res = await s.gql('burger', query, variables);
      const name = query.includes('voegOfferteToe') ? 'voegOfferteToe' : 'voegFactuurToe';
      expect(res.body, message).toEqual({ data: null, errors: [fout(query, name, [name], 'BAD_USER_INPUT', message, { field })] });
      expect(s.queries.count, message).toBe(0);
    }
  });

  it('the citizen adds the roof invoice: the measure takes the invoiced amount; the same invoice twice is a CONFLICT', async () => {
    const input = { maatregelId: C.maatregelAnDak, nummer: '2026-0042', datum: '2026-03-01', aannemer: { naam: 'Dakwerken Janssens BV', kbo: '0123.456.749' }, bedragExclBtw: 9300, btwBedrag: 558 };
    const res = await s.gql('burger', VOEG_FACTUUR_TOE, { input });
    const id = (res.body.data as { voegFactuurToe: { id: string } }).voegFactuurToe.id;
    expect(res.body).toEqual({
      data: {
        voegFactuurToe: {
          id, nummer: '2026-0042', datum: '2026-03-01', aannemer: JANSSENS, bedragExclBtw: 9300, btwBedrag: 558, bedragInclBtw: 9858, betaaldOp: null,
          maatregel: { id: C.maatregelAnDak, bedragExclBtw: 9300, bedragBron: 'FACTUREN' },
        },
      },
    });
    const rows = await tel(s.dataSource, ['factuur']);
    const again = await s.gql('renovatiebegeleider', VOEG_FACTUUR_TOE, { input });
    expect(again.body).toEqual({
      data: null,
      errors: [fout(VOEG_FACTUUR_TOE, 'voegFactuurToe', ['voegFactuurToe'], 'CONFLICT', 'Factuur 2026-0042 van aannemer 0123456749 is al geregistreerd.', { field: 'input.nummer' })],
    });
    expect(await tel(s.dataSource, ['factuur'])).toEqual(rows);
    const betaald = await s.gql('burger', BETAALD, { input: { factuurId: id, betaaldOp: '2026-03-02' } });
    expect(betaald.body).toEqual({ data: { registreerBetaling: { id, betaaldOp: '2026-03-02' } } });
  });

  it('another contractor can be chosen while nothing is invoiced: Els’s windows', async () => {
    const res = await s.gql('spoc', KIES, { id: T.offerteElsRamen });
    expect(res.body).toEqual({
      data: {
        kiesOfferte: {
          id: T.offerteElsRamen, status: 'GEKOZEN',
          maatregel: { id: C.maatregelElsRamen, status: 'BESTELD', bedragExclBtw: 6450, bedragBron: 'GEKOZEN_OFFERTE', offertes: [{ id: T.offerteElsRamen, status: 'GEKOZEN' }] },
        },
      },
    });
  });

  it('refuses callers who may not, without telling whether the object exists', async () => {
    const voor = await momentopname(s.dataSource);
    const wie = 'Offertes en facturen worden toegevoegd door de burger van het dossier, de SPOC, de energieconsulent of de renovatiebegeleider.';
    const cases: Array<[string, string, Record<string, unknown>, string, string, string]> = [
      ['burger2', KIES, { id: T.offerteAnDakDakEnGevel }, 'kiesOfferte', 'FORBIDDEN', 'Geen toegang.'],
      ['burger', KIES, { id: NOT_EXISTING_ID }, 'kiesOfferte', 'FORBIDDEN', 'Geen toegang.'],
      ['spoc', KIES, { id: NOT_EXISTING_ID }, 'kiesOfferte', 'NOT_FOUND', 'Offerte niet gevonden.'],
      ['renovatiebegeleider', WIJS_AF, { id: T.offerteElsRamen }, 'wijsOfferteAf', 'FORBIDDEN', 'Geen toegang.'],
      ['partner', VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelMarcMuur, aannemer: JANSSENS } }, 'voegOfferteToe', 'FORBIDDEN', wie],
      ['analist', VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelMarcMuur, aannemer: JANSSENS } }, 'voegOfferteToe', 'FORBIDDEN', 'Geen toegang.'],
      ['anoniem', VOEG_OFFERTE_TOE, { input: { maatregelId: C.maatregelMarcMuur, aannemer: JANSSENS } }, 'voegOfferteToe', 'UNAUTHENTICATED', 'Aanmelden is vereist.'],
    ];
    for (const [who, query, variables, field, code, message] of cases) {
      const res = await s.gql(who, query, variables);
      expect(res.body, `${who} ${message}`).toEqual({ data: null, errors: [fout(query, field, [field], code, message)] });
    }
    expect(await momentopname(s.dataSource)).toEqual(voor);
  });
});

describe('planning measures', () => {
  const VOEG_TOE = `mutation ($input: VoegMaatregelToeInput!) { voegMaatregelToe(input: $input) { id categorie omschrijving status volgorde oppervlakteM2 bedragExclBtw bedragBron geraamdBedragExclBtw } }`;
  const WIJZIG = `mutation ($input: WijzigMaatregelInput!) { wijzigMaatregel(input: $input) { id categorie omschrijving oppervlakteM2 geraamdBedragExclBtw bedragBron } }`;
  const STATUS = `mutation ($input: WijzigMaatregelStatusInput!) { wijzigMaatregelStatus(input: $input) { id status } }`;
  const ORDEN = `mutation ($input: OrdenMaatregelenInput!) { ordenMaatregelen(input: $input) { id volgorde } }`;
  let vloer: string;

  it('the coach adds a measure at the end of the plan', async () => {
    const res = await s.gql('renovatiebegeleider', VOEG_TOE, {
      input: { dossierId: DEMO_IDS.dossierMarc, categorie: 'ASBESTVERWIJDERING', omschrijving: 'Asbestleien verwijderen', oppervlakteM2: 42.5, geraamdBedragExclBtw: 3100 },
    });
    vloer = (res.body.data as { voegMaatregelToe: { id: string } }).voegMaatregelToe.id;
    expect(res.body).toEqual({
      data: {
        voegMaatregelToe: {
          id: vloer, categorie: 'ASBESTVERWIJDERING', omschrijving: 'Asbestleien verwijderen', status: 'GEPLAND', volgorde: 4, oppervlakteM2: 42.5,
          bedragExclBtw: 3100, bedragBron: 'RAMING', geraamdBedragExclBtw: 3100,
        },
      },
    });
  });

  it('changes only the fields given; null clears an optional one', async () => {
    const res = await s.gql('spoc', WIJZIG, { input: { maatregelId: vloer, omschrijving: 'Asbestleien en -golfplaten verwijderen', geraamdBedragExclBtw: null } });
    expect(res.body).toEqual({
      data: { wijzigMaatregel: { id: vloer, categorie: 'ASBESTVERWIJDERING', omschrijving: 'Asbestleien en -golfplaten verwijderen', oppervlakteM2: 42.5, geraamdBedragExclBtw: null, bedragBron: null } },
    });
  });

  it('moves a measure through its statuses, one step at a time', async () => {
    const naar = async (status: string) => (await s.gql('renovatiebegeleider', STATUS, { input: { maatregelId: vloer, status } })).body;
    expect(await naar('UITGEVOERD')).toEqual({
      data: null,
      errors: [fout(STATUS, 'wijzigMaatregelStatus', ['wijzigMaatregelStatus'], 'INVALID_TRANSITION', 'Een maatregel gaat niet van GEPLAND naar UITGEVOERD: vanuit GEPLAND kan enkel OFFERTE.', { van: 'GEPLAND', naar: 'UITGEVOERD' })],
    });
    expect(await naar('OFFERTE')).toEqual({ data: { wijzigMaatregelStatus: { id: vloer, status: 'OFFERTE' } } });
    expect(await naar('GEPLAND')).toEqual({ data: { wijzigMaatregelStatus: { id: vloer, status: 'GEPLAND' } } });
  });

  it('reorders the plan: every measure exactly once', async () => {
    const ids = [C.maatregelMarcMuur, C.maatregelMarcVloer, C.maatregelMarcVentilatie, vloer];
    const bad = await s.gql('spoc', ORDEN, { input: { dossierId: DEMO_IDS.dossierMarc, maatregelIds: ids.slice(1) } });
    expect(bad.body).toEqual({
      data: null,
      errors: [fout(ORDEN, 'ordenMaatregelen', ['ordenMaatregelen'], 'BAD_USER_INPUT', "'maatregelIds' moet elke maatregel van het dossier precies één keer bevatten (4 maatregelen).", { field: 'maatregelIds' })],
    });
    const res = await s.gql('renovatiebegeleider', ORDEN, { input: { dossierId: DEMO_IDS.dossierMarc, maatregelIds: [vloer, ids[2], ids[0], ids[1]] } });
    expect(res.body).toEqual({
      data: { ordenMaatregelen: [{ id: vloer, volgorde: 1 }, { id: ids[2], volgorde: 2 }, { id: ids[0], volgorde: 3 }, { id: ids[1], volgorde: 4 }] },
    });
  });

  it('only the back office and the coach plan measures', async () => {
    const voor = await momentopname(s.dataSource);
    const input = { dossierId: DEMO_IDS.dossierAn, categorie: 'VLOER', omschrijving: 'Vloerisolatie' };
    const wie = 'Enkel de SPOC, de energieconsulent en de renovatiebegeleider van het dossier plannen maatregelen.';
    expect((await s.gql('burger', VOEG_TOE, { input })).body).toEqual({ data: null, errors: [fout(VOEG_TOE, 'voegMaatregelToe', ['voegMaatregelToe'], 'FORBIDDEN', wie)] });
    expect((await s.gql('partner', VOEG_TOE, { input: { ...input, dossierId: DEMO_IDS.dossierMarc } })).body).toEqual({
      data: null,
      errors: [fout(VOEG_TOE, 'voegMaatregelToe', ['voegMaatregelToe'], 'FORBIDDEN', wie)],
    });
    expect((await s.gql('renovatiebegeleider', STATUS, { input: { maatregelId: C.maatregelElsRamen, status: 'UITGEVOERD' } })).body).toEqual({
      data: null,
      errors: [fout(STATUS, 'wijzigMaatregelStatus', ['wijzigMaatregelStatus'], 'FORBIDDEN', 'Geen toegang.')],
    });
    expect(await momentopname(s.dataSource)).toEqual(voor);
  });
});
