import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPremiesDemoData } from '../src/server.js';
import { AN, DIEN_IN, dossierRep, EAN, IBAN, maatregelVan, VOORSTEL } from './aanvraag-helpers.js';
import { startAanvraagWereld, type AanvraagWereld } from './aanvraag-helpers.js';
import { startPremies, type TestPremies } from './helpers.js';
import { identityOf } from '@hub/shared/testing';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const AANVRAAG = /* GraphQL */ `
  query($id: ID!) {
    premieAanvraag(id: $id) {
      status dossiernummer toegekendBedrag uitbetaaldBedrag reden actieNodig actie ingediendOp
      historiek { status op toelichting }
    }
  }
`;

/**
 * After the submission: the premies outbox submits to the desk (once, with the key, also after the desk
 * was down), the follower records every status change once, and the citizen gets one Mijn Burgerprofiel
 * notification per change and none when nothing changed. On PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
describe(`Mijn VerbouwPremie applications: delivery and follow-up (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let premies: TestPremies;
  let wereld: AanvraagWereld;
  let clock = new Date('2026-06-15T08:00:00.000Z');
  const now = () => clock;
  const an = identityOf('burger');

  /** Submits a fresh application for An's roof; returns its id. */
  async function dienAanvraagIn(): Promise<string> {
    const rep = dossierRep();
    const draft = (await premies.call(VOORSTEL, { representations: [rep], maatregelId: maatregelVan(rep).id }, an)).body as Data;
    const body = (await premies.call(DIEN_IN, { input: { voorstel: draft.data._entities[0].premieAanvraagVoorstel.voorstel, idempotencyKey: randomUUID(), ean: EAN, iban: IBAN } }, an)).body as Data;
    expect(body.errors).toBeUndefined();
    return body.data.dienPremieAanvraagIn.id;
  }
  const lees = async (id: string) => ((await premies.call(AANVRAAG, { id }, an)).body as Data).data.premieAanvraag;
  const meldingen = (id: string) => wereld.burgerprofiel.ontvangen(AN.insz).filter((n) => n.notificatie.zaak.id === id);
  const deskAanvraag = (id: string) => wereld.desk.aanvragen().find((a) => a.aanvraag.referentie.aanvraagId === id)!;

  beforeAll(async () => {
    premies = await startPremies({ now });
    await seedPremiesDemoData(premies.db.dataSource);
    wereld = await startAanvraagWereld(premies, { now });
  });
  afterAll(async () => {
    await wereld?.close();
    await premies?.close();
  });

  it('submits once, records each status change once with one notification, and none when nothing changed', async () => {
    const id = await dienAanvraagIn();
    expect(await wereld.outbox.drain()).toBe(2); // the submission, then the notification of INGEDIEND
    expect(await wereld.outbox.drain()).toBe(0);
    const { dossiernummer } = deskAanvraag(id);
    expect(await lees(id)).toEqual({
      status: 'INGEDIEND',
      dossiernummer,
      toegekendBedrag: null,
      uitbetaaldBedrag: null,
      reden: null,
      actieNodig: false,
      actie: null,
      ingediendOp: '2026-06-15T08:00:00.000Z',
      historiek: [
        { status: 'TE_VERZENDEN', op: '2026-06-15T08:00:00.000Z', toelichting: null },
        { status: 'INGEDIEND', op: '2026-06-15T08:00:00.000Z', toelichting: null },
      ],
    });

    // Nothing changed at the desk: nothing recorded, nobody notified.
    expect(await wereld.volger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 0, nieuweStatussen: 0, fouten: 0 });
    expect(await wereld.outbox.drain()).toBe(0);

    clock = new Date('2026-06-20T09:00:00.000Z');
    wereld.desk.zetStatus(dossiernummer, { status: 'IN_BEHANDELING' });
    wereld.desk.zetStatus(dossiernummer, { status: 'BIJKOMENDE_INFO_GEVRAAGD', reden: 'Bezorg een foto van de isolatie.' });
    expect(await wereld.volger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 1, nieuweStatussen: 2, fouten: 0 });
    expect(await wereld.volger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 0, nieuweStatussen: 0, fouten: 0 });
    expect(await wereld.outbox.drain()).toBe(2);
    const info = await lees(id);
    expect([info.status, info.reden, info.actieNodig, info.actie]).toEqual([
      'BIJKOMENDE_INFO_GEVRAAGD',
      'Bezorg een foto van de isolatie.',
      true,
      'Bezorg het premieloket de gevraagde informatie via Mijn VerbouwPremie.',
    ]);

    clock = new Date('2026-07-01T09:00:00.000Z');
    wereld.desk.zetStatus(dossiernummer, { status: 'IN_BEHANDELING' });
    wereld.desk.zetStatus(dossiernummer, { status: 'GOEDGEKEURD', bedragToegekend: 3000 });
    wereld.desk.zetStatus(dossiernummer, { status: 'UITBETAALD' });
    expect(await wereld.volger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 1, nieuweStatussen: 3, fouten: 0 });
    expect(await wereld.outbox.drain()).toBe(3);
    // Paid: no longer followed.
    expect(await wereld.volger.ronde()).toEqual({ bevraagd: 0, gewijzigd: 0, nieuweStatussen: 0, fouten: 0 });

    const betaald = await lees(id);
    expect(betaald).toEqual({
      status: 'UITBETAALD',
      dossiernummer,
      toegekendBedrag: 3000,
      uitbetaaldBedrag: 3000,
      reden: null,
      actieNodig: false,
      actie: null,
      ingediendOp: '2026-06-15T08:00:00.000Z',
      historiek: [
        { status: 'TE_VERZENDEN', op: '2026-06-15T08:00:00.000Z', toelichting: null },
        { status: 'INGEDIEND', op: '2026-06-15T08:00:00.000Z', toelichting: null },
        { status: 'IN_BEHANDELING', op: '2026-06-20T09:00:00.000Z', toelichting: null },
        { status: 'BIJKOMENDE_INFO_GEVRAAGD', op: '2026-06-20T09:00:00.000Z', toelichting: 'Bezorg een foto van de isolatie.' },
        { status: 'IN_BEHANDELING', op: '2026-07-01T09:00:00.000Z', toelichting: null },
        { status: 'GOEDGEKEURD', op: '2026-07-01T09:00:00.000Z', toelichting: null },
        { status: 'UITBETAALD', op: '2026-07-01T09:00:00.000Z', toelichting: null },
      ],
    });
    // One notification per change, in order, each delivered once.
    const ontvangen = meldingen(id);
    expect(ontvangen.map((n) => [n.notificatie.zaak.status, n.notificatie.zaak.actieNodig, n.notificatie.bericht])).toEqual([
      ['INGEDIEND', false, `Je premieaanvraag is ingediend bij Mijn VerbouwPremie onder dossiernummer ${dossiernummer}.`],
      ['IN_BEHANDELING', false, `Je premieaanvraag ${dossiernummer} is in behandeling bij Mijn VerbouwPremie.`],
      ['BIJKOMENDE_INFO_GEVRAAGD', true, `Mijn VerbouwPremie vraagt bijkomende informatie voor je premieaanvraag ${dossiernummer}. Reden: Bezorg een foto van de isolatie.`],
      ['IN_BEHANDELING', false, `Je premieaanvraag ${dossiernummer} is in behandeling bij Mijn VerbouwPremie.`],
      ['GOEDGEKEURD', false, `Je premieaanvraag ${dossiernummer} is goedgekeurd: € 3.000 premie.`],
      ['UITBETAALD', false, `De premie voor je aanvraag ${dossiernummer} is uitbetaald: € 3.000.`],
    ]);
    expect(new Set(ontvangen.map((n) => n.idempotencyKey)).size).toBe(6);
    expect(ontvangen[2]!.notificatie).toEqual({
      ontvanger: { insz: AN.insz },
      afzender: { organisatie: 'Stad Leuven', dienst: 'Energieloket' },
      onderwerp: `Je premieaanvraag ${dossiernummer}`,
      bericht: `Mijn VerbouwPremie vraagt bijkomende informatie voor je premieaanvraag ${dossiernummer}. Reden: Bezorg een foto van de isolatie.`,
      zaak: {
        id,
        referentie: dossiernummer,
        titel: 'Mijn VerbouwPremie dak (Tiensestraat 120, 3000 Leuven)',
        status: 'BIJKOMENDE_INFO_GEVRAAGD',
        fase: null,
        actieNodig: true,
        actie: 'Bezorg het premieloket de gevraagde informatie via Mijn VerbouwPremie.',
        link: `https://www.leuven.be/energieloket/mijn-premieaanvraag/${id}`,
        gewijzigdOp: '2026-06-20T09:00:00.000Z',
      },
    });
    expect(wereld.desk.pogingen.count).toBe(1);
  });

  it('a desk that is down gets the submission later, once; a status check that fails is retried at the next round', async () => {
    clock = new Date('2026-08-01T08:00:00.000Z');
    const pogingen = wereld.desk.pogingen.count;
    const id = await dienAanvraagIn();
    wereld.desk.zetBeschikbaar(false);
    expect(await wereld.outbox.drain()).toBe(1);
    expect((await lees(id)).status).toBe('TE_VERZENDEN');
    const [bericht] = (await premies.db.dataSource.query(`SELECT attempts, status FROM outbox WHERE aggregate_id = $1`, [id])) as Data[];
    expect([bericht!.attempts, bericht!.status]).toEqual([1, 'pending']);
    wereld.desk.zetBeschikbaar(true);
    clock = new Date('2026-08-01T08:01:00.000Z');
    expect(await wereld.outbox.drain()).toBe(2);
    expect(wereld.desk.pogingen.count - pogingen).toBe(2);
    expect(wereld.desk.aanvragen().filter((a) => a.aanvraag.referentie.aanvraagId === id)).toHaveLength(1);
    expect((await lees(id)).status).toBe('INGEDIEND');

    wereld.desk.zetBeschikbaar(false);
    expect(await wereld.volger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 0, nieuweStatussen: 0, fouten: 1 });
    wereld.desk.zetBeschikbaar(true);
    wereld.desk.zetStatus(deskAanvraag(id).dossiernummer, { status: 'IN_BEHANDELING' });
    expect(await wereld.volger.ronde()).toEqual({ bevraagd: 1, gewijzigd: 1, nieuweStatussen: 1, fouten: 0 });
    await wereld.outbox.drain();
    expect(meldingen(id).map((n) => n.notificatie.zaak.status)).toEqual(['INGEDIEND', 'IN_BEHANDELING']);
  });

  it('a dossier number the desk no longer knows is logged and asked again an hour later, not every round', async () => {
    clock = new Date('2026-08-15T08:00:00.000Z');
    const id = await dienAanvraagIn();
    await wereld.outbox.drain();
    await premies.db.dataSource.query(`UPDATE premie_aanvraag SET dossiernummer = '26-MVP-999999' WHERE id = $1`, [id]);
    const rondeVoor = async () => {
      const r = await wereld.volger.ronde();
      const [rij] = (await premies.db.dataSource.query(`SELECT volgende_controle_op FROM premie_aanvraag WHERE id = $1`, [id])) as Data[];
      return { fouten: r.fouten, volgende: new Date(rij!.volgende_controle_op).toISOString() };
    };
    expect(await rondeVoor()).toEqual({ fouten: 1, volgende: '2026-08-15T09:00:00.000Z' });
    expect((await rondeVoor()).fouten).toBe(0);
    expect((await lees(id)).status).toBe('INGEDIEND');
    await premies.db.dataSource.query(`UPDATE premie_aanvraag SET status = 'AFGEWEZEN', volgende_controle_op = NULL WHERE id = $1`, [id]);
  });

  it('a desk that refuses the application makes it NIET_AANVAARD: not retried, the citizen is told what to do', async () => {
    clock = new Date('2026-09-01T08:00:00.000Z');
    const id = await dienAanvraagIn();
    wereld.faults.set('mijnverbouwpremie', { status: 422, body: '{"title":"Ongeldige aanvraag","status":422}', path: '/aanvragen', times: 1 });
    expect(await wereld.outbox.drain()).toBe(2);
    expect(await wereld.outbox.drain()).toBe(0);
    const geweigerd = await lees(id);
    expect(geweigerd).toEqual({
      status: 'NIET_AANVAARD',
      dossiernummer: null,
      toegekendBedrag: null,
      uitbetaaldBedrag: null,
      reden: 'Het premieloket weigerde de aanvraag bij ontvangst (HTTP 422).',
      actieNodig: true,
      actie: 'Neem contact op met het Energieloket: het premieloket aanvaardde de aanvraag niet.',
      ingediendOp: null,
      historiek: [
        { status: 'TE_VERZENDEN', op: '2026-09-01T08:00:00.000Z', toelichting: null },
        { status: 'NIET_AANVAARD', op: '2026-09-01T08:00:00.000Z', toelichting: 'Het premieloket weigerde de aanvraag bij ontvangst (HTTP 422).' },
      ],
    });
    const [indiening] = (await premies.db.dataSource.query(`SELECT status FROM outbox WHERE aggregate_id = $1 AND topic = 'mijnverbouwpremie.aanvraag'`, [id])) as Data[];
    expect(indiening!.status).toBe('failed');
    expect(meldingen(id).map((n) => [n.notificatie.zaak.status, n.notificatie.zaak.actieNodig])).toEqual([['NIET_AANVAARD', true]]);
    // Not followed at the desk (it has no dossier number there).
    const [rij] = (await premies.db.dataSource.query(`SELECT volgende_controle_op FROM premie_aanvraag WHERE id = $1`, [id])) as Data[];
    expect(rij!.volgende_controle_op).toBeNull();
    await wereld.volger.ronde();
    await wereld.outbox.drain();
    expect(meldingen(id)).toHaveLength(1);
  });
});
