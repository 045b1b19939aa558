import { HubError } from '@hub/shared';
import { identityOf } from '@hub/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../src/repositories/index.js';
import { createServices } from '../src/services/index.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditRegels, fout, kolom, outboxBerichten, tabelTellingen, testClock } from './klantreis-helpers.js';
import { DEMO_IDS } from './fixtures.js';

/*
 * The journey of a dossier at the subgraph: a phone call registered as a question, a dossier opened
 * from it with the citizen's consent, a coach and a partner, the phases one by one, and the close.
 * Then every transition the journey refuses, a stale version, and what a refused change leaves behind.
 */

const clock = testClock();
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: clock.now });
});
afterAll(() => s?.close());

const SARAH_INSZ = '90020112305';
const WONING = { adresId: '3000777', adres: 'Bondgenotenlaan 77, 3000 Leuven', postcode: '3000' };

const REGISTREER = `mutation ($input: RegistreerVraagInput!) {
  registreerVraag(input: $input) {
    kanaal onderwerp status ontvangenOp adres postcode contact { naam } geregistreerdDoor { id } toegewezenAan { id }
    burger { voornaam achternaam insz email telefoon } woning { adresId } dossier { id }
  }
}`;
const OPEN = `mutation ($input: OpenDossierInput!) {
  openDossier(input: $input) {
    id titel fase status versie adres postcode geopendOp laatsteWijziging spoc { id } renovatiebegeleider { id }
    startToestemming { wijze gegevenOp geregistreerdDoor { id } } burger { voornaam } woning { adresId }
    vragen { status } afsluitReden afgeslotenOp
  }
}`;
const DOSSIER_STAAT = `fase status versie laatsteWijziging afsluitReden afgeslotenOp`;
const FASE = `mutation ($input: WijzigFaseInput!) { wijzigFase(input: $input) { ${DOSSIER_STAAT} } }`;
const AFSLUITEN = `mutation ($input: BeeindigDossierInput!) { sluitDossierAf(input: $input) { ${DOSSIER_STAAT} } }`;
const STOPZETTEN = `mutation ($input: BeeindigDossierInput!) { zetDossierStop(input: $input) { ${DOSSIER_STAAT} } }`;
const INBOX = `{ vragenInbox(first: 100) { totalCount edges { node { id onderwerp } } } }`;

/** What Mijn Burgerprofiel is told of Sarah's dossier at a version. */
const melding = (dossierId: string, referentie: string, fase: string, status: string, versie: number, bericht: string, actie: string | null, at: string) => ({
  topic: 'burgerprofiel.notificatie',
  dedup_key: `${dossierId}:${versie}`,
  aggregate_id: dossierId,
  status: 'pending',
  payload: {
    insz: SARAH_INSZ,
    dossierId,
    referentie,
    titel: 'Renovatie bel-etage Bondgenotenlaan 77',
    status,
    fase,
    actieNodig: actie !== null,
    actie,
    bericht,
    gewijzigdOp: at,
    versie,
  },
});

describe('from a phone call to a closed dossier', () => {
  let vraagId: string;
  let dossierId: string;
  let referentie: string;
  const meldingen: unknown[] = [];

  it('registers the phone call as a question of a new citizen (INSZ matched, else created), into the inbox', async () => {
    const voor = await tabelTellingen(s.dataSource);
    const ontvangenOp = clock.iso();
    const res = await s.gql<{ registreerVraag: Record<string, unknown> }>('spoc', REGISTREER, {
      input: {
        kanaal: 'TELEFOON',
        onderwerp: '  Begeleiding bij de renovatie van onze bel-etage  ',
        woning: WONING,
        burger: { insz: '90.02.01-123.05', voornaam: 'Sarah', achternaam: 'Verhoeven', telefoon: '+32 470 55 66 77' },
      },
    });
    expect(res.body).toEqual({
      data: {
        registreerVraag: {
          kanaal: 'TELEFOON',
          onderwerp: 'Begeleiding bij de renovatie van onze bel-etage',
          status: 'NIEUW',
          ontvangenOp,
          adres: WONING.adres,
          postcode: '3000',
          contact: null,
          geregistreerdDoor: { id: 'stad-sofie.claes' },
          toegewezenAan: null,
          burger: { voornaam: 'Sarah', achternaam: 'Verhoeven', insz: SARAH_INSZ, email: null, telefoon: '+32 470 55 66 77' },
          woning: { adresId: '3000777' },
          dossier: null,
        },
      },
    });
    const na = await tabelTellingen(s.dataSource);
    expect({ burger: na.burger - voor.burger, vraag: na.vraag - voor.vraag, outbox: na.outbox - voor.outbox }).toEqual({ burger: 1, vraag: 1, outbox: 0 });
    [{ id: vraagId }] = await s.dataSource.query(`SELECT id FROM vraag WHERE onderwerp LIKE 'Begeleiding bij de renovatie van onze%'`);
    const inbox = await s.gql<{ vragenInbox: { edges: Array<{ node: { id: string } }> } }>('spoc', INBOX);
    expect(inbox.body.data!.vragenInbox.edges.map((e) => e.node.id)).toContain(vraagId);
  });

  it('a second question with the same INSZ is linked to the same profile, not a new one', async () => {
    clock.tick();
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql('energieconsulent', `mutation ($input: RegistreerVraagInput!) { registreerVraag(input: $input) { burger { voornaam } } }`, {
      input: { kanaal: 'EMAIL', onderwerp: 'Nog een vraag over de premies', burger: { insz: SARAH_INSZ, voornaam: 'S.', achternaam: 'Anders' } },
    });
    expect(res.body).toEqual({ data: { registreerVraag: { burger: { voornaam: 'Sarah' } } } });
    const na = await tabelTellingen(s.dataSource);
    expect({ burger: na.burger - voor.burger, vraag: na.vraag - voor.vraag }).toEqual({ burger: 0, vraag: 1 });
  });

  it('opens a dossier from the question with the consent the citizen gave on the phone; the question leaves the inbox', async () => {
    const gegevenOp = clock.iso();
    const at = clock.tick();
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql<{ openDossier: { id: string } }>('spoc', OPEN, {
      input: { vraagId, titel: 'Renovatie bel-etage Bondgenotenlaan 77', toestemming: { wijze: 'MONDELING', gegevenOp } },
    });
    dossierId = res.body.data!.openDossier.id;
    expect(res.body).toEqual({
      data: {
        openDossier: {
          id: dossierId,
          titel: 'Renovatie bel-etage Bondgenotenlaan 77',
          fase: 'CONTACTNAME',
          status: 'LOPEND',
          versie: 1,
          adres: WONING.adres,
          postcode: '3000',
          geopendOp: at,
          laatsteWijziging: at,
          spoc: { id: 'stad-sofie.claes' },
          renovatiebegeleider: null,
          startToestemming: { wijze: 'MONDELING', gegevenOp, geregistreerdDoor: { id: 'stad-sofie.claes' } },
          burger: { voornaam: 'Sarah' },
          woning: { adresId: '3000777' },
          vragen: [{ status: 'DOSSIER_GEOPEND' }],
          afsluitReden: null,
          afgeslotenOp: null,
        },
      },
    });
    [{ referentie }] = await s.dataSource.query(`SELECT referentie FROM dossier WHERE id = $1`, [dossierId]);
    expect(referentie).toBe('REN-2026-000006');
    meldingen.push(melding(dossierId, referentie, 'CONTACTNAME', 'LOPEND', 1, 'Je renovatiedossier is geopend. Het Energieloket neemt contact met je op.', null, at));
    expect(await outboxBerichten(s.dataSource, 'aggregate_id = $1', [dossierId])).toEqual(meldingen);
    const na = await tabelTellingen(s.dataSource);
    expect({ dossier: na.dossier - voor.dossier, overgang: na.dossier_overgang - voor.dossier_overgang, outbox: na.outbox - voor.outbox }).toEqual({
      dossier: 1,
      overgang: 1,
      outbox: 1,
    });
    const inbox = await s.gql<{ vragenInbox: { edges: Array<{ node: { id: string } }> } }>('spoc', INBOX);
    expect(inbox.body.data!.vragenInbox.edges.map((e) => e.node.id)).not.toContain(vraagId);
  });

  it('assigns the coach (no notification: no phase or status change)', async () => {
    clock.tick();
    const res = await s.gql('spoc', `mutation ($input: WijsDossierToeInput!) { wijsDossierToe(input: $input) { versie renovatiebegeleider { id } begeleidendePartner } }`, {
      input: { dossierId, versie: 1, renovatiebegeleider: 'stad-lies.wouters' },
    });
    expect(res.body).toEqual({ data: { wijsDossierToe: { versie: 2, renovatiebegeleider: { id: 'stad-lies.wouters' }, begeleidendePartner: null } } });
    expect(await outboxBerichten(s.dataSource, 'aggregate_id = $1', [dossierId])).toEqual(meldingen);
  });

  it('the coach moves the dossier through the phases, one step at a time; each step is notified with what the citizen must do', async () => {
    const stappen: Array<[string, string | null]> = [
      ['OPTIES', 'Spreek een huisbezoek af voor je duurzaam bouwadvies en bespreek het renovatieplan met je renovatiebegeleider.'],
      ['FINANCIEREN', 'Bekijk het premieadvies en vraag offertes op.'],
      ['LEVERANCIERS', 'Kies een aannemer en bezorg de gekozen offerte en het contract aan je renovatiebegeleider.'],
      ['UITVOEREN_EN_BETALEN', 'Bezorg de facturen en attesten van de uitgevoerde werken, zodat je premies aangevraagd kunnen worden.'],
    ];
    const namen: Record<string, string> = { OPTIES: 'Opties', FINANCIEREN: 'Financieren', LEVERANCIERS: 'Leveranciers', UITVOEREN_EN_BETALEN: 'Uitvoeren en betalen' };
    let versie = 2;
    for (const [fase, actie] of stappen) {
      const at = clock.tick();
      const res = await s.gql('renovatiebegeleider', FASE, { input: { dossierId, versie, fase } });
      versie++;
      expect(res.body).toEqual({ data: { wijzigFase: { fase, status: 'LOPEND', versie, laatsteWijziging: at, afsluitReden: null, afgeslotenOp: null } } });
      meldingen.push(melding(dossierId, referentie, fase, 'LOPEND', versie, `Je renovatiedossier is in de fase ${namen[fase]} gekomen.`, actie, at));
    }
    expect(await outboxBerichten(s.dataSource, 'aggregate_id = $1', [dossierId])).toEqual(meldingen);
  });

  it('closes the dossier with a reason; the citizen is told, nothing more is asked', async () => {
    const at = clock.tick();
    const res = await s.gql('renovatiebegeleider', AFSLUITEN, { input: { dossierId, versie: 6, reden: 'Werken opgeleverd en betaald.' } });
    expect(res.body).toEqual({
      data: { sluitDossierAf: { fase: 'UITVOEREN_EN_BETALEN', status: 'AFGESLOTEN', versie: 7, laatsteWijziging: at, afsluitReden: 'Werken opgeleverd en betaald.', afgeslotenOp: at } },
    });
    meldingen.push(
      melding(dossierId, referentie, 'UITVOEREN_EN_BETALEN', 'AFGESLOTEN', 7, 'Je renovatiedossier is afgesloten. Bedankt voor je vertrouwen in het Energieloket.', null, at),
    );
    expect(await outboxBerichten(s.dataSource, 'aggregate_id = $1', [dossierId])).toEqual(meldingen);
  });

  it('keeps the whole history: who changed what, when and why', async () => {
    const res = await s.gql<{ dossier: { overgangen: unknown[] } }>(
      'spoc',
      `query ($id: ID!) { dossier(id: $id) { overgangen { versie vanFase naarFase vanStatus naarStatus reden door { id } } } }`,
      { id: dossierId },
    );
    const overgang = (versie: number, vanFase: string | null, naarFase: string, vanStatus: string | null, naarStatus: string, door: string, reden: string | null = null) => ({
      versie,
      vanFase,
      naarFase,
      vanStatus,
      naarStatus,
      reden,
      door: { id: door },
    });
    const LIES = 'stad-lies.wouters';
    expect(res.body).toEqual({
      data: {
        dossier: {
          overgangen: [
            overgang(1, null, 'CONTACTNAME', null, 'LOPEND', 'stad-sofie.claes'),
            overgang(3, 'CONTACTNAME', 'OPTIES', 'LOPEND', 'LOPEND', LIES),
            overgang(4, 'OPTIES', 'FINANCIEREN', 'LOPEND', 'LOPEND', LIES),
            overgang(5, 'FINANCIEREN', 'LEVERANCIERS', 'LOPEND', 'LOPEND', LIES),
            overgang(6, 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN', 'LOPEND', 'LOPEND', LIES),
            overgang(7, 'UITVOEREN_EN_BETALEN', 'UITVOEREN_EN_BETALEN', 'LOPEND', 'AFGESLOTEN', LIES, 'Werken opgeleverd en betaald.'),
          ],
        },
      },
    });
    // Every change is in the audit log of the dossier, with who made it.
    expect((await auditRegels(s.dataSource, `dossier_id = $1 AND actie = 'WIJZIGEN'`, [dossierId])).map((r) => [r.sub, r.object_type, r.detail])).toEqual([
      ['stad-sofie.claes', 'Dossier', 'geopend met toestemming van de burger (MONDELING)'],
      ['stad-sofie.claes', 'Vraag', 'dossier geopend'],
      ['stad-sofie.claes', 'Dossier', 'toegewezen: renovatiebegeleider stad-lies.wouters'],
      ['stad-lies.wouters', 'Dossier', 'fase CONTACTNAME → OPTIES'],
      ['stad-lies.wouters', 'Dossier', 'fase OPTIES → FINANCIEREN'],
      ['stad-lies.wouters', 'Dossier', 'fase FINANCIEREN → LEVERANCIERS'],
      ['stad-lies.wouters', 'Dossier', 'fase LEVERANCIERS → UITVOEREN_EN_BETALEN'],
      ['stad-lies.wouters', 'Dossier', 'status LOPEND → AFGESLOTEN'],
    ]);
  });
});

describe('transitions the journey refuses', () => {
  /** Youssef's dossier is in CONTACTNAME, Marc's in OPTIES, An's in FINANCIEREN (seed). */
  const versieVan = async (id: string): Promise<number> => (await s.dataSource.query(`SELECT version FROM dossier WHERE id = $1`, [id]))[0].version;

  const ongeldig = (message: string, mutation: string, van: string, naar: string) =>
    fout('INVALID_TRANSITION', message, [mutation], 1, kolom(mutation === 'wijzigFase' ? FASE : STOPZETTEN, mutation), { van, naar });

  it.each([
    ['two steps forward', DEMO_IDS.dossierYoussef, 'FINANCIEREN', 'CONTACTNAME'],
    ['two steps back', DEMO_IDS.dossierAn, 'CONTACTNAME', 'FINANCIEREN'],
    ['to the last phase at once', DEMO_IDS.dossierYoussef, 'UITVOEREN_EN_BETALEN', 'CONTACTNAME'],
  ])('%s: INVALID_TRANSITION naming from and to, nothing written', async (_, id, naar, van) => {
    const voor = await tabelTellingen(s.dataSource);
    const versie = await versieVan(id);
    const res = await s.gql('spoc', FASE, { input: { dossierId: id, versie, fase: naar } });
    expect(res.body).toEqual({
      data: null,
      errors: [
        ongeldig(
          `Van de fase ${van} naar ${naar} kan niet: een dossier gaat één fase vooruit, of met een reden één fase terug.`,
          'wijzigFase',
          van,
          naar,
        ),
      ],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
    expect(await versieVan(id)).toBe(versie);
  });

  it('the same phase again is refused', async () => {
    const res = await s.gql('spoc', FASE, { input: { dossierId: DEMO_IDS.dossierMarc, versie: await versieVan(DEMO_IDS.dossierMarc), fase: 'OPTIES' } });
    expect(res.body).toEqual({ data: null, errors: [ongeldig('Het dossier is al in de fase OPTIES.', 'wijzigFase', 'OPTIES', 'OPTIES')] });
  });

  it('one step back needs a reason (BAD_USER_INPUT naming the field), and is allowed with one', async () => {
    const versie = await versieVan(DEMO_IDS.dossierMarc);
    const voor = await tabelTellingen(s.dataSource);
    const zonder = await s.gql('spoc', FASE, { input: { dossierId: DEMO_IDS.dossierMarc, versie, fase: 'CONTACTNAME', reden: '   ' } });
    expect(zonder.body).toEqual({
      data: null,
      errors: [fout('BAD_USER_INPUT', "Een stap terug (van OPTIES naar CONTACTNAME) vraagt een reden ('input.reden').", ['wijzigFase'], 1, kolom(FASE, 'wijzigFase'), { field: 'input.reden' })],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
    const at = clock.tick();
    const met = await s.gql('spoc', FASE, { input: { dossierId: DEMO_IDS.dossierMarc, versie, fase: 'CONTACTNAME', reden: 'Burger wil eerst een tweede advies.' } });
    expect(met.body).toEqual({ data: { wijzigFase: { fase: 'CONTACTNAME', status: 'LOPEND', versie: versie + 1, laatsteWijziging: at, afsluitReden: null, afgeslotenOp: null } } });
    expect(await outboxBerichten(s.dataSource, 'dedup_key = $1', [`${DEMO_IDS.dossierMarc}:${versie + 1}`])).toEqual([
      {
        topic: 'burgerprofiel.notificatie',
        dedup_key: `${DEMO_IDS.dossierMarc}:${versie + 1}`,
        aggregate_id: DEMO_IDS.dossierMarc,
        status: 'pending',
        payload: {
          insz: '58120312322',
          dossierId: DEMO_IDS.dossierMarc,
          referentie: 'REN-2026-000004',
          titel: 'Isolatie en ventilatie Naamsesteenweg 17',
          status: 'LOPEND',
          fase: 'CONTACTNAME',
          actieNodig: false,
          actie: null,
          bericht: 'Je renovatiedossier is in de fase Contactname gekomen.',
          gewijzigdOp: at,
          versie: versie + 1,
        },
      },
    ]);
  });

  it('closing is only possible in the last phase; stopping in any phase', async () => {
    const versie = await versieVan(DEMO_IDS.dossierAn);
    const res = await s.gql('spoc', AFSLUITEN, { input: { dossierId: DEMO_IDS.dossierAn, versie, reden: 'Klaar' } });
    expect(res.body).toEqual({
      data: null,
      errors: [
        fout('INVALID_TRANSITION', 'Een dossier in de fase FINANCIEREN kan niet AFGESLOTEN worden: enkel in de fase Uitvoeren en betalen.', ['sluitDossierAf'], 1, kolom(AFSLUITEN, 'sluitDossierAf'), {
          van: 'LOPEND',
          naar: 'AFGESLOTEN',
        }),
      ],
    });
  });

  it('stopping works in any phase, with a reason, and is notified', async () => {
    const versie = await versieVan(DEMO_IDS.dossierAn);
    const at = clock.tick();
    const res = await s.gql('spoc', STOPZETTEN, { input: { dossierId: DEMO_IDS.dossierAn, versie, reden: 'Burger verkoopt de woning.' } });
    expect(res.body).toEqual({
      data: { zetDossierStop: { fase: 'FINANCIEREN', status: 'STOPGEZET', versie: versie + 1, laatsteWijziging: at, afsluitReden: 'Burger verkoopt de woning.', afgeslotenOp: at } },
    });
    expect((await outboxBerichten(s.dataSource, 'dedup_key = $1', [`${DEMO_IDS.dossierAn}:${versie + 1}`])).map((m) => m.payload)).toEqual([
      {
        insz: '85031412302',
        dossierId: DEMO_IDS.dossierAn,
        referentie: 'REN-2026-000003',
        titel: 'Renovatie rijwoning Tiensestraat 120',
        status: 'STOPGEZET',
        fase: 'FINANCIEREN',
        actieNodig: false,
        actie: null,
        bericht: 'Je renovatiedossier is stopgezet.',
        gewijzigdOp: at,
        versie: versie + 1,
      },
    ]);
  });

  it('an ended dossier takes no phase change, no second end; a stop needs a reason', async () => {
    // Koen's dossier is AFGESLOTEN (seed).
    const koen = '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0005';
    const versie = await versieVan(koen);
    const voor = await tabelTellingen(s.dataSource);
    expect((await s.gql('spoc', FASE, { input: { dossierId: koen, versie, fase: 'LEVERANCIERS', reden: 'x' } })).body).toEqual({
      data: null,
      errors: [ongeldig('Het dossier is AFGESLOTEN: de fase kan niet meer wijzigen.', 'wijzigFase', 'UITVOEREN_EN_BETALEN', 'LEVERANCIERS')],
    });
    expect((await s.gql('spoc', STOPZETTEN, { input: { dossierId: koen, versie, reden: 'x' } })).body).toEqual({
      data: null,
      errors: [fout('INVALID_TRANSITION', 'Het dossier is al AFGESLOTEN.', ['zetDossierStop'], 1, kolom(STOPZETTEN, 'zetDossierStop'), { van: 'AFGESLOTEN', naar: 'STOPGEZET' })],
    });
    expect((await s.gql('spoc', STOPZETTEN, { input: { dossierId: DEMO_IDS.dossierYoussef, versie: 1, reden: '' } })).body).toEqual({
      data: null,
      errors: [fout('BAD_USER_INPUT', "'input.reden' mag niet leeg zijn.", ['zetDossierStop'], 1, kolom(STOPZETTEN, 'zetDossierStop'), { field: 'input.reden' })],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });

  it('an unknown phase is refused by the schema, and by the service for callers that skip it', async () => {
    const res = await s.gql('spoc', FASE, { input: { dossierId: DEMO_IDS.dossierYoussef, versie: 1, fase: 'DROMEN' } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: expect.stringContaining('Value "DROMEN" does not exist in "DossierFase" enum.'),
        locations: [{ line: 1, column: 11 }],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    // A caller of the service that did not come through GraphQL (e.g. a future import job).
    const voor = await tabelTellingen(s.dataSource);
    const services = createServices(createRepositories(s.dataSource.manager), identityOf('spoc'), { dataSource: s.dataSource, requestId: 'test-onbekende-fase', now: clock.now });
    const error = await services.levensloop.wijzigFase({ dossierId: DEMO_IDS.dossierYoussef, versie: 1, fase: 'DROMEN' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect({ code: (error as HubError).code, message: (error as HubError).message, extensions: (error as HubError).extensions }).toEqual({
      code: 'BAD_USER_INPUT',
      message: "Onbekende waarde 'DROMEN' voor 'input.fase': kies uit CONTACTNAME, OPTIES, FINANCIEREN, LEVERANCIERS, UITVOEREN_EN_BETALEN.",
      extensions: { field: 'input.fase', code: 'BAD_USER_INPUT' },
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });
});

describe('optimistic locking', () => {
  it('a change from a stale version gets CONFLICT with the current version, and changes nothing', async () => {
    const id = DEMO_IDS.dossierYoussef;
    const [{ version }] = await s.dataSource.query(`SELECT version FROM dossier WHERE id = $1`, [id]);
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql('spoc', FASE, { input: { dossierId: id, versie: version - 1 || 99, fase: 'OPTIES' } });
    const gegeven = version - 1 || 99;
    expect(res.body).toEqual({
      data: null,
      errors: [
        fout('CONFLICT', `Het dossier werd intussen gewijzigd (nu versie ${version}, je vertrok van versie ${gegeven}): laad het opnieuw.`, ['wijzigFase'], 1, kolom(FASE, 'wijzigFase'), {
          huidigeVersie: version,
        }),
      ],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });

  it('of two changes from the same version, the second gets CONFLICT', async () => {
    const id = DEMO_IDS.dossierYoussef;
    const [{ version }] = await s.dataSource.query(`SELECT version FROM dossier WHERE id = $1`, [id]);
    const [a, b] = await Promise.all([
      s.gql('spoc', FASE, { input: { dossierId: id, versie: version, fase: 'OPTIES' } }),
      s.gql('energieconsulent', `mutation ($input: WijsDossierToeInput!) { wijsDossierToe(input: $input) { versie } }`, {
        input: { dossierId: id, versie: version, spoc: 'stad-tom.janssens' },
      }),
    ]);
    const codes = [a, b].map((r) => (r.body.errors ? r.body.errors[0]!.extensions!.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await s.dataSource.query(`SELECT version FROM dossier WHERE id = $1`, [id]))[0].version).toBe(version + 1);
  });
});

describe('opening directly, and assigning a partner as coach', () => {
  const OPEN_KORT = `mutation ($input: OpenDossierInput!) { openDossier(input: $input) { id fase versie adres burger { voornaam } spoc { id } startToestemming { wijze } } }`;
  const TOEWIJZEN = `mutation ($input: WijsDossierToeInput!) { wijsDossierToe(input: $input) { versie renovatiebegeleider { id } begeleidendePartner partnerToewijzingen { partner lopend } } }`;
  let dossierId: string;

  it('opens a dossier for a known citizen and a home, without a question; the energieconsulent is no SPOC', async () => {
    clock.tick();
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql<{ openDossier: { id: string } }>('energieconsulent', OPEN_KORT, {
      input: { burgerId: DEMO_IDS.burgerYoussef, woning: { adresId: '3010250', adres: 'Diestsesteenweg 250, 3010 Leuven', postcode: '3010' }, titel: 'Tweede traject', toestemming: { wijze: 'SCHRIFTELIJK' } },
    });
    dossierId = res.body.data!.openDossier.id;
    expect(res.body).toEqual({
      data: { openDossier: { id: dossierId, fase: 'CONTACTNAME', versie: 1, adres: 'Diestsesteenweg 250, 3010 Leuven', burger: { voornaam: 'Youssef' }, spoc: null, startToestemming: { wijze: 'SCHRIFTELIJK' } } },
    });
    const na = await tabelTellingen(s.dataSource);
    expect({ dossier: na.dossier - voor.dossier, vraag: na.vraag - voor.vraag, outbox: na.outbox - voor.outbox }).toEqual({ dossier: 1, vraag: 0, outbox: 1 });
  });

  it('assigns the Energiehuis as coach: the partner is assigned to the dossier too', async () => {
    const res = await s.gql('spoc', TOEWIJZEN, { input: { dossierId, versie: 1, partner: 'ENERGIEHUIS' } });
    expect(res.body).toEqual({
      data: { wijsDossierToe: { versie: 2, renovatiebegeleider: null, begeleidendePartner: 'ENERGIEHUIS', partnerToewijzingen: [{ partner: 'ENERGIEHUIS', lopend: true }] } },
    });
    // A coach of the city instead: the partner stays assigned (its assignment ends separately).
    const intern = await s.gql('spoc', TOEWIJZEN, { input: { dossierId, versie: 2, renovatiebegeleider: 'stad-lies.wouters' } });
    expect(intern.body).toEqual({
      data: { wijsDossierToe: { versie: 3, renovatiebegeleider: { id: 'stad-lies.wouters' }, begeleidendePartner: null, partnerToewijzingen: [{ partner: 'ENERGIEHUIS', lopend: true }] } },
    });
  });

  it('a coach and a partner at once, or nothing to assign, is bad input', async () => {
    const voor = await tabelTellingen(s.dataSource);
    expect((await s.gql('spoc', TOEWIJZEN, { input: { dossierId, versie: 3, partner: 'DIALOOG', renovatiebegeleider: 'stad-lies.wouters' } })).body).toEqual({
      data: null,
      errors: [
        fout('BAD_USER_INPUT', "Geef een renovatiebegeleider van de stad ('input.renovatiebegeleider') of een partner ('input.partner'), niet beide.", ['wijsDossierToe'], 1, kolom(TOEWIJZEN, 'wijsDossierToe'), {
          field: 'input.partner',
        }),
      ],
    });
    expect((await s.gql('spoc', TOEWIJZEN, { input: { dossierId, versie: 3 } })).body).toEqual({
      data: null,
      errors: [fout('BAD_USER_INPUT', 'Geef een SPOC, een renovatiebegeleider of een partner om toe te wijzen.', ['wijsDossierToe'], 1, kolom(TOEWIJZEN, 'wijsDossierToe'), { field: 'input' })],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });

  it('a dossier is not opened without the citizen’s consent (the schema requires it), nor without a home', async () => {
    const zonder = await s.gql('spoc', OPEN_KORT, { input: { burgerId: DEMO_IDS.burgerYoussef, titel: 'x' } });
    expect(zonder.status).toBe(400);
    expect(zonder.body.errors!.map((e) => e.extensions!.code)).toEqual(['BAD_USER_INPUT']);
    expect(zonder.body.errors![0]!.message).toContain('toestemming');
    const geenWoning = await s.gql('spoc', OPEN_KORT, { input: { burgerId: DEMO_IDS.burgerYoussef, titel: 'x', toestemming: { wijze: 'MONDELING' } } });
    expect(geenWoning.body).toEqual({ data: null, errors: [fout('BAD_USER_INPUT', "Geef de woning ('input.woning').", ['openDossier'], 1, kolom(OPEN_KORT, 'openDossier'), { field: 'input.woning' })] });
  });

  it('a citizen without INSZ gets no notification in Mijn Burgerprofiel (it knows people by INSZ)', async () => {
    const zonderInsz = '0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0099';
    await s.dataSource.query(`INSERT INTO burger (id, voornaam, achternaam) VALUES ($1, 'Zonder', 'Insz')`, [zonderInsz]);
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql<{ openDossier: { id: string } }>('spoc', OPEN_KORT, {
      input: { burgerId: zonderInsz, woning: { adresId: '3000888', adres: 'Bondgenotenlaan 88, 3000 Leuven', postcode: '3000' }, titel: 'Zonder INSZ', toestemming: { wijze: 'MONDELING' } },
    });
    expect(res.body.errors).toBeUndefined();
    const na = await tabelTellingen(s.dataSource);
    expect({ dossier: na.dossier - voor.dossier, overgang: na.dossier_overgang - voor.dossier_overgang, outbox: na.outbox - voor.outbox }).toEqual({ dossier: 1, overgang: 1, outbox: 0 });
  });
});

describe('a partner that guides the citizen', () => {
  it('follows the dossier up like a coach of the city: it moves the phases of its own dossier, not of others', async () => {
    const ENERGIEHUIS = { sub: 'stad-eva.energiehuis', rollen: ['partner' as const], organisatie: 'energiehuis' };
    const [{ version }] = await s.dataSource.query(`SELECT version FROM dossier WHERE titel = 'Tweede traject'`);
    const [{ id }] = await s.dataSource.query(`SELECT id FROM dossier WHERE titel = 'Tweede traject'`);
    await s.gql('spoc', `mutation ($input: WijsDossierToeInput!) { wijsDossierToe(input: $input) { versie } }`, { input: { dossierId: id, versie: version, partner: 'ENERGIEHUIS' } });
    const at = clock.tick();
    // (A partner reads per the citizen's consent, also the one that guides: no `afsluitReden` here.)
    const eigen = await s.gql(ENERGIEHUIS, `mutation ($input: WijzigFaseInput!) { wijzigFase(input: $input) { fase versie laatsteWijziging } }`, {
      input: { dossierId: id, versie: version + 1, fase: 'OPTIES' },
    });
    expect(eigen.body).toEqual({ data: { wijzigFase: { fase: 'OPTIES', versie: version + 2, laatsteWijziging: at } } });
    const ander = await s.gql(ENERGIEHUIS, FASE, { input: { dossierId: DEMO_IDS.dossierAn, versie: 1, fase: 'LEVERANCIERS' } });
    expect(ander.body).toEqual({ data: null, errors: [fout('FORBIDDEN', 'Geen toegang.', ['wijzigFase'], 1, kolom(FASE, 'wijzigFase'))] });
  });
});
