import { describe, expect, it } from 'vitest';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import { loadRegelset } from '../src/regels/load.js';
import { adviseer, type AdviesPremie } from '../src/services/advies.js';
import { OUDE_WONING } from './woningen.js';
import type { MaatregelInvoer, PremieResultaat } from '../src/services/berekening.js';
import type { Inkomenscategorie } from '../src/regels/schema.js';

// The worked examples of reference/mijn-verbouwpremie/worked-examples.md, computed with the shipped rule set.
const regelset = loadRegelset();

type Invoer = Partial<MaatregelInvoer> & Pick<MaatregelInvoer, 'categorie'>;

function premies(datum: string, doelgroep: string | null, ...maatregelen: Invoer[]): AdviesPremie[] {
  const inkomenscategorie = doelgroep?.startsWith('CATEGORIE_') ? (doelgroep as Inkomenscategorie) : null;
  return adviseer(regelset, {
    datum,
    inkomenscategorie,
    doelgroep,
    woning: OUDE_WONING,
    maatregelen: maatregelen.map((m, i) => ({ id: `m${i + 1}`, oppervlakteM2: null, bedragExclBtw: null, ...m })),
  }).premies;
}
const premie = (datum: string, doelgroep: string | null, maatregel: Invoer, ...rest: Invoer[]) => premies(datum, doelgroep, maatregel, ...rest)[0]!;

/** The parts of a result that carry the computation (voorwaarden, bronnen and product are asserted separately). */
const kern = (p: PremieResultaat) => ({
  status: p.status,
  bedrag: p.bedrag,
  berekening: p.berekening,
  ontbreekt: p.ontbreekt,
  begrenzingen: p.begrenzingen,
  regelId: p.regelId,
  bronStatus: p.bronStatus,
});

describe('worked examples taken from sources', () => {
  it('1. categorie 2, 100 m² roof insulation (up to 28-02-2026): € 1.600, the maximum', () => {
    expect(kern(premie('2026-02-28', 'CATEGORIE_2', { categorie: 'DAK', oppervlakteM2: 100 }))).toEqual({
      status: 'BEREKEND',
      bedrag: 1600,
      berekening:
        '100 m² × € 16 per m² = € 1.600 (gelijk aan het maximum van € 1.600); niet gecontroleerd omdat het bedrag exclusief btw onbekend is: de minimumfactuur van € 1.000 en het plafond van 25 % van de factuur',
      ontbreekt: ['het bedrag exclusief btw van de maatregel (om de minimumfactuur van € 1.000 en het plafond van 25 % van de factuur te controleren)'],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/DAK/CATEGORIE_2',
      bronStatus: 'confirmed',
    });
  });

  it('2. categorie 1, 100 m² roof insulation (up to 28-02-2026): € 800', () => {
    const p = premie('2025-10-01', 'CATEGORIE_1', { categorie: 'DAK', oppervlakteM2: 100, bedragExclBtw: 6000 });
    expect(kern(p)).toEqual({
      status: 'BEREKEND',
      bedrag: 800,
      berekening: '100 m² × € 8 per m² = € 800 (gelijk aan het maximum van € 800); onder 20 % van de factuur van € 6.000 (€ 1.200)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/DAK/CATEGORIE_1',
      bronStatus: 'confirmed',
    });
  });

  it('3. categorie 2, heat-pump boiler, invoice € 1.256 (H2 2025): € 314, capped at 25 % of the invoice', () => {
    expect(kern(premie('2025-09-01', 'CATEGORIE_2', { categorie: 'WARMTEPOMPBOILER', bedragExclBtw: 1256 }))).toEqual({
      status: 'BEREKEND',
      bedrag: 314,
      berekening: 'Vast bedrag: € 900; begrensd tot 25 % van de factuur van € 1.256 = € 314',
      ontbreekt: [],
      begrenzingen: ['PERCENTAGE_VAN_FACTUUR'],
      regelId: 'MVP-2025-H2/WARMTEPOMPBOILER/CATEGORIE_2',
      // € 900 is single-source; the 25 % cap (confirmed) bit.
      bronStatus: 'single-source',
    });
  });

  it('4. categorie 2, outside-wall insulation on the outside face, 200 m² (H2 2025): € 2.250 (max 100 m²)', () => {
    expect(kern(premie('2025-09-01', 'CATEGORIE_2', { categorie: 'BUITENMUUR', oppervlakteM2: 200, uitvoering: 'MUUR_BUITENZIJDE' }))).toEqual({
      status: 'BEREKEND',
      bedrag: 2250,
      berekening:
        '200 m² begrensd tot de maximale oppervlakte van 100 m²; 100 m² × € 22,50 per m² (isolatie aan de buitenzijde) = € 2.250; niet gecontroleerd omdat het bedrag exclusief btw onbekend is: de minimumfactuur van € 1.000 en het plafond van 25 % van de factuur',
      ontbreekt: ['het bedrag exclusief btw van de maatregel (om de minimumfactuur van € 1.000 en het plafond van 25 % van de factuur te controleren)'],
      begrenzingen: ['MAXIMALE_OPPERVLAKTE'],
      regelId: 'MVP-2025-H2/BUITENMUUR/CATEGORIE_2',
      bronStatus: 'single-source',
    });
  });

  it('5. categorie 3, roof works, invoice € 33.420 (2026): € 4.025, the maximum', () => {
    expect(kern(premie('2026-05-01', 'CATEGORIE_3', { categorie: 'DAK', bedragExclBtw: 33420 }))).toEqual({
      status: 'BEREKEND',
      bedrag: 4025,
      berekening:
        '35 % van € 11.500 (de factuur van € 33.420 telt mee tot het maximale factuurbedrag van € 11.500) = € 4.025 (gelijk aan het maximum van € 4.025)',
      ontbreekt: [],
      begrenzingen: ['MAXIMAAL_FACTUURBEDRAG'],
      regelId: 'MVP-2026/DAK/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
  });

  it('6. categorie 3, windows and doors, invoice € 7.800: € 2.730, below the maximum (whole result)', () => {
    expect(premie('2026-05-01', 'CATEGORIE_3', { categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 7800 })).toEqual({
      maatregelId: 'm1',
      categorie: 'RAMEN_EN_DEUREN',
      aanvraagdatum: '2026-05-01',
      aanvraagdatumHerkomst: 'OPGEGEVEN',
      regime: 'MVP-2026',
      invoer: { oppervlakteM2: null, bedragExclBtw: 7800, uitvoering: null, laatsteFactuurdatum: null },
      status: 'BEREKEND',
      bedrag: 2730,
      berekening: '35 % van € 7.800 = € 2.730 (onder het maximum van € 3.675)',
      ontbreekt: [],
      begrenzingen: [],
      voorwaarden: [
        'factuur van minstens € 1.000 exclusief btw',
        'aanvraag binnen 24 maanden na de eindfactuur',
        'uitgevoerd door een aannemer',
        'woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006',
        'Ug-waarde van het glas hoogstens 1 W/m²K',
        'toevoer van ventilatielucht in de droge ruimten (raamroosters of systeem D)',
      ],
      toelichting: null,
      regelId: 'MVP-2026/RAMEN_EN_DEUREN/CATEGORIE_3',
      bronStatus: 'confirmed',
      bronnen: [
        {
          naam: 'REN0VATE_PRIMES',
          soort: 'independent premium calculator (seed data)',
          vindplaats: 'github:Architecht25/ren0vate db/seeds/flandre/primes.rb (commits 2025-06-30..2025-07-05)',
          url: 'https://github.com/Architecht25/ren0vate',
          datum: '2025-06-30 / 2025-07-05 (git commit dates)',
        },
        {
          naam: 'ENERVIA',
          soort: 'contractor tool',
          vindplaats:
            "github:Georgesvictor/enerviakadans lib/veka/premies.ts + its vitest fixture; 'Bron: www.vlaanderen.be/mijnverbouwpremie (cat. 3, eigenaar-bewoner)', 2026 tarieven",
          url: 'https://github.com/Georgesvictor/enerviakadans',
          datum: '2026',
        },
      ],
      productId: DEMO_PRODUCTS.mijnVerbouwPremie,
    });
  });

  it('7. categorie 3, outside wall, invoice € 4.495 (2025): € 1.573,25; from 1 March 2026 the sources conflict', () => {
    const before = premie('2026-02-28', 'CATEGORIE_3', { categorie: 'BUITENMUUR', bedragExclBtw: 4495 });
    expect(kern(before)).toEqual({
      status: 'BEREKEND',
      bedrag: 1573.25,
      berekening: '35 % van € 4.495 = € 1.573,25 (onder het maximum van € 3.500)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/BUITENMUUR/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
    const after = premie('2026-03-01', 'CATEGORIE_3', { categorie: 'BUITENMUUR', bedragExclBtw: 4495 });
    expect(kern(after)).toEqual({
      status: 'REGEL_ONBEKEND',
      bedrag: null,
      berekening: 'Geen bedrag: de bronnen spreken elkaar tegen over de premie voor buitenmuur en inkomenscategorie 3 in regime MVP-2026.',
      ontbreekt: ['een eenduidig bedrag in de regelset (de bronnen spreken elkaar tegen)'],
      begrenzingen: [],
      regelId: 'MVP-2026/BUITENMUUR/CATEGORIE_3',
      bronStatus: 'conflict',
    });
    expect(after.toelichting).toBe(
      'Vanaf 1 maart 2026 spreken de bronnen elkaar tegen: de ene meldt dat er voor buitenmuur en vloer geen premie meer is, de andere (later gecorrigeerd) dat de bedragen van 2025 blijven.',
    );
  });

  it('8. categorie 3, air-to-water heat pump, invoice € 15.400: € 4.500, below the 35 % cap', () => {
    expect(kern(premie('2025-09-01', 'CATEGORIE_3', { categorie: 'WARMTEPOMP', bedragExclBtw: 15400, uitvoering: 'WARMTEPOMP_LUCHT_WATER' }))).toEqual({
      status: 'BEREKEND',
      bedrag: 4500,
      berekening: 'Vast bedrag voor lucht-water: € 4.500; onder 35 % van de factuur van € 15.400 (€ 5.390)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/WARMTEPOMP/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
  });

  it('9. asbestos bonus with roof insulation, 65 m²: € 520 on top of the roof premium', () => {
    const [asbest, dak] = premies(
      '2026-05-01',
      'CATEGORIE_3',
      { categorie: 'ASBESTVERWIJDERING', oppervlakteM2: 65, bedragExclBtw: 2600 },
      { categorie: 'DAK', oppervlakteM2: 65, bedragExclBtw: 9000 },
    );
    expect(kern(asbest!)).toEqual({
      status: 'BEREKEND',
      bedrag: 520,
      berekening: '65 m² × € 8 per m² = € 520; onder 50 % van de factuur van € 2.600 (€ 1.300)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2026/ASBESTVERWIJDERING/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
    expect(asbest!.voorwaarden).toContain('enkel samen met een maatregel voor dak');
    expect(dak!.bedrag).toBe(3150);
  });

  it('10. middle income category, windows, 2025: the sources conflict, no amount', () => {
    for (const datum of ['2025-03-01', '2025-09-01']) {
      const p = premie(datum, 'CATEGORIE_2', { categorie: 'RAMEN_EN_DEUREN', oppervlakteM2: 15, bedragExclBtw: 11000 });
      expect([p.status, p.bedrag, p.bronStatus, p.ontbreekt]).toEqual([
        'REGEL_ONBEKEND',
        null,
        'conflict',
        ['een eenduidig bedrag in de regelset (de bronnen spreken elkaar tegen)'],
      ]);
    }
  });
});

describe('derived worked examples, with a date on each side of a regime change', () => {
  it('11. categorie 2, 80 m² roof, invoice € 9.000: € 1.280 on 28-02-2026, nothing from 01-03-2026', () => {
    const maatregel: Invoer = { categorie: 'DAK', oppervlakteM2: 80, bedragExclBtw: 9000 };
    expect(kern(premie('2026-02-28', 'CATEGORIE_2', maatregel))).toEqual({
      status: 'BEREKEND',
      bedrag: 1280,
      berekening: '80 m² × € 16 per m² = € 1.280 (onder het maximum van € 1.600); onder 25 % van de factuur van € 9.000 (€ 2.250)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/DAK/CATEGORIE_2',
      bronStatus: 'confirmed',
    });
    expect(kern(premie('2026-03-01', 'CATEGORIE_2', maatregel))).toEqual({
      status: 'NIET_IN_AANMERKING',
      bedrag: 0,
      berekening: 'Geen premie: inkomenscategorie 2 komt in regime MVP-2026 niet in aanmerking voor een premie voor dak.',
      ontbreekt: ['in aanmerking komen: inkomenscategorie 2 krijgt in regime MVP-2026 geen premie voor dak'],
      begrenzingen: [],
      regelId: 'MVP-2026/DAK/CATEGORIE_2',
      bronStatus: 'confirmed',
    });
  });

  it('12. categorie 4, geothermal heat pump, invoice € 15.000: € 7.500 (the 50 % cap), in H2 2025 and in 2026', () => {
    for (const [datum, regelId] of [
      ['2025-07-01', 'MVP-2025-H2/WARMTEPOMP/CATEGORIE_4'],
      ['2026-03-01', 'MVP-2026/WARMTEPOMP/CATEGORIE_4'],
    ] as const) {
      expect(kern(premie(datum, 'CATEGORIE_4', { categorie: 'WARMTEPOMP', bedragExclBtw: 15000, uitvoering: 'WARMTEPOMP_BODEM_WATER' }))).toEqual({
        status: 'BEREKEND',
        bedrag: 7500,
        berekening: 'Vast bedrag voor geothermisch (bodem-water): € 8.000; begrensd tot 50 % van de factuur van € 15.000 = € 7.500',
        ontbreekt: [],
        begrenzingen: ['PERCENTAGE_VAN_FACTUUR'],
        regelId,
        bronStatus: 'confirmed',
      });
    }
  });

  it('13. categorie 1, air-to-water heat pump, invoice € 12.000, on three application dates', () => {
    const maatregel: Invoer = { categorie: 'WARMTEPOMP', bedragExclBtw: 12000, uitvoering: 'WARMTEPOMP_LUCHT_WATER' };
    const at = (datum: string) => kern(premie(datum, 'CATEGORIE_1', maatregel));
    expect(at('2025-06-30')).toEqual({
      status: 'BEREKEND',
      bedrag: 2250,
      berekening: 'Vast bedrag voor lucht-water: € 2.250; onder 40 % van de factuur van € 12.000 (€ 4.800)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2025-H1/WARMTEPOMP/CATEGORIE_1',
      bronStatus: 'single-source',
    });
    expect(at('2025-07-01')).toEqual({
      status: 'BEREKEND',
      bedrag: 2250,
      berekening: 'Vast bedrag voor lucht-water: € 2.250; onder 20 % van de factuur van € 12.000 (€ 2.400)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/WARMTEPOMP/CATEGORIE_1',
      bronStatus: 'single-source',
    });
    expect(at('2026-03-01')).toEqual({
      status: 'BEREKEND',
      bedrag: 1500,
      berekening: 'Vast bedrag voor lucht-water: € 1.500; onder 20 % van de factuur van € 12.000 (€ 2.400)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2026/WARMTEPOMP/CATEGORIE_1',
      bronStatus: 'confirmed',
    });
  });

  it('14. categorie 3, floor insulation, invoice € 5.000: € 1.050 in 2025, a conflict from 01-03-2026', () => {
    expect(kern(premie('2025-12-31', 'CATEGORIE_3', { categorie: 'VLOER', bedragExclBtw: 5000 }))).toEqual({
      status: 'BEREKEND',
      bedrag: 1050,
      berekening:
        '35 % van € 3.000 (de factuur van € 5.000 telt mee tot het maximale factuurbedrag van € 3.000) = € 1.050 (gelijk aan het maximum van € 1.050)',
      ontbreekt: [],
      begrenzingen: ['MAXIMAAL_FACTUURBEDRAG'],
      regelId: 'MVP-2025-H2/VLOER/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
    const after = premie('2026-03-01', 'CATEGORIE_3', { categorie: 'VLOER', bedragExclBtw: 5000 });
    expect([after.status, after.bedrag, after.bronStatus]).toEqual(['REGEL_ONBEKEND', null, 'conflict']);
  });

  it('15. categorie 4, electricity and plumbing, invoice € 7.200: € 3.000; categories 1 and 2 are not eligible', () => {
    expect(kern(premie('2025-09-01', 'CATEGORIE_4', { categorie: 'ELEKTRICITEIT_EN_SANITAIR', bedragExclBtw: 7200 }))).toEqual({
      status: 'BEREKEND',
      bedrag: 3000,
      berekening:
        '50 % van € 6.000 (de factuur van € 7.200 telt mee tot het maximale factuurbedrag van € 6.000) = € 3.000 (gelijk aan het maximum van € 3.000)',
      ontbreekt: [],
      begrenzingen: ['MAXIMAAL_FACTUURBEDRAG'],
      regelId: 'MVP-2025-H2/ELEKTRICITEIT_EN_SANITAIR/CATEGORIE_4',
      bronStatus: 'confirmed',
    });
    for (const categorie of ['CATEGORIE_1', 'CATEGORIE_2']) {
      const p = premie('2025-09-01', categorie, { categorie: 'ELEKTRICITEIT_EN_SANITAIR', bedragExclBtw: 7200 });
      expect([p.status, p.bedrag]).toEqual(['NIET_IN_AANMERKING', 0]);
    }
  });

  it('18. landlord renting through a woonmaatschappij, roof, invoice € 10.000 (H2 2025): € 5.000', () => {
    expect(kern(premie('2025-09-01', 'VERHUURDER_WOONMAATSCHAPPIJ', { categorie: 'DAK', bedragExclBtw: 10000 }))).toEqual({
      status: 'BEREKEND',
      bedrag: 5000,
      berekening: '50 % van € 10.000 = € 5.000 (onder het maximum van € 5.750)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/DAK/VERHUURDER_WOONMAATSCHAPPIJ',
      bronStatus: 'confirmed',
    });
  });

  it('a landlord without a rule of its own gets the amounts of categorie 4 through the regime assignment', () => {
    const p = premie('2025-09-01', 'VERHUURDER_WOONMAATSCHAPPIJ', { categorie: 'WARMTEPOMP', bedragExclBtw: 15000, uitvoering: 'WARMTEPOMP_LUCHT_WATER' });
    expect([p.status, p.bedrag, p.regelId, p.toelichting]).toEqual([
      'BEREKEND',
      6000,
      'MVP-2025-H2/WARMTEPOMP/CATEGORIE_4',
      'Een verhuurder via een woonmaatschappij (sociaal verhuurkantoor) krijgt de bedragen van categorie 4.',
    ]);
    expect(p.bronnen.map((b) => b.naam)).toEqual(['NIBE', 'REN0VATE_PRIMES', 'DENDEKKER', 'LEIESCHELDE']);
  });
});

describe('caps, missing data and figures the rule set does not know', () => {
  it('applies the maximum amount when the percentage exceeds it', () => {
    expect(kern(premie('2025-09-01', 'CATEGORIE_4', { categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 10400 }))).toEqual({
      status: 'BEREKEND',
      bedrag: 5200,
      berekening: '50 % van € 10.400 = € 5.200 (onder het maximum van € 5.250)',
      ontbreekt: [],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/RAMEN_EN_DEUREN/CATEGORIE_4',
      bronStatus: 'confirmed',
    });
    expect(kern(premie('2025-09-01', 'CATEGORIE_2', { categorie: 'VLOER', oppervlakteM2: 75, bedragExclBtw: 2000 }))).toEqual({
      status: 'BEREKEND',
      bedrag: 500,
      berekening: '75 m² × € 9 per m² = € 675; begrensd tot 25 % van de factuur van € 2.000 = € 500',
      ontbreekt: [],
      begrenzingen: ['PERCENTAGE_VAN_FACTUUR'],
      regelId: 'MVP-2025-H2/VLOER/CATEGORIE_2',
      bronStatus: 'single-source',
    });
  });

  it('gives nothing below the minimum invoice of € 1.000', () => {
    expect(kern(premie('2025-09-01', 'CATEGORIE_3', { categorie: 'DAK', bedragExclBtw: 999.99 }))).toEqual({
      status: 'NIET_IN_AANMERKING',
      bedrag: 0,
      berekening: 'Geen premie: het bedrag van € 999,99 exclusief btw ligt onder de minimumfactuur van € 1.000.',
      ontbreekt: ['een factuur van minstens € 1.000 exclusief btw'],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/DAK/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
  });

  it('rounds half up to cents at the end of each measure', () => {
    // 35 % of 1.000,01 = 350,0035 -> 350; 50 % of 1.000,01 = 500,005 -> 500,01
    expect(premie('2025-09-01', 'CATEGORIE_3', { categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 1000.01 }).bedrag).toBe(350);
    expect(premie('2025-09-01', 'CATEGORIE_4', { categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 1000.01 }).bedrag).toBe(500.01);
    expect(premie('2025-09-01', 'CATEGORIE_4', { categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 1000.01 }).berekening).toBe(
      '50 % van € 1.000,01 = € 500,01 (onder het maximum van € 5.250)',
    );
  });

  it('says what is missing: the income category, the area, the amount, the heat-pump type', () => {
    expect(kern(premie('2025-09-01', null, { categorie: 'DAK', oppervlakteM2: 80 }))).toEqual({
      status: 'GEGEVENS_ONTBREKEN',
      bedrag: null,
      berekening: 'Geen bedrag: de premie voor dak hangt af van de inkomenscategorie, en die is niet gekend.',
      ontbreekt: ['de inkomenscategorie van de burger'],
      begrenzingen: [],
      regelId: null,
      bronStatus: null,
    });
    expect(kern(premie('2025-09-01', 'CATEGORIE_2', { categorie: 'DAK', bedragExclBtw: 9000 }))).toEqual({
      status: 'GEGEVENS_ONTBREKEN',
      bedrag: null,
      berekening: 'Geen bedrag: voor de regel MVP-2025-H2/DAK/CATEGORIE_2 ontbreekt de oppervlakte in m² van de maatregel.',
      ontbreekt: ['de oppervlakte in m² van de maatregel'],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/DAK/CATEGORIE_2',
      bronStatus: 'confirmed',
    });
    expect(kern(premie('2025-09-01', 'CATEGORIE_3', { categorie: 'DAK', oppervlakteM2: 80 })).ontbreekt).toEqual([
      'het bedrag exclusief btw van de maatregel',
    ]);
    expect(kern(premie('2025-09-01', 'CATEGORIE_3', { categorie: 'WARMTEPOMP', bedragExclBtw: 15400 }))).toEqual({
      status: 'GEGEVENS_ONTBREKEN',
      bedrag: null,
      berekening:
        'Geen bedrag: voor de regel MVP-2025-H2/WARMTEPOMP/CATEGORIE_3 ontbreekt het type warmtepomp van de maatregel (geothermisch (bodem-water), lucht-water, hybride lucht-water of lucht-lucht).',
      ontbreekt: ['het type warmtepomp van de maatregel (geothermisch (bodem-water), lucht-water, hybride lucht-water of lucht-lucht)'],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/WARMTEPOMP/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
    const beide = premie('2025-09-01', 'CATEGORIE_1', { categorie: 'BUITENMUUR' });
    expect(beide.ontbreekt).toEqual([
      'de isolatiemethode van de maatregel (spouwmuurisolatie, isolatie aan de binnenzijde of isolatie aan de buitenzijde)',
      'de oppervlakte in m² van de maatregel',
    ]);
  });

  it('does not invent an amount where the rule set has none', () => {
    const p = premie('2025-09-01', 'CATEGORIE_3', { categorie: 'ZONNEBOILER', bedragExclBtw: 5000 });
    expect(kern(p)).toEqual({
      status: 'REGEL_ONBEKEND',
      bedrag: null,
      berekening: 'Geen bedrag: de regelset kent voor zonneboiler en inkomenscategorie 3 in regime MVP-2025-H2 geen bedrag.',
      ontbreekt: ['een bedrag in de regelset (niet gevonden in de bronnen)'],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/ZONNEBOILER/CATEGORIE_3',
      bronStatus: null,
    });
    expect(p.toelichting).toMatch(/^Geen betrouwbare bedragen gevonden voor 2025-2026/);
    // The first half of 2025 has no table for the roof of categorie 3.
    expect(premie('2025-06-30', 'CATEGORIE_3', { categorie: 'DAK', bedragExclBtw: 9000 }).status).toBe('REGEL_ONBEKEND');
    // Only the cap of the heat-pump boiler is known before July 2025.
    const boiler = premie('2025-03-01', 'CATEGORIE_4', { categorie: 'WARMTEPOMPBOILER', bedragExclBtw: 3000 });
    expect([boiler.status, boiler.bedrag, boiler.toelichting]).toEqual([
      'REGEL_ONBEKEND',
      null,
      'Enkel het plafond van 50 % van de factuur is bekend, niet het bedrag.',
    ]);
    // A target group the regime knows nothing about.
    expect(kern(premie('2026-05-01', 'VERHUURDER_WOONMAATSCHAPPIJ', { categorie: 'ZONNEBOILER', bedragExclBtw: 5000 }))).toEqual({
      status: 'REGEL_ONBEKEND',
      bedrag: null,
      berekening: 'Geen bedrag: de regelset heeft in regime MVP-2026 geen regel voor zonneboiler en verhuurder woonmaatschappij.',
      ontbreekt: ['een regel voor zonneboiler en verhuurder woonmaatschappij in de regelset'],
      begrenzingen: [],
      regelId: null,
      bronStatus: null,
    });
  });

  it('gives the asbestos bonus only together with a roof measure in the same dossier', () => {
    expect(kern(premie('2025-09-01', 'CATEGORIE_3', { categorie: 'ASBESTVERWIJDERING', oppervlakteM2: 65 }))).toEqual({
      status: 'NIET_IN_AANMERKING',
      bedrag: 0,
      berekening: 'Geen premie: de premie voor asbestverwijdering geldt enkel samen met een maatregel voor dak, en het dossier heeft er geen.',
      ontbreekt: ['een maatregel voor dak in hetzelfde dossier'],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/ASBESTVERWIJDERING/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
  });
});

describe('the advice for a dossier', () => {
  it('sums what could be computed, names the regime, the inputs and what is missing, and is always indicative', () => {
    const advies = adviseer(regelset, {
      datum: '2025-07-01',
      inkomenscategorie: 'CATEGORIE_3',
      inkomenscategorieHerkomst: 'Opgegeven door de burger op 15-01-2025.',
      woning: OUDE_WONING,
      maatregelen: [
        { id: 'a', categorie: 'RAMEN_EN_DEUREN', oppervlakteM2: null, bedragExclBtw: 4495.5 },
        { id: 'b', categorie: 'BUITENMUUR', oppervlakteM2: null, bedragExclBtw: 4495 },
        { id: 'c', categorie: 'ZONNEBOILER', oppervlakteM2: null, bedragExclBtw: 5000 },
      ],
    });
    expect({ ...advies, premies: advies.premies.map((p) => [p.maatregelId, p.status, p.bedrag, p.aanvraagdatum, p.aanvraagdatumHerkomst]), verbouwLening: advies.verbouwLening?.mogelijkheid }).toEqual({
      datum: '2025-07-01',
      regime: 'MVP-2025-H2',
      regimeGeldigVan: '2025-07-01',
      regimeGeldigTot: '2026-02-28',
      regelsetVersie: '2026.11.2',
      inkomenscategorie: 'CATEGORIE_3',
      doelgroep: 'CATEGORIE_3',
      invoer: {
        inkomenscategorie: 'CATEGORIE_3',
        inkomenscategorieHerkomst: 'Opgegeven door de burger op 15-01-2025.',
        doelgroep: 'CATEGORIE_3',
        woning: {
          adresId: '3000120',
          epcLabel: 'F',
          bouwjaar: 1930,
          epcCertificaatnummer: '20240318-0001234-00000001',
          herkomst: 'EPC 20240318-0001234-00000001 uit de EPC-databank van VEKA.',
        },
      },
      premies: [
        ['a', 'BEREKEND', 1573.43, '2025-07-01', 'OPGEGEVEN'],
        ['b', 'BEREKEND', 1573.25, '2025-07-01', 'OPGEGEVEN'],
        ['c', 'REGEL_ONBEKEND', null, '2025-07-01', 'OPGEGEVEN'],
      ],
      plafonds: [],
      totaal: 3146.68,
      ontbreekt: [],
      indicatief: true,
      verbouwLening: 'MOGELIJK',
    });
  });

  it('refuses a date on which no regime applies', () => {
    expect(() => adviseer(regelset, { datum: '2024-12-31', inkomenscategorie: 'CATEGORIE_3', woning: OUDE_WONING, maatregelen: [] })).toThrow(
      'Op 2024-12-31 geldt geen regime van Mijn VerbouwPremie in de regelset (versie 2026.11.2); de regels gelden voor aanvragen 2025-01-01 tot en met 2025-06-30, 2025-07-01 tot en met 2026-02-28, vanaf 2026-03-01.',
    );
  });
});
