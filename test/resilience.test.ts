import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '@hub/embedded';
import { resetCircuitBreakers } from '@hub/shared';
import { DEMO_IDS } from '@hub/shared/demo';
import { asPersona, callsSince } from './helpers.js';

/** `extensions.retryAfter` of an open circuit: the seconds left of its 10 s half-open delay. */
const SECONDS_TO_HALF_OPEN = expect.toSatisfy((s: number) => Number.isInteger(s) && s >= 1 && s <= 10);

/**
 * The hub end to end with failing upstream sandboxes: a failing source costs only its own fields, the
 * gateway returns the rest with an error that names the source and a stable code, and the circuit of a
 * source that keeps failing opens across requests. A fresh hub per test: no cache or token carries over.
 */

const DOSSIER_PAGINA = /* GraphQL */ `
  query DossierPagina($id: ID!) {
    dossier(id: $id) {
      referentie
      burger { voornaam achternaam }
      woning {
        adresId
        adres { volledigAdres }
        epc { label energiescore }
      }
      premieAdvies(datum: "2026-03-15") {
        totaal
        premies { categorie bedrag product { id naam } }
      }
    }
  }
`;

const MVP = 'a1f0c3e2-6b1d-4f5e-9c2a-000000000003';
const ADRES = { volledigAdres: 'Tiensestraat 120, 3000 Leuven' };
const EPC = { label: 'F', energiescore: 612 };
const PREMIES = [
  ['DAK', 3150],
  ['RAMEN_EN_DEUREN', 2730],
  ['WARMTEPOMP', 4500],
].map(([categorie, bedrag]) => ({ categorie, bedrag, product: { id: MVP, naam: 'Mijn VerbouwPremie' } }));
const pagina = (woning: { adres: object | null; epc: object | null }) => ({
  dossier: {
    referentie: 'REN-2026-000003',
    burger: { voornaam: 'An', achternaam: 'Peeters' },
    woning: { adresId: '3000120', ...woning },
    premieAdvies: { totaal: 10380, premies: PREMIES },
  },
});
const at = (...path: Array<string | number>) => ({ path: ['dossier', ...path] });

/** The whole hub with short upstream timeouts (a hang costs 3 × 300 ms), on PGlite or in schemas of its own on TEST_DATABASE_URL. */
async function startResilienceHub(): Promise<RunningHub & { stop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL?.trim() || undefined;
  const suffix = randomBytes(4).toString('hex');
  const schemas = { dossier: `e2e_res_dossier_${suffix}`, premies: `e2e_res_premies_${suffix}`, ipdc: `e2e_res_ipdc_${suffix}` };
  const hub = await startHub({
    ports: { gateway: 0, dossier: 0, woningpas: 0, ipdc: 0, premies: 0, sandbox: 0 },
    seed: true,
    logLevel: (process.env.TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent',
    mode: 'test',
    upstreamTimeoutMs: 300,
    ...(url ? { databaseUrl: url, schemas } : {}),
  });
  return {
    ...hub,
    async stop() {
      if (url) {
        for (const schema of Object.values(schemas)) await hub.dataSources.dossier.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }
      await hub.close();
    },
  };
}

describe('the hub end to end with failing upstreams', () => {
  let hub: Awaited<ReturnType<typeof startResilienceHub>>;
  const page = () => asPersona(hub, 'spoc', DOSSIER_PAGINA, { id: DEMO_IDS.dossierAn });

  beforeEach(async () => {
    resetCircuitBreakers();
    hub = await startResilienceHub();
  });
  afterEach(async () => hub?.stop());

  it('serves the whole page when every source answers', async () => {
    const before = new Map(hub.sandboxCalls);
    const response = await page();
    expect(response.body).toEqual({ data: pagina({ adres: ADRES, epc: EPC }) });
    // The gateway's first JWKS fetch and woningpas' VEKA token; the address and its building units; the EPC search and detail.
    expect(callsSince(hub, before)).toEqual({ idp: 2, basisregisters: 2, veka: 2 });
  });

  it('VEKA answering 503: everything but woning.epc, which is null with the error of source epc', async () => {
    hub.sandboxFaults.set('veka', { status: 503 });
    const before = new Map(hub.sandboxCalls);

    const response = await page();

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: pagina({ adres: ADRES, epc: null }),
      errors: [
        {
          message: 'De bron epc is tijdelijk niet beschikbaar.',
          ...at('woning', 'epc'),
          extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'epc', serviceName: 'woningpas' },
        },
      ],
    });
    // The first VEKA search and its two retries; nothing after.
    expect(callsSince(hub, before)).toEqual({ idp: 2, basisregisters: 2, veka: 3 });
  });

  it('VEKA asking to come back in two minutes: one call, and the error tells when', async () => {
    hub.sandboxFaults.set('veka', { status: 503, retryAfterSeconds: 120 });
    const before = new Map(hub.sandboxCalls);

    const response = await page();

    expect(response.body).toEqual({
      data: pagina({ adres: ADRES, epc: null }),
      errors: [
        {
          message: 'De bron epc is tijdelijk niet beschikbaar.',
          ...at('woning', 'epc'),
          extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'epc', retryAfter: 120, serviceName: 'woningpas' },
        },
      ],
    });
    expect(callsSince(hub, before)).toEqual({ idp: 2, basisregisters: 2, veka: 1 });
  });

  it('the address register hanging on the address: adres and epc are null with UPSTREAM_TIMEOUT from adressenregister, the rest is there', async () => {
    // Only the address hangs; the building units still answer (with both down, the breaker of the register decides how many attempts run).
    hub.sandboxFaults.set('basisregisters', { delayMs: 30_000, path: '/v2/adressen' });
    const before = new Map(hub.sandboxCalls);
    const started = Date.now();

    const response = await page();

    const timeout = { message: 'De bron adressenregister antwoordde niet op tijd.', extensions: { code: 'UPSTREAM_TIMEOUT', source: 'adressenregister', serviceName: 'woningpas' } };
    expect({ ...response.body, errors: response.body.errors?.sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path))) }).toEqual({
      data: pagina({ adres: null, epc: null }),
      errors: [
        { ...timeout, ...at('woning', 'adres') },
        { ...timeout, ...at('woning', 'epc') },
      ],
    });
    expect(Date.now() - started).toBeLessThan(5000);
    // Three attempts at the address, one call for the building units; neither the token nor VEKA is asked without the address.
    expect(callsSince(hub, before)).toEqual({ idp: 1, basisregisters: 4 });
  });

  it('IPDC down: the premie products come from the replica without calling IPDC; a product it does not know is null with the error of ipdc', async () => {
    hub.sandboxFaults.set('ipdc', { status: 503 });
    const before = new Map(hub.sandboxCalls);

    expect((await page()).body).toEqual({ data: pagina({ adres: ADRES, epc: EPC }) });
    expect(callsSince(hub, before)).toEqual({ idp: 2, basisregisters: 2, veka: 2 });

    const onbekend = await asPersona(hub, 'spoc', '{ product(id: "0f0e0d0c-0b0a-4909-8807-060504030201") { naam } }');
    expect(onbekend.body).toEqual({
      data: { product: null },
      errors: [
        {
          message: 'De bron ipdc is tijdelijk niet beschikbaar.',
          path: ['product'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'ipdc', serviceName: 'ipdc' },
        },
      ],
    });
    expect(callsSince(hub, before)).toEqual({ idp: 2, basisregisters: 2, veka: 2, ipdc: 3 });
  });

  it('the circuit of epc opens across requests: from the third page on, VEKA is not called at all', async () => {
    hub.sandboxFaults.set('veka', { status: 502 });
    const unavailable = (extra: object = {}) => ({
      data: pagina({ adres: ADRES, epc: null }),
      errors: [
        {
          message: 'De bron epc is tijdelijk niet beschikbaar.',
          ...at('woning', 'epc'),
          extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'epc', ...extra, serviceName: 'woningpas' },
        },
      ],
    });

    const vekaCalls: number[] = [];
    for (let i = 0; i < 4; i++) {
      const before = new Map(hub.sandboxCalls);
      const response = await page();
      vekaCalls.push(callsSince(hub, before).veka ?? 0);
      // Five failed attempts in a row open the circuit: the second page stops after its second attempt.
      expect(response.body).toEqual(i < 2 ? unavailable() : unavailable({ reason: 'CIRCUIT_OPEN', retryAfter: SECONDS_TO_HALF_OPEN }));
    }
    expect(vekaCalls).toEqual([3, 2, 0, 0]);

    // VEKA is back, but the circuit stays open until its half-open delay (10 s) has passed.
    hub.sandboxFaults.clear('veka');
    const before = new Map(hub.sandboxCalls);
    expect((await page()).body).toEqual(unavailable({ reason: 'CIRCUIT_OPEN', retryAfter: SECONDS_TO_HALF_OPEN }));
    // The address and its building unit come from woningpas' cache by now: the page costs no call at all.
    expect(callsSince(hub, before)).toEqual({});
  });
});
