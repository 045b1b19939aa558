import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { burgerprofielHandler, closeServer, createLogger, createOutboxTable, createSandboxHost, dropOutboxTable, enqueue, listen, staticToken, PermanentDeliveryError, type OutboxMessage } from '@hub/shared';
import { createTestDatabase, type TestDatabase } from '@hub/shared/testing';
import {
  BURGERPROFIEL_NOTIFICATIE_TOPIC,
  createDossierOutboxWorker,
  loadDeliveryConfig,
  PARTNER_AANVRAAG_TOPIC,
  type BurgerprofielNotificatiePayload,
  type PartnerAanvraagPayload,
} from '../src/delivery/index.js';
import { toNotificatie } from '../src/delivery/burgerprofiel.js';
import { partnerWebhookHandler } from '../src/delivery/partner-webhook.js';
import { createBurgerprofielSandbox, createPartnerSandbox, type BurgerprofielSandbox, type PartnerSandbox } from '../src/sandbox/index.js';

class Outbox1700000000001 implements MigrationInterface {
  name = 'Outbox1700000000001';
  up = (q: QueryRunner) => createOutboxTable(q);
  down = (q: QueryRunner) => dropOutboxTable(q);
}

const SECRET = 'partner-webhook-secret-for-tests';
const logger = createLogger('delivery-test', 'silent');
const DOSSIER = '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0001';

const aanvraag: PartnerAanvraagPayload = {
  aanvraagId: '9a0b5c0e-1111-4c55-8f0e-000000000001',
  partner: 'dialoog',
  soort: 'DUBO_ADVIES',
  dossier: { id: DOSSIER, referentie: 'REN-2026-000003' },
  woning: { adresId: '3000120', adres: 'Tiensestraat 120, 3000 Leuven' },
  burger: { voornaam: 'An', achternaam: 'Peeters', email: 'an.peeters@example.be', telefoon: null },
  toelichting: 'Rijwoning uit 1930, plan voor dak, ramen en warmtepomp.',
  aangevraagdOp: '2026-03-02T09:00:00.000Z',
  aangevraagdDoor: 'stad-sofie.claes',
};

const notificatie: BurgerprofielNotificatiePayload = {
  insz: '85031412302',
  dossierId: DOSSIER,
  referentie: 'REN-2026-000003',
  titel: 'Renovatie rijwoning Tiensestraat 120',
  status: 'LOPEND',
  fase: 'FINANCIEREN',
  actieNodig: true,
  actie: 'Bekijk het premieadvies en vraag offertes op.',
  bericht: 'Je renovatiedossier is in de fase Financieren gekomen.',
  gewijzigdOp: '2026-03-02T09:00:00.000Z',
  versie: 4,
};

const message = (topic: string, payload: unknown, id = 'f3c1c2d0-0000-4000-8000-000000000001'): OutboxMessage => ({
  id,
  topic,
  dedupKey: 'k',
  payload,
  aggregateId: DOSSIER,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: new Date(),
  lastError: null,
  createdAt: new Date(),
  deliveredAt: null,
});

describe('delivery to partners and Mijn Burgerprofiel', () => {
  let partners: PartnerSandbox;
  let burgerprofiel: BurgerprofielSandbox;
  let host: ReturnType<typeof createSandboxHost>;
  let base: string;

  beforeAll(async () => {
    partners = createPartnerSandbox({ secret: SECRET });
    burgerprofiel = createBurgerprofielSandbox();
    host = createSandboxHost([partners, burgerprofiel]);
    base = `http://127.0.0.1:${await listen(host, 0)}`;
  });
  afterAll(async () => closeServer(host));

  const partnerHandler = (secret = SECRET) =>
    partnerWebhookHandler({ webhooks: { dialoog: `${base}/partners/dialoog/aanvragen` }, secret, timeoutMs: 2000, logger });

  it('signs a partner request, and a second delivery of the same message reaches the partner once', async () => {
    const deliver = partnerHandler();
    await deliver(message(PARTNER_AANVRAAG_TOPIC, aanvraag));
    await deliver(message(PARTNER_AANVRAAG_TOPIC, aanvraag));
    expect(partners.ontvangen('dialoog')).toEqual([
      { referentie: expect.stringMatching(/^DIA-\d{4}-0001$/), idempotencyKey: 'f3c1c2d0-0000-4000-8000-000000000001', ontvangenOp: expect.any(String), aanvraag },
    ]);
  });

  it('treats a refused signature as permanent, and an unavailable partner as worth retrying', async () => {
    await expect(partnerHandler('a-different-secret-16')(message(PARTNER_AANVRAAG_TOPIC, aanvraag, 'f3c1c2d0-0000-4000-8000-000000000002'))).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
    partners.zetBeschikbaar('dialoog', false);
    try {
      const error = await partnerHandler()(message(PARTNER_AANVRAAG_TOPIC, aanvraag, 'f3c1c2d0-0000-4000-8000-000000000003')).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(PermanentDeliveryError);
      expect(error).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'partner-dialoog' } });
    } finally {
      partners.zetBeschikbaar('dialoog', true);
    }
    const unknown = partnerWebhookHandler({ webhooks: {}, secret: SECRET, timeoutMs: 2000, logger });
    await expect(unknown(message(PARTNER_AANVRAAG_TOPIC, aanvraag))).rejects.toThrow("no webhook configured for partner 'dialoog'");
  });

  it('sends a dossier change to Mijn Burgerprofiel with a bearer token, the deep link and the idempotency key', async () => {
    const deliver = burgerprofielHandler({
      baseUrl: `${base}/burgerprofiel`,
      tokens: staticToken('token-voor-burgerprofiel'),
      toNotificatie: (payload) => toNotificatie(payload as BurgerprofielNotificatiePayload, 'https://www.leuven.be/energieloket/mijn-dossier/'),
      timeoutMs: 2000,
      logger,
    });
    await deliver(message(BURGERPROFIEL_NOTIFICATIE_TOPIC, notificatie, 'f3c1c2d0-0000-4000-8000-0000000000b1'));
    await deliver(message(BURGERPROFIEL_NOTIFICATIE_TOPIC, notificatie, 'f3c1c2d0-0000-4000-8000-0000000000b1'));
    expect(burgerprofiel.ontvangen('85031412302')).toEqual([
      {
        id: expect.any(String),
        idempotencyKey: 'f3c1c2d0-0000-4000-8000-0000000000b1',
        ontvangenOp: expect.any(String),
        notificatie: {
          ontvanger: { insz: '85031412302' },
          afzender: { organisatie: 'Stad Leuven', dienst: 'Energieloket' },
          onderwerp: 'Je renovatiedossier REN-2026-000003',
          bericht: 'Je renovatiedossier is in de fase Financieren gekomen.',
          zaak: {
            id: DOSSIER,
            referentie: 'REN-2026-000003',
            titel: 'Renovatie rijwoning Tiensestraat 120',
            status: 'LOPEND',
            fase: 'FINANCIEREN',
            actieNodig: true,
            actie: 'Bekijk het premieadvies en vraag offertes op.',
            link: `https://www.leuven.be/energieloket/mijn-dossier/${DOSSIER}`,
            gewijzigdOp: '2026-03-02T09:00:00.000Z',
          },
        },
      },
    ]);
  });

  describe(`through the outbox (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
    let db: TestDatabase;
    let clock: Date;
    beforeAll(async () => {
      db = await createTestDatabase({ schemaPrefix: 'delivery', entities: [], migrations: [Outbox1700000000001] });
    });
    afterAll(async () => db?.close());
    beforeEach(() => {
      clock = new Date();
    });

    it('keeps a partner request while the partner is down and delivers it once when it is back', async () => {
      const config = loadDeliveryConfig({
        PARTNER_WEBHOOKS: JSON.stringify({ energiehuis: `${base}/partners/energiehuis/aanvragen` }),
        PARTNER_WEBHOOK_SECRET: SECRET,
        BURGERPROFIEL_URL: `${base}/burgerprofiel`,
        BURGERPROFIEL_TOKEN_URL: `${base}/idp/token`,
        BURGERPROFIEL_CLIENT_ID: 'renovatiehub',
        BURGERPROFIEL_CLIENT_SECRET: 'x',
      });
      const worker = createDossierOutboxWorker({ dataSource: db.dataSource, config, logger, now: () => clock, backoff: { baseMs: 1000, maxMs: 1000, jitter: false } });
      const lening = { ...aanvraag, aanvraagId: '9a0b5c0e-1111-4c55-8f0e-000000000002', partner: 'energiehuis' as const, soort: 'LENING' as const };
      await db.dataSource.transaction((m) => enqueue(m, { topic: PARTNER_AANVRAAG_TOPIC, dedupKey: lening.aanvraagId, payload: lening, aggregateId: DOSSIER }, clock));

      partners.zetBeschikbaar('energiehuis', false);
      expect(await worker.drain()).toBe(1);
      clock = new Date(clock.getTime() + 1000);
      expect(await worker.drain()).toBe(1);
      expect(partners.pogingen.get('energiehuis')).toBe(2);
      expect(partners.ontvangen('energiehuis')).toEqual([]);
      expect(await db.dataSource.query('SELECT status, attempts FROM outbox')).toEqual([{ status: 'pending', attempts: 2 }]);

      partners.zetBeschikbaar('energiehuis', true);
      clock = new Date(clock.getTime() + 1000);
      expect(await worker.drain()).toBe(1);
      expect(await worker.drain()).toBe(0);
      expect(partners.pogingen.get('energiehuis')).toBe(3);
      expect(partners.ontvangen('energiehuis').map((r) => r.aanvraag)).toEqual([lening]);
      expect(await db.dataSource.query('SELECT status, attempts, last_error FROM outbox')).toEqual([{ status: 'delivered', attempts: 3, last_error: null }]);
    });
  });

  it('validates the delivery configuration with a message per problem', () => {
    expect(() =>
      loadDeliveryConfig({
        PARTNER_WEBHOOKS: '{"dialoog":"ftp://x","acme":"https://acme.example"}',
        PARTNER_WEBHOOK_SECRET: 'kort',
        BURGERPROFIEL_URL: 'x',
        BURGERPROFIEL_TOKEN_URL: 'https://idp.example/token',
        BURGERPROFIEL_CLIENT_ID: 'hub',
        BURGERPROFIEL_CLIENT_SECRET: 's',
      }),
    ).toThrow(/PARTNER_WEBHOOK_SECRET: must be at least 16 characters long[\s\S]*BURGERPROFIEL_URL: must be an absolute http\(s\) URL/);
    expect(() =>
      loadDeliveryConfig({
        PARTNER_WEBHOOKS: '{"dialoog":"ftp://x","acme":"https://acme.example"}',
        PARTNER_WEBHOOK_SECRET: SECRET,
        BURGERPROFIEL_URL: 'https://burgerprofiel.example',
        BURGERPROFIEL_TOKEN_URL: 'https://idp.example/token',
        BURGERPROFIEL_CLIENT_ID: 'hub',
        BURGERPROFIEL_CLIENT_SECRET: 's',
      }),
    ).toThrow(/the URL of 'dialoog' must be an absolute http\(s\) URL[\s\S]*unknown partner 'acme'/);
  });
});
