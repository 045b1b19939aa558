import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { fout, kolom, tabelTellingen, testClock } from './klantreis-helpers.js';
import { C, DEMO_IDS, DEMO_INSZ } from './fixtures.js';

/*
 * Questions are never lost: registered from every channel, with or without INSZ, kept in the inbox until
 * assigned, turned into a dossier or closed with a reason. Bad input is refused and writes nothing.
 */

const clock = testClock('2026-03-02T12:00:00.000Z');
let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: clock.now });
});
afterAll(() => s?.close());

const REGISTREER = `mutation ($input: RegistreerVraagInput!) { registreerVraag(input: $input) { id kanaal onderwerp status ontvangenOp contact { naam email telefoon } burger { id voornaam } } }`;
const STEL = `mutation ($input: StelVraagInput!) { stelVraag(input: $input) { kanaal onderwerp status geregistreerdDoor { id } adres postcode burger { id voornaam achternaam email } } }`;
const INBOX = `query ($first: Int, $after: String) { vragenInbox(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { onderwerp kanaal ontvangenOp } } } }`;
const WIJS_TOE = `mutation ($input: WijsVraagToeInput!) { wijsVraagToe(input: $input) { status toegewezenAan { id } } }`;
const HANDEL_AF = `mutation ($input: HandelVraagAfInput!) { handelVraagAf(input: $input) { status afhandelReden afgehandeldOp toegewezenAan { id } } }`;
const KOPPEL = `mutation ($input: KoppelVraagAanBurgerInput!) { koppelVraagAanBurger(input: $input) { burger { id voornaam } contact { naam } } }`;

type Vraag = { id: string };

describe('registering questions', () => {
  it.each(['CONTACTFORMULIER', 'EMAIL', 'TELEFOON', 'FYSIEK_LOKET', 'DIGITAAL_LOKET'])('from channel %s', async (kanaal) => {
    const at = clock.tick();
    const res = await s.gql<{ registreerVraag: Vraag }>('spoc', REGISTREER, {
      input: { kanaal, onderwerp: `Vraag via ${kanaal}`, contact: { naam: 'Jan Janssens', email: 'jan@example.be' } },
    });
    expect(res.body).toEqual({
      data: {
        registreerVraag: {
          id: res.body.data!.registreerVraag.id,
          kanaal,
          onderwerp: `Vraag via ${kanaal}`,
          status: 'NIEUW',
          ontvangenOp: at,
          contact: { naam: 'Jan Janssens', email: 'jan@example.be', telefoon: null },
          burger: null,
        },
      },
    });
  });

  it('a question of a citizen without INSZ is linked later, to the profile found by INSZ', async () => {
    const res = await s.gql<{ registreerVraag: Vraag }>('energieconsulent', REGISTREER, {
      input: { kanaal: 'FYSIEK_LOKET', onderwerp: 'Muurisolatie achtergevel', contact: { naam: 'Marc V.', telefoon: '016 23 45 67' } },
    });
    const vraagId = res.body.data!.registreerVraag.id;
    const voor = await tabelTellingen(s.dataSource);
    const gekoppeld = await s.gql('energieconsulent', KOPPEL, {
      input: { vraagId, burger: { insz: DEMO_INSZ.marc, voornaam: 'Marc', achternaam: 'Vermeulen' } },
    });
    expect(gekoppeld.body).toEqual({ data: { koppelVraagAanBurger: { burger: { id: DEMO_IDS.burgerMarc, voornaam: 'Marc' }, contact: { naam: 'Marc V.' } } } });
    const na = await tabelTellingen(s.dataSource);
    expect(na.burger).toBe(voor.burger);
    // Linking twice is refused: a question belongs to one citizen.
    const opnieuw = await s.gql('energieconsulent', KOPPEL, { input: { vraagId, burgerId: DEMO_IDS.burgerAn } });
    expect(opnieuw.body).toEqual({
      data: null,
      errors: [fout('INVALID_TRANSITION', 'De vraag is al aan een burger gekoppeld.', ['koppelVraagAanBurger'], 1, kolom(KOPPEL, 'koppelVraagAanBurger'), { field: 'input.vraagId' })],
    });
  });

  it.each([
    ['an invalid INSZ', { burger: { insz: '85031412303', voornaam: 'A', achternaam: 'B' } }, "'input.burger.insz' is geen geldig rijksregisternummer (INSZ): 11 cijfers met een geldig controlegetal.", 'input.burger.insz'],
    ['an INSZ of the wrong length', { burger: { insz: '123', voornaam: 'A', achternaam: 'B' } }, "'input.burger.insz' is geen geldig rijksregisternummer (INSZ): 11 cijfers met een geldig controlegetal.", 'input.burger.insz'],
    ['an empty subject', { onderwerp: '   ', contact: { naam: 'X' } }, "'input.onderwerp' mag niet leeg zijn.", 'input.onderwerp'],
    ['a subject that is too long', { onderwerp: 'x'.repeat(501), contact: { naam: 'X' } }, "'input.onderwerp' is te lang: hoogstens 500 tekens.", 'input.onderwerp'],
    ['both a citizen and a contact', { burgerId: DEMO_IDS.burgerAn, contact: { naam: 'X' } }, "Geef precies één van 'input.burgerId', 'input.burger', 'input.contact'.", 'input'],
    ['no one to answer', {}, "Geef precies één van 'input.burgerId', 'input.burger', 'input.contact'.", 'input'],
    ['a postcode that is not Belgian', { contact: { naam: 'X' }, woning: { adresId: '3000120', adres: 'Tiensestraat 120', postcode: '30000' } }, "'input.woning.postcode' is geen Belgische postcode (4 cijfers).", 'input.woning.postcode'],
    ['an adresId that is not one', { contact: { naam: 'X' }, woning: { adresId: 'abc', adres: 'Tiensestraat 120', postcode: '3000' } }, "'input.woning.adresId' is geen adresId van het adressenregister (enkel cijfers).", 'input.woning.adresId'],
    ['a bad e-mail address', { contact: { naam: 'X', email: 'geen-adres' } }, "'input.contact.email' is geen geldig e-mailadres.", 'input.contact.email'],
    ['a moment in the future', { contact: { naam: 'X' }, ontvangenOp: '2026-03-03T12:00:00.000Z' }, "'input.ontvangenOp' ligt in de toekomst.", 'input.ontvangenOp'],
  ])('%s is refused with a clear error, and nothing is written', async (_, extra, message, field) => {
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql('spoc', REGISTREER, { input: { kanaal: 'TELEFOON', onderwerp: 'Een vraag', ...extra } });
    expect(res.body).toEqual({ data: null, errors: [fout('BAD_USER_INPUT', message, ['registreerVraag'], 1, kolom(REGISTREER, 'registreerVraag'), { field })] });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });

  it('an unknown channel is refused by the schema', async () => {
    const res = await s.gql('spoc', REGISTREER, { input: { kanaal: 'DUIF', onderwerp: 'x', contact: { naam: 'X' } } });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

describe('a citizen asks a question themself', () => {
  it('with the INSZ of their login, on a channel of their own; registered by nobody of the city', async () => {
    const res = await s.gql('burger', STEL, {
      input: { kanaal: 'DIGITAAL_LOKET', onderwerp: 'Kan ik ook zonnepanelen laten plaatsen?', woning: { adresId: '3000120', adres: 'Tiensestraat 120, 3000 Leuven', postcode: '3000' } },
    });
    expect(res.body).toEqual({
      data: {
        stelVraag: {
          kanaal: 'DIGITAAL_LOKET',
          onderwerp: 'Kan ik ook zonnepanelen laten plaatsen?',
          status: 'NIEUW',
          geregistreerdDoor: null,
          adres: 'Tiensestraat 120, 3000 Leuven',
          postcode: '3000',
          burger: { id: DEMO_IDS.burgerAn, voornaam: 'An', achternaam: 'Peeters', email: 'an.peeters@example.be' },
        },
      },
    });
  });

  it('a citizen the CRM does not know gives their name, and gets a profile', async () => {
    const nieuw = { sub: 'acm-88010100178', rollen: ['burger' as const], insz: '88010100178' };
    const voor = await tabelTellingen(s.dataSource);
    const zonderNaam = await s.gql(nieuw, STEL, { input: { kanaal: 'CONTACTFORMULIER', onderwerp: 'Hulp bij mijn renovatie' } });
    expect(zonderNaam.body).toEqual({
      data: null,
      errors: [fout('BAD_USER_INPUT', 'Het Energieloket kent je nog niet: geef je voornaam en achternaam.', ['stelVraag'], 1, kolom(STEL, 'stelVraag'), { field: 'input.voornaam' })],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
    const metNaam = await s.gql<{ stelVraag: { burger: { id: string } } }>(nieuw, STEL, {
      input: { kanaal: 'CONTACTFORMULIER', onderwerp: 'Hulp bij mijn renovatie', voornaam: 'Lotte', achternaam: 'Claes', email: 'lotte@example.be' },
    });
    expect(metNaam.body).toEqual({
      data: {
        stelVraag: {
          kanaal: 'CONTACTFORMULIER',
          onderwerp: 'Hulp bij mijn renovatie',
          status: 'NIEUW',
          geregistreerdDoor: null,
          adres: null,
          postcode: null,
          burger: { id: metNaam.body.data!.stelVraag.burger.id, voornaam: 'Lotte', achternaam: 'Claes', email: 'lotte@example.be' },
        },
      },
    });
    const na = await tabelTellingen(s.dataSource);
    expect({ burger: na.burger - voor.burger, vraag: na.vraag - voor.vraag }).toEqual({ burger: 1, vraag: 1 });
  });

  it('not by phone (the Energieloket registers those), and not by other roles', async () => {
    const voor = await tabelTellingen(s.dataSource);
    expect((await s.gql('burger', STEL, { input: { kanaal: 'TELEFOON', onderwerp: 'x' } })).body).toEqual({
      data: null,
      errors: [
        fout('BAD_USER_INPUT', "Onbekende waarde 'TELEFOON' voor 'input.kanaal': kies uit CONTACTFORMULIER, DIGITAAL_LOKET.", ['stelVraag'], 1, kolom(STEL, 'stelVraag'), {
          field: 'input.kanaal',
        }),
      ],
    });
    expect((await s.gql('spoc', STEL, { input: { kanaal: 'CONTACTFORMULIER', onderwerp: 'x' } })).body).toEqual({
      data: null,
      errors: [fout('FORBIDDEN', 'Geen toegang.', ['stelVraag'], 1, kolom(STEL, 'stelVraag'))],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });
});

describe('the inbox', () => {
  it('holds the unhandled questions, oldest first, page by page', async () => {
    const alle = await s.gql<{ vragenInbox: { totalCount: number; edges: Array<{ node: { onderwerp: string } }> } }>('spoc', INBOX, { first: 100 });
    const onderwerpen = alle.body.data!.vragenInbox.edges.map((e) => e.node.onderwerp);
    // Fatima's question of the seed comes first (the oldest); then those of this file, in the order they came in.
    expect(onderwerpen.slice(0, 2)).toEqual(['Is mijn woning geschikt voor een warmtepomp?', 'Vraag via CONTACTFORMULIER']);
    expect(alle.body.data!.vragenInbox.totalCount).toBe(onderwerpen.length);
    const eerste = await s.gql<{ vragenInbox: { pageInfo: { hasNextPage: boolean; endCursor: string } } }>('spoc', INBOX, { first: 2 });
    const tweede = await s.gql<{ vragenInbox: { edges: Array<{ node: { onderwerp: string } }> } }>('spoc', INBOX, {
      first: 2,
      after: eerste.body.data!.vragenInbox.pageInfo.endCursor,
    });
    expect(eerste.body.data!.vragenInbox.pageInfo.hasNextPage).toBe(true);
    expect(tweede.body.data!.vragenInbox.edges.map((e) => e.node.onderwerp)).toEqual(onderwerpen.slice(2, 4));
  });

  it('a question leaves it when assigned; an assigned question can be reassigned, then closed with a reason', async () => {
    const at = clock.tick();
    const eerst = await s.gql('spoc', WIJS_TOE, { input: { vraagId: C.vraagFatima, medewerker: 'stad-sofie.claes' } });
    expect(eerst.body).toEqual({ data: { wijsVraagToe: { status: 'IN_BEHANDELING', toegewezenAan: { id: 'stad-sofie.claes' } } } });
    const toegewezen = await s.gql('spoc', WIJS_TOE, { input: { vraagId: C.vraagFatima, medewerker: 'stad-tom.janssens' } });
    expect(toegewezen.body).toEqual({ data: { wijsVraagToe: { status: 'IN_BEHANDELING', toegewezenAan: { id: 'stad-tom.janssens' } } } });
    const inbox = await s.gql<{ vragenInbox: { edges: Array<{ node: { onderwerp: string } }> } }>('spoc', INBOX, { first: 100 });
    expect(inbox.body.data!.vragenInbox.edges.map((e) => e.node.onderwerp)).not.toContain('Is mijn woning geschikt voor een warmtepomp?');
    const afgehandeld = await s.gql('energieconsulent', HANDEL_AF, { input: { vraagId: C.vraagFatima, reden: 'Telefonisch beantwoord: eerst isoleren, dan een warmtepomp.' } });
    expect(afgehandeld.body).toEqual({
      data: {
        handelVraagAf: {
          status: 'AFGEHANDELD',
          afhandelReden: 'Telefonisch beantwoord: eerst isoleren, dan een warmtepomp.',
          afgehandeldOp: at,
          toegewezenAan: { id: 'stad-tom.janssens' },
        },
      },
    });
  });

  it('a closed question cannot be assigned, closed again or become a dossier', async () => {
    const voor = await tabelTellingen(s.dataSource);
    const ongeldig = (mutation: string, operation: string, naar: string) => ({
      data: null,
      errors: [fout('INVALID_TRANSITION', `Een vraag met status AFGEHANDELD kan niet naar ${naar}.`, [mutation], 1, kolom(operation, mutation), { van: 'AFGEHANDELD', naar })],
    });
    expect((await s.gql('spoc', WIJS_TOE, { input: { vraagId: C.vraagFatima, medewerker: 'stad-tom.janssens' } })).body).toEqual(ongeldig('wijsVraagToe', WIJS_TOE, 'IN_BEHANDELING'));
    expect((await s.gql('spoc', HANDEL_AF, { input: { vraagId: C.vraagFatima, reden: 'nog eens' } })).body).toEqual(ongeldig('handelVraagAf', HANDEL_AF, 'AFGEHANDELD'));
    const OPEN = `mutation ($input: OpenDossierInput!) { openDossier(input: $input) { id } }`;
    expect((await s.gql('spoc', OPEN, { input: { vraagId: C.vraagFatima, titel: 'x', toestemming: { wijze: 'MONDELING' } } })).body).toEqual({
      data: null,
      errors: [
        fout('INVALID_TRANSITION', 'Uit een vraag met status AFGEHANDELD kan geen dossier meer ontstaan.', ['openDossier'], 1, kolom(OPEN, 'openDossier'), {
          van: 'AFGEHANDELD',
          naar: 'DOSSIER_GEOPEND',
        }),
      ],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });

  it('a question without a citizen becomes a dossier only once it is linked; a reason to close is required', async () => {
    const res = await s.gql<{ registreerVraag: Vraag }>('spoc', REGISTREER, { input: { kanaal: 'EMAIL', onderwerp: 'Anoniem', contact: { naam: 'Iemand' } } });
    const vraagId = res.body.data!.registreerVraag.id;
    const voor = await tabelTellingen(s.dataSource);
    const OPEN = `mutation ($input: OpenDossierInput!) { openDossier(input: $input) { id } }`;
    expect((await s.gql('spoc', OPEN, { input: { vraagId, titel: 'x', toestemming: { wijze: 'MONDELING' } } })).body).toEqual({
      data: null,
      errors: [
        fout('BAD_USER_INPUT', 'Koppel de vraag eerst aan een burger (koppelVraagAanBurger): een dossier is altijd van een burger.', ['openDossier'], 1, kolom(OPEN, 'openDossier'), {
          field: 'input.vraagId',
        }),
      ],
    });
    expect((await s.gql('spoc', HANDEL_AF, { input: { vraagId, reden: ' ' } })).body).toEqual({
      data: null,
      errors: [fout('BAD_USER_INPUT', "'input.reden' mag niet leeg zijn.", ['handelVraagAf'], 1, kolom(HANDEL_AF, 'handelVraagAf'), { field: 'input.reden' })],
    });
    expect(await tabelTellingen(s.dataSource)).toEqual(voor);
  });

  it('bad pages are refused before any SQL', async () => {
    s.queries.reset();
    const res = await s.gql('spoc', INBOX, { first: 0 });
    expect(res.body).toEqual({
      data: null,
      errors: [{ message: "'first' moet tussen 1 en 100 liggen.", locations: [{ line: 1, column: kolom(INBOX, 'vragenInbox') }], path: ['vragenInbox'], extensions: { code: 'BAD_USER_INPUT', argument: 'first', min: 1, max: 100 } }],
    });
    const cursor = await s.gql('spoc', INBOX, { after: 'bestaat-niet' });
    expect(cursor.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(s.queries.count).toBe(0);
  });
});
