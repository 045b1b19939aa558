import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '@hub/shared/demo';
import { asPersona, callsSince, startTestHub, type TestHub } from './helpers.js';

// The analysts' statistics across three subgraphs: the dossier subgraph counts and hands the guided homes
// and dossiers on (internally), woningpas adds the EPC labels from VEKA, premies the premie figures. On
// the demo data with the statistics demo: some 150 dossiers in generated homes the sandboxes know.
const QUERY = readFileSync(new URL('../operations/analist/epc-labels-en-premies.graphql', import.meta.url), 'utf8');
const CATEGORIEEN = ['DAK', 'BUITENMUUR', 'VLOER', 'RAMEN_EN_DEUREN', 'WARMTEPOMP', 'WARMTEPOMPBOILER', 'ZONNEBOILER', 'VENTILATIE', 'ELEKTRICITEIT_EN_SANITAIR', 'BINNENRENOVATIE', 'ASBESTVERWIJDERING'];
const NUL = { aantalDossiers: 0, bedrag: 0, onderdrukt: false };
const ONDERDRUKT = { aantalDossiers: null, bedrag: null, onderdrukt: true };
const premies = (geadviseerd: Record<string, typeof ONDERDRUKT> = {}) =>
  CATEGORIEEN.map((categorie) => ({ categorie, geadviseerd: geadviseerd[categorie] ?? NUL, aangevraagd: NUL, toegekend: NUL, uitbetaald: NUL }));
const labels = (aantallen: number[]) => ['A_PLUS', 'A', 'B', 'C', 'D', 'E', 'F'].map((label, i) => ({ label, aantal: aantallen[i], onderdrukt: false }));

const ALLES = {
  drempel: 5,
  aantalBegeleideWoningen: 153,
  epcLabels: {
    aantalWoningen: 153,
    perLabel: labels([22, 16, 20, 16, 21, 21, 18]),
    zonderGeldigEpc: { aantal: 19, onderdrukt: false },
    onbekend: { aantal: 0, onderdrukt: false },
    mediaanEnergiescore: 251,
  },
};

describe('the analysts\' statistics through the gateway: EPC labels of the guided homes and premie figures', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ seedStatistieken: true, syntheticHomes: true, outboxPollMs: 0 });
  });
  afterAll(() => hub?.stop());

  it('counts the guided homes per EPC label, asking each home once and then from the cache', async () => {
    const before = new Map(hub.sandboxCalls);
    const first = await asPersona(hub, 'analist', QUERY, { filter: {} });
    expect(first.body).toEqual({ data: { statistieken: { ...ALLES, premies: premies() } } });
    // Per home once: the address register (address, building units) and VEKA (a certificate search and
    // its detail, or without an EPC a search by unit and one by address); the ids never reach the client.
    expect(callsSince(hub, before)).toEqual({ basisregisters: 306, veka: 305, idp: expect.any(Number) });

    const warm = new Map(hub.sandboxCalls);
    expect((await asPersona(hub, 'analist', QUERY, { filter: {} })).body).toEqual(first.body);
    expect(callsSince(hub, warm)).toEqual({});
  });

  it('narrows to a period, and the sum of the groups is the number of guided homes', async () => {
    const { body } = await asPersona<{ statistieken: typeof ALLES }>(hub, 'analist', QUERY, { filter: { van: '2026-01-01', tot: '2026-12-31' } });
    expect(body.errors).toBeUndefined();
    const { epcLabels, aantalBegeleideWoningen } = body.data!.statistieken;
    expect(aantalBegeleideWoningen).toBe(91);
    expect(epcLabels.perLabel.map((l) => l.aantal)).toEqual([13, 10, 14, 5, 14, 12, 13]);
    expect(epcLabels.perLabel.reduce((som, l) => som + l.aantal!, 0) + epcLabels.zonderGeldigEpc.aantal! + epcLabels.onbekend.aantal!).toBe(91);
  });

  it('counts the advice a citizen saw, and suppresses a group of one dossier', async () => {
    const page = await asPersona(hub, 'burger', `{ dossier(id: "${DEMO_IDS.dossierAn}") { premieAdvies { totaal } } }`);
    expect(page.body).toEqual({ data: { dossier: { premieAdvies: { totaal: 10380 } } } });
    const { body } = await asPersona(hub, 'analist', QUERY, { filter: {} });
    expect(body).toEqual({
      data: { statistieken: { ...ALLES, premies: premies({ DAK: ONDERDRUKT, RAMEN_EN_DEUREN: ONDERDRUKT, WARMTEPOMP: ONDERDRUKT }) } },
    });
  });

  it('refuses everyone but analysts and the Energieloket, before any source is asked', async () => {
    const before = new Map(hub.sandboxCalls);
    for (const persona of ['burger', 'partner', 'stadsdienst', 'renovatiebegeleider', 'burgerprofiel']) {
      const { body } = await asPersona(hub, persona, QUERY, { filter: {} });
      expect(body).toEqual({ data: null, errors: [{ message: 'Geen toegang.', path: ['statistieken'], extensions: { code: 'FORBIDDEN', serviceName: 'dossier' } }] });
    }
    expect(callsSince(hub, before)).toEqual({});
  });
});
