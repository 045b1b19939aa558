import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeServer, createSandboxHost, listen, staticToken, UpstreamError, type UpstreamCall } from '@hub/shared';
import { createMijnVerbouwPremieClient, type LoketAanvraag, type PremieLoket } from '../src/server.js';
import { createMijnVerbouwPremieSandbox, type MijnVerbouwPremieSandbox } from '../src/sandbox/index.js';
import { AN, EAN, IBAN } from './aanvraag-helpers.js';

const AANVRAAG: LoketAanvraag = {
  aanvrager: AN,
  woning: { adresId: '3000120', adres: 'Tiensestraat 120, 3000 Leuven', bouwjaar: 1930, epcCertificaatnummer: '20240318-0003187245-RES-1' },
  werkcategorie: 'DAK',
  omschrijving: 'Dakisolatie hellend dak',
  oppervlakteM2: 80,
  facturen: [
    {
      nummer: 'F2026-0042',
      datum: '2026-05-20',
      aannemer: { naam: 'Dakwerken Peeters', kbo: '0437012318' },
      bedragExclBtw: 9000,
      betaaldOp: '2026-05-30',
      documenten: [{ id: 'doc-1', soort: 'FACTUUR', titel: 'Factuur F2026-0042' }],
    },
  ],
  ean: EAN,
  iban: IBAN,
  verwachtBedrag: 3150,
  aanvraagdatum: '2026-06-15',
  referentie: { organisatie: 'Stad Leuven - Energieloket', aanvraagId: '4f1c2d3e-0000-4000-8000-000000000001', dossierReferentie: 'REN-2026-000003' },
};

/**
 * The adapter contract of the Mijn VerbouwPremie desk, as the sandbox serves it and the hub's HTTP
 * client speaks it: submission with an idempotency key and a dossier number, status with history, the
 * scripted timeline and the test control.
 */
describe('Mijn VerbouwPremie desk: the adapter contract (sandbox and client)', () => {
  let host: Server;
  let base: string;
  let desk: MijnVerbouwPremieSandbox;
  let loket: PremieLoket;
  let clock = new Date('2026-06-15T08:00:00.000Z');
  const calls: UpstreamCall[] = [];
  const raw = (path: string, init: RequestInit = {}) => fetch(`${base}/mijnverbouwpremie${path}`, init);
  const post = (body: unknown, headers: Record<string, string> = { authorization: 'Bearer x', 'idempotency-key': 'sleutel-0001' }) =>
    raw('/aanvragen', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    desk = createMijnVerbouwPremieSandbox({
      now: () => clock,
      eersteVolgnummer: 41,
      tijdlijn: [
        { naMs: 60_000, status: 'IN_BEHANDELING', toelichting: 'Een dossierbehandelaar bekijkt je aanvraag.' },
        { naMs: 180_000, status: 'GOEDGEKEURD' },
        { naMs: 360_000, status: 'UITBETAALD' },
      ],
    });
    host = createSandboxHost([desk]);
    base = `http://127.0.0.1:${await listen(host, 0)}`;
    loket = createMijnVerbouwPremieClient({ baseUrl: `${base}/mijnverbouwpremie`, tokens: staticToken('t'), timeoutMs: 2000, onCall: (c) => calls.push(c) });
  });
  afterAll(async () => closeServer(host, 1000));
  beforeEach(() => {
    calls.length = 0;
  });

  it('gives a dossier number and status INGEDIEND; the same key again gives the same receipt', async () => {
    const receipt = await loket.dienIn('sleutel-0001', AANVRAAG);
    expect(receipt).toEqual({ dossiernummer: '26-MVP-000041', status: 'INGEDIEND', ingediendOp: '2026-06-15T08:00:00.000Z' });
    expect(await loket.dienIn('sleutel-0001', AANVRAAG)).toEqual(receipt);
    expect(calls.map((c) => [c.method, c.path, c.status])).toEqual([
      ['POST', '/mijnverbouwpremie/aanvragen', 201],
      ['POST', '/mijnverbouwpremie/aanvragen', 200],
    ]);
    expect(desk.aanvragen().map((a) => [a.dossiernummer, a.idempotencyKey, a.status])).toEqual([['26-MVP-000041', 'sleutel-0001', 'INGEDIEND']]);
  });

  it('refuses another body under a used key (409), an invalid body (422), no key (400) and no token (401)', async () => {
    const conflict = await post({ ...AANVRAAG, iban: 'BE71096123456769' });
    expect([conflict.status, await conflict.json()]).toEqual([409, { title: 'Deze Idempotency-Key werd al gebruikt voor een andere aanvraag', status: 409 }]);
    const invalid = await post({ ...AANVRAAG, ean: '123', facturen: [] }, { authorization: 'Bearer x', 'idempotency-key': 'sleutel-0002' });
    expect([invalid.status, ((await invalid.json()) as { detail: string }).detail]).toEqual([422, expect.stringMatching(/^facturen: .*; ean: /)]);
    expect((await post(AANVRAAG, { authorization: 'Bearer x' })).status).toBe(400);
    expect((await post(AANVRAAG, { 'idempotency-key': 'sleutel-0003' })).status).toBe(401);
    expect((await raw('/aanvragen/26-MVP-000041')).status).toBe(401);
    expect(desk.aanvragen()).toHaveLength(1);
  });

  it('answers the status with its history, and 404 for an unknown number', async () => {
    expect(await loket.status('26-MVP-000041')).toEqual({
      dossiernummer: '26-MVP-000041',
      status: 'INGEDIEND',
      bedragToegekend: null,
      bedragUitbetaald: null,
      reden: null,
      historiek: [{ status: 'INGEDIEND', op: '2026-06-15T08:00:00.000Z', toelichting: 'Aanvraag ontvangen.' }],
    });
    expect(await loket.status('26-MVP-999999')).toBeUndefined();
  });

  it('moves applications along the scripted timeline, each step dated when it was due', async () => {
    clock = new Date('2026-06-15T08:04:00.000Z');
    expect(await loket.status('26-MVP-000041')).toEqual({
      dossiernummer: '26-MVP-000041',
      status: 'GOEDGEKEURD',
      bedragToegekend: 3150,
      bedragUitbetaald: null,
      reden: null,
      historiek: [
        { status: 'INGEDIEND', op: '2026-06-15T08:00:00.000Z', toelichting: 'Aanvraag ontvangen.' },
        { status: 'IN_BEHANDELING', op: '2026-06-15T08:01:00.000Z', toelichting: 'Een dossierbehandelaar bekijkt je aanvraag.' },
        { status: 'GOEDGEKEURD', op: '2026-06-15T08:03:00.000Z', toelichting: null },
      ],
    });
    clock = new Date('2026-06-15T09:00:00.000Z');
    expect((await loket.status('26-MVP-000041'))?.historiek.map((h) => h.status)).toEqual(['INGEDIEND', 'IN_BEHANDELING', 'GOEDGEKEURD', 'UITBETAALD']);
    expect((await loket.status('26-MVP-000041'))?.bedragUitbetaald).toBe(3150);
  });

  it('the test control moves an application as a case handler would: valid transitions only, a reason where one is due', async () => {
    const { dossiernummer } = await loket.dienIn('sleutel-0004', { ...AANVRAAG, verwachtBedrag: null });
    expect(dossiernummer).toBe('26-MVP-000042');
    expect(() => desk.zetStatus(dossiernummer, { status: 'UITBETAALD' })).toThrow('Van INGEDIEND kan een aanvraag niet naar UITBETAALD');
    const control = (body: unknown) =>
      raw(`/_sandbox/aanvragen/${dossiernummer}/status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await control({ status: 'IN_BEHANDELING' })).status).toBe(200);
    expect((await control({ status: 'BIJKOMENDE_INFO_GEVRAAGD' })).status).toBe(422);
    expect((await control({ status: 'GOEDGEKEURD' })).status).toBe(422);
    const info = await control({ status: 'BIJKOMENDE_INFO_GEVRAAGD', reden: 'Bezorg een foto van de isolatie.' });
    expect(await info.json()).toEqual(expect.objectContaining({ status: 'BIJKOMENDE_INFO_GEVRAAGD', reden: 'Bezorg een foto van de isolatie.' }));
    desk.zetStatus(dossiernummer, { status: 'IN_BEHANDELING' });
    desk.zetStatus(dossiernummer, { status: 'AFGEWEZEN', reden: 'De isolatie haalt de vereiste Rd-waarde niet.' });
    expect((await control({ status: 'IN_BEHANDELING' })).status).toBe(409);
    expect((await raw('/_sandbox/aanvragen/26-MVP-999999/status', { method: 'POST', body: JSON.stringify({ status: 'IN_BEHANDELING' }) })).status).toBe(404);
    const status = await loket.status(dossiernummer);
    expect(status?.historiek.map((h) => [h.status, h.toelichting])).toEqual([
      ['INGEDIEND', 'Aanvraag ontvangen.'],
      ['IN_BEHANDELING', null],
      ['BIJKOMENDE_INFO_GEVRAAGD', 'Bezorg een foto van de isolatie.'],
      ['IN_BEHANDELING', null],
      ['AFGEWEZEN', 'De isolatie haalt de vereiste Rd-waarde niet.'],
    ]);
    expect(status?.reden).toBe('De isolatie haalt de vereiste Rd-waarde niet.');
  });

  it('the client sends a submission once when the desk is down (the outbox retries), but retries a status read', async () => {
    desk.zetBeschikbaar(false);
    const before = desk.pogingen.count;
    const failure = await loket.dienIn('sleutel-0005', AANVRAAG).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(UpstreamError);
    expect(failure).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'mijnverbouwpremie', status: 503 });
    expect(desk.pogingen.count - before).toBe(1);
    calls.length = 0;
    await expect(loket.status('26-MVP-000041')).rejects.toBeInstanceOf(UpstreamError);
    expect(calls.filter((c) => c.method === 'GET').length).toBeGreaterThan(1);
    desk.zetBeschikbaar(true);
  });
});
