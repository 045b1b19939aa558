import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPersona, startTestHub, type TestHub } from './helpers.js';

/**
 * Issue 3 end to end, through the gateway: a phone call becomes a question, a dossier with consent, a
 * partner request delivered through the outbox (the partner down, then up: delivered once), the phases of
 * the journey with documents, measures, a quote and an invoice, and a closed dossier; Mijn Burgerprofiel
 * notified of every status change; bad input refused with nothing written.
 */

const LOTTE = { insz: '78090221568', voornaam: 'Lotte', achternaam: 'Vermeulen', telefoon: '+32 470 12 34 56' };
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201d5a3b39f0000000049454e44ae426082', 'hex');

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the renovation journey through the gateway: from a phone call to a closed dossier', () => {
  let hub: TestHub;
  const rows = async (table: string) => Number((await hub.dataSources.dossier.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const counts = async () => ({
    burger: await rows('burger'),
    vraag: await rows('vraag'),
    dossier: await rows('dossier'),
    maatregel: await rows('maatregel'),
    offerte: await rows('offerte'),
    document: await rows('document'),
    outbox: await rows('outbox'),
  });
  const as = async (persona: string, query: string, variables?: Record<string, unknown>) => {
    const response = await asPersona<Data>(hub, persona, query, variables);
    return response.body;
  };
  const ok = async (persona: string, query: string, variables?: Record<string, unknown>) => {
    const body = await as(persona, query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const upload = async (persona: string, bytes: Buffer, type: string, name: string) => {
    const response = await fetch(`${hub.urls.gateway}/documenten/upload?bestandsnaam=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await hub.personaToken(persona)}`, 'content-type': type },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as Data };
  };

  beforeAll(async () => {
    // The outbox is drained by the test (no polling), and documents are limited to 64 kB here.
    hub = await startTestHub({ outboxPollMs: 0, documentMaxBytes: 64 * 1024 });
  });
  afterAll(async () => hub?.stop());

  it('runs the whole journey', async () => {
    // --- Contactname: a phone call; the SPOC finds the home in the address register and registers the question.
    const { adresZoeken } = await ok('spoc', '{ adresZoeken(straatnaam: "Vaartstraat", huisnummer: "5", postcode: "3000") { adresId volledigAdres score } }');
    expect(adresZoeken).toEqual([{ adresId: '3000505', volledigAdres: 'Vaartstraat 5, 3000 Leuven', score: 100 }]);
    const woning = { adresId: '3000505', adres: 'Vaartstraat 5, 3000 Leuven', postcode: '3000' };

    const before = await counts();
    const badInsz = await as('spoc', 'mutation($i: RegistreerVraagInput!) { registreerVraag(input: $i) { id } }', {
      i: { kanaal: 'TELEFOON', onderwerp: 'Dak en ramen isoleren', woning, burger: { ...LOTTE, insz: '78090221569' } },
    });
    expect(badInsz.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    expect(badInsz.errors?.[0]?.message).toMatch(/INSZ|rijksregisternummer/i);
    expect(await counts()).toEqual(before);

    const { registreerVraag: vraag } = await ok('spoc', 'mutation($i: RegistreerVraagInput!) { registreerVraag(input: $i) { id kanaal status burger { voornaam achternaam insz } } }', {
      i: { kanaal: 'TELEFOON', onderwerp: 'Dak en ramen isoleren, en een warmtepomp?', woning, burger: LOTTE },
    });
    expect(vraag).toEqual({ id: expect.any(String), kanaal: 'TELEFOON', status: 'NIEUW', burger: { voornaam: 'Lotte', achternaam: 'Vermeulen', insz: '78090221568' } });
    expect(await counts()).toEqual({ ...before, burger: before.burger + 1, vraag: before.vraag + 1 });

    // --- With her consent, a dossier starts from the question; a coach is assigned.
    const { openDossier } = await ok('spoc', 'mutation($i: OpenDossierInput!) { openDossier(input: $i) { id referentie fase status versie } }', {
      i: { vraagId: vraag.id, titel: 'Renovatie appartement Vaartstraat 5', toestemming: { wijze: 'MONDELING' }, spoc: 'stad-sofie.claes' },
    });
    expect(openDossier).toEqual({ id: expect.any(String), referentie: expect.stringMatching(/^REN-\d{4}-\d{6}$/), fase: 'CONTACTNAME', status: 'LOPEND', versie: 1 });
    const dossierId: string = openDossier.id;
    let versie: number = openDossier.versie;
    const { wijsDossierToe } = await ok('spoc', 'mutation($i: WijsDossierToeInput!) { wijsDossierToe(input: $i) { versie renovatiebegeleider { id } } }', {
      i: { dossierId, versie, renovatiebegeleider: 'stad-lies.wouters' },
    });
    versie = wijsDossierToe.versie;
    expect(wijsDossierToe.renovatiebegeleider).toEqual({ id: 'stad-lies.wouters' });

    // --- The request for DuBo-advies is sent to Dialoog at once; Dialoog is down, then up: delivered once.
    await ok('spoc', 'mutation($i: ToestemmingInput!) { geefToestemming(input: $i) { soort } }', {
      i: { dossierId, partner: 'DIALOOG', soorten: ['CONTACTGEGEVENS', 'WONINGGEGEVENS'], wijze: 'MONDELING' },
    });
    hub.receivers.partners.zetBeschikbaar('dialoog', false);
    const { vraagPartnerAan } = await ok('renovatiebegeleider', 'mutation($i: VraagPartnerAanInput!) { vraagPartnerAan(input: $i) { id partner soort levering { status pogingen } } }', {
      i: { dossierId, partner: 'DIALOOG', soort: 'DUBO_ADVIES', toelichting: 'Appartement uit 1965, dak en ramen.' },
    });
    expect(vraagPartnerAan).toEqual({ id: expect.any(String), partner: 'DIALOOG', soort: 'DUBO_ADVIES', levering: { status: 'VERZONDEN_WACHTEND', pogingen: 0 } });
    await hub.outbox.drain();
    expect(hub.receivers.partners.ontvangen('dialoog').filter((r) => r.aanvraag.dossier.id === dossierId)).toEqual([]);
    const waiting = await ok('spoc', 'query($id: ID!) { dossier(id: $id) { partnerAanvragen { levering { status pogingen } } } }', { id: dossierId });
    expect(waiting.dossier.partnerAanvragen).toEqual([{ levering: { status: 'VERZONDEN_WACHTEND', pogingen: 1 } }]);
    hub.receivers.partners.zetBeschikbaar('dialoog', true);
    await new Promise((r) => setTimeout(r, 1300)); // the first retry is due after about a second
    await hub.outbox.drain();
    await hub.outbox.drain();
    const received = hub.receivers.partners.ontvangen('dialoog').filter((r) => r.aanvraag.dossier.id === dossierId);
    expect(received.map((r) => r.aanvraag)).toEqual([
      {
        aanvraagId: vraagPartnerAan.id,
        partner: 'dialoog',
        soort: 'DUBO_ADVIES',
        dossier: { id: dossierId, referentie: openDossier.referentie },
        woning: { adresId: '3000505', adres: 'Vaartstraat 5, 3000 Leuven' },
        burger: { voornaam: 'Lotte', achternaam: 'Vermeulen', email: null, telefoon: '+32 470 12 34 56' },
        toelichting: 'Appartement uit 1965, dak en ramen.',
        aangevraagdOp: expect.any(String),
        aangevraagdDoor: 'stad-lies.wouters',
      },
    ]);
    const delivered = await ok('spoc', 'query($id: ID!) { dossier(id: $id) { partnerAanvragen { levering { status pogingen afgeleverdOp } } } }', { id: dossierId });
    expect(delivered.dossier.partnerAanvragen).toEqual([{ levering: { status: 'AFGELEVERD', pogingen: 2, afgeleverdOp: expect.any(String) } }]);

    // --- Opties: the phase moves on; skipping a phase or an unknown phase is refused and changes nothing.
    const fase = (f: string, reden?: string) =>
      as('spoc', 'mutation($i: WijzigFaseInput!) { wijzigFase(input: $i) { fase versie } }', { i: { dossierId, versie, fase: f, ...(reden ? { reden } : {}) } });
    const skip = await fase('LEVERANCIERS');
    expect(skip.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_TRANSITION' }) })]);
    const unknown = await fase('BOUWEN');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const opties = await fase('OPTIES');
    expect(opties.data!.wijzigFase).toEqual({ fase: 'OPTIES', versie: versie + 1 });
    versie = opties.data!.wijzigFase.versie;

    // The coach uploads the renovation plan through the gateway and attaches it; a wrongly typed and an
    // oversized upload are refused and store nothing.
    const beforeUploads = await counts();
    expect((await upload('renovatiebegeleider', PNG, 'application/pdf', 'plan.pdf')).status).toBe(415);
    expect((await upload('renovatiebegeleider', Buffer.concat([PDF, Buffer.alloc(70 * 1024)]), 'application/pdf', 'groot.pdf')).status).toBe(413);
    const plan = await upload('renovatiebegeleider', PDF, 'application/pdf', 'renovatieplan.pdf');
    expect(plan).toEqual({
      status: 201,
      body: { uploadId: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), grootte: PDF.length, mimeType: 'application/pdf', bestandsnaam: 'renovatieplan.pdf', verlooptOp: expect.any(String) },
    });
    const { voegDocumentToe } = await ok('renovatiebegeleider', 'mutation($i: VoegDocumentToeInput!) { voegDocumentToe(input: $i) { id soort titel grootte } }', {
      i: { dossierId, uploadId: plan.body.uploadId, soort: 'RENOVATIEPLAN', titel: 'Renovatieplan Vaartstraat 5' },
    });
    expect(voegDocumentToe).toEqual({ id: expect.any(String), soort: 'RENOVATIEPLAN', titel: 'Renovatieplan Vaartstraat 5', grootte: PDF.length });
    expect(await counts()).toEqual({ ...beforeUploads, document: beforeUploads.document + 1 });
    await ok('renovatiebegeleider', 'mutation($i: MijlpaalInput!) { registreerMijlpaal(input: $i) { soort } }', {
      i: { dossierId, soort: 'RENOVATIEPLAN_OPGEMAAKT', documentId: voegDocumentToe.id, toelichting: 'Dak, ramen, warmtepomp' },
    });
    // The citizen's download is byte for byte what was uploaded.
    const download = await fetch(`${hub.urls.gateway}/documenten/${voegDocumentToe.id}/inhoud`, { headers: { authorization: `Bearer ${await hub.personaToken('spoc')}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);

    // --- Financieren and Leveranciers: a measure, a quote (an invalid KBO number is refused), the citizen's choice.
    versie = (await fase('FINANCIEREN')).data!.wijzigFase.versie;
    const { voegMaatregelToe } = await ok('renovatiebegeleider', 'mutation($i: VoegMaatregelToeInput!) { voegMaatregelToe(input: $i) { id categorie status } }', {
      i: { dossierId, categorie: 'DAK', omschrijving: 'Dakisolatie Rd 4,5', oppervlakteM2: 60, geraamdBedragExclBtw: 7000 },
    });
    expect(voegMaatregelToe).toEqual({ id: expect.any(String), categorie: 'DAK', status: 'GEPLAND' });
    versie = (await fase('LEVERANCIERS')).data!.wijzigFase.versie;
    const beforeQuote = await counts();
    const badKbo = await as('renovatiebegeleider', 'mutation($i: VoegOfferteToeInput!) { voegOfferteToe(input: $i) { id } }', {
      i: { maatregelId: voegMaatregelToe.id, aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012319' } },
    });
    expect(badKbo.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    expect(await counts()).toEqual(beforeQuote);
    const { voegOfferteToe } = await ok('renovatiebegeleider', 'mutation($i: VoegOfferteToeInput!) { voegOfferteToe(input: $i) { id status aannemer { kbo } } }', {
      i: { maatregelId: voegMaatregelToe.id, aannemer: { naam: 'Dakwerken Peeters', kbo: '0437.012.318' }, status: 'ONTVANGEN', bedragExclBtw: 6800, btwTarief: 6, datum: '2026-03-10', geldigTot: '2099-12-31' },
    });
    expect(voegOfferteToe).toEqual({ id: expect.any(String), status: 'ONTVANGEN', aannemer: { kbo: '0437012318' } });
    const { kiesOfferte } = await ok('renovatiebegeleider', 'mutation($id: ID!) { kiesOfferte(offerteId: $id) { status maatregel { status } } }', { id: voegOfferteToe.id });
    expect(kiesOfferte).toEqual({ status: 'GEKOZEN', maatregel: { status: 'BESTELD' } });

    // --- Uitvoeren en betalen: the invoice, then the dossier is closed with a reason.
    versie = (await fase('UITVOEREN_EN_BETALEN')).data!.wijzigFase.versie;
    await ok('renovatiebegeleider', 'mutation($i: VoegFactuurToeInput!) { voegFactuurToe(input: $i) { nummer } }', {
      i: { maatregelId: voegMaatregelToe.id, nummer: 'F2026-0042', datum: '2026-05-20', aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012318' }, bedragExclBtw: 6800, btwBedrag: 408, betaaldOp: '2026-05-30' },
    });
    const { sluitDossierAf } = await ok('spoc', 'mutation($i: BeeindigDossierInput!) { sluitDossierAf(input: $i) { status fase maatregelen { status bedragExclBtw bedragBron } } }', {
      i: { dossierId, versie, reden: 'Werken uitgevoerd en betaald; premie aangevraagd.' },
    });
    expect(sluitDossierAf).toEqual({ status: 'AFGESLOTEN', fase: 'UITVOEREN_EN_BETALEN', maatregelen: [{ status: 'BESTELD', bedragExclBtw: 6800, bedragBron: 'FACTUREN' }] });

    // --- Mijn Burgerprofiel heard of every status change: opened, four phases, closed.
    await hub.outbox.drain();
    const notificaties = hub.receivers.burgerprofiel.ontvangen(LOTTE.insz).map((n) => [n.notificatie.zaak.status, n.notificatie.zaak.fase]);
    expect(notificaties).toEqual([
      ['LOPEND', 'CONTACTNAME'],
      ['LOPEND', 'OPTIES'],
      ['LOPEND', 'FINANCIEREN'],
      ['LOPEND', 'LEVERANCIERS'],
      ['LOPEND', 'UITVOEREN_EN_BETALEN'],
      ['AFGESLOTEN', 'UITVOEREN_EN_BETALEN'],
    ]);

    // --- Another citizen is refused without a leak, and the refusal is in the audit trail.
    const stranger = await as('burger2', 'query($id: ID!) { dossier(id: $id) { titel } }', { id: dossierId });
    expect(stranger).toEqual({ data: { dossier: null }, errors: [{ message: 'Geen toegang.', path: ['dossier'], extensions: { code: 'FORBIDDEN', serviceName: 'dossier' } }] });
    const { auditTrail } = await ok('spoc', 'query($id: ID!) { auditTrail(dossierId: $id, first: 100) { totalCount edges { node { sub actie objectType } } } }', { id: dossierId });
    const trail = auditTrail.edges.map((e: Data) => e.node);
    expect(trail[0]).toEqual({ sub: 'acm-01072245650', actie: 'WEIGERING', objectType: 'Dossier' });
    // Every change of the journey is in the trail, with who made it.
    const changes = trail.filter((n: Data) => n.actie === 'WIJZIGEN');
    expect(new Set(changes.map((n: Data) => n.sub))).toEqual(new Set(['stad-sofie.claes', 'stad-lies.wouters']));
    expect(changes.length).toBeGreaterThanOrEqual(14);
  }, 60_000);
});
