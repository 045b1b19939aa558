import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, startWoningpas, woning, type TestSandbox, type TestWoningpas } from './helpers.js';
import { OVERZICHT, SANDBOX_ADRES_IDS, SANDBOX_WONINGEN, TIENSESTRAAT } from './sandbox-woningen.js';

describe('woningpas against its sandboxes (the embedded default)', () => {
  let sandbox: TestSandbox;
  let wp: TestWoningpas;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
  });
  beforeEach(async () => {
    sandbox.calls.clear();
    wp = await startWoningpas(sandbox.config());
  });
  afterEach(async () => {
    await wp.close();
  });

  it('resolves every field of the demo homes: per home one call per source, one detail per valid EPC, one token for both VEKA APIs', async () => {
    const tokensBefore = sandbox.tokens.issued.length;
    const response = await wp.query('energieconsulent', OVERZICHT, {
      representations: [...SANDBOX_ADRES_IDS.map((id) => woning(id)), woning('3000120')],
    });

    expect(response.body).toEqual({ data: { _entities: [...SANDBOX_WONINGEN, TIENSESTRAAT] } });
    // 7 homes: address and units each; VEKA 7 searches (6 by unit, Vaartstraat by address) + 5 details
    // (Naamsesteenweg has only an expired EPC, Vaartstraat two flats to choose from); premie works for the
    // 6 homes with a unit of their own; heritage and permits per home; one token for both VEKA APIs.
    expect(Object.fromEntries(sandbox.calls)).toEqual({ basisregisters: 14, veka: 12, 'veka-datadiensten': 6, erfgoed: 7, omgevingsloket: 7, idp: 1 });
    expect(sandbox.tokens.issued.length - tokensBefore).toBe(1);
  });

  it('finds the adresId of a typed address and the home behind it', async () => {
    const response = await wp.query('burger', '{ adresZoeken(straatnaam: "Brusselsestraat", huisnummer: "44", gemeentenaam: "Leuven") { score adresId volledigAdres woning { adresId } } }');
    expect(response.body).toEqual({
      data: {
        adresZoeken: [
          { score: 90, adresId: '3000043', volledigAdres: 'Brusselsestraat 44 bus 1, 3000 Leuven', woning: { adresId: '3000043' } },
          { score: 90, adresId: '3000044', volledigAdres: 'Brusselsestraat 44 bus 2, 3000 Leuven', woning: { adresId: '3000044' } },
        ],
      },
    });
    expect(Object.fromEntries(sandbox.calls)).toEqual({ basisregisters: 1 });
  });

  it('gives adres null with NOT_FOUND for an address the register does not know', async () => {
    const response = await wp.query('spoc', '{ _entities(representations: [{ __typename: "Woning", adresId: "9999999", heeftToegang: true }]) { ... on Woning { adresId adres { volledigAdres } } } }');
    expect(response.body).toEqual({
      data: { _entities: [{ adresId: '9999999', adres: null }] },
      errors: [{ message: 'Adres niet gevonden.', locations: [{ line: 1, column: 124 }], path: ['_entities', 0, 'adres'], extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('reports a refused client-credentials grant (wrong secret) as UPSTREAM_REJECTED from acm-idm and asks VEKA nothing', async () => {
    await wp.close();
    wp = await startWoningpas(sandbox.config({ VEKA_CLIENT_SECRET: 'wrong-secret' }));
    const response = await wp.query('spoc', '{ _entities(representations: [{ __typename: "Woning", adresId: "3000120", heeftToegang: true }]) { ... on Woning { adres { huisnummer } epc { label } } } }');
    expect(response.body).toEqual({
      data: { _entities: [{ adres: { huisnummer: '120' }, epc: null }] },
      errors: [
        {
          message: 'De bron acm-idm weigerde de vraag.',
          locations: [{ line: 1, column: 137 }],
          path: ['_entities', 0, 'epc'],
          extensions: { code: 'UPSTREAM_REJECTED', source: 'acm-idm' },
        },
      ],
    });
    expect(Object.fromEntries(sandbox.calls)).toEqual({ basisregisters: 2, idp: 1 });
  });
});
