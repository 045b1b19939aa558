// Derives the hub's rule set (regels/mijn-verbouwpremie.json) from the reference tables of Mijn VerbouwPremie
// (mvp-rules.json: figures with their sources and confidence status, compiled from public secondary sources).
//
//   node --conditions=source --import tsx subgraphs/premies/scripts/derive-regelset.ts <path/to/mvp-rules.json> [out.json]
//   (the "source" condition makes @hub/shared resolve to its TypeScript sources, no build needed)
//
// The derived file is what ships; this script documents every judgement made on the way:
// - the source's kinds become the hub's explicit amount kinds; conditions become structured data;
// - the asbestos bonus (listed under the roof) becomes the work category ASBESTVERWIJDERING;
// - a figure the source does not give becomes ONBEKEND with the reason, never an invented amount;
// - from 1 March 2026 income categories 1 and 2 get nothing except heat pump and heat-pump boiler;
// - figures the worked examples and the conflict list mark as disputed get status conflict;
// - the source's heat-pump types and insulation methods become the dossier's MaatregelUitvoering values;
// - one maximum per work category is shared by all measures of that category in a dossier (a cap per
//   DOSSIER): the sources give one maximum for, e.g., all roof works (insulation and renovation together);
// - the historical "one heat-pump premium per home per 10 years" becomes a cap per home over 10 years;
// - the documents an application needs per category are the proof of the rule's technical conditions;
// - Mijn VerbouwLening is not in the reference (out of its scope): what the hub says of it comes from the
//   public pages listed in LENING_BRONNEN below, and what they do not say is listed as unknown.
// The output is validated with the same loader the service uses before it is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import { parseRegelset } from '../src/regels/load.js';
import { LENING_BRONNEN, VERBOUWLENING, plafondsVan } from './derive-plafonds-en-lening.js';
import {
  INKOMENSCATEGORIEEN,
  WERKCATEGORIEEN,
  type BronStatus,
  type Categorie,
  type Doelgroep,
  type Regel,
  type Regime,
  type RegelsetData,
  type Voorwaarden,
} from '../src/regels/schema.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Src = any;

const VERSIE = '2026.11.2';
const EXTRA = 'VOORBEREIDENDE_WERKEN_ISOLATIE';
const CATEGORIE_CODES = [...WERKCATEGORIEEN, EXTRA] as const;
type Code = (typeof CATEGORIE_CODES)[number];

const CATEGORY_MAP: Record<string, Code> = {
  DAKISOLATIE: 'DAK',
  BUITENMUUR: 'BUITENMUUR',
  VLOER: 'VLOER',
  RAMEN_DEUREN: 'RAMEN_EN_DEUREN',
  ELEKTRICITEIT_SANITAIR: 'ELEKTRICITEIT_EN_SANITAIR',
  VOORBEREIDENDE_WERKEN_ISOLATIE: EXTRA,
  WARMTEPOMP: 'WARMTEPOMP',
  WARMTEPOMPBOILER: 'WARMTEPOMPBOILER',
};

const OMSCHRIJVING: Record<Code, string> = {
  DAK: 'Dak: dak- of zoldervloerisolatie; voor categorie 3 en 4 ook dakrenovatie (onderdak, structuur, dakbedekking, goten, dakramen met Ug ≤ 1,0).',
  BUITENMUUR: 'Buitenmuur: spouwmuurisolatie, isolatie aan de buitenzijde of aan de binnenzijde; voor categorie 3 en 4 ook gevelrenovatie.',
  VLOER: 'Vloer of kelder: vloer- of kelderplafondisolatie; voor categorie 3 en 4 ook vloerrenovatie.',
  RAMEN_EN_DEUREN: 'Ramen en deuren: buitenschrijnwerk en hoogrendementsbeglazing.',
  WARMTEPOMP: 'Warmtepomp: geothermisch (bodem-water), lucht-water, hybride lucht-water of lucht-lucht.',
  WARMTEPOMPBOILER: 'Warmtepompboiler.',
  ZONNEBOILER: 'Zonneboiler.',
  VENTILATIE: 'Ventilatie.',
  ELEKTRICITEIT_EN_SANITAIR: 'Elektriciteit en sanitair: vernieuwing van de installaties.',
  BINNENRENOVATIE: 'Binnenrenovatie: binnenmuren, plafonds, trap.',
  ASBESTVERWIJDERING: 'Asbestverwijdering: een extra bedrag per m² wanneer asbest verwijderd wordt samen met dakisolatie.',
  VOORBEREIDENDE_WERKEN_ISOLATIE:
    'Voorbereidende werken bij isolatie (enkel samen met een isolatiepremie). Geen werkcategorie van een dossier: het advies gebruikt deze regels nog niet.',
};

const UITVOERINGEN: Partial<Record<Code, Categorie['uitvoeringen']>> = {
  BUITENMUUR: {
    naam: 'de isolatiemethode',
    waarden: { MUUR_SPOUW: 'spouwmuurisolatie', MUUR_BINNENZIJDE: 'isolatie aan de binnenzijde', MUUR_BUITENZIJDE: 'isolatie aan de buitenzijde' },
  },
  WARMTEPOMP: {
    naam: 'het type warmtepomp',
    waarden: {
      WARMTEPOMP_BODEM_WATER: 'geothermisch (bodem-water)',
      WARMTEPOMP_LUCHT_WATER: 'lucht-water',
      WARMTEPOMP_HYBRIDE: 'hybride lucht-water',
      WARMTEPOMP_LUCHT_LUCHT: 'lucht-lucht',
    },
  },
};
/** The source's type and method names -> the dossier's MaatregelUitvoering (Maatregel.uitvoering). */
const UITVOERING_CODE: Record<string, string> = {
  geothermisch: 'WARMTEPOMP_BODEM_WATER',
  lucht_water: 'WARMTEPOMP_LUCHT_WATER',
  hybride_lucht_water: 'WARMTEPOMP_HYBRIDE',
  lucht_lucht: 'WARMTEPOMP_LUCHT_LUCHT',
  spouw: 'MUUR_SPOUW',
  binnenzijde: 'MUUR_BINNENZIJDE',
  buitenzijde: 'MUUR_BUITENZIJDE',
};

// The documents an application needs besides its invoices: the proof of the technical conditions the dossier
// does not hold as data. They are attached to an invoice as documents of kind ATTEST.
const ATTEST = (omschrijving: string): Categorie['vereisteDocumenten'] => [{ soort: 'ATTEST', omschrijving }];
const VEREISTE_DOCUMENTEN: Partial<Record<Code, Categorie['vereisteDocumenten']>> = {
  DAK: ATTEST('een attest of de technische fiche met de Rd-waarde van de dakisolatie'),
  BUITENMUUR: ATTEST('een attest of de technische fiche met de R-waarde van de muurisolatie (bij spouwmuurisolatie: het STS-attest van de plaatser)'),
  VLOER: ATTEST('een attest of de technische fiche met de R-waarde van de vloerisolatie'),
  RAMEN_EN_DEUREN: ATTEST('een attest of de technische fiche met de Ug-waarde van de beglazing'),
  WARMTEPOMP: ATTEST('het RESCert-certificaat van de installateur en de technische fiche van de warmtepomp'),
  WARMTEPOMPBOILER: ATTEST('het RESCert-certificaat van de installateur en de technische fiche van de warmtepompboiler'),
  ZONNEBOILER: ATTEST('het RESCert-certificaat van de installateur en de technische fiche van de zonneboiler'),
  ELEKTRICITEIT_EN_SANITAIR: ATTEST('het keuringsverslag van de elektrische installatie (AREI)'),
  ASBESTVERWIJDERING: ATTEST('het attest van de asbestverwijdering (met het bewijs van afvoer)'),
};

// Technical conditions per work category (generalConditions and technicalConditions of the source).
const ALGEMEEN: Voorwaarden = { minFactuurExclBtw: 1000, termijnNaFactuurMaanden: 24 };
const GEBOUW: Voorwaarden = { gebouwdVoor: '2006-01-01' };
const VOORWAARDEN: Record<Code, Voorwaarden> = {
  DAK: { ...ALGEMEEN, ...GEBOUW, aannemerVerplicht: true, minRd: 4.5 },
  BUITENMUUR: {
    ...ALGEMEEN,
    ...GEBOUW,
    aannemerVerplicht: true,
    minRPerUitvoering: { MUUR_BINNENZIJDE: 2, MUUR_BUITENZIJDE: 3 },
    overige: ['spouwmuurisolatie: spouw van minstens 5 cm, volledig gevuld, door een STS-gecertificeerde plaatser (STS-nummer op de factuur)'],
  },
  VLOER: { ...ALGEMEEN, ...GEBOUW, aannemerVerplicht: true, minR: 2 },
  RAMEN_EN_DEUREN: {
    ...ALGEMEEN,
    ...GEBOUW,
    aannemerVerplicht: true,
    maxUg: 1,
    overige: ['toevoer van ventilatielucht in de droge ruimten (raamroosters of systeem D)'],
  },
  WARMTEPOMP: {
    ...ALGEMEEN,
    aannemerVerplicht: true,
    omgevingsvergunningMinJaar: 5,
    overige: [
      'installateur met RESCert-certificaat',
      'EU-productlabel minstens A+ (A++ voor geothermisch); hybride: pakketlabel met een seizoensrendement van minstens 110 %',
      'de warmtepomp verwarmt de woning; lucht-water met actieve koeling enkel als enige centrale verwarming',
    ],
  },
  WARMTEPOMPBOILER: { ...ALGEMEEN, aannemerVerplicht: true, omgevingsvergunningMinJaar: 5 },
  ZONNEBOILER: { ...ALGEMEEN, omgevingsvergunningMinJaar: 5 },
  VENTILATIE: { ...ALGEMEEN, ...GEBOUW },
  ELEKTRICITEIT_EN_SANITAIR: { ...ALGEMEEN, ...GEBOUW, aannemerVerplicht: false },
  BINNENRENOVATIE: { ...ALGEMEEN, ...GEBOUW, aannemerVerplicht: false },
  // Part of the roof application: the minimum invoice is that of the roof works.
  ASBESTVERWIJDERING: { termijnNaFactuurMaanden: 24, ...GEBOUW, aannemerVerplicht: true, samenMet: ['DAK'] },
  VOORBEREIDENDE_WERKEN_ISOLATIE: { ...ALGEMEEN, ...GEBOUW, aannemerVerplicht: true },
};

// Rule conditions of the source: null = covered by the structured conditions above.
const CONDITION_TEXT: Record<string, string | null> = {
  'cap applies to invoice excl. VAT': null,
  'Rd new insulation >= 4,5 m²K/W': null,
  'Rd >= 4,5 m²K/W': null,
  'Rd >= 4,5': null,
  contractor: null,
  'only CAT3/CAT4 listed': null,
  // A cap per home over 10 years (see plafonds).
  'one heat-pump premium per dwelling per 10 years (VANROY 2023, historical)': null,
  'also covers roof renovation works (isolatie en renovatie)': 'ook dakrenovatiewerken (isolatie en renovatie)',
  'insulation only': 'enkel isolatiewerken',
  'glazing + frames': 'beglazing en schrijnwerk',
  'ventilation provisions required': 'ventilatievoorzieningen verplicht',
  'glazing only': 'enkel de beglazing',
  'available until 2027-12-31 (DENDEKKER, single-source)': 'beschikbaar tot en met 31-12-2027 (één bron)',
  'available until 2027-12-31 (DENDEKKER)': 'beschikbaar tot en met 31-12-2027',
  'until 2027-12-31': 'beschikbaar tot en met 31-12-2027',
  'no increase for no-gas area / electric heating replacement (AVYCLIMA checklist, unverified)':
    'geen verhoging in een gebied zonder aardgasnet of bij vervanging van elektrische verwarming (niet bevestigd)',
};

const ALGEMENE_VOORWAARDEN: Record<string, string> = {
  'Building in the Flemish Region': 'Het gebouw ligt in het Vlaamse Gewest.',
  'Building age: built / connected to the electricity grid before 2006-01-01 (roof, walls, floor, windows etc.)':
    'Ouderdom: gebouwd of aangesloten op het elektriciteitsnet vóór 1 januari 2006 (dak, muren, vloer, ramen enz.).',
  'Heat pump / heat-pump boiler / solar boiler: building permit (omgevingsvergunning) at least 5 years old and EPB requirements met (or grid connection before 2014)':
    'Warmtepomp, warmtepompboiler, zonneboiler: omgevingsvergunning minstens 5 jaar oud en EPB-eisen nageleefd (of aansluiting op het net vóór 2014).',
  'Final invoice at most 2 years (24 months) old on the application date': 'De eindfactuur is op de aanvraagdatum hoogstens 2 jaar (24 maanden) oud.',
  'Minimum eligible invoice amount 1,000 EUR excl. VAT; premium computed on amounts excl. VAT':
    'Minimaal factuurbedrag 1.000 euro exclusief btw; de premie wordt berekend op bedragen exclusief btw.',
  'Works by a contractor (aannemer) with invoice; exception: binnenrenovatie and elektriciteit/sanitair may be DIY (material invoices)':
    'Werken door een aannemer, met factuur; binnenrenovatie en elektriciteit/sanitair mogen ook zelf uitgevoerd worden (materiaalfacturen).',
  'Applicant owns at least 1% of the building': 'De aanvrager bezit minstens 1 % van het gebouw.',
  'Not for dwellings demolished and rebuilt under the 6% VAT regime': 'Niet voor woningen die gesloopt en herbouwd worden onder het btw-tarief van 6 %.',
  'Apartments in a co-ownership (VME): common-part works are applied for by the syndic; owners can add an individual supplementary premium':
    'Appartementen in mede-eigendom (VME): de syndicus vraagt de premie voor de gemeenschappelijke delen aan; eigenaars kunnen een individuele aanvullende premie vragen.',
  'Heat pump: installer RESCert-certified; EU product label >= A+ (A++ for geothermal); hybrid: package label with seasonal efficiency >= 110%':
    'Warmtepomp: installateur met RESCert-certificaat; EU-productlabel minstens A+ (A++ voor geothermisch); hybride: pakketlabel met seizoensrendement van minstens 110 %.',
  'Heat pump must provide space heating; lucht/water with active cooling only if it is the sole central heating, PV installed/registered and invoice recent enough; lucht/lucht stricter':
    'De warmtepomp verwarmt de woning; lucht-water met actieve koeling enkel als enige centrale verwarming, met geregistreerde zonnepanelen; strengere regels voor lucht-lucht.',
  'Transition 2026: applications introduced up to and including 2026-02-28 (invoices <= 2 years old) follow the old rules':
    'Overgang 2026: aanvragen ingediend tot en met 28-02-2026 (facturen hoogstens 2 jaar oud) volgen de oude regels.',
};

const REGIME_OMSCHRIJVING: Record<string, string> = {
  'MVP-2025-H1':
    'Aanvragen van 1 januari tot en met 30 juni 2025. Vier inkomenscategorieën voor eigenaar-bewoners; de tijdelijke crisisbedragen van 2022-2024 liepen af op 31-12-2024. Warmtepompen begrensd op 40 % (categorie 1 tot 3) of 50 % (categorie 4) van de factuur. Voor de meeste werkcategorieën werd geen tabel voor deze periode gevonden.',
  'MVP-2025-H2':
    'Aanvragen van 1 juli 2025 tot en met 28 februari 2026. Het plafond voor warmtepompen en warmtepompboilers daalt naar 20 % (categorie 1), 25 % (categorie 2) en 35 % (categorie 3) van de factuur; 50 % blijft voor categorie 4 en voor verhuurders via een woonmaatschappij.',
  'MVP-2026':
    'Aanvragen vanaf 1 maart 2026. Eigenaar-bewoners in categorie 1 en 2 en niet-bewonende investeerders verliezen alle premies behalve voor warmtepomp en warmtepompboiler (tot 31-12-2027). Categorie 3 en 4 blijven ongewijzigd. Niet-residentiële gebouwen zijn uitgesloten.',
};

const H1_LEEMTE =
  'Voor aanvragen van 1 januari tot en met 30 juni 2025 werd geen tabel gevonden; de bedragen vanaf 1 juli 2025 zijn waarschijnlijk dezelfde, maar dat is niet bevestigd.';
const LEEMTE: Partial<Record<Code, string>> = {
  ZONNEBOILER:
    'Geen betrouwbare bedragen gevonden voor 2025-2026: enkel tegenstrijdige claims van aannemers (AGNAU: tot 1.750 euro voor categorie 3 en 4; MAXQ: 1.000, 1.750 of 2.750 euro).',
  VENTILATIE:
    'Geen premie van Mijn VerbouwPremie gevonden: het bedrag van AGNAU (tot 1.600 euro voor systeem D) wordt door geen andere bron gesteund, en historisch had ventilatie geen eigen premie.',
  BINNENRENOVATIE: 'Geen bedragen gevonden voor binnenrenovatie (binnenmuren, plafonds, trap), voor geen enkele inkomenscategorie.',
};
const REFORM_2026 =
  'Vanaf 1 maart 2026 verliezen eigenaar-bewoners in categorie 1 en 2 alle premies behalve die voor warmtepomp en warmtepompboiler.';

// Target groups that get another group's amounts where no rule names them (specialAssignments).
const ASSIGNMENTS: Array<{ prefix: string; doelgroep: Doelgroep; zoals: string; toelichting: string }> = [
  {
    prefix: 'verhuurder aan woonmaatschappij',
    doelgroep: 'VERHUURDER_WOONMAATSCHAPPIJ',
    zoals: 'CATEGORIE_4',
    toelichting: 'Een verhuurder via een woonmaatschappij (sociaal verhuurkantoor) krijgt de bedragen van categorie 4.',
  },
  {
    prefix: 'niet-bewonende eigenaar',
    doelgroep: 'NIET_BEWONENDE_INVESTEERDER',
    zoals: 'CATEGORIE_1',
    toelichting: 'Een niet-bewonende eigenaar of andere investeerder krijgt de bedragen van categorie 1 (tot 28-02-2026).',
  },
  {
    prefix: 'beschermde afnemer',
    doelgroep: 'BESCHERMDE_AFNEMER',
    zoals: 'CATEGORIE_4',
    toelichting: 'Een beschermde afnemer (sociaal energietarief) krijgt de bedragen van categorie 4.',
  },
  {
    prefix: 'owner not domiciled',
    doelgroep: 'NIET_GEDOMICILIEERDE_EIGENAAR',
    zoals: 'CATEGORIE_1',
    toelichting:
      'Een eigenaar die niet in de woning gedomicilieerd is, een andere woning bezit, of een appartement buiten een VME bezit, krijgt de bedragen van categorie 1.',
  },
];

// Judgements on single rules, by rule id. Every entry must be used (checked at the end).
type Override = Partial<Regel> & Record<string, unknown>;
const conflictOf = (src: Src, topic: string): string[] => {
  const found = src.conflicts.find((c: Src) => c.topic === topic);
  if (!found) throw new Error(`conflict topic '${topic}' not in the source`);
  return found.values;
};
function overrides(src: Src): Record<string, Override> {
  const ramen = conflictOf(src, 'Ramen en deuren, middle/cat 2 in 2025');
  const boiler = conflictOf(src, 'Warmtepompboiler cat 3 (2025)');
  const muurVloer = conflictOf(src, 'Buitenmuur/vloer from 2026-03-01');
  const muurVloer2026: Override = {
    status: 'conflict',
    conflicterendeWaarden: muurVloer,
    toelichting:
      'Vanaf 1 maart 2026 spreken de bronnen elkaar tegen: de ene meldt dat er voor buitenmuur en vloer geen premie meer is, de andere (later gecorrigeerd) dat de bedragen van 2025 blijven.',
  };
  const ramenConflict = {
    status: 'conflict' as const,
    conflicterendeWaarden: ramen,
    toelichting:
      'De bronnen spreken elkaar tegen voor ramen en deuren in categorie 2 in 2025: 64 euro per m² glas (max. 20 m², max. 25 % van de factuur) of een maximum van 2.750 euro.',
  };
  const boilerConflict = {
    conflicterendeWaarden: boiler,
    toelichting: 'De bronnen spreken elkaar tegen over het bedrag voor een warmtepompboiler in categorie 3: 1.050, 900 of 800 euro.',
  };
  const typeStatus2026 = (rule: Src) => ({
    bedragPerType: Object.fromEntries(
      Object.entries(rule.bedragPerType as Record<string, { bedrag: number }>).map(([k, v]) => [
        k,
        { bedrag: v.bedrag, status: k === 'WARMTEPOMP_BODEM_WATER' || k === 'WARMTEPOMP_LUCHT_LUCHT' ? ('single-source' as const) : ('confirmed' as const) },
      ]),
    ),
    status: 'single-source' as const,
  });
  return {
    'MVP-2025-H1/DAK/CATEGORIE_1': {
      maxOppervlakteM2: 100,
      maxBedrag: 800,
      bronnen: ['GEVELDESIGN', 'REN0VATE_PRIMES'],
      toelichting:
        'Het bedrag van 8 euro per m² bleef volgens GEVELDESIGN gelden tot eind 2025; het maximum (100 m², 800 euro) komt uit de tabel van REN0VATE van 30-06-2025.',
    },
    'MVP-2025-H1/RAMEN_EN_DEUREN/CATEGORIE_2': ramenConflict,
    'MVP-2025-H2/RAMEN_EN_DEUREN/CATEGORIE_2': ramenConflict,
    'MVP-2025-H2/DAK/CATEGORIE_1': { plafondStatus: 'single-source' },
    'MVP-2025-H2/DAK/CATEGORIE_2': { plafondStatus: 'single-source' },
    'MVP-2025-H2/WARMTEPOMPBOILER/CATEGORIE_1': { plafondStatus: 'confirmed' },
    'MVP-2025-H2/WARMTEPOMPBOILER/CATEGORIE_2': { plafondStatus: 'confirmed' },
    'MVP-2025-H2/WARMTEPOMPBOILER/CATEGORIE_3': { plafondStatus: 'confirmed', ...boilerConflict },
    'MVP-2025-H2/WARMTEPOMPBOILER/CATEGORIE_4': { plafondStatus: 'confirmed' },
    'MVP-2026/WARMTEPOMPBOILER/CATEGORIE_3': boilerConflict,
    'MVP-2026/WARMTEPOMP/CATEGORIE_1': { fn: typeStatus2026 } as Override,
    'MVP-2026/WARMTEPOMP/CATEGORIE_2': { fn: typeStatus2026 } as Override,
    'MVP-2026/BUITENMUUR/CATEGORIE_3': muurVloer2026,
    'MVP-2026/BUITENMUUR/CATEGORIE_4': muurVloer2026,
    'MVP-2026/VLOER/CATEGORIE_3': muurVloer2026,
    'MVP-2026/VLOER/CATEGORIE_4': muurVloer2026,
  };
}

const STATUS_RANK: Record<BronStatus, number> = { confirmed: 0, 'single-source': 1, conflict: 2 };
const worst = (statuses: BronStatus[]): BronStatus => statuses.reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a), 'confirmed');

function status(value: unknown, where: string): BronStatus {
  const match = /^(confirmed|single-source|conflict)\b/.exec(String(value));
  if (!match) throw new Error(`${where}: status '${String(value)}' is not confirmed, single-source or conflict`);
  return match[1] as BronStatus;
}

function doelgroepen(income: string): Doelgroep[] {
  if (/^CAT[1-4]$/.test(income)) return [`CATEGORIE_${income.slice(3)}` as Doelgroep];
  if (income === 'CAT1-3') return ['CATEGORIE_1', 'CATEGORIE_2', 'CATEGORIE_3'];
  if (income === 'CAT2_middle') return ['CATEGORIE_2'];
  return [income as Doelgroep];
}

const euro = (n: number) => n.toLocaleString('nl-BE');

function conditionsOf(rule: Src, code: Code): Voorwaarden {
  const extra: string[] = [];
  for (const text of rule.conditions ?? []) {
    if (!(text in CONDITION_TEXT)) throw new Error(`condition '${text}' has no translation in CONDITION_TEXT`);
    const dutch = CONDITION_TEXT[text];
    if (dutch) extra.push(dutch);
  }
  const base = VOORWAARDEN[code];
  const overige = [...(base.overige ?? []), ...extra];
  return { ...base, ...(overige.length ? { overige } : {}) };
}

function uitvoeringKeys(amounts: Record<string, number>, statuses?: Record<string, string>, where = '') {
  return Object.fromEntries(
    Object.entries(amounts).map(([k, bedrag]) => [
      uitvoeringCode(k, where),
      { bedrag, ...(statuses?.[k] ? { status: status(statuses[k], `${where}.${k}`) } : {}) },
    ]),
  );
}

function uitvoeringCode(sourceKey: string, where: string): string {
  const code = UITVOERING_CODE[sourceKey];
  if (!code) throw new Error(`${where}: no MaatregelUitvoering for the source's type '${sourceKey}'`);
  return code;
}

function convertRule(rule: Src, regimeId: string, code: Code, doelgroep: Doelgroep): Regel | undefined {
  const id = `${regimeId}/${code}/${doelgroep}`;
  const base = { id, doelgroep, bronnen: [...rule.sourceRefs], ...(rule.note ? { bronNotitie: rule.note } : {}) };
  const voorwaarden = conditionsOf(rule, code);
  switch (rule.kind) {
    case 'PERCENT_OF_INVOICE':
      return {
        ...base,
        soort: 'PERCENTAGE_VAN_FACTUUR',
        status: status(rule.status, id),
        percentage: rule.amount,
        maxBedrag: rule.maxAmount,
        ...(rule.maxEligibleInvoiceExclVat ? { maxFactuurExclBtw: rule.maxEligibleInvoiceExclVat } : {}),
        voorwaarden,
      };
    case 'PER_M2':
      return {
        ...base,
        soort: 'PER_M2',
        status: status(rule.status, id),
        bedrag: rule.amount,
        ...(rule.maxAreaM2 ? { maxOppervlakteM2: rule.maxAreaM2 } : {}),
        ...(rule.maxPercentOfInvoice ? { maxPercentageVanFactuur: rule.maxPercentOfInvoice } : {}),
        ...(rule.maxAmount ? { maxBedrag: rule.maxAmount } : {}),
        voorwaarden,
      };
    case 'PER_M2_BY_METHOD':
      return {
        ...base,
        soort: 'PER_M2_PER_METHODE',
        status: status(rule.status, id),
        bedragPerMethode: uitvoeringKeys(rule.amountsByType, undefined, id),
        ...(rule.maxAreaM2 ? { maxOppervlakteM2: rule.maxAreaM2 } : {}),
        ...(rule.maxPercentOfInvoice ? { maxPercentageVanFactuur: rule.maxPercentOfInvoice } : {}),
        voorwaarden,
      };
    case 'FIXED_CAPPED_PERCENT_OF_INVOICE':
      return {
        ...base,
        soort: 'VAST_BEDRAG',
        status: status(rule.status, id),
        bedrag: rule.amount,
        ...(rule.maxPercentOfInvoice ? { maxPercentageVanFactuur: rule.maxPercentOfInvoice } : {}),
        voorwaarden,
      };
    case 'FIXED_PER_TYPE_CAPPED_PERCENT_OF_INVOICE': {
      if (!rule.amountsByType) {
        // "same as CAT4": the target group assignment of the regime gives the amounts.
        if (/same as CAT4/.test(rule.note ?? '')) return undefined;
        return {
          ...base,
          soort: 'ONBEKEND',
          status: status(rule.status, id),
          toelichting: 'De bedragen voor deze doelgroep worden in de bronnen niet vermeld.',
        };
      }
      const bedragPerType = uitvoeringKeys(rule.amountsByType, rule.amountsStatus, id);
      const mixed = String(rule.status).startsWith('mixed');
      const statuses = Object.values(bedragPerType).map((v) => (v as { status?: BronStatus }).status ?? status(rule.status, id));
      return {
        ...base,
        soort: 'VAST_BEDRAG_PER_TYPE',
        status: mixed ? worst(statuses) : status(rule.status, id),
        ...(rule.capStatus ? { plafondStatus: status(rule.capStatus, `${id}.capStatus`) } : {}),
        bedragPerType,
        ...(rule.maxPercentOfInvoice ? { maxPercentageVanFactuur: rule.maxPercentOfInvoice } : {}),
        voorwaarden,
      };
    }
    case 'CAP_ONLY':
      return {
        ...base,
        soort: 'ONBEKEND',
        status: status(rule.status, id),
        toelichting: `Enkel het plafond van ${rule.maxPercentOfInvoice} % van de factuur is bekend, niet het bedrag.`,
      };
    case 'MAX_AMOUNT':
      return {
        ...base,
        soort: 'ONBEKEND',
        status: status(rule.status, id),
        toelichting: `Enkel een maximum van ${euro(rule.maxAmount)} euro is bekend, niet de manier van berekenen.`,
      };
    case 'NOT_ELIGIBLE':
      return { ...base, soort: 'NIET_IN_AANMERKING', status: status(rule.status, id) };
    default:
      throw new Error(`${id}: unknown kind ${String(rule.kind)}`);
  }
}

function asbestRules(rule: Src, regimeId: string, cat12Uitgesloten: boolean): Regel[] {
  const out: Regel[] = [];
  for (const doelgroep of INKOMENSCATEGORIEEN) {
    const laag = doelgroep === 'CATEGORIE_3' || doelgroep === 'CATEGORIE_4';
    if (!laag && cat12Uitgesloten) continue;
    out.push({
      id: `${regimeId}/ASBESTVERWIJDERING/${doelgroep}`,
      doelgroep,
      soort: 'PER_M2',
      status: status(rule.status, regimeId),
      bedrag: rule.amount,
      ...(laag ? { maxPercentageVanFactuur: 50, plafondStatus: 'single-source' as const } : { maxOppervlakteM2: 100 }),
      bronnen: [...rule.sourceRefs],
      voorwaarden: VOORWAARDEN.ASBESTVERWIJDERING,
      bronNotitie: (rule.conditions as string[]).join('; '),
    });
  }
  return out;
}

function thresholds(src: Src, jaar: number, toelichting: string) {
  return {
    aanvraagjaar: jaar,
    toelichting,
    grenzen: (src.categories as Src[]).map((c) => ({
      categorie: doelgroepen(c.incomeCategory)[0] as (typeof INKOMENSCATEGORIEEN)[number],
      ...((c.single_noDependants_max ?? c.single_max) ? { alleenstaandMax: c.single_noDependants_max ?? c.single_max } : {}),
      ...((c.single_with1Dependant_or_couple_max ?? c.couple_max)
        ? { samenwonendMax: c.single_with1Dependant_or_couple_max ?? c.couple_max }
        : {}),
      ...((c.perAdditionalDependant ?? c.perDependant) ? { perPersoonTenLaste: c.perAdditionalDependant ?? c.perDependant } : {}),
      status: status(c.status, `incomeThresholds ${jaar}`),
      bronnen: [...c.sourceRefs],
      ...(c.rule ? { toelichting: 'Boven de grens van categorie 2.' } : {}),
    })),
  };
}
const GRENZEN_2025 =
  'Aanvragen in 2025. Een alleenstaande met één persoon ten laste gebruikt de grens voor samenwonenden; per bijkomende persoon ten laste komt er 4.320 euro bij.';
const GRENZEN_2026 = 'Aanvragen in 2026 (officiële tabel zoals samengevat door frankenergie.be, geciteerd door INGBELG); per persoon ten laste komt er 4.420 euro bij.';

function deriveRegime(src: Src, regime: Src, used: Set<string>, rules: Record<string, Override>): Regime {
  const cat12Uitgesloten = regime.validFrom >= '2026-03-01';
  const h1 = regime.validUntil !== null && regime.validUntil <= '2025-06-30';
  const categorieen = Object.fromEntries(
    CATEGORIE_CODES.map((code) => [
      code,
      {
        omschrijving: OMSCHRIJVING[code],
        ...(UITVOERINGEN[code] ? { uitvoeringen: UITVOERINGEN[code] } : {}),
        vereisteDocumenten: VEREISTE_DOCUMENTEN[code] ?? [],
        regels: [] as Regel[],
      } as Categorie,
    ]),
  ) as Record<Code, Categorie>;
  const notes = (code: Code, ...texts: Array<string | undefined>) => {
    const present = texts.filter((t): t is string => Boolean(t));
    if (present.length) categorieen[code].opmerkingen = [...(categorieen[code].opmerkingen ?? []), ...present];
  };

  for (const category of regime.categories as Src[]) {
    const code = CATEGORY_MAP[category.code];
    if (!code) throw new Error(`${regime.id}: no work category for source category ${category.code}`);
    notes(code, category.regimeNote, category.internalConflict, category.increase ? `increase (${category.increase.status}): ${category.increase.rule}` : undefined);
    for (const rule of category.rules as Src[]) {
      if (rule.incomeCategory === 'ALL_ASBEST_BONUS') {
        if (code === 'DAK') categorieen.ASBESTVERWIJDERING.regels.push(...asbestRules(rule, regime.id, cat12Uitgesloten));
        else notes('ASBESTVERWIJDERING', `not applied: ${code} bonus ${rule.amount} EUR/m² (${rule.status}): ${(rule.conditions as string[]).join('; ')}`);
        continue;
      }
      for (const doelgroep of doelgroepen(rule.incomeCategory)) {
        const converted = convertRule(rule, regime.id, code, doelgroep);
        if (converted) categorieen[code].regels.push(converted);
      }
    }
  }

  // Fill every income category the source leaves open, with the reason.
  for (const code of CATEGORIE_CODES) {
    const regels = categorieen[code].regels;
    for (const doelgroep of INKOMENSCATEGORIEEN) {
      if (regels.some((r) => r.doelgroep === doelgroep)) continue;
      const id = `${regime.id}/${code}/${doelgroep}`;
      const laag = doelgroep === 'CATEGORIE_3' || doelgroep === 'CATEGORIE_4';
      if (cat12Uitgesloten && !laag) {
        regels.push({ id, doelgroep, soort: 'NIET_IN_AANMERKING', status: 'confirmed', bronnen: ['DENDEKKER', 'WONENEU', 'INGBELG', 'AGNAU'], toelichting: REFORM_2026 });
      } else {
        const reden =
          LEEMTE[code] ??
          (h1
            ? H1_LEEMTE
            : code === EXTRA && !laag
              ? 'De bronnen vermelden enkel bedragen voor categorie 3 en 4.'
              : 'De bronnen vermelden geen bedrag voor deze periode.');
        regels.push({ id, doelgroep, soort: 'ONBEKEND', bronnen: [], toelichting: reden });
      }
    }
  }

  // Single-rule judgements.
  for (const code of CATEGORIE_CODES) {
    categorieen[code].regels = categorieen[code].regels.map((regel) => {
      const override = rules[regel.id];
      if (!override) return regel;
      used.add(regel.id);
      const { fn, ...rest } = override as Override & { fn?: (r: Regel) => Partial<Regel> };
      return { ...regel, ...rest, ...(fn ? fn(regel) : {}) } as Regel;
    });
    const order = (d: string) => {
      const i = (INKOMENSCATEGORIEEN as readonly string[]).indexOf(d);
      return i === -1 ? 10 : i;
    };
    categorieen[code].regels.sort((a, b) => order(a.doelgroep) - order(b.doelgroep) || a.doelgroep.localeCompare(b.doelgroep));
  }

  const thresholdsSrc = regime.incomeThresholds;
  const assignmentsSrc: Src[] = thresholdsSrc.specialAssignments ?? thresholdsSrc['2025']?.specialAssignments ?? [];
  const bijzondereDoelgroepen = assignmentsSrc.map((a) => {
    const known = ASSIGNMENTS.find((k) => String(a.rule).startsWith(k.prefix));
    if (!known) throw new Error(`${regime.id}: unknown special assignment '${a.rule}'`);
    return { doelgroep: known.doelgroep, zoalsDoelgroep: known.zoals, status: status(a.status, a.rule), bronnen: [...a.sourceRefs], toelichting: known.toelichting };
  });
  const inkomensgrenzen = thresholdsSrc.categories
    ? [thresholds(thresholdsSrc, regime.validFrom >= '2026-01-01' ? 2026 : 2025, regime.validFrom >= '2026-01-01' ? GRENZEN_2026 : GRENZEN_2025)]
    : [thresholds(thresholdsSrc['2025'], 2025, GRENZEN_2025), thresholds(thresholdsSrc['2026'], 2026, GRENZEN_2026)];

  const omschrijving = REGIME_OMSCHRIJVING[regime.id];
  if (!omschrijving) throw new Error(`no description for regime ${regime.id}`);
  return {
    id: regime.id,
    geldigVan: regime.validFrom,
    geldigTot: regime.validUntil,
    omschrijving,
    bronnen: (regime.sources as Src[]).map((s) => s.ref),
    bijzondereDoelgroepen,
    inkomensgrenzen,
    plafonds: plafondsVan(regime, categorieen),
    categorieen,
  };
}

function httpUrl(location: string): string | undefined {
  if (/^https?:\/\/\S+$/.test(location)) return location;
  const github = /^github:([\w.-]+\/[\w.-]+)/.exec(location);
  return github ? `https://github.com/${github[1]}` : undefined;
}

export function derive(src: Src): RegelsetData {
  const rules = overrides(src);
  const used = new Set<string>();
  const regimes = (src.regime as Src[]).map((r) => deriveRegime(src, r, used, rules));
  const unused = Object.keys(rules).filter((id) => !used.has(id));
  if (unused.length) throw new Error(`overrides for rules that do not exist: ${unused.join(', ')}`);
  return {
    versie: VERSIE,
    titel: 'Mijn VerbouwPremie (Vlaanderen): regels 2025-2026',
    afgeleidVan: `mvp-rules.json, "${src.title}" (${src.generated})`,
    ipdcProductId: DEMO_PRODUCTS.mijnVerbouwPremie,
    bronnen: {
      ...Object.fromEntries(
        Object.entries(src.sourceIndex as Record<string, Src>).map(([ref, s]) => {
          const url = httpUrl(s.url);
          return [ref, { soort: s.type, vindplaats: s.url, ...(url ? { url } : {}), datum: s.date, betrouwbaarheid: s.reliability }];
        }),
      ),
      ...LENING_BRONNEN,
    },
    algemeneVoorwaarden: (src.generalConditions as Src[]).map((c) => {
      const omschrijving = ALGEMENE_VOORWAARDEN[c.condition];
      if (!omschrijving) throw new Error(`general condition '${c.condition}' has no translation`);
      return { omschrijving, status: status(c.status, c.condition), bronnen: [...c.sourceRefs], ...(c.conflict ? { toelichting: c.conflict } : {}) };
    }),
    regimes,
    conflicten: (src.conflicts as Src[]).map((c) => ({ onderwerp: c.topic, waarden: [...c.values] })),
    leemtes: [...src.gaps],
    verbouwLening: VERBOUWLENING,
  };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const [input, output = fileURLToPath(new URL('../regels/mijn-verbouwpremie.json', import.meta.url))] = process.argv.slice(2);
  if (!input) {
    process.stderr.write('usage: derive-regelset.ts <path/to/mvp-rules.json> [out.json]\n');
    process.exit(2);
  }
  const derived = derive(JSON.parse(readFileSync(input, 'utf8')));
  parseRegelset(derived, output);
  writeFileSync(output, `${JSON.stringify(derived, null, 2)}\n`);
  process.stdout.write(`Wrote ${output} (${derived.regimes.length} regimes)\n`);
}
