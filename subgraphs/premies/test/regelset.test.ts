import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import { loadPremiesConfig } from '../src/config.js';
import { DEFAULT_REGELS_FILE, loadRegelset, RegelsetError } from '../src/regels/load.js';
import { INKOMENSCATEGORIEEN, WERKCATEGORIEEN } from '../src/regels/schema.js';
import { adviseer } from '../src/services/advies.js';

const dir = mkdtempSync(join(tmpdir(), 'premies-regels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/* eslint-disable @typescript-eslint/no-explicit-any */
const shipped = (): any => JSON.parse(readFileSync(DEFAULT_REGELS_FILE, 'utf8'));
let n = 0;
function writeCopy(mutate: (data: any) => void): string {
  const data = shipped();
  mutate(data);
  const file = join(dir, `regels-${++n}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}
function problemsOf(file: string): string[] {
  try {
    loadRegelset(file);
  } catch (err) {
    expect(err).toBeInstanceOf(RegelsetError);
    expect((err as RegelsetError).message).toBe(`Invalid premie rule set ${file}:\n${(err as RegelsetError).problems.map((p) => `  - ${p}`).join('\n')}`);
    return (err as RegelsetError).problems;
  }
  throw new Error('expected the rule set to be refused');
}
const ruleIndex = (data: any, regime: number, categorie: string, doelgroep: string) =>
  data.regimes[regime].categorieen[categorie].regels.findIndex((r: any) => r.doelgroep === doelgroep);

describe('the shipped rule set', () => {
  const regelset = loadRegelset();

  it('loads, with three regimes by application date and the IPDC product of Mijn VerbouwPremie', () => {
    expect(regelset.versie).toBe('2026.11.1');
    expect(regelset.ipdcProductId).toBe(DEMO_PRODUCTS.mijnVerbouwPremie);
    expect(regelset.alleRegimes.map((r) => [r.id, r.geldigVan, r.geldigTot])).toEqual([
      ['MVP-2025-H1', '2025-01-01', '2025-06-30'],
      ['MVP-2025-H2', '2025-07-01', '2026-02-28'],
      ['MVP-2026', '2026-03-01', null],
    ]);
  });

  it('has, per regime, every work category with exactly one rule per income category', () => {
    for (const regime of regelset.alleRegimes) {
      for (const categorie of WERKCATEGORIEEN) {
        const doelgroepen = regime.categorieen[categorie]!.regels.map((r) => r.doelgroep);
        for (const inkomenscategorie of INKOMENSCATEGORIEEN) {
          expect(doelgroepen.filter((d) => d === inkomenscategorie), `${regime.id} ${categorie} ${inkomenscategorie}`).toHaveLength(1);
        }
      }
    }
  });

  it('keeps target groups other than the income categories', () => {
    const h2 = regelset.regimeOp('2025-09-01')!;
    expect(h2.categorieen.DAK!.regels.map((r) => r.doelgroep)).toEqual([
      'CATEGORIE_1',
      'CATEGORIE_2',
      'CATEGORIE_3',
      'CATEGORIE_4',
      'NIET_BEWONENDE_INVESTEERDER',
      'VERHUURDER_WOONMAATSCHAPPIJ',
    ]);
    expect(h2.bijzondereDoelgroepen.map((b) => [b.doelgroep, b.zoalsDoelgroep, b.status])).toEqual([
      ['VERHUURDER_WOONMAATSCHAPPIJ', 'CATEGORIE_4', 'confirmed'],
      ['NIET_BEWONENDE_INVESTEERDER', 'CATEGORIE_1', 'confirmed'],
      ['BESCHERMDE_AFNEMER', 'CATEGORIE_4', 'single-source'],
      ['NIET_GEDOMICILIEERDE_EIGENAAR', 'CATEGORIE_1', 'single-source'],
    ]);
  });

  it('finds the regime valid on an application date, on each side of every change', () => {
    const at = (datum: string) => regelset.regimeOp(datum)?.id;
    expect([at('2024-12-31'), at('2025-01-01'), at('2025-06-30'), at('2025-07-01'), at('2026-02-28'), at('2026-03-01'), at('2031-01-01')]).toEqual([
      undefined,
      'MVP-2025-H1',
      'MVP-2025-H1',
      'MVP-2025-H2',
      'MVP-2025-H2',
      'MVP-2026',
      'MVP-2026',
    ]);
  });
});

describe('a broken rule set file is refused with the file and the JSON path', () => {
  it('names a wrong amount and a wrong percentage, every problem at once', () => {
    const file = writeCopy((data) => {
      data.regimes[1].categorieen.DAK.regels[1].bedrag = -16;
      data.regimes[1].categorieen.DAK.regels[2].percentage = 0;
    });
    expect(problemsOf(file)).toEqual([
      'regimes[1].categorieen.DAK.regels[1].bedrag: must be a positive number',
      'regimes[1].categorieen.DAK.regels[2].percentage: must be a percentage above 0',
    ]);
  });

  it('refuses overlapping validity periods', () => {
    const file = writeCopy((data) => {
      data.regimes[1].geldigTot = '2026-03-31';
    });
    expect(problemsOf(file)).toEqual(['regimes[2]: validity 2026-03-01..open of MVP-2026 overlaps regimes[1] MVP-2025-H2 (2025-07-01..2026-03-31)']);
  });

  it('refuses a period that ends before it starts, and an impossible date', () => {
    const file = writeCopy((data) => {
      data.regimes[0].geldigTot = '2024-06-30';
      data.regimes[2].geldigVan = '2026-02-30';
    });
    expect(problemsOf(file)).toEqual(['regimes[2].geldigVan: must be a calendar date YYYY-MM-DD']);
    const file2 = writeCopy((data) => {
      data.regimes[0].geldigTot = '2024-06-30';
    });
    expect(problemsOf(file2)).toEqual(['regimes[0].geldigTot: 2024-06-30 is before geldigVan 2025-01-01']);
  });

  it('requires every work category and a rule for every income category, and no target group twice', () => {
    const file = writeCopy((data) => {
      delete data.regimes[0].categorieen.VENTILATIE;
      const regels = data.regimes[2].categorieen.DAK.regels;
      regels.splice(ruleIndex(data, 2, 'DAK', 'CATEGORIE_2'), 1);
      const vloer = data.regimes[1].categorieen.VLOER.regels;
      vloer.push({ ...vloer[0], id: 'extra' });
    });
    expect(problemsOf(file)).toEqual([
      'regimes[0].categorieen: work category VENTILATIE is missing',
      'regimes[1].categorieen.VLOER.regels[4].doelgroep: CATEGORIE_1 already has a rule in regimes[1].categorieen.VLOER.regels[0]',
      'regimes[2].categorieen.DAK.regels: no rule for CATEGORIE_2',
    ]);
  });

  it('refuses unknown sources, duplicate rule ids, undeclared heat-pump types and a conflict without its values', () => {
    const file = writeCopy((data) => {
      data.regimes[1].categorieen.DAK.regels[0].bronnen.push('ONBEKENDE_BRON');
      data.regimes[1].categorieen.VLOER.regels[0].id = data.regimes[1].categorieen.DAK.regels[0].id;
      data.regimes[2].categorieen.WARMTEPOMP.regels[2].bedragPerType.WATER_WATER = { bedrag: 100 };
      delete data.regimes[2].categorieen.WARMTEPOMPBOILER.regels[2].conflicterendeWaarden;
    });
    expect(problemsOf(file)).toEqual([
      "regimes[1].categorieen.DAK.regels[0].bronnen[3]: unknown source 'ONBEKENDE_BRON' (not in bronnen)",
      "regimes[1].categorieen.VLOER.regels[0].id: 'MVP-2025-H2/DAK/CATEGORIE_1' is also the id of regimes[1].categorieen.DAK.regels[0]",
      'regimes[2].categorieen.WARMTEPOMP.regels[2].bedragPerType.WATER_WATER: not declared in regimes[2].categorieen.WARMTEPOMP.uitvoeringen.waarden',
      'regimes[2].categorieen.WARMTEPOMPBOILER.regels[2].conflicterendeWaarden: a rule in conflict must list the conflicting values',
    ]);
  });

  it('refuses an unknown amount kind, a misspelt field and a missing field', () => {
    const file = writeCopy((data) => {
      data.regimes[1].categorieen.DAK.regels[2].soort = 'PERCENTAGE';
      const r = data.regimes[1].categorieen.VLOER.regels[2];
      r.maxBedarg = r.maxBedrag;
      delete r.maxBedrag;
      delete data.ipdcProductId;
    });
    expect(problemsOf(file)).toEqual([
      'ipdcProductId: is required',
      'regimes[1].categorieen.DAK.regels[2].soort: must be one of PERCENTAGE_VAN_FACTUUR, PER_M2, PER_M2_PER_METHODE, VAST_BEDRAG, VAST_BEDRAG_PER_TYPE, NIET_IN_AANMERKING, ONBEKEND',
      'regimes[1].categorieen.VLOER.regels[2].maxBedrag: is required',
      "regimes[1].categorieen.VLOER.regels[2]: unknown field 'maxBedarg'",
    ]);
  });

  it('refuses a file that is not JSON or cannot be read', () => {
    const file = join(dir, 'kapot.json');
    writeFileSync(file, '{ "versie": ');
    expect(problemsOf(file)).toEqual([expect.stringMatching(/^is not valid JSON \(/)]);
    expect(problemsOf(join(dir, 'bestaat-niet.json'))).toEqual(['cannot be read (ENOENT)']);
  });
});

describe('PREMIE_REGELS_FILE replaces the rule set without a code change', () => {
  it('loads the file the variable names, and the advice follows it', () => {
    const file = writeCopy((data) => {
      data.versie = 'test-2027';
      const regel = data.regimes[2].categorieen.DAK.regels[ruleIndex(data, 2, 'DAK', 'CATEGORIE_3')];
      regel.percentage = 40;
      regel.maxBedrag = 4600;
    });
    const config = loadPremiesConfig({ HUB_IDENTITY_SECRET: 'x'.repeat(32), PREMIE_REGELS_FILE: file });
    const regelset = loadRegelset(config.PREMIE_REGELS_FILE);
    const advies = adviseer(regelset, {
      datum: '2026-05-01',
      inkomenscategorie: 'CATEGORIE_3',
      maatregelen: [{ id: 'm1', categorie: 'DAK', oppervlakteM2: null, bedragExclBtw: 10000 }],
    });
    expect([advies.regelsetVersie, advies.totaal, advies.premies[0]!.berekening]).toEqual([
      'test-2027',
      4000,
      '40 % van € 10.000 = € 4.000 (onder het maximum van € 4.600)',
    ]);
  });

  it('defaults to the shipped file', () => {
    const config = loadPremiesConfig({ HUB_IDENTITY_SECRET: 'x'.repeat(32) });
    expect(config.PREMIE_REGELS_FILE).toBeUndefined();
    expect(loadRegelset(config.PREMIE_REGELS_FILE).versie).toBe('2026.11.1');
  });
});
