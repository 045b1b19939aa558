import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeServer, createSandboxHost, listen, resetCircuitBreakers, type SubgraphServer } from '@hub/shared';
import { identityOf, postGraphQL, TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { createServer, createWoningpasClients, loadWoningpasConfig, type WoningpasClients } from '../src/server.js';
import { createSynthetischeWoningen, createWoningpasSandboxes, synthetischAdresId } from '../src/sandbox/index.js';
import { CLIENT, NU, recordingLogger, VANDAAG } from './helpers.js';
import { tokenSandbox } from './token-sandbox.js';

/**
 * `Statistieken.epcLabels` over many homes: the generated homes of the sandboxes (a deterministic EPC per
 * id, every tenth without one), looked up a bounded number of homes at a time.
 */

const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Statistieken {
  epcLabels { aantalWoningen perLabel { label aantal onderdrukt } zonderGeldigEpc { aantal onderdrukt } onbekend { aantal onderdrukt } mediaanEnergiescore }
} } }`;
const PARALLEL = 4;
const WONINGEN = Array.from({ length: 60 }, (_, n) => synthetischAdresId(n * 7));

/** In flight at the same time, per kind of upstream call, and the most ever. */
function meter() {
  const nu = { register: 0, veka: 0 };
  const max = { register: 0, veka: 0, samen: 0 };
  const track =
    <A extends unknown[], R>(soort: 'register' | 'veka', fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      nu[soort] += 1;
      max[soort] = Math.max(max[soort], nu[soort]);
      max.samen = Math.max(max.samen, nu.register + nu.veka);
      try {
        return await fn(...args);
      } finally {
        nu[soort] -= 1;
      }
    };
  const wrap = (c: WoningpasClients): WoningpasClients => ({
    ...c,
    adressenregister: { ...c.adressenregister, adres: track('register', c.adressenregister.adres), gebouweenheden: track('register', c.adressenregister.gebouweenheden) },
    epc: { certificaten: track('veka', c.epc.certificaten), certificaat: track('veka', c.epc.certificaat) },
  });
  return { max, wrap };
}

/** What the generated homes are, read from the sandbox's generator itself: the label and kengetal of each, or none. */
function verwachtVoor(adresIds: string[]) {
  const bron = createSynthetischeWoningen();
  const perLabel: Record<string, number> = { A_PLUS: 0, A: 0, B: 0, C: 0, D: 0, E: 0, F: 0 };
  const scores: number[] = [];
  let zonder = 0;
  for (const adresId of adresIds) {
    const [eenheid] = bron.gebouweenheden(adresId);
    const [certificaat] = bron.certificaten({ gebouwEenheidId: eenheid!.identificator.objectId });
    if (!certificaat) {
      zonder += 1;
      continue;
    }
    const score = certificaat.score as { label: { waarde: string }; kengetal: { waarde: number } };
    perLabel[score.label.waarde === 'A+' ? 'A_PLUS' : score.label.waarde]! += 1;
    scores.push(score.kengetal.waarde);
  }
  scores.sort((a, b) => a - b);
  const m = scores.length / 2;
  return {
    aantalWoningen: adresIds.length,
    perLabel: Object.entries(perLabel).map(([label, aantal]) => ({ label, aantal, onderdrukt: false })),
    zonderGeldigEpc: { aantal: zonder, onderdrukt: false },
    onbekend: { aantal: 0, onderdrukt: false },
    mediaanEnergiescore: scores.length % 2 ? scores[Math.floor(m)] : (scores[m - 1]! + scores[m]!) / 2,
    metEpc: scores.length,
  };
}

describe('Statistieken.epcLabels over many homes (sandbox with generated homes)', () => {
  let host: Server;
  let base: string;
  const calls = new Map<string, number>();
  let server: SubgraphServer;
  let url: string;
  let metingen: ReturnType<typeof meter>;

  beforeAll(async () => {
    host = createSandboxHost(
      [...createWoningpasSandboxes({ now: () => NU, synthetischeWoningen: true }), tokenSandbox({ clientId: CLIENT.id, clientSecret: CLIENT.secret })],
      { calls },
    );
    base = `http://127.0.0.1:${await listen(host, 0)}`;
  });
  afterAll(async () => closeServer(host, 100));
  beforeEach(async () => {
    resetCircuitBreakers();
    calls.clear();
    metingen = meter();
    const config = loadWoningpasConfig({
      HUB_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
      ADRESSENREGISTER_URL: `${base}/basisregisters`,
      VEKA_DOSSIER_API_URL: `${base}/veka`,
      VEKA_DATADIENSTEN_URL: `${base}/veka-datadiensten`,
      VEKA_TOKEN_URL: `${base}/idp/token`,
      VEKA_CLIENT_ID: CLIENT.id,
      VEKA_CLIENT_SECRET: CLIENT.secret,
    });
    const { logger } = recordingLogger();
    server = await createServer({
      identitySecret: TEST_IDENTITY_SECRET,
      logger,
      clients: metingen.wrap(createWoningpasClients(config, logger)),
      vandaag: () => VANDAAG,
      epcStatistiekParallel: PARALLEL,
    });
    url = await server.listen(0);
  });
  afterEach(async () => server.close());

  it(`looks up ${WONINGEN.length} homes at most ${PARALLEL} at a time and counts each one`, async () => {
    const { metEpc, ...verwacht } = verwachtVoor(WONINGEN);

    const response = await postGraphQL(
      url,
      { query: QUERY, variables: { r: [{ __typename: 'Statistieken', sleutel: '{"van":null,"tot":null,"postcodes":null}', drempel: 1, begeleideWoningen: WONINGEN }] } },
      { identity: identityOf('analist') },
    );

    expect(response.body).toEqual({ data: { _entities: [{ epcLabels: verwacht }] } });
    // Per home: its address and building units; VEKA by unit, then the detail of its certificate or, without one, a search by address.
    expect(Object.fromEntries(calls)).toEqual({ basisregisters: 2 * WONINGEN.length, veka: 2 * WONINGEN.length, idp: 1 });
    expect(metEpc).toBeGreaterThan(0);
    expect(verwacht.zonderGeldigEpc.aantal).toBeGreaterThan(0);
    // At most PARALLEL homes at a time: each asks one VEKA call at a time, and at most its two register calls at once.
    expect(metingen.max.veka).toBeLessThanOrEqual(PARALLEL);
    expect(metingen.max.register).toBeLessThanOrEqual(2 * PARALLEL);
    expect(metingen.max.samen).toBeLessThanOrEqual(2 * PARALLEL);
    // ... and they do run in parallel.
    expect(metingen.max.samen).toBeGreaterThanOrEqual(PARALLEL);
  });
});
