import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeServer, createSandboxHost, listen } from '@hub/shared';
import { TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { loadWoningpasConfig } from '../src/server.js';
import { createWoningpasSandboxes, synthetischAdresId, SYNTHETISCHE_ADRESIDS } from '../src/sandbox/index.js';
import { CLIENT, NU, startWoningpas, woning, type TestWoningpas } from './helpers.js';
import { tokenSandbox } from './token-sandbox.js';

const LIJST = `query Woningen($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Woning {
      adresId
      adres { volledigAdres straatnaam huisnummer postcode gemeentenaam }
      epc { certificaatnummer label energiescore bouwjaar geldigTot gebouweenheidId }
      epcStatus { heeftGeldigEpc geenEpcReden }
    }
  }
}`;

async function startHost(synthetischeWoningen: boolean) {
  const calls = new Map<string, number>();
  const host: Server = createSandboxHost(
    [...createWoningpasSandboxes({ now: () => NU, synthetischeWoningen }), tokenSandbox({ clientId: CLIENT.id, clientSecret: CLIENT.secret })],
    { calls },
  );
  const base = `http://127.0.0.1:${await listen(host, 0)}`;
  const config = loadWoningpasConfig({
    HUB_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
    ADRESSENREGISTER_URL: `${base}/basisregisters`,
    VEKA_DOSSIER_API_URL: `${base}/veka`,
    VEKA_DATADIENSTEN_URL: `${base}/veka-datadiensten`,
    VEKA_TOKEN_URL: `${base}/idp/token`,
    VEKA_CLIENT_ID: CLIENT.id,
    VEKA_CLIENT_SECRET: CLIENT.secret,
  });
  return { calls, config, close: () => closeServer(host, 100) };
}

describe('the sandboxes with generated homes (benchmarks)', () => {
  let host: Awaited<ReturnType<typeof startHost>>;
  let wp: TestWoningpas;
  beforeAll(async () => {
    host = await startHost(true);
  });
  afterAll(async () => host.close());
  beforeEach(async () => {
    host.calls.clear();
    wp = await startWoningpas(host.config);
  });
  afterEach(async () => wp.close());

  it('numbers generated homes inside the reserved range only', () => {
    expect(synthetischAdresId(0)).toBe('990000000');
    expect(synthetischAdresId(999_999)).toBe(String(SYNTHETISCHE_ADRESIDS.tot));
    expect(() => synthetischAdresId(1_000_000)).toThrow(RangeError);
    expect(() => synthetischAdresId(-1)).toThrow(RangeError);
  });

  it('answers a deterministic address, building unit and EPC per generated home; every tenth has none; the fixture homes as always', async () => {
    const ids = [synthetischAdresId(0), synthetischAdresId(27), synthetischAdresId(9), '3000120'];
    const response = await wp.query('spoc', LIJST, { representations: ids.map((id) => woning(id)) });
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            adresId: '990000000',
            adres: { volledigAdres: 'Tiensestraat 1, 3000 Leuven', straatnaam: 'Tiensestraat', huisnummer: '1', postcode: '3000', gemeentenaam: 'Leuven' },
            epc: { certificaatnummer: '20221017-0990000000-RES-1', label: 'C', energiescore: 254, bouwjaar: 1994, geldigTot: '2032-10-17', gebouweenheidId: '9900000000' },
            epcStatus: { heeftGeldigEpc: true, geenEpcReden: null },
          },
          {
            adresId: '990000027',
            adres: { volledigAdres: 'Kampenhoutsebaan 2, 3018 Leuven', straatnaam: 'Kampenhoutsebaan', huisnummer: '2', postcode: '3018', gemeentenaam: 'Leuven' },
            epc: { certificaatnummer: '20230427-0990000027-RES-1', label: 'F', energiescore: 526, bouwjaar: 1906, geldigTot: '2033-04-27', gebouweenheidId: '9900000027' },
            epcStatus: { heeftGeldigEpc: true, geenEpcReden: null },
          },
          {
            adresId: '990000009',
            adres: { volledigAdres: 'Blijde-Inkomststraat 1, 3000 Leuven', straatnaam: 'Blijde-Inkomststraat', huisnummer: '1', postcode: '3000', gemeentenaam: 'Leuven' },
            epc: null,
            epcStatus: { heeftGeldigEpc: false, geenEpcReden: 'GEEN_EPC_GEVONDEN' },
          },
          {
            adresId: '3000120',
            adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven', straatnaam: 'Tiensestraat', huisnummer: '120', postcode: '3000', gemeentenaam: 'Leuven' },
            epc: { certificaatnummer: '20240318-0003187245-RES-1', label: 'F', energiescore: 612, bouwjaar: 1930, geldigTot: '2034-03-18', gebouweenheidId: '30001201' },
            epcStatus: { heeftGeldigEpc: true, geenEpcReden: null },
          },
        ],
      },
    });
    // Per home the address and its units; VEKA: a search by unit and a detail, or (no EPC) a search by
    // unit and one by address, both empty; one token.
    expect(Object.fromEntries(host.calls)).toEqual({ basisregisters: 8, veka: 8, idp: 1 });
  });

  it('does not know an address id just outside the range', async () => {
    const response = await wp.query('spoc', '{ _entities(representations: [{ __typename: "Woning", adresId: "991000000", heeftToegang: true }]) { ... on Woning { adres { huisnummer } } } }');
    expect(response.body).toEqual({
      data: { _entities: [{ adres: null }] },
      errors: [{ message: 'Adres niet gevonden.', locations: [{ line: 1, column: 118 }], path: ['_entities', 0, 'adres'], extensions: { code: 'NOT_FOUND' } }],
    });
  });
});

describe('the sandboxes without generated homes (the default)', () => {
  it('do not know the reserved range', async () => {
    const host = await startHost(false);
    const wp = await startWoningpas(host.config);
    try {
      const response = await wp.query('spoc', '{ _entities(representations: [{ __typename: "Woning", adresId: "990000000", heeftToegang: true }]) { ... on Woning { adres { huisnummer } } } }');
      expect(response.body).toEqual({
        data: { _entities: [{ adres: null }] },
        errors: [{ message: 'Adres niet gevonden.', locations: [{ line: 1, column: 118 }], path: ['_entities', 0, 'adres'], extensions: { code: 'NOT_FOUND' } }],
      });
      expect(Object.fromEntries(host.calls)).toEqual({ basisregisters: 1 });
    } finally {
      await wp.close();
      await host.close();
    }
  });
});
