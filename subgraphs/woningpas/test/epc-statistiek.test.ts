import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS, circuitStates, createLogger, resetCircuitBreakers, type UpstreamCall } from '@hub/shared';
import { cacheTtls, createMemoryCacheBackend, createUpstreamCache, createWoningpasClients, type UpstreamCache } from '../src/server.js';
import { nockConfig, startWoningpas, type TestWoningpas } from './helpers.js';
import {
  adresBody,
  certificaatDetail,
  certificaatItem,
  certificatenQuery,
  eenheidQuery,
  nockAdressenregister,
  nockGebouweenheden,
  nockToken,
  nockVeka,
  type TestAdres,
  type TestCertificaat,
} from './upstream.js';

/**
 * `Statistieken.epcLabels`: the EPC labels of the homes the dossier subgraph hands over (`begeleideWoningen`,
 * through @requires), resolved as the gateway does (`_entities`), against nock upstreams.
 */

const statistiekReden = (rol: string) => `Renovatiebegeleiding Energieloket Leuven: statistiek zonder persoonsgegevens (rol ${rol})`;
const SLEUTEL = '{"van":"2026-01-01","tot":"2026-06-30","postcodes":["3000"]}';
const ZOEK = '/dossier-api/v1/extern/certificaten';
const DETAIL = '/dossier-api/v1/extern/certificaat';

const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Statistieken {
  sleutel epcLabels { aantalWoningen perLabel { label aantal onderdrukt } zonderGeldigEpc { aantal onderdrukt } onbekend { aantal onderdrukt } mediaanEnergiescore }
} } }`;

/** The representation the gateway sends after asking the dossier subgraph for the required fields. */
const statistieken = (begeleideWoningen: string[], drempel: number) => ({ __typename: 'Statistieken', sleutel: SLEUTEL, drempel, begeleideWoningen });

interface TestWoning {
  adres: TestAdres;
  eenheid: number;
  /** The home's certificate; none: VEKA has nothing for its unit nor at its address. */
  epc?: { label: string; kengetal: number; geldigTot?: string };
}

/** Home number `n` on the Bondgenotenlaan with its own building unit. */
const woningNr = (n: number, epc?: TestWoning['epc']): TestWoning => ({
  adres: { adresId: String(3000200 + n), straat: 'Bondgenotenlaan', huisnummer: String(n), postcode: '3000' },
  eenheid: 30002000 + n,
  ...(epc ? { epc } : {}),
});
const ids = (woningen: TestWoning[]) => woningen.map((w) => w.adres.adresId);

function certificaatVan(w: TestWoning): TestCertificaat {
  const geldigTot = w.epc!.geldigTot ?? '2034-01-15';
  const ingediend = `${Number(geldigTot.slice(0, 4)) - 10}${geldigTot.slice(4)}`;
  return {
    attestnummer: `${ingediend.replaceAll('-', '')}-000${w.adres.adresId}-RES-1`,
    adres: w.adres,
    label: w.epc!.label,
    kengetal: w.epc!.kengetal,
    ingediend,
    geldigTot,
    gebouweenheidId: w.eenheid,
  };
}

/** The register's address and units, then VEKA by unit (and by address when nothing is there), each with exactly this `reden`. */
function nockWoning(w: TestWoning, reden: string) {
  nockAdressenregister().get(`/v2/adressen/${w.adres.adresId}`).reply(200, adresBody(w.adres));
  nockGebouweenheden(w.adres.adresId, [[w.eenheid]]);
  if (!w.epc) {
    nockVeka().get(ZOEK).query(eenheidQuery(w.eenheid, reden)).reply(204).get(ZOEK).query(certificatenQuery(w.adres, reden)).reply(204);
    return;
  }
  const certificaat = certificaatVan(w);
  const veka = nockVeka().get(ZOEK).query(eenheidQuery(w.eenheid, reden)).reply(200, [certificaatItem(certificaat)]);
  // An expired certificate explains why there is none; its detail is never asked.
  if (certificaat.geldigTot >= '2026-11-28') veka.get(DETAIL).query({ attestnummer: certificaat.attestnummer, reden }).reply(200, certificaatDetail(certificaat));
}

/** The calls that reached an upstream as `source path status`, sorted (homes load in parallel). */
const callsOf = (calls: UpstreamCall[]) => calls.map((c) => `${c.source} ${c.path} ${c.status ?? c.error}`).sort();
/** The calls a home with a valid EPC costs on a cold cache. */
const metEpcCalls = (w: TestWoning) => [`adressenregister /v2/adressen/${w.adres.adresId} 200`, 'adressenregister /v2/gebouweenheden 200', `epc ${ZOEK} 200`, `epc ${DETAIL} 200`];

const labels = (perLabel: Record<string, number | null>) =>
  ['A_PLUS', 'A', 'B', 'C', 'D', 'E', 'F'].map((label) => {
    const aantal = label in perLabel ? perLabel[label]! : 0;
    return { label, aantal, onderdrukt: aantal === null };
  });
const getoond = (aantal: number | null) => ({ aantal, onderdrukt: aantal === null });
const antwoord = (epcLabels: unknown) => ({ data: { _entities: [{ sleutel: SLEUTEL, epcLabels }] } });

/** Log lines of the subgraph itself (the HTTP client's per-call lines, `upstream`, are the shared client's). */
const eigenLogs = (wp: TestWoningpas) => wp.logs.filter((l) => !('upstream' in l));

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => {
  nock.enableNetConnect();
});
beforeEach(() => {
  resetCircuitBreakers();
});
afterEach(() => {
  nock.cleanAll();
  resetCircuitBreakers();
});

describe('Statistieken.epcLabels with the shared cache', () => {
  let wp: TestWoningpas;
  let cache: UpstreamCache;

  beforeEach(async () => {
    const config = nockConfig();
    cache = createUpstreamCache({ backend: createMemoryCacheBackend({ maxEntries: 1000, maxBytes: 10_000_000 }), ttls: cacheTtls(config), keyPrefix: 'test:' });
    wp = await startWoningpas(config, { cache });
  });
  afterEach(async () => {
    await wp.close();
    await cache.close();
  });

  it('counts the guided homes per label, each home once, suppresses small groups (and one more against the total), and answers again from the cache', async () => {
    const b = [woningNr(1, { label: 'B', kengetal: 150 }), woningNr(2, { label: 'B', kengetal: 160 }), woningNr(3, { label: 'B', kengetal: 170 })];
    const c = [woningNr(4, { label: 'C', kengetal: 210 }), woningNr(5, { label: 'C', kengetal: 250 }), woningNr(6, { label: 'C', kengetal: 260 }), woningNr(7, { label: 'C', kengetal: 290 })];
    const e = [woningNr(8, { label: 'E', kengetal: 450 })];
    const woningen = [...b, ...c, ...e];
    nockToken();
    for (const w of woningen) nockWoning(w, statistiekReden('analist'));
    // Home 4 twice: the dossier subgraph gives each home once, but a repeated id must not count twice.
    const representatie = statistieken([...ids(woningen), '3000204'], 3);

    const eerste = await wp.query('analist', QUERY, { r: [representatie] });
    const callsNaEerste = callsOf(wp.calls);
    const tweede = await wp.query('analist', QUERY, { r: [representatie] });

    // E (1 home) is below the threshold of 3; the total (8) is shown, so B, the smallest other group, goes too.
    const verwacht = antwoord({
      aantalWoningen: 8,
      perLabel: labels({ B: null, C: 4, E: null }),
      zonderGeldigEpc: getoond(0),
      onbekend: getoond(0),
      // 150 160 170 210 | 250 260 290 450
      mediaanEnergiescore: 230,
    });
    expect(eerste.body).toEqual(verwacht);
    expect(tweede.body).toEqual(verwacht);
    expect(nock.pendingMocks()).toEqual([]);
    expect(callsNaEerste).toEqual(woningen.flatMap(metEpcCalls).sort());
    expect(wp.calls).toHaveLength(woningen.length * 4);
    expect(cache.stats()).toMatchObject({
      perBron: { adressen: { hits: 8, misses: 8 }, gebouweenheden: { hits: 8, misses: 8 }, epc: { hits: 16, misses: 16 } },
    });
    // One line per request for the whole selection, with the purpose (no line per home); no adresId in any line of the subgraph.
    expect(eigenLogs(wp).filter((l) => String(l.msg).includes('geraadpleegd'))).toEqual([
      { level: 'info', msg: 'EPC-statistiek geraadpleegd', sleutel: SLEUTEL, rol: 'analist', reden: statistiekReden('analist'), woningen: 8, onbekend: 0 },
      { level: 'info', msg: 'EPC-statistiek geraadpleegd', sleutel: SLEUTEL, rol: 'analist', reden: statistiekReden('analist'), woningen: 8, onbekend: 0 },
    ]);
    const geschreven = JSON.stringify(eigenLogs(wp));
    for (const adresId of ids(woningen)) expect(geschreven).not.toContain(adresId);
  });

  it('reads the EPC of a home that Woning.epc read before from the cache: the legal purpose differs, the answer is the same', async () => {
    const w = woningNr(1, { label: 'D', kengetal: 333 });
    nockToken();
    nockWoning(w, 'Renovatiebegeleiding Energieloket Leuven (rol spoc)');

    const woning = await wp.query('spoc', '{ _entities(representations: [{ __typename: "Woning", adresId: "3000201", heeftToegang: true }]) { ... on Woning { epc { label } } } }');
    const stat = await wp.query('spoc', QUERY, { r: [statistieken(ids([w]), 1)] });

    expect(woning.body).toEqual({ data: { _entities: [{ epc: { label: 'D' } }] } });
    expect(stat.body).toEqual(antwoord({ aantalWoningen: 1, perLabel: labels({ D: 1 }), zonderGeldigEpc: getoond(0), onbekend: getoond(0), mediaanEnergiescore: 333 }));
    expect(callsOf(wp.calls)).toEqual(metEpcCalls(w).sort());
  });
});

describe('Statistieken.epcLabels without a cache', () => {
  let wp: TestWoningpas;

  beforeEach(async () => {
    wp = await startWoningpas(nockConfig());
  });
  afterEach(async () => {
    await wp.close();
  });

  it('counts homes whose source failed, whose address is unknown or whose id is no address as onbekend, and still answers', async () => {
    const reden = statistiekReden('energieconsulent');
    const a = [woningNr(1, { label: 'A', kengetal: 60 }), woningNr(2, { label: 'A', kengetal: 80 })];
    const d = woningNr(3, { label: 'D', kengetal: 350 });
    const zonder = woningNr(4);
    const verlopen = woningNr(5, { label: 'F', kengetal: 640, geldigTot: '2022-05-22' });
    const vekaFaalt = woningNr(6);
    const onbestaand = woningNr(7);
    nockToken();
    for (const w of [...a, d, zonder, verlopen]) nockWoning(w, reden);
    nockAdressenregister().get(`/v2/adressen/${vekaFaalt.adres.adresId}`).reply(200, adresBody(vekaFaalt.adres));
    nockGebouweenheden(vekaFaalt.adres.adresId, [[vekaFaalt.eenheid]]);
    nockVeka().get(ZOEK).query(eenheidQuery(vekaFaalt.eenheid, reden)).times(3).reply(503);
    nockAdressenregister().get(`/v2/adressen/${onbestaand.adres.adresId}`).reply(404, { title: 'Onbestaand adres.' });
    nockGebouweenheden(onbestaand.adres.adresId, []);

    const response = await wp.query('energieconsulent', QUERY, {
      r: [statistieken([...ids([...a, d, zonder, verlopen, vekaFaalt, onbestaand]), 'geen-adres'], 2)],
    });

    // D (1) is below the threshold of 2; the total (8) is shown, so A (2), the first smallest other group, goes too.
    expect(response.body).toEqual(
      antwoord({
        aantalWoningen: 8,
        perLabel: labels({ A: null, D: null }),
        zonderGeldigEpc: getoond(2),
        onbekend: getoond(3),
        mediaanEnergiescore: 80,
      }),
    );
    expect(nock.pendingMocks()).toEqual([]);
    expect(callsOf(wp.calls)).toEqual(
      [
        ...[...a, d].flatMap(metEpcCalls),
        ...[zonder, verlopen, vekaFaalt].flatMap((w) => [`adressenregister /v2/adressen/${w.adres.adresId} 200`, 'adressenregister /v2/gebouweenheden 200']),
        `epc ${ZOEK} 204`,
        `epc ${ZOEK} 204`,
        `epc ${ZOEK} 200`,
        ...Array(3).fill(`epc ${ZOEK} 503`),
        `adressenregister /v2/adressen/${onbestaand.adres.adresId} 404`,
        'adressenregister /v2/gebouweenheden 200',
      ].sort(),
    );
    expect(eigenLogs(wp).filter((l) => l.msg === 'EPC-statistiek geraadpleegd')).toEqual([
      { level: 'info', msg: 'EPC-statistiek geraadpleegd', sleutel: SLEUTEL, rol: 'energieconsulent', reden, woningen: 8, onbekend: 3 },
    ]);
  });

  it('counts every home as onbekend while the circuit of VEKA is open, without calling VEKA', async () => {
    // Open the circuit of the source `epc` (shared by every client of it) with five failed attempts.
    const opener = createWoningpasClients(nockConfig(), createLogger('woningpas-test', 'silent'));
    nockToken('token-opener');
    nockVeka().get(ZOEK).query(true).times(5).reply(503);
    while (circuitStates().epc !== 'open') await opener.epc.certificaten({ gebouwEenheidId: '1' }, 'test').catch(() => undefined);
    const woningen = [woningNr(1), woningNr(2), woningNr(3)];
    nockToken();
    for (const w of woningen) {
      nockAdressenregister().get(`/v2/adressen/${w.adres.adresId}`).reply(200, adresBody(w.adres));
      nockGebouweenheden(w.adres.adresId, [[w.eenheid]]);
    }

    const response = await wp.query('spoc', QUERY, { r: [statistieken(ids(woningen), 1)] });

    expect(response.body).toEqual(antwoord({ aantalWoningen: 3, perLabel: labels({}), zonderGeldigEpc: getoond(0), onbekend: getoond(3), mediaanEnergiescore: null }));
    expect(nock.pendingMocks()).toEqual([]);
    expect(callsOf(wp.calls)).toEqual(
      woningen.flatMap((w) => [`adressenregister /v2/adressen/${w.adres.adresId} 200`, 'adressenregister /v2/gebouweenheden 200']).sort(),
    );
  });

  it('answers an empty selection with zeros and no upstream call', async () => {
    const response = await wp.query('analist', QUERY, { r: [statistieken([], 5)] });

    expect(response.body).toEqual(antwoord({ aantalWoningen: 0, perLabel: labels({}), zonderGeldigEpc: getoond(0), onbekend: getoond(0), mediaanEnergiescore: null }));
    expect(wp.calls).toEqual([]);
  });

  it('suppresses every group and the total when the selection is below the threshold, and gives no median', async () => {
    const woningen = [woningNr(1, { label: 'C', kengetal: 220 }), woningNr(2, { label: 'C', kengetal: 240 }), woningNr(3)];
    nockToken();
    for (const w of woningen) nockWoning(w, statistiekReden('analist'));

    const response = await wp.query('analist', QUERY, { r: [statistieken(ids(woningen), 5)] });

    expect(response.body).toEqual(
      antwoord({ aantalWoningen: null, perLabel: labels({ C: null }), zonderGeldigEpc: getoond(null), onbekend: getoond(0), mediaanEnergiescore: null }),
    );
    expect(nock.pendingMocks()).toEqual([]);
  });

  it.each(['burger', 'renovatiebegeleider', 'partner', 'stadsdienst', 'burgerprofiel'])('refuses %s (FORBIDDEN) without calling any upstream', async (persona) => {
    const response = await wp.query(persona, QUERY, { r: [statistieken(['3000201'], 1)] });

    expect(response.body).toEqual({
      data: { _entities: [{ sleutel: SLEUTEL, epcLabels: null }] },
      errors: [{ message: 'Geen toegang.', locations: [{ line: 2, column: 11 }], path: ['_entities', 0, 'epcLabels'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect(wp.calls).toEqual([]);
  });

  it('refuses an anonymous caller (UNAUTHENTICATED) without calling any upstream', async () => {
    const response = await wp.query(ANONYMOUS, QUERY, { r: [statistieken(['3000201'], 1)] });

    expect(response.body).toEqual({
      data: { _entities: [{ sleutel: SLEUTEL, epcLabels: null }] },
      errors: [{ message: 'Aanmelden is vereist.', locations: [{ line: 2, column: 11 }], path: ['_entities', 0, 'epcLabels'], extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(wp.calls).toEqual([]);
  });

  it('refuses a representation without the required fields (BAD_USER_INPUT) without calling any upstream', async () => {
    const response = await wp.query('analist', QUERY, { r: [{ __typename: 'Statistieken', sleutel: SLEUTEL }] });

    expect(response.body).toEqual({
      data: { _entities: [{ sleutel: SLEUTEL, epcLabels: null }] },
      errors: [
        {
          message: 'Statistieken zonder geldige drempel: de k-anonimiteitsdrempel moet een geheel getal van minstens 1 zijn.',
          locations: [{ line: 2, column: 11 }],
          path: ['_entities', 0, 'epcLabels'],
          extensions: { code: 'BAD_USER_INPUT', field: 'drempel' },
        },
      ],
    });
    expect(wp.calls).toEqual([]);
  });
});
