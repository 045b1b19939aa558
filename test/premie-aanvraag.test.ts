import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '@hub/shared/demo';
import { asPersona, startTestHub, type TestHub } from './helpers.js';

/**
 * Issue 5, the application, end to end through the gateway: from a planned measure to a paid premie.
 * Staff add a quote, choose it, add the invoice and its documents (uploaded through the gateway); the
 * citizen opens the draft (everything prefilled from the dossier and the authentic sources), submits it
 * twice with one key (one application, one submission), the desk moves it along to UITBETAALD, the
 * citizen sees every status and Mijn Burgerprofiel received one notification per change.
 */

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const AN = { insz: '85031412302', voornaam: 'An', achternaam: 'Peeters' };
const EAN = '541448820044159229';
const IBAN = 'BE68 5390 0754 7034';

/** A date `days` before today in Belgium (YYYY-MM-DD). */
function dagenGeleden(days: number): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(Date.now() - days * 86_400_000));
}

const VOORSTEL = /* GraphQL */ `
  query Voorstel($id: ID!, $maatregelId: ID!) {
    dossier(id: $id) {
      premieAanvraagVoorstel(maatregelId: $maatregelId) {
        dossierId maatregelId categorie omschrijving oppervlakteM2 aanvraagdatum
        aanvrager { burgerId insz voornaam achternaam }
        woning { adresId adres bouwjaar epcCertificaatnummer }
        facturen { factuurId nummer datum aannemer { naam kbo } bedragExclBtw betaaldOp documenten { documentId soort titel } }
        totaalFactuurExclBtw
        vereisteDocumenten { soort omschrijving aanwezig }
        verwachtBedrag regime regelId
        problemen { code ernst boodschap factuurId }
        kanIngediendWorden
        bestaandeAanvraag { id status }
        voorstel geldigTot
      }
    }
  }
`;

const DIEN_IN = /* GraphQL */ `
  mutation DienIn($input: DienPremieAanvraagInInput!) {
    dienPremieAanvraagIn(input: $input) { id status dossiernummer verwachtBedrag historiek { status } }
  }
`;

const AANVRAAG = /* GraphQL */ `
  query Aanvraag($id: ID!) {
    premieAanvraag(id: $id) {
      id categorie status dossiernummer verwachtBedrag toegekendBedrag uitbetaaldBedrag reden actieNodig actie
      aangevraagdOp ingediendOp ean iban
      historiek { status op toelichting }
      problemen { code }
      dossier { referentie }
      maatregel { omschrijving }
    }
  }
`;

describe('a Mijn VerbouwPremie application through the gateway: from a planned measure to a paid premie', () => {
  let hub: TestHub;
  const rows = async (table: string) => Number((await hub.dataSources.premies.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const counts = async () => ({ aanvraag: await rows('premie_aanvraag'), status: await rows('premie_aanvraag_status'), outbox: await rows('outbox') });
  const as = async (persona: string, query: string, variables?: Record<string, unknown>) => (await asPersona<Data>(hub, persona, query, variables)).body;
  const ok = async (persona: string, query: string, variables?: Record<string, unknown>) => {
    const body = await as(persona, query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const upload = async (persona: string, name: string) => {
    const response = await fetch(`${hub.urls.gateway}/documenten/upload?bestandsnaam=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await hub.personaToken(persona)}`, 'content-type': 'application/pdf' },
      body: PDF,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as Data).uploadId as string;
  };

  beforeAll(async () => {
    // The outboxes are drained and the follower is run by the test; the desk moves only when the test says so.
    hub = await startTestHub({ outboxPollMs: 0, premieVolgerIntervalMs: 0, premieTijdlijn: [] });
  });
  afterAll(async () => hub?.stop());

  it('prefills, validates, submits once, follows the desk to UITBETAALD and notifies every change', async () => {
    const dossierId = DEMO_IDS.dossierAn;
    const { dossier } = await ok('spoc', 'query($id: ID!) { dossier(id: $id) { referentie maatregelen { id categorie omschrijving } } }', { id: dossierId });
    const dak = dossier.maatregelen.find((m: Data) => m.categorie === 'DAK');
    const factuurDatum = dagenGeleden(20);
    const betaaldOp = dagenGeleden(10);

    // --- Leveranciers: the coach adds the contractor's quote and the citizen's choice; then the invoice.
    const { voegOfferteToe } = await ok('renovatiebegeleider', 'mutation($i: VoegOfferteToeInput!) { voegOfferteToe(input: $i) { id } }', {
      i: { maatregelId: dak.id, aannemer: { naam: 'Dakwerken Peeters', kbo: '0437.012.318' }, status: 'ONTVANGEN', bedragExclBtw: 9000, btwTarief: 6, datum: dagenGeleden(60), geldigTot: '2099-12-31' },
    });
    await ok('renovatiebegeleider', 'mutation($id: ID!) { kiesOfferte(offerteId: $id) { status } }', { id: voegOfferteToe.id });
    const { voegFactuurToe: factuur } = await ok('renovatiebegeleider', 'mutation($i: VoegFactuurToeInput!) { voegFactuurToe(input: $i) { id } }', {
      i: { maatregelId: dak.id, nummer: 'F2026-0107', datum: factuurDatum, aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012318' }, bedragExclBtw: 9000, btwBedrag: 540, betaaldOp },
    });

    // --- The citizen opens the draft: everything is filled in, but the invoice document and the attest are missing.
    const before = await counts();
    const eerste = (await ok('burger', VOORSTEL, { id: dossierId, maatregelId: dak.id })).dossier.premieAanvraagVoorstel;
    expect(eerste.problemen).toEqual([
      {
        code: 'FACTUURDOCUMENT_ONTBREEKT',
        ernst: 'BLOKKEREND',
        boodschap: 'De factuur F2026-0107 is niet als document gekoppeld: laad ze op en koppel ze aan de factuur als document van soort FACTUUR.',
        factuurId: factuur.id,
      },
      {
        code: 'ATTEST_ONTBREEKT',
        ernst: 'BLOKKEREND',
        boodschap: 'Er ontbreekt een attest of de technische fiche met de Rd-waarde van de dakisolatie: laad het op en koppel het aan de factuur als document van soort ATTEST.',
        factuurId: null,
      },
    ]);
    expect(eerste.kanIngediendWorden).toBe(false);
    // The coach gets the same draft, but the CRM does not show a coach the INSZ: it cannot be submitted by them.
    const coach = await as('renovatiebegeleider', VOORSTEL, { id: dossierId, maatregelId: dak.id });
    expect(coach.errors).toEqual([expect.objectContaining({ path: ['dossier', 'burger', 'insz'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    expect(coach.data!.dossier.premieAanvraagVoorstel.aanvrager).toEqual({ burgerId: DEMO_IDS.burgerAn, insz: null, voornaam: AN.voornaam, achternaam: AN.achternaam });
    expect(coach.data!.dossier.premieAanvraagVoorstel.problemen.map((p: Data) => p.code)).toEqual(['RIJKSREGISTERNUMMER_ONBEKEND', 'FACTUURDOCUMENT_ONTBREEKT', 'ATTEST_ONTBREEKT']);
    const onvolledig = await as('burger', DIEN_IN, { input: { voorstel: eerste.voorstel, idempotencyKey: 'an-dak-onvolledig-1', ean: EAN, iban: IBAN } });
    expect(onvolledig.errors).toEqual([
      expect.objectContaining({
        path: ['dienPremieAanvraagIn'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reden: 'AANVRAAG_ONVOLLEDIG', problemen: eerste.problemen.map((p: Data) => ({ code: p.code, boodschap: p.boodschap, factuurId: p.factuurId })) }),
      }),
    ]);
    expect(await counts()).toEqual(before);

    // --- The coach uploads the invoice and the attest through the gateway and attaches them to the invoice.
    for (const [soort, titel, bestand] of [
      ['FACTUUR', 'Factuur F2026-0107', 'factuur.pdf'],
      ['ATTEST', 'Technische fiche dakisolatie Rd 5,0', 'fiche.pdf'],
    ] as const) {
      const uploadId = await upload('renovatiebegeleider', bestand);
      await ok('renovatiebegeleider', 'mutation($i: VoegDocumentToeInput!) { voegDocumentToe(input: $i) { id } }', { i: { dossierId, uploadId, soort, titel, factuurId: factuur.id } });
    }

    // --- Now the draft is complete: the home from the address register and the EPC, 35 % of the invoice (categorie 3, MVP-2026).
    const voorstel = (await ok('burger', VOORSTEL, { id: dossierId, maatregelId: dak.id })).dossier.premieAanvraagVoorstel;
    const documentIds = voorstel.facturen[0].documenten.map((d: Data) => d.documentId);
    expect(voorstel).toEqual({
      dossierId,
      maatregelId: dak.id,
      categorie: 'DAK',
      omschrijving: 'Dakisolatie hellend dak (Rd ≥ 4,5) met nieuwe dakbedekking',
      oppervlakteM2: 80,
      aanvraagdatum: dagenGeleden(0),
      aanvrager: { burgerId: DEMO_IDS.burgerAn, ...AN },
      woning: { adresId: '3000120', adres: 'Tiensestraat 120, 3000 Leuven', bouwjaar: 1930, epcCertificaatnummer: '20240318-0003187245-RES-1' },
      facturen: [
        {
          factuurId: factuur.id,
          nummer: 'F2026-0107',
          datum: factuurDatum,
          aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012318' },
          bedragExclBtw: 9000,
          betaaldOp,
          documenten: expect.arrayContaining([
            { documentId: expect.any(String), soort: 'FACTUUR', titel: 'Factuur F2026-0107' },
            { documentId: expect.any(String), soort: 'ATTEST', titel: 'Technische fiche dakisolatie Rd 5,0' },
          ]),
        },
      ],
      totaalFactuurExclBtw: 9000,
      vereisteDocumenten: [{ soort: 'ATTEST', omschrijving: 'een attest of de technische fiche met de Rd-waarde van de dakisolatie', aanwezig: true }],
      verwachtBedrag: 3150,
      regime: 'MVP-2026',
      regelId: 'MVP-2026/DAK/CATEGORIE_3',
      problemen: [],
      kanIngediendWorden: true,
      bestaandeAanvraag: null,
      voorstel: expect.stringMatching(/^v1\.[\w-]+\.[\w-]+$/),
      geldigTot: expect.any(String),
    });
    expect(documentIds).toHaveLength(2);

    // --- Bad input is refused with a typed error and writes nothing: a wrong EAN, IBAN, a tampered draft, someone else's draft.
    const fout = async (persona: string, input: Record<string, unknown>) => {
      const body = await as(persona, DIEN_IN, { input: { voorstel: voorstel.voorstel, idempotencyKey: 'an-dak-2026-0001', ean: EAN, iban: IBAN, ...input } });
      expect(body.data).toBeNull();
      return body.errors!.map((e: Data) => ({ code: e.extensions.code, reden: e.extensions.reden, field: e.extensions.field }));
    };
    const [kop, inhoud, handtekening] = voorstel.voorstel.split('.');
    const gewijzigd = JSON.parse(Buffer.from(inhoud, 'base64url').toString());
    gewijzigd.inhoud.facturen[0].bedragExclBtw = 90000;
    expect(await fout('burger', { ean: '541448820044159228' })).toEqual([{ code: 'BAD_USER_INPUT', reden: 'ONGELDIGE_INVOER', field: 'input.ean' }]);
    expect(await fout('burger', { iban: 'BE68 5390 0754 7035' })).toEqual([{ code: 'BAD_USER_INPUT', reden: 'ONGELDIGE_INVOER', field: 'input.iban' }]);
    expect(await fout('burger', { voorstel: `${kop}.${Buffer.from(JSON.stringify(gewijzigd)).toString('base64url')}.${handtekening}` })).toEqual([
      { code: 'BAD_USER_INPUT', reden: 'VOORSTEL_ONGELDIG', field: 'input.voorstel' },
    ]);
    expect(await fout('spoc', {})).toEqual([{ code: 'FORBIDDEN', reden: undefined, field: undefined }]);
    expect(await fout('partner', {})).toEqual([{ code: 'FORBIDDEN', reden: undefined, field: undefined }]);
    expect(await counts()).toEqual(before);

    // --- The citizen submits; a second click with the same key gives the same application: one row, one message to the desk.
    const input = { voorstel: voorstel.voorstel, idempotencyKey: 'an-dak-2026-0001', ean: '5414 4882 0044 1592 29', iban: IBAN };
    const { dienPremieAanvraagIn: aanvraag } = await ok('burger', DIEN_IN, { input });
    expect(aanvraag).toEqual({ id: expect.any(String), status: 'TE_VERZENDEN', dossiernummer: null, verwachtBedrag: 3150, historiek: [{ status: 'TE_VERZENDEN' }] });
    expect((await ok('burger', DIEN_IN, { input })).dienPremieAanvraagIn).toEqual(aanvraag);
    expect(await counts()).toEqual({ aanvraag: before.aanvraag + 1, status: before.status + 1, outbox: before.outbox + 1 });
    // The same key with other content is a conflict; another key for the same measure too.
    const anderIban = await as('burger', DIEN_IN, { input: { ...input, iban: 'BE71 0961 2345 6769' } });
    expect(anderIban.errors?.map((e: Data) => [e.extensions.code, e.extensions.reden])).toEqual([['CONFLICT', 'IDEMPOTENCY_KEY_HERGEBRUIKT']]);
    const andereSleutel = await as('burger', DIEN_IN, { input: { ...input, idempotencyKey: 'an-dak-2026-0002' } });
    expect(andereSleutel.errors?.map((e: Data) => [e.extensions.code, e.extensions.reden])).toEqual([['CONFLICT', 'AL_AANGEVRAAGD']]);
    expect(await counts()).toEqual({ aanvraag: before.aanvraag + 1, status: before.status + 1, outbox: before.outbox + 1 });

    // --- The outbox submits it to the desk once, with the key; the desk gives its dossier number.
    await hub.premiesOutbox.drain();
    const desk = hub.receivers.mijnverbouwpremie;
    const ontvangen = desk.aanvragen();
    expect(ontvangen.map((a) => ({ key: a.idempotencyKey, status: a.status, aanvraag: a.aanvraag }))).toEqual([
      {
        key: 'an-dak-2026-0001',
        status: 'INGEDIEND',
        aanvraag: {
          aanvrager: AN,
          woning: { adresId: '3000120', adres: 'Tiensestraat 120, 3000 Leuven', bouwjaar: 1930, epcCertificaatnummer: '20240318-0003187245-RES-1' },
          werkcategorie: 'DAK',
          omschrijving: 'Dakisolatie hellend dak (Rd ≥ 4,5) met nieuwe dakbedekking',
          oppervlakteM2: 80,
          facturen: [
            {
              nummer: 'F2026-0107',
              datum: factuurDatum,
              aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012318' },
              bedragExclBtw: 9000,
              betaaldOp,
              documenten: expect.arrayContaining([
                { id: expect.any(String), soort: 'FACTUUR', titel: 'Factuur F2026-0107' },
                { id: expect.any(String), soort: 'ATTEST', titel: 'Technische fiche dakisolatie Rd 5,0' },
              ]),
            },
          ],
          ean: EAN,
          iban: 'BE68539007547034',
          verwachtBedrag: 3150,
          aanvraagdatum: dagenGeleden(0),
          referentie: { organisatie: 'Stad Leuven - Energieloket', aanvraagId: aanvraag.id, dossierReferentie: dossier.referentie },
        },
      },
    ]);
    const dossiernummer = ontvangen[0]!.dossiernummer;
    expect(dossiernummer).toMatch(/^\d{2}-MVP-\d{6}$/);
    expect(desk.pogingen.count).toBe(1);

    // --- The desk moves it along; each round of the follower records what changed, once.
    expect(await hub.premieVolger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 0, nieuweStatussen: 0, fouten: 0 });
    desk.zetStatus(dossiernummer, { status: 'IN_BEHANDELING', toelichting: 'Een dossierbehandelaar bekijkt je aanvraag.' });
    expect(await hub.premieVolger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 1, nieuweStatussen: 1, fouten: 0 });
    expect(await hub.premieVolger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 0, nieuweStatussen: 0, fouten: 0 });
    desk.zetStatus(dossiernummer, { status: 'GOEDGEKEURD', bedragToegekend: 3150 });
    desk.zetStatus(dossiernummer, { status: 'UITBETAALD' });
    expect(await hub.premieVolger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 1, nieuweStatussen: 2, fouten: 0 });
    // Paid: the application is no longer followed.
    expect(await hub.premieVolger.ronde()).toEqual({ bevraagd: 0, gewijzigd: 0, nieuweStatussen: 0, fouten: 0 });
    await hub.premiesOutbox.drain();

    // --- The citizen sees every status, on the application and on the dossier.
    const gezien = (await ok('burger', AANVRAAG, { id: aanvraag.id })).premieAanvraag;
    expect(gezien).toEqual({
      id: aanvraag.id,
      categorie: 'DAK',
      status: 'UITBETAALD',
      dossiernummer,
      verwachtBedrag: 3150,
      toegekendBedrag: 3150,
      uitbetaaldBedrag: 3150,
      reden: null,
      actieNodig: false,
      actie: null,
      aangevraagdOp: expect.any(String),
      ingediendOp: ontvangen[0]!.ontvangenOp,
      ean: EAN,
      iban: 'BE68539007547034',
      historiek: [
        { status: 'TE_VERZENDEN', op: expect.any(String), toelichting: null },
        { status: 'INGEDIEND', op: ontvangen[0]!.ontvangenOp, toelichting: null },
        { status: 'IN_BEHANDELING', op: expect.any(String), toelichting: 'Een dossierbehandelaar bekijkt je aanvraag.' },
        { status: 'GOEDGEKEURD', op: expect.any(String), toelichting: null },
        { status: 'UITBETAALD', op: expect.any(String), toelichting: null },
      ],
      problemen: [],
      dossier: { referentie: dossier.referentie },
      maatregel: { omschrijving: 'Dakisolatie hellend dak (Rd ≥ 4,5) met nieuwe dakbedekking' },
    });
    const opDossier = await ok('renovatiebegeleider', 'query($id: ID!) { dossier(id: $id) { premieAanvragen { id status } maatregelen { premieAanvragen { id } } } }', { id: dossierId });
    expect(opDossier.dossier.premieAanvragen).toEqual([{ id: aanvraag.id, status: 'UITBETAALD' }]);
    expect(opDossier.dossier.maatregelen.flatMap((m: Data) => m.premieAanvragen)).toEqual([{ id: aanvraag.id }]);

    // --- Mijn Burgerprofiel received one notification per change of the application.
    const meldingen = hub.receivers.burgerprofiel.ontvangen(AN.insz).filter((n) => n.notificatie.zaak.id === aanvraag.id);
    expect(meldingen.map((n) => [n.notificatie.zaak.status, n.notificatie.bericht])).toEqual([
      ['INGEDIEND', `Je premieaanvraag is ingediend bij Mijn VerbouwPremie onder dossiernummer ${dossiernummer}.`],
      ['IN_BEHANDELING', `Je premieaanvraag ${dossiernummer} is in behandeling bij Mijn VerbouwPremie.`],
      ['GOEDGEKEURD', `Je premieaanvraag ${dossiernummer} is goedgekeurd: € 3.150 premie.`],
      ['UITBETAALD', `De premie voor je aanvraag ${dossiernummer} is uitbetaald: € 3.150.`],
    ]);
    expect(meldingen[3]!.notificatie).toEqual({
      ontvanger: { insz: AN.insz },
      afzender: { organisatie: 'Stad Leuven', dienst: 'Energieloket' },
      onderwerp: `Je premieaanvraag ${dossiernummer}`,
      bericht: `De premie voor je aanvraag ${dossiernummer} is uitbetaald: € 3.150.`,
      zaak: {
        id: aanvraag.id,
        referentie: dossiernummer,
        titel: 'Mijn VerbouwPremie dak (Tiensestraat 120, 3000 Leuven)',
        status: 'UITBETAALD',
        fase: null,
        actieNodig: false,
        actie: null,
        link: `${hub.urls.sandbox}/burgerprofiel/mijn-premieaanvraag/${aanvraag.id}`,
        gewijzigdOp: expect.any(String),
      },
    });

    // --- Access: Mijn Burgerprofiel reads the case but not the payment details; partners and analysts nothing.
    const bp = await as('burgerprofiel', 'query($id: ID!) { premieAanvraag(id: $id) { status iban } }', { id: aanvraag.id });
    expect(bp).toEqual({
      data: { premieAanvraag: { status: 'UITBETAALD', iban: null } },
      errors: [expect.objectContaining({ path: ['premieAanvraag', 'iban'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })],
    });
    for (const persona of ['partner', 'analist', 'burger2']) {
      const refused = await as(persona, 'query($id: ID!) { premieAanvraag(id: $id) { status } }', { id: aanvraag.id });
      expect(refused).toEqual({ data: { premieAanvraag: null }, errors: [expect.objectContaining({ message: 'Geen toegang.', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] });
    }

    // --- A new draft for the same measure shows the running application and cannot be submitted.
    const opnieuw = (await ok('burger', VOORSTEL, { id: dossierId, maatregelId: dak.id })).dossier.premieAanvraagVoorstel;
    expect(opnieuw.bestaandeAanvraag).toEqual({ id: aanvraag.id, status: 'UITBETAALD' });
    expect(opnieuw.problemen.map((p: Data) => [p.code, p.ernst])).toEqual([['AL_AANGEVRAAGD', 'BLOKKEREND']]);
    expect(opnieuw.kanIngediendWorden).toBe(false);
  }, 60_000);
});
