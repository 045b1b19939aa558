import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Identity } from '@hub/shared';
import { DEMO_IDS } from '@hub/shared/demo';
import { identityOf } from '@hub/shared/testing';
import { seedPremiesDemoData } from '../src/server.js';
import { InkomensopgaveRepository } from '../src/repositories/inkomensopgave-repository.js';
import { AN, DIEN_IN, dossierRep, EAN, factuur, IBAN, maatregelVan, tellingen, VOORSTEL } from './aanvraag-helpers.js';
import { startPremies, type TestPremies } from './helpers.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The draft of a Mijn VerbouwPremie application and its submission, on the premies subgraph alone (the
 * gateway's @requires representation given directly): everything prefilled, every validation problem
 * with its code, the signed draft, idempotency (also between concurrent submissions), and bad input
 * refused with nothing written. On PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
describe(`Mijn VerbouwPremie applications: draft and submission (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let premies: TestPremies;
  // 10:00 in Brussels on 15 June 2026: regime MVP-2026.
  let clock = new Date('2026-06-15T08:00:00.000Z');
  const an = identityOf('burger');

  const voorstel = async (rep: Data, identity: Identity = an) => {
    const response = await premies.call(VOORSTEL, { representations: [rep], maatregelId: maatregelVan(rep as never).id }, identity);
    return response.body as { data?: { _entities: Array<{ premieAanvraagVoorstel: Data | null }> } | null; errors?: Data[] };
  };
  const draft = async (rep: Data, identity: Identity = an) => {
    const body = await voorstel(rep, identity);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!._entities[0]!.premieAanvraagVoorstel!;
  };
  const dienIn = async (input: Record<string, unknown>, identity: Identity = an) => (await premies.call(DIEN_IN, { input }, identity)).body as Data;
  const fout = (body: Data) => body.errors?.map((e: Data) => ({ code: e.extensions.code, reden: e.extensions.reden, field: e.extensions.field }));

  beforeAll(async () => {
    premies = await startPremies({ now: () => clock });
    await seedPremiesDemoData(premies.db.dataSource);
  });
  afterAll(async () => premies?.close());
  beforeEach(() => {
    clock = new Date('2026-06-15T08:00:00.000Z');
  });

  it('prefills the draft from the dossier and the authentic sources, with the expected premie and a signed token', async () => {
    const rep = dossierRep();
    const m = maatregelVan(rep);
    const f = m.facturen[0]!;
    expect(await draft(rep)).toEqual({
      dossierId: rep.id,
      maatregelId: m.id,
      categorie: 'DAK',
      omschrijving: 'Dakisolatie hellend dak',
      oppervlakteM2: 80,
      aanvraagdatum: '2026-06-15',
      aanvrager: { burgerId: DEMO_IDS.burgerAn, ...AN },
      woning: { adresId: '3000120', adres: 'Tiensestraat 120, 3000 Leuven', bouwjaar: 1930, epcCertificaatnummer: '20240318-0003187245-RES-1' },
      facturen: [
        {
          factuurId: f.id,
          nummer: 'F2026-0042',
          datum: '2026-05-20',
          aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012318' },
          bedragExclBtw: 9000,
          betaaldOp: '2026-05-30',
          documenten: f.documenten!.map((d) => ({ documentId: d.id, soort: d.soort, titel: d.titel })).sort((a, b) => a.documentId.localeCompare(b.documentId)),
        },
      ],
      totaalFactuurExclBtw: 9000,
      vereisteDocumenten: [{ soort: 'ATTEST', omschrijving: 'een attest of de technische fiche met de Rd-waarde van de dakisolatie', aanwezig: true }],
      // 35 % of € 9.000 for categorie 3 (under the maximum of € 4.025).
      verwachtBedrag: 3150,
      regime: 'MVP-2026',
      regelId: 'MVP-2026/DAK/CATEGORIE_3',
      problemen: [],
      kanIngediendWorden: true,
      bestaandeAanvraag: null,
      voorstel: expect.stringMatching(/^v1\.[\w-]+\.[\w-]+$/),
      geldigTot: '2026-06-16T08:00:00.000Z',
    });
  });

  it('a heat pump: the expected premie follows how it is executed, as in the advice; without the type the desk decides', async () => {
    const warmtepomp = (uitvoering: string | null) =>
      dossierRep({
        maatregel: { categorie: 'WARMTEPOMP', omschrijving: 'Lucht-waterwarmtepomp', oppervlakteM2: null, bedragExclBtw: 14000, uitvoering },
        facturen: [factuur({ bedragExclBtw: 14000, documenten: [{ id: randomUUID(), soort: 'FACTUUR', titel: 'Factuur warmtepomp' }, { id: randomUUID(), soort: 'ATTEST', titel: 'Technische fiche warmtepomp' }] })],
      });
    const met = await draft(warmtepomp('WARMTEPOMP_LUCHT_WATER'));
    const zonder = await draft(warmtepomp(null));
    expect({ bedrag: met.verwachtBedrag, regelId: met.regelId, problemen: met.problemen.map((p: Data) => p.code) }).toEqual({
      bedrag: 4500,
      regelId: expect.stringMatching(/^MVP-2026\/WARMTEPOMP\//),
      problemen: [],
    });
    expect({ bedrag: zonder.verwachtBedrag, problemen: zonder.problemen.map((p: Data) => [p.code, p.ernst]) }).toEqual({
      bedrag: null,
      problemen: [['BEDRAG_ONBEKEND', 'WAARSCHUWING']],
    });
    // A way of execution of another work category is refused at the boundary.
    const fout = await voorstel(warmtepomp('MUUR_SPOUW'));
    expect(fout.errors?.map((e: Data) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });

  describe('every validation problem has its code, and a blocking one refuses the submission with nothing written', () => {
    const JARIG = { insz: '78090221568', voornaam: 'Lotte', achternaam: 'Vermeulen' };
    const cases: Array<{ name: string; rep: () => Data; identity?: () => Identity; problemen: Data[] }> = [
      {
        name: 'the deadline after the (last) invoice has passed',
        rep: () => dossierRep({ facturen: [factuur({ datum: '2024-03-01', nummer: 'F-1' }), factuur({ datum: '2024-06-14', nummer: 'F-2' })] }),
        problemen: [
          {
            code: 'TERMIJN_VERSTREKEN',
            ernst: 'BLOKKEREND',
            boodschap: 'De aanvraag moest uiterlijk op 14-06-2026 ingediend zijn: 24 maanden na de (laatste) factuur F-2 van 14-06-2024.',
            factuurId: 'F-2',
          },
        ],
      },
      {
        name: 'the invoice document is missing',
        rep: () => dossierRep({ facturen: [factuur({ documenten: [{ id: randomUUID(), soort: 'ATTEST', titel: 'Fiche' }] })] }),
        problemen: [
          {
            code: 'FACTUURDOCUMENT_ONTBREEKT',
            ernst: 'BLOKKEREND',
            boodschap: 'De factuur F2026-0042 is niet als document gekoppeld: laad ze op en koppel ze aan de factuur als document van soort FACTUUR.',
            factuurId: 'F2026-0042',
          },
        ],
      },
      {
        name: 'the required attest is missing',
        rep: () =>
          dossierRep({
            maatregel: { categorie: 'ELEKTRICITEIT_EN_SANITAIR', omschrijving: 'Nieuwe elektrische installatie', oppervlakteM2: null },
            facturen: [factuur({ documenten: [{ id: randomUUID(), soort: 'FACTUUR', titel: 'Factuur' }] })],
          }),
        problemen: [
          {
            code: 'ATTEST_ONTBREEKT',
            ernst: 'BLOKKEREND',
            boodschap:
              'Er ontbreekt het keuringsverslag van de elektrische installatie (AREI): laad het op en koppel het aan de factuur als document van soort ATTEST.',
            factuurId: null,
          },
        ],
      },
      {
        name: 'the home is too young',
        rep: () => dossierRep({ woning: { adresId: '3012008', adres: { volledigAdres: 'Aarschotsesteenweg 8, 3012 Leuven' }, epc: { certificaatnummer: '20211008-0002485476-RES-1', bouwjaar: 2021 } } }),
        problemen: [
          {
            code: 'WONING_TE_RECENT',
            ernst: 'BLOKKEREND',
            boodschap: 'De woning is volgens het EPC gebouwd in 2021; de premie geldt enkel voor een woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006.',
            factuurId: null,
          },
        ],
      },
      {
        name: 'the contractor has no valid enterprise number',
        rep: () => dossierRep({ facturen: [factuur({ aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012319' } })] }),
        problemen: [
          {
            code: 'AANNEMER_ONGELDIG',
            ernst: 'BLOKKEREND',
            boodschap: 'De factuur F2026-0042 vermeldt geen geldig ondernemingsnummer van de aannemer (0437012319); de premie voor dak vraagt werken door een aannemer.',
            factuurId: 'F2026-0042',
          },
        ],
      },
      {
        name: 'the invoices are below the minimum',
        rep: () => dossierRep({ facturen: [factuur({ bedragExclBtw: 800 })] }),
        problemen: [
          {
            code: 'FACTUURBEDRAG_TE_LAAG',
            ernst: 'BLOKKEREND',
            boodschap: 'De facturen bedragen samen € 800 exclusief btw; de premie voor dak vraagt minstens € 1.000.',
            factuurId: null,
          },
        ],
      },
      {
        name: 'there is no invoice yet',
        rep: () => dossierRep({ facturen: [] }),
        problemen: [
          {
            code: 'GEEN_FACTUUR',
            ernst: 'BLOKKEREND',
            boodschap: 'De maatregel (dak) heeft nog geen factuur: een premie vraag je aan met de eindfactuur.',
            factuurId: null,
          },
        ],
      },
      {
        name: "the citizen's income category gets no premie for the category",
        rep: () => dossierRep({ burger: { id: DEMO_IDS.burgerMarc.replace(/3$/, '9'), ...JARIG } }),
        identity: () => ({ sub: 'acm-78090221568', rollen: ['burger'], insz: JARIG.insz }),
        problemen: [
          {
            code: 'NIET_IN_AANMERKING',
            ernst: 'BLOKKEREND',
            boodschap: 'Geen premie: inkomenscategorie 1 komt in regime MVP-2026 niet in aanmerking voor een premie voor dak.',
            factuurId: null,
          },
        ],
      },
    ];

    beforeAll(async () => {
      // Lotte declared categorie 1 (the highest incomes): no roof premie from March 2026.
      await new InkomensopgaveRepository(premies.db.dataSource).upsert([
        { burgerId: DEMO_IDS.burgerMarc.replace(/3$/, '9'), categorie: 'CATEGORIE_1', opgegevenOp: new Date('2026-01-10T10:00:00Z'), bron: 'burger' },
      ]);
    });

    it.each(cases)('$name', async ({ rep: makeRep, identity: makeIdentity, problemen }) => {
      const rep = makeRep();
      const identity = makeIdentity?.() ?? an;
      const byNummer = new Map((maatregelVan(rep as never).facturen as Data[]).map((f) => [f.nummer, f.id]));
      const expected: Data[] = problemen.map((p) => ({ ...p, factuurId: p.factuurId === null ? null : byNummer.get(p.factuurId) }));
      const result = await draft(rep, identity);
      expect(result.problemen).toEqual(expected);
      expect(result.kanIngediendWorden).toBe(false);
      const before = await tellingen(premies);
      const body = await dienIn({ voorstel: result.voorstel, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN }, identity);
      expect(body).toEqual({
        data: null,
        errors: [
          {
            message: `De aanvraag kan zo niet ingediend worden: ${expected.map((p) => p.boodschap).join(' ')}`,
            path: ['dienPremieAanvraagIn'],
            locations: expect.any(Array),
            extensions: { code: 'BAD_USER_INPUT', reden: 'AANVRAAG_ONVOLLEDIG', problemen: expected.map(({ code, boodschap, factuurId }) => ({ code, boodschap, factuurId })) },
          },
        ],
      });
      expect(await tellingen(premies)).toEqual(before);
    });

    it('a deadline that ends today still allows the application', async () => {
      const rep = dossierRep({ facturen: [factuur({ datum: '2024-06-15' })] });
      expect((await draft(rep)).problemen).toEqual([]);
    });

    it('warnings do not block: no EPC, an unpaid invoice, no address, no income category; they are kept with the application', async () => {
      const rep = dossierRep({
        burger: { id: DEMO_IDS.burgerMarc, insz: AN.insz, voornaam: 'An', achternaam: 'Peeters' },
        woning: { adresId: '3000120', adres: null, epc: null },
        facturen: [factuur({ betaaldOp: null })],
      });
      const result = await draft(rep);
      const f = maatregelVan(rep).facturen[0]!;
      expect(result.problemen).toEqual([
        {
          code: 'INKOMENSCATEGORIE_ONBEKEND',
          ernst: 'WAARSCHUWING',
          boodschap: 'De burger gaf zijn inkomenscategorie niet op: de hub kan het bedrag niet berekenen. Het premieloket bepaalt de categorie zelf uit de belastinggegevens.',
          factuurId: null,
        },
        {
          code: 'BOUWJAAR_ONBEKEND',
          ernst: 'WAARSCHUWING',
          boodschap:
            'Het bouwjaar van de woning is niet gekend (geen geldig EPC): nodig om na te gaan of de woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006 is. Het premieloket controleert dat zelf.',
          factuurId: null,
        },
        { code: 'FACTUUR_NIET_BETAALD', ernst: 'WAARSCHUWING', boodschap: 'De factuur F2026-0042 is nog niet betaald; het premieloket kan een betalingsbewijs vragen.', factuurId: f.id },
        { code: 'ADRES_ONBEKEND', ernst: 'WAARSCHUWING', boodschap: 'Het adressenregister gaf het adres van de woning niet; het premieloket krijgt enkel het adres-id 3000120.', factuurId: null },
      ]);
      expect(result.kanIngediendWorden).toBe(true);
      expect(result.verwachtBedrag).toBeNull();
      const body = await dienIn({ voorstel: result.voorstel, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN });
      expect(body.errors).toBeUndefined();
      expect(body.data.dienPremieAanvraagIn.problemen).toEqual(result.problemen.map((p: Data) => ({ code: p.code })));
    });

    it('a coach who may not read the INSZ gets a draft that cannot be submitted', async () => {
      const rep = dossierRep({ burger: { id: DEMO_IDS.burgerAn, insz: null, voornaam: 'An', achternaam: 'Peeters' } });
      const result = await draft(rep, identityOf('renovatiebegeleider'));
      expect(result.problemen.map((p: Data) => [p.code, p.ernst])).toEqual([['RIJKSREGISTERNUMMER_ONBEKEND', 'BLOKKEREND']]);
    });
  });

  describe('bad input is refused with a typed error and writes nothing', () => {
    let token: string;
    beforeAll(async () => {
      token = (await draft(dossierRep())).voorstel;
    });
    const refusals: Array<[string, () => Record<string, unknown>, Data]> = [
      ['an EAN of the wrong shape', () => ({ ean: '5414488200441592' }), { code: 'BAD_USER_INPUT', reden: 'ONGELDIGE_INVOER', field: 'input.ean' }],
      ['an EAN with a wrong check digit', () => ({ ean: '541448820044159228' }), { code: 'BAD_USER_INPUT', reden: 'ONGELDIGE_INVOER', field: 'input.ean' }],
      ['an EAN that is not Belgian', () => ({ ean: '871448820044159227' }), { code: 'BAD_USER_INPUT', reden: 'ONGELDIGE_INVOER', field: 'input.ean' }],
      ['an IBAN with wrong check digits', () => ({ iban: 'BE68539007547035' }), { code: 'BAD_USER_INPUT', reden: 'ONGELDIGE_INVOER', field: 'input.iban' }],
      ['a foreign IBAN', () => ({ iban: 'NL91ABNA0417164300' }), { code: 'BAD_USER_INPUT', reden: 'ONGELDIGE_INVOER', field: 'input.iban' }],
      ['a too short idempotency key', () => ({ idempotencyKey: 'kort' }), { code: 'BAD_USER_INPUT', reden: 'ONGELDIGE_INVOER', field: 'input.idempotencyKey' }],
      ['a draft that is not a token', () => ({ voorstel: 'geen-voorstel' }), { code: 'BAD_USER_INPUT', reden: 'VOORSTEL_ONGELDIG', field: 'input.voorstel' }],
      [
        'a tampered draft (another amount, same signature)',
        () => {
          const [v, body, sig] = token.split('.') as [string, string, string];
          const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
          payload.inhoud.facturen[0].bedragExclBtw = 90_000;
          return { voorstel: `${v}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${sig}` };
        },
        { code: 'BAD_USER_INPUT', reden: 'VOORSTEL_ONGELDIG', field: 'input.voorstel' },
      ],
      [
        'a draft signed with another secret',
        () => {
          const [v, body] = token.split('.') as [string, string];
          return { voorstel: `${v}.${body}.${createHmac('sha256', 'another-secret-of-at-least-32-characters').update(`${v}.${body}`).digest('base64url')}` };
        },
        { code: 'BAD_USER_INPUT', reden: 'VOORSTEL_ONGELDIG', field: 'input.voorstel' },
      ],
    ];

    it.each(refusals)('%s', async (_name, change, expected) => {
      const before = await tellingen(premies);
      const body = await dienIn({ voorstel: token, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN, ...change() });
      expect(body.data).toBeNull();
      expect(fout(body)).toEqual([expected]);
      expect(await tellingen(premies)).toEqual(before);
    });

    it('an expired draft', async () => {
      const before = await tellingen(premies);
      clock = new Date('2026-06-16T08:00:00.000Z');
      const body = await dienIn({ voorstel: token, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN });
      expect(body.errors).toEqual([
        {
          message: 'Het voorstel is verlopen (geldig tot 2026-06-16T08:00:00.000Z). Vraag een nieuw voorstel op.',
          path: ['dienPremieAanvraagIn'],
          locations: expect.any(Array),
          extensions: { code: 'BAD_USER_INPUT', reden: 'VOORSTEL_VERLOPEN', field: 'input.voorstel' },
        },
      ]);
      expect(await tellingen(premies)).toEqual(before);
    });

    it('someone else than who asked for the draft, or a role without access', async () => {
      const before = await tellingen(premies);
      for (const persona of ['spoc', 'burger2', 'partner', 'analist']) {
        const body = await dienIn({ voorstel: token, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN }, identityOf(persona));
        expect(fout(body), persona).toEqual([{ code: 'FORBIDDEN', reden: undefined, field: undefined }]);
      }
      expect(await tellingen(premies)).toEqual(before);
    });
  });

  it('refuses the draft to partners, analysts and another citizen', async () => {
    for (const persona of ['partner', 'analist', 'burger2', 'stadsdienst']) {
      const body = await voorstel(dossierRep(), identityOf(persona));
      expect(body.errors?.map((e) => e.extensions?.code), persona).toEqual(['FORBIDDEN']);
    }
    const rep = dossierRep();
    const other = await premies.call(VOORSTEL, { representations: [rep], maatregelId: randomUUID() }, an);
    expect(other.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Maatregel in dit dossier niet gevonden.', 'NOT_FOUND']]);
  });

  describe('idempotency', () => {
    it('the same key twice submits once; the same key with other content is a CONFLICT', async () => {
      const { voorstel: token } = await draft(dossierRep());
      const before = await tellingen(premies);
      const input = { voorstel: token, idempotencyKey: randomUUID(), ean: '5414 4882 0044 1592 29', iban: 'be68 5390 0754 7034' };
      const first = await dienIn(input);
      expect(first).toEqual({
        data: {
          dienPremieAanvraagIn: {
            id: expect.any(String),
            status: 'TE_VERZENDEN',
            dossiernummer: null,
            verwachtBedrag: 3150,
            historiek: [{ status: 'TE_VERZENDEN', toelichting: null }],
            problemen: [],
          },
        },
      });
      expect(await dienIn(input)).toEqual(first);
      // Spaces and case are not content: the normalised EAN and IBAN are the same.
      expect(await dienIn({ ...input, ean: EAN, iban: IBAN })).toEqual(first);
      expect(await tellingen(premies)).toEqual({ aanvraag: before.aanvraag + 1, status: before.status + 1, outbox: before.outbox + 1 });
      const other = await dienIn({ ...input, iban: 'BE71096123456769' });
      expect(other).toEqual({
        data: null,
        errors: [
          {
            message: 'Deze idempotencyKey werd al gebruikt voor een andere aanvraag: kies een nieuwe sleutel voor een nieuwe aanvraag.',
            path: ['dienPremieAanvraagIn'],
            locations: expect.any(Array),
            extensions: { code: 'CONFLICT', reden: 'IDEMPOTENCY_KEY_HERGEBRUIKT', field: 'input.idempotencyKey' },
          },
        ],
      });
      expect(await tellingen(premies)).toEqual({ aanvraag: before.aanvraag + 1, status: before.status + 1, outbox: before.outbox + 1 });
      const [message] = (await premies.db.dataSource.query(`SELECT topic, dedup_key, aggregate_id, payload FROM outbox WHERE aggregate_id = $1`, [
        first.data.dienPremieAanvraagIn.id,
      ])) as Data[];
      expect(message).toEqual({
        topic: 'mijnverbouwpremie.aanvraag',
        dedup_key: first.data.dienPremieAanvraagIn.id,
        aggregate_id: first.data.dienPremieAanvraagIn.id,
        payload: expect.objectContaining({ aanvraagId: first.data.dienPremieAanvraagIn.id, idempotencyKey: input.idempotencyKey }),
      });
    });

    it('two (and five) concurrent submissions with one key submit once', async () => {
      for (const n of [2, 5]) {
        const { voorstel: token } = await draft(dossierRep());
        const before = await tellingen(premies);
        const input = { voorstel: token, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN };
        const results = await Promise.all(Array.from({ length: n }, () => dienIn(input)));
        const ids = results.map((r) => r.data?.dienPremieAanvraagIn?.id);
        expect(results.map((r) => r.errors)).toEqual(Array(n).fill(undefined));
        expect(new Set(ids).size).toBe(1);
        expect(await tellingen(premies)).toEqual({ aanvraag: before.aanvraag + 1, status: before.status + 1, outbox: before.outbox + 1 });
      }
    });

    it('concurrent submissions for one measure with different keys: one application, the others a CONFLICT', async () => {
      const { voorstel: token } = await draft(dossierRep());
      const before = await tellingen(premies);
      const results = await Promise.all(Array.from({ length: 3 }, () => dienIn({ voorstel: token, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN })));
      const outcomes = results.map((r) => (r.errors ? `${r.errors[0].extensions.code}:${r.errors[0].extensions.reden}` : 'OK')).sort();
      expect(outcomes).toEqual(['CONFLICT:AL_AANGEVRAAGD', 'CONFLICT:AL_AANGEVRAAGD', 'OK']);
      expect(await tellingen(premies)).toEqual({ aanvraag: before.aanvraag + 1, status: before.status + 1, outbox: before.outbox + 1 });
    });
  });

  describe('reading applications', () => {
    let id: string;
    let rep: ReturnType<typeof dossierRep>;
    const AANVRAAG = 'query($id: ID!) { premieAanvraag(id: $id) { id status ean } }';
    beforeAll(async () => {
      rep = dossierRep();
      const { voorstel: token } = await draft(rep);
      id = (await dienIn({ voorstel: token, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN })).data.dienPremieAanvraagIn.id;
    });

    it('for the citizen, the back office and the coach of the dossier; not for others', async () => {
      for (const persona of ['burger', 'spoc', 'energieconsulent', 'renovatiebegeleider']) {
        expect((await premies.call(AANVRAAG, { id }, identityOf(persona))).body, persona).toEqual({ data: { premieAanvraag: { id, status: 'TE_VERZENDEN', ean: EAN } } });
      }
      const otherCoach: Identity = { sub: 'stad-wim.peeters', rollen: ['renovatiebegeleider'] };
      for (const identity of [identityOf('burger2'), identityOf('partner'), identityOf('analist'), otherCoach]) {
        const body = (await premies.call(AANVRAAG, { id }, identity)).body;
        expect(body, identity.sub).toEqual({ data: { premieAanvraag: null }, errors: [expect.objectContaining({ message: 'Geen toegang.', extensions: { code: 'FORBIDDEN' } })] });
      }
    });

    it('an unknown id: NOT_FOUND for those who see everything, FORBIDDEN for the others', async () => {
      const unknown = randomUUID();
      expect((await premies.call(AANVRAAG, { id: unknown }, identityOf('spoc'))).body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect((await premies.call(AANVRAAG, { id: unknown }, an)).body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it("a dossier's applications in one query for many dossiers; the coach assigned now sees them too", async () => {
      const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Dossier { premieAanvragen { id status historiek { status } } } } }';
      const representations = [rep.id, randomUUID(), randomUUID()].map((dossierId) => ({ __typename: 'Dossier', id: dossierId, renovatiebegeleider: { id: 'stad-wim.peeters' } }));
      premies.queries.reset();
      const wim: Identity = { sub: 'stad-wim.peeters', rollen: ['renovatiebegeleider'] };
      expect((await premies.call(query, { r: representations }, wim)).body).toEqual({
        data: { _entities: [{ premieAanvragen: [{ id, status: 'TE_VERZENDEN', historiek: [{ status: 'TE_VERZENDEN' }] }] }, { premieAanvragen: [] }, { premieAanvragen: [] }] },
      });
      // One query for the applications of the three dossiers, one for their histories.
      expect(premies.queries.count).toBe(2);
      const analist = (await premies.call(query, { r: representations }, identityOf('analist'))).body;
      expect(analist.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    });
  });
});
