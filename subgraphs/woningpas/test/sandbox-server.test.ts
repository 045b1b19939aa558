import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_WONINGEN } from '@hub/shared/demo';
import { startSandbox, startWoningpas, woning, type TestSandbox, type TestWoningpas } from './helpers.js';

const OVERZICHT = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Woning {
      adresId
      adres { volledigAdres busnummer }
      epc { certificaatnummer label energiescore bouwjaar gebouwType geldigTot gebouweenheidId aanbevelingen { categorie prioriteit } }
    }
  }
}`;

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

  it('resolves the six demo homes: one address call per home, one search per home, one detail per valid EPC, one token', async () => {
    const tokensBefore = sandbox.tokens.issued.length;
    const response = await wp.query('energieconsulent', OVERZICHT, {
      representations: [...DEMO_WONINGEN.map((w) => woning(w.adresId)), woning('3000120')],
    });

    const tiensestraat = {
      adresId: '3000120',
      adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven', busnummer: null },
      epc: {
        certificaatnummer: '20240318-0003187245-RES-1',
        label: 'F',
        energiescore: 612,
        bouwjaar: 1930,
        gebouwType: 'Eengezinswoning',
        geldigTot: '2034-03-18',
        gebouweenheidId: '30001201',
        aanbevelingen: [
          { categorie: 'dak', prioriteit: 1 },
          { categorie: 'muren', prioriteit: 2 },
          { categorie: 'vensters', prioriteit: 3 },
          { categorie: 'vloeren', prioriteit: 4 },
          { categorie: 'verwarming', prioriteit: 5 },
          { categorie: 'zonnepanelen', prioriteit: 6 },
        ],
      },
    };
    expect(response.body).toEqual({
      data: {
        _entities: [
          tiensestraat,
          {
            adresId: '3010250',
            adres: { volledigAdres: 'Diestsesteenweg 250, 3010 Leuven', busnummer: null },
            epc: {
              certificaatnummer: '20230905-0002964418-RES-1',
              label: 'D',
              energiescore: 356,
              bouwjaar: 1968,
              gebouwType: 'Eengezinswoning',
              geldigTot: '2033-09-05',
              gebouweenheidId: '30102501',
              aanbevelingen: [
                { categorie: 'dak', prioriteit: 1 },
                { categorie: 'vensters', prioriteit: 2 },
                { categorie: 'muren', prioriteit: 3 },
                { categorie: 'verwarming', prioriteit: 4 },
              ],
            },
          },
          { adresId: '3001017', adres: { volledigAdres: 'Naamsesteenweg 17, 3001 Leuven', busnummer: null }, epc: null },
          {
            adresId: '3000044',
            adres: { volledigAdres: 'Brusselsestraat 44 bus 2, 3000 Leuven', busnummer: '2' },
            epc: {
              certificaatnummer: '20250211-0003402716-RES-1',
              label: 'B',
              energiescore: 164,
              bouwjaar: 1995,
              gebouwType: 'Appartement',
              geldigTot: '2035-02-11',
              gebouweenheidId: '30000442',
              aanbevelingen: [
                { categorie: 'vensters', prioriteit: 1 },
                { categorie: 'ventilatie', prioriteit: 2 },
              ],
            },
          },
          {
            adresId: '3012008',
            adres: { volledigAdres: 'Aarschotsesteenweg 8, 3012 Leuven', busnummer: null },
            epc: {
              certificaatnummer: '20211008-0002485476-RES-1',
              label: 'A',
              energiescore: 78,
              bouwjaar: 2021,
              gebouwType: 'Eengezinswoning',
              geldigTot: '2031-10-08',
              gebouweenheidId: '30120081',
              aanbevelingen: [{ categorie: 'zonnepanelen', prioriteit: 1 }],
            },
          },
          {
            adresId: '3018031',
            adres: { volledigAdres: 'Wijgmaalsesteenweg 31, 3018 Leuven', busnummer: null },
            epc: {
              certificaatnummer: '20241120-0003339052-RES-1',
              label: 'C',
              energiescore: 268,
              bouwjaar: 1978,
              gebouwType: 'Eengezinswoning',
              geldigTot: '2034-11-20',
              gebouweenheidId: '30180311',
              aanbevelingen: [
                { categorie: 'muren', prioriteit: 1 },
                { categorie: 'verwarming', prioriteit: 2 },
                { categorie: 'vloeren', prioriteit: 3 },
              ],
            },
          },
          tiensestraat,
        ],
      },
    });
    // 6 addresses; 6 searches + 5 details (Naamsesteenweg has no valid EPC); the token once.
    expect(Object.fromEntries(sandbox.calls)).toEqual({ basisregisters: 6, veka: 11, idp: 1 });
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
    expect(Object.fromEntries(sandbox.calls)).toEqual({ basisregisters: 1, idp: 1 });
  });
});
