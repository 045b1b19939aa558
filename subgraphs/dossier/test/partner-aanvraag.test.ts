import { closeServer, createLogger, createOutboxWorker, createSandboxHost, listen, type OutboxWorker } from '@hub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_AANVRAAG_TOPIC } from '../src/delivery/contracts.js';
import { partnerWebhookHandler } from '../src/delivery/partner-webhook.js';
import { DEMO_KLANTREIS_IDS as K } from '../src/seed/demo-klantreis.js';
import { createPartnerSandbox, type PartnerSandbox } from '../src/sandbox/index.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { auditRegels, fout, kolom, outboxBerichten, tabelTellingen, testClock } from './klantreis-helpers.js';
import { C, DEMO_IDS } from './fixtures.js';

/*
 * Requests to partners: registered with the outbox message in one transaction, with the citizen's data
 * only as far as the citizen shares it with that partner, delivered by the outbox worker (retried while
 * the partner is down, delivered once), their delivery state on the dossier, and the partner's result.
 */

const SECRET = 'partner-webhook-secret-for-tests';
const clock = testClock('2026-03-02T15:00:00.000Z');
let s: DossierTestSubgraph;
let partners: PartnerSandbox;
let host: ReturnType<typeof createSandboxHost>;
let worker: OutboxWorker;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: clock.now });
  partners = createPartnerSandbox({ secret: SECRET });
  host = createSandboxHost([partners]);
  const base = `http://127.0.0.1:${await listen(host, 0)}`;
  const logger = createLogger('partner-test', 'silent');
  worker = createOutboxWorker({
    dataSource: s.dataSource,
    logger,
    now: clock.now,
    backoff: { baseMs: 30_000, maxMs: 30_000, jitter: false },
    handlers: {
      [PARTNER_AANVRAAG_TOPIC]: partnerWebhookHandler({
        webhooks: { dialoog: `${base}/partners/dialoog/aanvragen`, energiehuis: `${base}/partners/energiehuis/aanvragen` },
        secret: SECRET,
        timeoutMs: 2000,
        logger,
      }),
    },
  });
});
afterAll(async () => {
  await s?.close();
  if (host) await closeServer(host);
});

const VRAAG_AAN = `mutation ($input: VraagPartnerAanInput!) { vraagPartnerAan(input: $input) { id partner soort toelichting aangevraagdOp aangevraagdDoor { id }
  levering { status pogingen volgendePoging afgeleverdOp } resultaat opgeleverdOp } }`;
const AANVRAGEN = `query ($id: ID!) { dossier(id: $id) { partnerAanvragen { partner soort levering { status pogingen volgendePoging afgeleverdOp } resultaat } } }`;
const RESULTAAT = `mutation ($input: RegistreerPartnerResultaatInput!) { registreerPartnerResultaat(input: $input) { id resultaat opgeleverdOp } }`;

describe('a request to a partner', () => {
  let aanvraagId: string;

  it('is stored with its outbox message in one transaction; Dialoog gets Marc’s contact and address (he shares them)', async () => {
    const at = clock.tick();
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql<{ vraagPartnerAan: { id: string } }>('renovatiebegeleider', VRAAG_AAN, {
      input: { dossierId: DEMO_IDS.dossierMarc, partner: 'DIALOOG', soort: 'DUBO_ADVIES', toelichting: 'Tweede advies: ook het dak.' },
    });
    aanvraagId = res.body.data!.vraagPartnerAan.id;
    expect(res.body).toEqual({
      data: {
        vraagPartnerAan: {
          id: aanvraagId,
          partner: 'DIALOOG',
          soort: 'DUBO_ADVIES',
          toelichting: 'Tweede advies: ook het dak.',
          aangevraagdOp: at,
          aangevraagdDoor: { id: 'stad-lies.wouters' },
          levering: { status: 'VERZONDEN_WACHTEND', pogingen: 0, volgendePoging: at, afgeleverdOp: null },
          resultaat: null,
          opgeleverdOp: null,
        },
      },
    });
    const na = await tabelTellingen(s.dataSource);
    // One request, one message to the partner, no new assignment (Dialoog works on it already), one audit row.
    expect({
      aanvraag: na.partner_aanvraag - voor.partner_aanvraag,
      outbox: na.outbox - voor.outbox,
      toewijzing: na.partner_toewijzing - voor.partner_toewijzing,
      audit: na.audit_log - voor.audit_log,
    }).toEqual({ aanvraag: 1, outbox: 1, toewijzing: 0, audit: 1 });
    expect(await outboxBerichten(s.dataSource, 'aggregate_id = $1', [aanvraagId])).toEqual([
      {
        topic: 'partner.aanvraag',
        dedup_key: aanvraagId,
        aggregate_id: aanvraagId,
        status: 'pending',
        payload: {
          aanvraagId,
          partner: 'dialoog',
          soort: 'DUBO_ADVIES',
          dossier: { id: DEMO_IDS.dossierMarc, referentie: 'REN-2026-000004' },
          woning: { adresId: '3001017', adres: 'Naamsesteenweg 17, 3001 Leuven' },
          burger: { voornaam: 'Marc', achternaam: 'Vermeulen', email: null, telefoon: '+32 16 23 45 67' },
          toelichting: 'Tweede advies: ook het dak.',
          aangevraagdOp: at,
          aangevraagdDoor: 'stad-lies.wouters',
        },
      },
    ]);
  });

  it('while the partner is down it stays waiting and is retried; once up it is delivered, once', async () => {
    partners.zetBeschikbaar('dialoog', false);
    expect(await worker.drain()).toBe(1);
    const volgende = new Date(clock.now().getTime() + 30_000).toISOString();
    expect((await s.gql('spoc', AANVRAGEN, { id: DEMO_IDS.dossierMarc })).body).toEqual({
      data: {
        dossier: {
          partnerAanvragen: [
            { partner: 'DIALOOG', soort: 'DUBO_ADVIES', levering: { status: 'AFGELEVERD', pogingen: 1, volgendePoging: null, afgeleverdOp: '2026-01-31T09:00:00.000Z' }, resultaat: null },
            { partner: 'DIALOOG', soort: 'DUBO_ADVIES', levering: { status: 'VERZONDEN_WACHTEND', pogingen: 1, volgendePoging: volgende, afgeleverdOp: null }, resultaat: null },
          ],
        },
      },
    });
    expect(await worker.drain()).toBe(0); // not due yet
    partners.zetBeschikbaar('dialoog', true);
    const afgeleverd = clock.tick();
    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0);
    const res = await s.gql<{ dossier: { partnerAanvragen: Array<{ levering: unknown }> } }>('spoc', AANVRAGEN, { id: DEMO_IDS.dossierMarc });
    expect(res.body.data!.dossier.partnerAanvragen[1]!.levering).toEqual({ status: 'AFGELEVERD', pogingen: 2, volgendePoging: null, afgeleverdOp: afgeleverd });
    expect(partners.pogingen.get('dialoog')).toBe(2);
    // Received once, with the outbox message id (stored on the request) as idempotency key.
    const [{ outbox_id }] = await s.dataSource.query(`SELECT outbox_id FROM partner_aanvraag WHERE id = $1`, [aanvraagId]);
    expect(partners.ontvangen('dialoog').map((o) => [o.idempotencyKey, o.aanvraag.aanvraagId])).toEqual([[outbox_id, aanvraagId]]);
  });

  it('to a partner the citizen shares nothing with: no contact data, no address; the partner is assigned but sees nothing yet', async () => {
    const at = clock.tick();
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql<{ vraagPartnerAan: { id: string } }>('spoc', VRAAG_AAN, {
      input: { dossierId: DEMO_IDS.dossierYoussef, partner: 'ENERGIEHUIS', soort: 'RENOVATIEBEGELEIDING' },
    });
    const id = res.body.data!.vraagPartnerAan.id;
    expect((await outboxBerichten(s.dataSource, 'aggregate_id = $1', [id])).map((m) => m.payload)).toEqual([
      {
        aanvraagId: id,
        partner: 'energiehuis',
        soort: 'RENOVATIEBEGELEIDING',
        dossier: { id: DEMO_IDS.dossierYoussef, referentie: 'REN-2026-000005' },
        woning: { adresId: '3010250', adres: null },
        burger: null,
        toelichting: null,
        aangevraagdOp: at,
        aangevraagdDoor: 'stad-sofie.claes',
      },
    ]);
    const na = await tabelTellingen(s.dataSource);
    expect({ aanvraag: na.partner_aanvraag - voor.partner_aanvraag, outbox: na.outbox - voor.outbox, toewijzing: na.partner_toewijzing - voor.partner_toewijzing }).toEqual({
      aanvraag: 1,
      outbox: 1,
      toewijzing: 1,
    });
    const energiehuis = { sub: 'stad-eva.energiehuis', rollen: ['partner' as const], organisatie: 'energiehuis' };
    expect((await s.gql(energiehuis, `query ($id: ID!) { dossier(id: $id) { id } }`, { id: DEMO_IDS.dossierYoussef })).body).toEqual({
      data: { dossier: null },
      errors: [fout('FORBIDDEN', 'Geen toegang.', ['dossier'], 1, 20)],
    });
  });

  it.each([
    ['a service the partner does not offer', 'spoc', { dossierId: DEMO_IDS.dossierMarc, partner: 'DIALOOG', soort: 'LENING' }, 'BAD_USER_INPUT', 'Dialoog biedt geen LENING aan: kies uit DUBO_ADVIES.', { field: 'input.soort' }],
    ['a closed dossier', 'spoc', { dossierId: C.dossierKoen, partner: 'DIALOOG', soort: 'DUBO_ADVIES' }, 'INVALID_TRANSITION', 'Het dossier is AFGESLOTEN: er kan geen partner meer aangevraagd worden.', { van: 'AFGESLOTEN', naar: 'LOPEND' }],
    ['the coach of another dossier', 'renovatiebegeleider', { dossierId: C.dossierEls, partner: 'DIALOOG', soort: 'DUBO_ADVIES' }, 'FORBIDDEN', 'Geen toegang.', {}],
    ['the citizen', 'burger', { dossierId: DEMO_IDS.dossierAn, partner: 'DIALOOG', soort: 'DUBO_ADVIES' }, 'FORBIDDEN', 'Geen toegang.', {}],
    ['a partner', 'partner', { dossierId: DEMO_IDS.dossierMarc, partner: 'DIALOOG', soort: 'DUBO_ADVIES' }, 'FORBIDDEN', 'Geen toegang.', {}],
  ])('%s: refused, no request, no message', async (_, who, input, code, message, extensions) => {
    const voor = await tabelTellingen(s.dataSource);
    const res = await s.gql(who, VRAAG_AAN, { input });
    expect(res.body).toEqual({ data: null, errors: [fout(code, message, ['vraagPartnerAan'], 1, kolom(VRAAG_AAN, 'vraagPartnerAan'), extensions)] });
    const na = await tabelTellingen(s.dataSource);
    expect(na).toEqual({ ...voor, audit_log: voor.audit_log + (code === 'FORBIDDEN' ? 1 : 0) });
  });
});

describe('the partner’s result', () => {
  it('Dialoog registers its DuBo-advies for the request to Dialoog, once', async () => {
    const at = clock.tick();
    const res = await s.gql('partner', RESULTAAT, { input: { aanvraagId: K.aanvraagMarcDubo, resultaat: 'DuBo-advies bezorgd na huisbezoek op 20 februari.' } });
    expect(res.body).toEqual({ data: { registreerPartnerResultaat: { id: K.aanvraagMarcDubo, resultaat: 'DuBo-advies bezorgd na huisbezoek op 20 februari.', opgeleverdOp: at } } });
    const opnieuw = await s.gql('partner', RESULTAAT, { input: { aanvraagId: K.aanvraagMarcDubo, resultaat: 'nog eens' } });
    expect(opnieuw.body).toEqual({
      data: null,
      errors: [fout('INVALID_TRANSITION', 'Voor deze aanvraag is het resultaat al geregistreerd.', ['registreerPartnerResultaat'], 1, kolom(RESULTAAT, 'registreerPartnerResultaat'))],
    });
  });

  it('not for a request to another partner (refused and audited), nor for one of an ended assignment', async () => {
    const voor = await tabelTellingen(s.dataSource);
    const energiehuis = { sub: 'stad-eva.energiehuis', rollen: ['partner' as const], organisatie: 'energiehuis' };
    const refused = { data: null, errors: [fout('FORBIDDEN', 'Geen toegang.', ['registreerPartnerResultaat'], 1, kolom(RESULTAAT, 'registreerPartnerResultaat'))] };
    expect((await s.gql(energiehuis, RESULTAAT, { input: { aanvraagId: K.aanvraagMarcDubo, resultaat: 'x' } })).body).toEqual(refused);
    // Dialoog's assignment to An's dossier ended (seed).
    expect((await s.gql('partner', RESULTAAT, { input: { aanvraagId: K.aanvraagAnLening, resultaat: 'x' } })).body).toEqual(refused);
    expect(await auditRegels(s.dataSource, `actie = 'WEIGERING' AND object_id IN ($1, $2)`, [K.aanvraagMarcDubo, K.aanvraagAnLening])).toEqual([
      { sub: 'stad-eva.energiehuis', rollen: ['partner'], actie: 'WEIGERING', object_type: 'PartnerAanvraag', object_id: K.aanvraagMarcDubo, dossier_id: DEMO_IDS.dossierMarc, detail: null },
      { sub: 'stad-pieter.desmet', rollen: ['partner'], actie: 'WEIGERING', object_type: 'PartnerAanvraag', object_id: K.aanvraagAnLening, dossier_id: DEMO_IDS.dossierAn, detail: null },
    ]);
    const na = await tabelTellingen(s.dataSource);
    expect(na).toEqual({ ...voor, audit_log: voor.audit_log + 2 });
  });

  it('the SPOC ends Dialoog’s assignment: from then on Dialoog no longer sees the dossier', async () => {
    const BEEINDIG = `mutation ($input: BeeindigPartnerToewijzingInput!) { beeindigPartnerToewijzing(input: $input) { partner lopend beeindigdOp } }`;
    const at = clock.tick();
    const res = await s.gql('spoc', BEEINDIG, { input: { dossierId: DEMO_IDS.dossierMarc, partner: 'DIALOOG' } });
    expect(res.body).toEqual({ data: { beeindigPartnerToewijzing: { partner: 'DIALOOG', lopend: false, beeindigdOp: at } } });
    expect((await s.gql('partner', `query ($id: ID!) { dossier(id: $id) { id } }`, { id: DEMO_IDS.dossierMarc })).body).toEqual({
      data: { dossier: null },
      errors: [fout('FORBIDDEN', 'Geen toegang.', ['dossier'], 1, 20)],
    });
    const opnieuw = await s.gql('spoc', BEEINDIG, { input: { dossierId: DEMO_IDS.dossierMarc, partner: 'DIALOOG' } });
    expect(opnieuw.body).toEqual({
      data: null,
      errors: [fout('INVALID_TRANSITION', 'Dialoog is niet (meer) aan dit dossier toegewezen.', ['beeindigPartnerToewijzing'], 1, kolom(BEEINDIG, 'beeindigPartnerToewijzing'))],
    });
  });
});
