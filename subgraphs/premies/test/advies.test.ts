import { describe, expect, it } from 'vitest';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import { controleerOuderdom, uiterlijkeAanvraagdatum } from '../src/regels/controles.js';
import { loadRegelset } from '../src/regels/load.js';
import { adviseer, type AdviesMaatregel, type AdviesPremie, type WoningInvoer } from '../src/services/advies.js';
import { OUDE_WONING } from './woningen.js';

// The advice beyond one measure: the application date per measure across a rule change, caps shared by
// several measures, the building age from the EPC, the deadline after the invoice and Mijn VerbouwLening.
const regelset = loadRegelset();

const maatregel = (id: string, m: Omit<AdviesMaatregel, 'id' | 'oppervlakteM2' | 'bedragExclBtw'> & Partial<AdviesMaatregel>): AdviesMaatregel => ({
  id,
  oppervlakteM2: null,
  bedragExclBtw: null,
  ...m,
});
const aangevraagd = (datum: string) => ({ datum, herkomst: 'INGEDIENDE_AANVRAAG' as const });

/** The computation of a premie, without its conditions and sources (asserted elsewhere). */
const kern = (p: AdviesPremie) => ({
  maatregelId: p.maatregelId,
  aanvraagdatum: p.aanvraagdatum,
  aanvraagdatumHerkomst: p.aanvraagdatumHerkomst,
  regime: p.regime,
  status: p.status,
  bedrag: p.bedrag,
  berekening: p.berekening,
  ontbreekt: p.ontbreekt,
  begrenzingen: p.begrenzingen,
  regelId: p.regelId,
  bronStatus: p.bronStatus,
});

const ZONDER_EPC: WoningInvoer = {
  adresId: '3001017',
  epcLabel: null,
  bouwjaar: null,
  epcCertificaatnummer: null,
  herkomst: 'Geen geldig EPC beschikbaar: de EPC-databank van VEKA kent er geen of antwoordde niet (zie de fouten van het antwoord). Label en bouwjaar ontbreken.',
  volgens: 'volgens het EPC',
  waaromOnbekend: 'geen geldig EPC',
};
const woningVan = (bouwjaar: number): WoningInvoer => ({ ...OUDE_WONING, bouwjaar });

describe('the application date counts, per measure', () => {
  it('a dossier across the change of 1 March 2026: the roof applied for on 20-02-2026 under MVP-2025-H2, the rest planned under MVP-2026', () => {
    const advies = adviseer(regelset, {
      datum: '2026-05-04',
      inkomenscategorie: 'CATEGORIE_2',
      woning: OUDE_WONING,
      maatregelen: [
        maatregel('dak', { categorie: 'DAK', oppervlakteM2: 80, bedragExclBtw: 9000, laatsteFactuurdatum: '2026-02-10', aanvraagdatum: aangevraagd('2026-02-20') }),
        maatregel('ramen', { categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 7800 }),
        maatregel('warmtepomp', { categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_LUCHT_WATER', bedragExclBtw: 12000 }),
      ],
    });
    expect(advies.premies.map(kern)).toEqual([
      {
        maatregelId: 'dak',
        aanvraagdatum: '2026-02-20',
        aanvraagdatumHerkomst: 'INGEDIENDE_AANVRAAG',
        regime: 'MVP-2025-H2',
        status: 'BEREKEND',
        bedrag: 1280,
        berekening: '80 m² × € 16 per m² = € 1.280 (onder het maximum van € 1.600); onder 25 % van de factuur van € 9.000 (€ 2.250)',
        ontbreekt: [],
        begrenzingen: [],
        regelId: 'MVP-2025-H2/DAK/CATEGORIE_2',
        bronStatus: 'confirmed',
      },
      {
        maatregelId: 'ramen',
        aanvraagdatum: '2026-05-04',
        aanvraagdatumHerkomst: 'OPGEGEVEN',
        regime: 'MVP-2026',
        status: 'NIET_IN_AANMERKING',
        bedrag: 0,
        berekening: 'Geen premie: inkomenscategorie 2 komt in regime MVP-2026 niet in aanmerking voor een premie voor ramen en deuren.',
        ontbreekt: ['in aanmerking komen: inkomenscategorie 2 krijgt in regime MVP-2026 geen premie voor ramen en deuren'],
        begrenzingen: [],
        regelId: 'MVP-2026/RAMEN_EN_DEUREN/CATEGORIE_2',
        bronStatus: 'confirmed',
      },
      {
        maatregelId: 'warmtepomp',
        aanvraagdatum: '2026-05-04',
        aanvraagdatumHerkomst: 'OPGEGEVEN',
        regime: 'MVP-2026',
        status: 'BEREKEND',
        bedrag: 1500,
        berekening: 'Vast bedrag voor lucht-water: € 1.500; onder 25 % van de factuur van € 12.000 (€ 3.000)',
        ontbreekt: [],
        begrenzingen: [],
        regelId: 'MVP-2026/WARMTEPOMP/CATEGORIE_2',
        bronStatus: 'confirmed',
      },
    ]);
    expect([advies.regime, advies.totaal, advies.ontbreekt]).toEqual(['MVP-2026', 2780, []]);
  });

  it('without a date, today counts (VANDAAG); a measure whose own date has no regime gets no amount', () => {
    const advies = adviseer(regelset, {
      datum: '2025-09-01',
      datumHerkomst: 'VANDAAG',
      inkomenscategorie: 'CATEGORIE_3',
      woning: OUDE_WONING,
      maatregelen: [
        maatregel('a', { categorie: 'VLOER', bedragExclBtw: 2000 }),
        maatregel('b', { categorie: 'VLOER', bedragExclBtw: 2000, aanvraagdatum: { datum: '2024-11-30', herkomst: 'OPGEGEVEN' } }),
      ],
    });
    expect(advies.premies.map(kern)).toEqual([
      {
        maatregelId: 'a',
        aanvraagdatum: '2025-09-01',
        aanvraagdatumHerkomst: 'VANDAAG',
        regime: 'MVP-2025-H2',
        status: 'BEREKEND',
        bedrag: 700,
        berekening: '35 % van € 2.000 = € 700 (onder het maximum van € 1.050)',
        ontbreekt: [],
        begrenzingen: [],
        regelId: 'MVP-2025-H2/VLOER/CATEGORIE_3',
        bronStatus: 'confirmed',
      },
      {
        maatregelId: 'b',
        aanvraagdatum: '2024-11-30',
        aanvraagdatumHerkomst: 'OPGEGEVEN',
        regime: null,
        status: 'REGEL_ONBEKEND',
        bedrag: null,
        berekening:
          'Geen bedrag: op 30-11-2024 geldt geen regime van Mijn VerbouwPremie in de regelset (de regels gelden voor aanvragen 2025-01-01 tot en met 2025-06-30, 2025-07-01 tot en met 2026-02-28, vanaf 2026-03-01).',
        ontbreekt: ['regels van Mijn VerbouwPremie voor een aanvraag op 30-11-2024 (vloer)'],
        begrenzingen: [],
        regelId: null,
        bronStatus: null,
      },
    ]);
  });

  it('an application more than 24 months after the last invoice gets nothing, and says by when it had to be made', () => {
    const [laat, opTijd] = adviseer(regelset, {
      datum: '2025-09-01',
      inkomenscategorie: 'CATEGORIE_4',
      woning: OUDE_WONING,
      maatregelen: [
        maatregel('laat', { categorie: 'ELEKTRICITEIT_EN_SANITAIR', bedragExclBtw: 7200, laatsteFactuurdatum: '2023-08-31' }),
        maatregel('op-tijd', { categorie: 'ELEKTRICITEIT_EN_SANITAIR', bedragExclBtw: 2000, laatsteFactuurdatum: '2023-09-01' }),
      ],
    }).premies;
    expect(kern(laat!)).toEqual({
      maatregelId: 'laat',
      aanvraagdatum: '2025-09-01',
      aanvraagdatumHerkomst: 'OPGEGEVEN',
      regime: 'MVP-2025-H2',
      status: 'NIET_IN_AANMERKING',
      bedrag: 0,
      berekening:
        'Geen premie: de aanvraag op 01-09-2025 komt te laat; voor elektriciteit en sanitair moest ze uiterlijk op 31-08-2025 ingediend zijn (24 maanden na de laatste factuur van 31-08-2023).',
      ontbreekt: ['een aanvraag uiterlijk op 31-08-2025 (24 maanden na de laatste factuur)'],
      begrenzingen: [],
      regelId: 'MVP-2025-H2/ELEKTRICITEIT_EN_SANITAIR/CATEGORIE_4',
      bronStatus: 'confirmed',
    });
    expect([opTijd!.status, opTijd!.bedrag, opTijd!.invoer]).toEqual([
      'BEREKEND',
      1000,
      { oppervlakteM2: null, bedragExclBtw: 2000, uitvoering: null, laatsteFactuurdatum: '2023-09-01' },
    ]);
  });
});

describe('several measures under one shared cap', () => {
  it('two roof measures of categorie 3 share the roof maximum of € 4.025; the one applied for first gets it first', () => {
    const advies = adviseer(regelset, {
      datum: '2026-05-04',
      inkomenscategorie: 'CATEGORIE_3',
      woning: OUDE_WONING,
      maatregelen: [
        maatregel('dakisolatie', { categorie: 'DAK', oppervlakteM2: 80, bedragExclBtw: 6000 }),
        maatregel('dakgoten', { categorie: 'DAK', bedragExclBtw: 8000, aanvraagdatum: aangevraagd('2026-04-01') }),
        maatregel('ramen', { categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 7800 }),
      ],
    });
    expect(advies.premies.map((p) => [p.maatregelId, p.status, p.bedrag, p.begrenzingen, p.berekening, p.bronStatus])).toEqual([
      [
        'dakisolatie',
        'BEREKEND',
        1225,
        ['GEDEELD_PLAFOND'],
        '35 % van € 6.000 = € 2.100 (onder het maximum van € 4.025); samen met een eerdere maatregel voor dak (€ 2.800) begrensd tot het gedeelde maximum van € 4.025 in dit dossier: nog € 1.225',
        'single-source',
      ],
      ['dakgoten', 'BEREKEND', 2800, [], '35 % van € 8.000 = € 2.800 (onder het maximum van € 4.025)', 'confirmed'],
      ['ramen', 'BEREKEND', 2730, [], '35 % van € 7.800 = € 2.730 (onder het maximum van € 3.675)', 'confirmed'],
    ]);
    // The cap's source joins those of the capped premie.
    expect(advies.premies[0]!.bronnen.map((b) => b.naam)).toEqual(['DENDEKKER', 'REN0VATE_PRIMES', 'INGBELG', 'ENERGIEPLUS', 'ENERVIA', 'NIBE']);
    expect(advies.plafonds).toEqual([
      {
        id: 'MVP-2026/DAK/PER_DOSSIER',
        omschrijving: 'Het maximum van de premie voor dak geldt voor alle maatregelen voor dak van het dossier samen.',
        regime: 'MVP-2026',
        werkcategorieen: ['DAK'],
        geldtVoor: 'DOSSIER',
        periodeJaren: null,
        soort: 'MAXIMUM_VAN_REGEL',
        maximum: 4025,
        maatregelIds: ['dakgoten', 'dakisolatie'],
        bedragVoorPlafond: 4900,
        bedragNaPlafond: 4025,
        toegepast: true,
        bronStatus: 'single-source',
        bronnen: regelset.regimeOp('2026-05-04')!.plafonds[0]!.bronnen.map((naam) => expect.objectContaining({ naam })),
        toelichting:
          'Afgeleid uit de regels: de bronnen geven één maximum per werkcategorie en doelgroep, niet per maatregel. Meerdere maatregelen van deze categorie in één dossier delen het; de maatregel die eerst aangevraagd wordt, krijgt eerst.',
      },
    ]);
    expect(advies.totaal).toBe(6755);
  });

  it('measures under different regimes do not share a cap per dossier; a cap that does not bite is still listed', () => {
    const advies = adviseer(regelset, {
      datum: '2026-05-04',
      inkomenscategorie: 'CATEGORIE_3',
      woning: OUDE_WONING,
      maatregelen: [
        maatregel('dak-2025', { categorie: 'DAK', bedragExclBtw: 10000, aanvraagdatum: aangevraagd('2026-02-20') }),
        maatregel('dak-2026', { categorie: 'DAK', bedragExclBtw: 10000 }),
        maatregel('vloer-1', { categorie: 'VLOER', bedragExclBtw: 1200 }),
        maatregel('vloer-2', { categorie: 'VLOER', bedragExclBtw: 1000 }),
      ],
    });
    expect(advies.premies.map((p) => [p.maatregelId, p.regime, p.status, p.bedrag])).toEqual([
      ['dak-2025', 'MVP-2025-H2', 'BEREKEND', 3500],
      ['dak-2026', 'MVP-2026', 'BEREKEND', 3500],
      // Floor from March 2026 is in conflict: no amount, nothing shared.
      ['vloer-1', 'MVP-2026', 'REGEL_ONBEKEND', null],
      ['vloer-2', 'MVP-2026', 'REGEL_ONBEKEND', null],
    ]);
    expect(advies.plafonds).toEqual([]);

    const vloer = adviseer(regelset, {
      datum: '2025-10-01',
      inkomenscategorie: 'CATEGORIE_3',
      woning: OUDE_WONING,
      maatregelen: [maatregel('v1', { categorie: 'VLOER', bedragExclBtw: 1200 }), maatregel('v2', { categorie: 'VLOER', bedragExclBtw: 1000 })],
    });
    expect(vloer.premies.map((p) => [p.maatregelId, p.bedrag, p.begrenzingen])).toEqual([
      ['v1', 420, []],
      ['v2', 350, []],
    ]);
    expect(vloer.plafonds.map((p) => [p.id, p.maatregelIds, p.bedragVoorPlafond, p.bedragNaPlafond, p.toegepast])).toEqual([
      ['MVP-2025-H2/VLOER/PER_DOSSIER', ['v1', 'v2'], 770, 770, false],
    ]);
  });

  it('one heat-pump premium per home per 10 years (2025 regimes): a second heat pump gets nothing', () => {
    const advies = adviseer(regelset, {
      datum: '2025-10-01',
      inkomenscategorie: 'CATEGORIE_3',
      woning: OUDE_WONING,
      maatregelen: [
        maatregel('wp-bijgebouw', { categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_LUCHT_LUCHT', bedragExclBtw: 3000 }),
        maatregel('wp-woning', { categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_LUCHT_WATER', bedragExclBtw: 15400, aanvraagdatum: aangevraagd('2025-06-20') }),
      ],
    });
    expect(advies.premies.map(kern)).toEqual([
      {
        maatregelId: 'wp-bijgebouw',
        aanvraagdatum: '2025-10-01',
        aanvraagdatumHerkomst: 'OPGEGEVEN',
        regime: 'MVP-2025-H2',
        status: 'NIET_IN_AANMERKING',
        bedrag: 0,
        berekening: 'Geen premie: één warmtepomppremie per woning per 10 jaar, en de maatregel wp-woning (aanvraag op 20-06-2025) krijgt die al.',
        ontbreekt: ['geen eerdere premie voor warmtepomp voor de woning in de 10 jaar vóór de aanvraag (de maatregel wp-woning krijgt die al)'],
        begrenzingen: ['GEDEELD_PLAFOND'],
        regelId: 'MVP-2025-H2/WARMTEPOMP/CATEGORIE_3',
        bronStatus: 'single-source',
      },
      {
        maatregelId: 'wp-woning',
        aanvraagdatum: '2025-06-20',
        aanvraagdatumHerkomst: 'INGEDIENDE_AANVRAAG',
        regime: 'MVP-2025-H1',
        status: 'BEREKEND',
        bedrag: 4500,
        berekening: 'Vast bedrag voor lucht-water: € 4.500; onder 40 % van de factuur van € 15.400 (€ 6.160)',
        ontbreekt: [],
        begrenzingen: [],
        regelId: 'MVP-2025-H1/WARMTEPOMP/CATEGORIE_3',
        bronStatus: 'confirmed',
      },
    ]);
    // The cap of the later regime counts the heat pump applied for under the earlier one (same home, within 10 years).
    expect(advies.plafonds.map((p) => [p.id, p.soort, p.maximum, p.maatregelIds, p.bedragVoorPlafond, p.bedragNaPlafond, p.toegepast])).toEqual([
      ['MVP-2025-H2/WARMTEPOMP/PER_WONING_10_JAAR', 'AANTAL', 1, ['wp-woning', 'wp-bijgebouw'], 4950, 4500, true],
    ]);
  });
});

describe('the building age, from the build year of the EPC', () => {
  const maatregelen = [
    maatregel('dak', { categorie: 'DAK', bedragExclBtw: 10000 }),
    maatregel('warmtepomp', { categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_LUCHT_WATER', bedragExclBtw: 15400 }),
  ];

  it('a home too young (built in 2012) gets no roof premie; the heat pump has no age condition', () => {
    const advies = adviseer(regelset, { datum: '2026-05-04', inkomenscategorie: 'CATEGORIE_3', woning: woningVan(2012), maatregelen });
    expect(advies.premies.map(kern)).toEqual([
      {
        maatregelId: 'dak',
        aanvraagdatum: '2026-05-04',
        aanvraagdatumHerkomst: 'OPGEGEVEN',
        regime: 'MVP-2026',
        status: 'NIET_IN_AANMERKING',
        bedrag: 0,
        berekening:
          'Geen premie: de woning is volgens het EPC gebouwd in 2012; de premie voor dak geldt enkel voor een woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006.',
        ontbreekt: ['een woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006 (deze woning is volgens het EPC gebouwd in 2012)'],
        begrenzingen: [],
        regelId: 'MVP-2026/DAK/CATEGORIE_3',
        bronStatus: 'confirmed',
      },
      {
        maatregelId: 'warmtepomp',
        aanvraagdatum: '2026-05-04',
        aanvraagdatumHerkomst: 'OPGEGEVEN',
        regime: 'MVP-2026',
        status: 'BEREKEND',
        bedrag: 4500,
        berekening: 'Vast bedrag voor lucht-water: € 4.500; onder 35 % van de factuur van € 15.400 (€ 5.390)',
        ontbreekt: [],
        begrenzingen: [],
        regelId: 'MVP-2026/WARMTEPOMP/CATEGORIE_3',
        bronStatus: 'confirmed',
      },
    ]);
    expect([advies.totaal, advies.ontbreekt]).toEqual([4500, []]);
  });

  it('built in 2006 is too young for "before 01-01-2006"; built in 2005 is old enough', () => {
    const dak = (bouwjaar: number) => adviseer(regelset, { datum: '2026-05-04', inkomenscategorie: 'CATEGORIE_3', woning: woningVan(bouwjaar), maatregelen }).premies[0]!;
    expect([dak(2006).status, dak(2006).bedrag]).toEqual(['NIET_IN_AANMERKING', 0]);
    expect([dak(2005).status, dak(2005).bedrag]).toEqual(['BEREKEND', 3500]);
  });

  it('a home without a valid EPC: the amount is computed, and the build year is what is missing', () => {
    const advies = adviseer(regelset, { datum: '2026-05-04', inkomenscategorie: 'CATEGORIE_3', woning: ZONDER_EPC, maatregelen });
    expect(kern(advies.premies[0]!)).toEqual({
      maatregelId: 'dak',
      aanvraagdatum: '2026-05-04',
      aanvraagdatumHerkomst: 'OPGEGEVEN',
      regime: 'MVP-2026',
      status: 'BEREKEND',
      bedrag: 3500,
      berekening:
        '35 % van € 10.000 = € 3.500 (onder het maximum van € 4.025); niet gecontroleerd omdat het bouwjaar onbekend is: of de woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006 is',
      ontbreekt: ['het bouwjaar van de woning (geen geldig EPC), om na te gaan of ze gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006 is'],
      begrenzingen: [],
      regelId: 'MVP-2026/DAK/CATEGORIE_3',
      bronStatus: 'confirmed',
    });
    expect(advies.premies[1]!.ontbreekt).toEqual([]);
    expect(advies.invoer.woning).toEqual({
      adresId: '3001017',
      epcLabel: null,
      bouwjaar: null,
      epcCertificaatnummer: null,
      herkomst: 'Geen geldig EPC beschikbaar: de EPC-databank van VEKA kent er geen of antwoordde niet (zie de fouten van het antwoord). Label en bouwjaar ontbreken.',
    });
    expect(advies.ontbreekt).toEqual(['het bouwjaar van de woning (geen geldig EPC)']);
  });

  it('the checks the application shares: building age (both readings of the rule) and the deadline', () => {
    const voor2006 = { gebouwdVoor: '2006-01-01' };
    expect(controleerOuderdom(undefined, 2020, '2026-05-04')).toEqual({ uitkomst: 'GEEN_VOORWAARDE', voorwaarde: null, boodschap: null });
    expect(controleerOuderdom(voor2006, 1930, '2026-05-04')).toEqual({
      uitkomst: 'VOLDAAN',
      voorwaarde: 'gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006',
      boodschap: null,
    });
    expect(controleerOuderdom(voor2006, 2006, '2026-05-04')).toEqual({
      uitkomst: 'TE_RECENT',
      voorwaarde: 'gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006',
      boodschap: 'De woning is volgens het EPC gebouwd in 2006; de premie geldt enkel voor een woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006.',
    });
    expect(controleerOuderdom(voor2006, null, '2026-05-04')).toEqual({
      uitkomst: 'ONBEKEND',
      voorwaarde: 'gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006',
      boodschap: 'Het bouwjaar van de woning is niet gekend (geen geldig EPC): nodig om na te gaan of de woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006 is.',
    });
    // A limit in the middle of a year: only the exact date would tell.
    expect(controleerOuderdom({ gebouwdVoor: '2006-07-01' }, 2006, '2026-05-04').uitkomst).toBe('ONBEKEND');
    // "At least 15 years old on the application date" (the other reading of the age rule).
    const vijftien = { minOuderdomJaren: 15 };
    expect([2010, 2011, 2012].map((jaar) => controleerOuderdom(vijftien, jaar, '2026-05-04').uitkomst)).toEqual(['VOLDAAN', 'ONBEKEND', 'TE_RECENT']);
    expect(controleerOuderdom({ ...voor2006, ...vijftien }, 2008, '2026-05-04', 'volgens de simulatie')).toEqual({
      uitkomst: 'TE_RECENT',
      voorwaarde: 'gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006 en op de aanvraagdatum minstens 15 jaar oud',
      boodschap: 'De woning is volgens de simulatie gebouwd in 2008; de premie geldt enkel voor een woning gebouwd of aangesloten op het elektriciteitsnet vóór 01-01-2006.',
    });
    expect(uiterlijkeAanvraagdatum({ termijnNaFactuurMaanden: 24 }, '2024-02-29')).toBe('2026-02-28');
    expect(uiterlijkeAanvraagdatum({}, '2024-02-29')).toBeNull();
    const regime = regelset.regimeOp('2026-05-04')!;
    expect(regelset.vereisteDocumenten(regime, 'ELEKTRICITEIT_EN_SANITAIR')).toEqual([
      { soort: 'ATTEST', omschrijving: 'het keuringsverslag van de elektrische installatie (AREI)' },
    ]);
    expect(regelset.vereisteDocumenten(regime, 'VENTILATIE')).toEqual([]);
    expect(regelset.voorwaardenVoor(regime, 'DAK', null)).toEqual(regelset.voorwaardenVoor(regime, 'DAK', 'CATEGORIE_3'));
  });
});

describe('Mijn VerbouwLening', () => {
  const lening = (inkomenscategorie: 'CATEGORIE_1' | 'CATEGORIE_2' | 'CATEGORIE_3' | null) =>
    adviseer(regelset, { datum: '2026-05-04', inkomenscategorie, woning: OUDE_WONING, maatregelen: [] }).verbouwLening!;

  it('categorie 3 may borrow: the whole option, with what is not known and the IPDC product', () => {
    expect(lening('CATEGORIE_3')).toEqual({
      naam: 'Mijn VerbouwLening',
      mogelijkheid: 'MOGELIJK',
      toelichting:
        'De bronnen (2022-2024) noemen eigenaar-bewoners uit de laagste en de middelste inkomenscategorie van Mijn VerbouwPremie, toen nog drie categorieën (laagste tot 32.980 euro, middelste tot 46.170 euro voor een alleenstaande, grenzen van 2022). Categorie 3 (tot 42.340 euro voor een alleenstaande in 2025) valt binnen de vroegere middelste: onze interpretatie.',
      omschrijving:
        'Een lening van het Energiehuis voor de werken van Mijn VerbouwPremie (en zonnepanelen), aan te vragen vóór de start van de werken, op basis van offertes. De premie van Mijn VerbouwPremie voor die werken dient als vervroegde terugbetaling van de lening.',
      maxBedrag: 60000,
      maxLooptijdJaren: 25,
      onbekend: [
        'De rentevoet voor aanvragen in 2025 en 2026: 2,75 % voor aanvragen vanaf 24-02-2024 (KORTENBERG, WOONECO), jaarlijks aangepast aan de wettelijke rentevoet.',
        'Of de voorwaarden na 2024 wijzigden: de bronnen dateren van vóór de vier inkomenscategorieën van 2025.',
        'Of inkomenscategorie 2 in aanmerking komt: ze overlapt de vroegere middelste en hoogste inkomenscategorie.',
        'Hoeveel geleend kan worden voor binnenrenovatie en voor elektriciteit en sanitair: een vast bedrag dat de bronnen niet noemen.',
      ],
      bronStatus: 'single-source',
      bronnen: [
        {
          naam: 'MIJNENERGIEHUIS',
          soort: 'energy house (Energiehuis) page',
          vindplaats: 'https://mijnenergiehuis.be/mijn-verbouwlening',
          url: 'https://mijnenergiehuis.be/mijn-verbouwlening',
          datum: 'undated (after 2022-09-01; income ceilings of 2022)',
        },
        {
          naam: 'KORTENBERG',
          soort: 'municipality',
          vindplaats: 'https://www.kortenberg.be/mijn-verbouwlening',
          url: 'https://www.kortenberg.be/mijn-verbouwlening',
          datum: "undated (2024: rate for applications from 2024-02-24, 'in het voorjaar van 2025' adjusted)",
        },
        {
          naam: 'WOONECO',
          soort: 'local housing and energy service',
          vindplaats: 'https://wooneco.be/aanbod/bedrag-mijn-verbouwlening/',
          url: 'https://wooneco.be/aanbod/bedrag-mijn-verbouwlening/',
          datum: "undated (2024: 'in 2024 2,75 %')",
        },
      ],
      productId: DEMO_PRODUCTS.mijnVerbouwLening,
    });
  });

  it('categorie 1 may not; for categorie 2 and an unknown category it is not known', () => {
    expect([lening('CATEGORIE_1').mogelijkheid, lening('CATEGORIE_2').mogelijkheid, lening(null).mogelijkheid]).toEqual(['NIET_MOGELIJK', 'ONBEKEND', 'ONBEKEND']);
    expect(lening('CATEGORIE_2').toelichting).toBe('De bronnen zeggen niet of inkomenscategorie 2 Mijn VerbouwLening kan aanvragen.');
    expect(lening(null).toelichting).toBe('De inkomenscategorie van de burger is niet gekend: die bepaalt of Mijn VerbouwLening mogelijk is.');
  });
});
