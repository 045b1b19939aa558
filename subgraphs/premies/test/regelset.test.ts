import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import { loadPremiesConfig } from '../src/config.js';
import { DEFAULT_REGELS_FILE, loadRegelset, RegelsetError } from '../src/regels/load.js';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { INKOMENSCATEGORIEEN, WERKCATEGORIEEN } from '../src/regels/schema.js';
import { DOCUMENT_SOORTEN, DOELGROEPEN, EPC_LABELS, MAATREGEL_UITVOERINGEN } from '../src/regels/waarden.js';
import { adviseer } from '../src/services/advies.js';
import { OUDE_WONING } from './woningen.js';

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
    expect(regelset.versie).toBe('2026.11.2');
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

  it('has the caps shared by several measures, per regime', () => {
    expect(regelset.alleRegimes.map((r) => [r.id, r.plafonds.map((p) => [p.id, p.geldtVoor, p.periodeJaren ?? null, p.limiet])])).toEqual([
      [
        'MVP-2025-H1',
        [
          ['MVP-2025-H1/DAK/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2025-H1/WARMTEPOMP/PER_WONING_10_JAAR', 'WONING_PERIODE', 10, { soort: 'AANTAL', maxAantal: 1 }],
        ],
      ],
      [
        'MVP-2025-H2',
        [
          ['MVP-2025-H2/DAK/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2025-H2/BUITENMUUR/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2025-H2/VLOER/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2025-H2/RAMEN_EN_DEUREN/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2025-H2/ELEKTRICITEIT_EN_SANITAIR/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2025-H2/WARMTEPOMP/PER_WONING_10_JAAR', 'WONING_PERIODE', 10, { soort: 'AANTAL', maxAantal: 1 }],
        ],
      ],
      [
        'MVP-2026',
        [
          ['MVP-2026/DAK/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2026/BUITENMUUR/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2026/VLOER/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2026/RAMEN_EN_DEUREN/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
          ['MVP-2026/ELEKTRICITEIT_EN_SANITAIR/PER_DOSSIER', 'DOSSIER', null, { soort: 'MAXIMUM_VAN_REGEL' }],
        ],
      ],
    ]);
  });

  it('names the documents an application needs, the ways of execution of the dossier, and Mijn VerbouwLening', () => {
    const regime = regelset.regimeOp('2026-05-01')!;
    expect(Object.fromEntries(WERKCATEGORIEEN.map((c) => [c, regime.categorieen[c]!.vereisteDocumenten.map((d) => d.soort)]))).toEqual({
      DAK: ['ATTEST'],
      BUITENMUUR: ['ATTEST'],
      VLOER: ['ATTEST'],
      RAMEN_EN_DEUREN: ['ATTEST'],
      WARMTEPOMP: ['ATTEST'],
      WARMTEPOMPBOILER: ['ATTEST'],
      ZONNEBOILER: ['ATTEST'],
      VENTILATIE: [],
      ELEKTRICITEIT_EN_SANITAIR: ['ATTEST'],
      BINNENRENOVATIE: [],
      ASBESTVERWIJDERING: ['ATTEST'],
    });
    expect(Object.keys(regime.categorieen.WARMTEPOMP!.uitvoeringen!.waarden)).toEqual([
      'WARMTEPOMP_BODEM_WATER',
      'WARMTEPOMP_LUCHT_WATER',
      'WARMTEPOMP_HYBRIDE',
      'WARMTEPOMP_LUCHT_LUCHT',
    ]);
    expect(Object.keys(regime.categorieen.BUITENMUUR!.uitvoeringen!.waarden)).toEqual(['MUUR_SPOUW', 'MUUR_BINNENZIJDE', 'MUUR_BUITENZIJDE']);
    const lening = regelset.verbouwLening!;
    expect([lening.ipdcProductId, lening.maxBedrag, lening.maxLooptijdJaren, lening.doelgroepen.map((d) => [d.doelgroep, d.mogelijk])]).toEqual([
      DEMO_PRODUCTS.mijnVerbouwLening,
      60000,
      25,
      [
        ['CATEGORIE_4', true],
        ['CATEGORIE_3', true],
        ['CATEGORIE_1', false],
        ['VERHUURDER_WOONMAATSCHAPPIJ', true],
        ['VME_GEMEENSCHAPPELIJKE_INSTALLATIE', true],
      ],
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

it('the GraphQL enums hold exactly the value sets the rule set may use', () => {
  const doc = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const values = (name: string) =>
    (doc.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name) as EnumTypeDefinitionNode).values!.map((v) => v.name.value);
  expect({
    Werkcategorie: values('Werkcategorie'),
    Inkomenscategorie: values('Inkomenscategorie'),
    PremieDoelgroep: values('PremieDoelgroep'),
    MaatregelUitvoering: values('MaatregelUitvoering'),
    EpcLabel: values('EpcLabel'),
    DocumentSoort: values('DocumentSoort'),
  }).toEqual({
    Werkcategorie: [...WERKCATEGORIEEN],
    Inkomenscategorie: [...INKOMENSCATEGORIEEN],
    PremieDoelgroep: [...DOELGROEPEN],
    MaatregelUitvoering: [...MAATREGEL_UITVOERINGEN],
    EpcLabel: [...EPC_LABELS],
    DocumentSoort: [...DOCUMENT_SOORTEN],
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

  it('refuses a building age, a target group, a way of execution and a document kind the hub does not know', () => {
    const file = writeCopy((data) => {
      const dak = data.regimes[2].categorieen.DAK;
      dak.regels[ruleIndex(data, 2, 'DAK', 'CATEGORIE_3')].voorwaarden.minOuderdomJaren = 250;
      dak.regels[ruleIndex(data, 2, 'DAK', 'CATEGORIE_4')].voorwaarden.minOuderdomJaren = 7.5;
      dak.regels[ruleIndex(data, 2, 'DAK', 'VERHUURDER_WOONMAATSCHAPPIJ')].doelgroep = 'STUDENT';
      dak.vereisteDocumenten.push({ soort: 'FOTO', omschrijving: 'een foto van het dak' });
      data.regimes[2].categorieen.WARMTEPOMP.uitvoeringen.waarden.MUUR_SPOUW = 'spouwmuurisolatie';
      dak.uitvoeringen = { naam: 'de soort dak', waarden: { PLAT_DAK: 'plat dak' } };
      data.regimes[1].categorieen.BUITENMUUR.regels[0].voorwaarden.minRPerUitvoering.MUUR_GEVEL = 2;
    });
    expect(problemsOf(file)).toEqual([
      'regimes[2].categorieen.DAK.vereisteDocumenten[1].soort: must be one of ADVIES, RENOVATIEPLAN, AFSPRAKENNOTA, OFFERTE, CONTRACT, FACTUUR, ATTEST, ANDERE',
      'regimes[2].categorieen.DAK.regels[2].voorwaarden.minOuderdomJaren: must be at most 200 years',
      'regimes[2].categorieen.DAK.regels[3].voorwaarden.minOuderdomJaren: must be a whole number',
      'regimes[2].categorieen.DAK.regels[5].doelgroep: must be one of CATEGORIE_1, CATEGORIE_2, CATEGORIE_3, CATEGORIE_4, VERHUURDER_WOONMAATSCHAPPIJ, NIET_BEWONENDE_INVESTEERDER, BESCHERMDE_AFNEMER, NIET_GEDOMICILIEERDE_EIGENAAR, VME_GEMEENSCHAPPELIJKE_INSTALLATIE, NIET_RESIDENTIEEL',
    ]);
    // Once the shape is right, the ways of execution are checked against their work category.
    const file2 = writeCopy((data) => {
      data.regimes[2].categorieen.WARMTEPOMP.uitvoeringen.waarden.MUUR_SPOUW = 'spouwmuurisolatie';
      data.regimes[2].categorieen.DAK.uitvoeringen = { naam: 'de soort dak', waarden: { PLAT_DAK: 'plat dak' } };
      data.regimes[1].categorieen.BUITENMUUR.regels[0].voorwaarden.minRPerUitvoering.MUUR_GEVEL = 2;
    });
    expect(problemsOf(file2)).toEqual([
      'regimes[1].categorieen.BUITENMUUR.regels[0].voorwaarden.minRPerUitvoering.MUUR_GEVEL: not declared in regimes[1].categorieen.BUITENMUUR.uitvoeringen.waarden',
      'regimes[2].categorieen.DAK.uitvoeringen.waarden.PLAT_DAK: DAK has no ways of execution (a measure of DAK never has an uitvoering)',
      'regimes[2].categorieen.WARMTEPOMP.uitvoeringen.waarden.MUUR_SPOUW: must be one of WARMTEPOMP_BODEM_WATER, WARMTEPOMP_LUCHT_WATER, WARMTEPOMP_HYBRIDE, WARMTEPOMP_LUCHT_LUCHT (the ways of execution of WARMTEPOMP)',
    ]);
  });

  it('refuses caps that cannot work: a period without years, a rule maximum nobody has, unknown kinds and sources, a duplicate id', () => {
    const file = writeCopy((data) => {
      const plafonds = data.regimes[1].plafonds;
      plafonds[0].limiet = { soort: 'PERCENTAGE', percentage: 50 };
      plafonds[1].werkcategorieen = [];
      plafonds[2].geldtVoor = 'GEMEENTE';
    });
    expect(problemsOf(file)).toEqual([
      'regimes[1].plafonds[0].limiet.soort: must be one of MAXIMUM_VAN_REGEL, BEDRAG, AANTAL',
      'regimes[1].plafonds[1].werkcategorieen: must name at least one work category',
      'regimes[1].plafonds[2].geldtVoor: must be one of DOSSIER, WONING_PERIODE',
    ]);
    const file2 = writeCopy((data) => {
      const plafonds = data.regimes[1].plafonds;
      delete plafonds[5].periodeJaren; // the heat-pump cap per home over 10 years
      plafonds[0].periodeJaren = 5; // a cap per dossier
      plafonds[1].werkcategorieen = ['WARMTEPOMP', 'ZONNEBOILER']; // MAXIMUM_VAN_REGEL: no such rule has a maximum
      plafonds[2].werkcategorieen = ['VLOER', 'VLOER'];
      plafonds[3].id = plafonds[2].id;
      plafonds[4].bronnen = ['ONBEKENDE_BRON'];
    });
    expect(problemsOf(file2)).toEqual([
      'regimes[1].plafonds[0].periodeJaren: only a cap per home over a period (WONING_PERIODE) has a period',
      'regimes[1].plafonds[1].limiet: MAXIMUM_VAN_REGEL, but no rule of WARMTEPOMP, ZONNEBOILER in MVP-2025-H2 has a maxBedrag to share',
      'regimes[1].plafonds[2].werkcategorieen[1]: VLOER is named twice',
      "regimes[1].plafonds[3].id: 'MVP-2025-H2/VLOER/PER_DOSSIER' is also the id of regimes[1].plafonds[2]",
      "regimes[1].plafonds[4].bronnen[0]: unknown source 'ONBEKENDE_BRON' (not in bronnen)",
      'regimes[1].plafonds[5].periodeJaren: is required for a cap per home over a period (WONING_PERIODE)',
    ]);
  });

  it('refuses a Mijn VerbouwLening entry twice for one target group, without an answer, or with an unknown source', () => {
    const file = writeCopy((data) => {
      delete data.verbouwLening.doelgroepen[1].mogelijk;
    });
    expect(problemsOf(file)).toEqual(['verbouwLening.doelgroepen[1].mogelijk: is required']);
    const file2 = writeCopy((data) => {
      data.verbouwLening.doelgroepen.push({ ...data.verbouwLening.doelgroepen[0], mogelijk: false });
      data.verbouwLening.bronnen.push('ENERGIEHUIS_LEUVEN');
    });
    expect(problemsOf(file2)).toEqual([
      "verbouwLening.bronnen[3]: unknown source 'ENERGIEHUIS_LEUVEN' (not in bronnen)",
      'verbouwLening.doelgroepen[5].doelgroep: CATEGORIE_4 is also in verbouwLening.doelgroepen[0]',
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
      woning: OUDE_WONING,
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
    expect(loadRegelset(config.PREMIE_REGELS_FILE).versie).toBe('2026.11.2');
  });
});
