// Part of derive-regelset.ts: the caps shared by several measures, and Mijn VerbouwLening.
//
// Caps (plafonds), judgements:
// - The sources give one maximum per work category and target group (for the roof: insulation and renovation
//   together), never per measure. So every work category whose rules have a maximum amount gets a cap per
//   DOSSIER that shares the rule's maximum (MAXIMUM_VAN_REGEL) over all its measures in the dossier.
// - "One heat-pump premium per dwelling per 10 years" (VANROY 2023, historical; a condition of the 2025 heat-pump
//   rules in the reference) becomes a cap per home over 10 years (AANTAL 1) in the regimes whose rules carry it.
//
// Mijn VerbouwLening is out of the reference's scope ("Mijn VerbouwLening ... out of scope" in its gaps). What
// the hub says of it comes from the public pages in LENING_BRONNEN (2022-2024); the income categories they
// name are those of before 2025 (three categories), so the mapping onto categories 1-4 is our interpretation
// and marked single-source; what they do not say is listed in `onbekend`.
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import type { Bron, Categorie, Plafond, Regel, VerbouwLening } from '../src/regels/schema.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Src = any;

const GEDEELD: Record<string, string> = {
  DAK: 'dak',
  BUITENMUUR: 'buitenmuur',
  VLOER: 'vloer',
  RAMEN_EN_DEUREN: 'ramen en deuren',
  ELEKTRICITEIT_EN_SANITAIR: 'elektriciteit en sanitair',
};
const HEAT_PUMP_10_YEARS = 'one heat-pump premium per dwelling per 10 years (VANROY 2023, historical)';

const heeftMaximum = (r: Regel) => 'maxBedrag' in r && r.maxBedrag !== undefined;

export function plafondsVan(regime: Src, categorieen: Record<string, Categorie>): Plafond[] {
  const plafonds: Plafond[] = [];
  for (const [code, label] of Object.entries(GEDEELD)) {
    const metMaximum = (categorieen[code]?.regels ?? []).filter(heeftMaximum);
    if (metMaximum.length === 0) continue;
    plafonds.push({
      id: `${regime.id}/${code}/PER_DOSSIER`,
      omschrijving: `Het maximum van de premie voor ${label} geldt voor alle maatregelen voor ${label} van het dossier samen.`,
      werkcategorieen: [code as Plafond['werkcategorieen'][number]],
      geldtVoor: 'DOSSIER',
      limiet: { soort: 'MAXIMUM_VAN_REGEL' },
      status: 'single-source',
      bronnen: [...new Set(metMaximum.flatMap((r) => r.bronnen))],
      toelichting:
        'Afgeleid uit de regels: de bronnen geven één maximum per werkcategorie en doelgroep, niet per maatregel. Meerdere maatregelen van deze categorie in één dossier delen het; de maatregel die eerst aangevraagd wordt, krijgt eerst.',
    });
  }
  const heatPump = (regime.categories as Src[]).find((c) => c.code === 'WARMTEPOMP');
  const tenYears = (heatPump?.rules as Src[] | undefined)?.some((r) => (r.conditions ?? []).includes(HEAT_PUMP_10_YEARS));
  if (tenYears) {
    plafonds.push({
      id: `${regime.id}/WARMTEPOMP/PER_WONING_10_JAAR`,
      omschrijving: 'Eén warmtepomppremie per woning per 10 jaar.',
      werkcategorieen: ['WARMTEPOMP'],
      geldtVoor: 'WONING_PERIODE',
      periodeJaren: 10,
      limiet: { soort: 'AANTAL', maxAantal: 1 },
      status: 'single-source',
      bronnen: ['VANROY'],
      toelichting:
        'Historische regel (VANROY, 2023), in de bronnen niet bevestigd voor 2025-2026. De hub telt enkel de warmtepompen van dit dossier; eerdere premies voor de woning kent het premieloket.',
    });
  }
  return plafonds;
}

export const LENING_BRONNEN: Record<string, Bron> = {
  MIJNENERGIEHUIS: {
    soort: 'energy house (Energiehuis) page',
    vindplaats: 'https://mijnenergiehuis.be/mijn-verbouwlening',
    url: 'https://mijnenergiehuis.be/mijn-verbouwlening',
    datum: 'undated (after 2022-09-01; income ceilings of 2022)',
    betrouwbaarheid: 'medium-high',
  },
  KORTENBERG: {
    soort: 'municipality',
    vindplaats: 'https://www.kortenberg.be/mijn-verbouwlening',
    url: 'https://www.kortenberg.be/mijn-verbouwlening',
    datum: "undated (2024: rate for applications from 2024-02-24, 'in het voorjaar van 2025' adjusted)",
    betrouwbaarheid: 'medium-high',
  },
  WOONECO: {
    soort: 'local housing and energy service',
    vindplaats: 'https://wooneco.be/aanbod/bedrag-mijn-verbouwlening/',
    url: 'https://wooneco.be/aanbod/bedrag-mijn-verbouwlening/',
    datum: "undated (2024: 'in 2024 2,75 %')",
    betrouwbaarheid: 'medium-high',
  },
};

const VROEGER =
  'De bronnen (2022-2024) noemen eigenaar-bewoners uit de laagste en de middelste inkomenscategorie van Mijn VerbouwPremie, toen nog drie categorieën (laagste tot 32.980 euro, middelste tot 46.170 euro voor een alleenstaande, grenzen van 2022).';

export const VERBOUWLENING: VerbouwLening = {
  naam: 'Mijn VerbouwLening',
  ipdcProductId: DEMO_PRODUCTS.mijnVerbouwLening,
  omschrijving:
    'Een lening van het Energiehuis voor de werken van Mijn VerbouwPremie (en zonnepanelen), aan te vragen vóór de start van de werken, op basis van offertes. De premie van Mijn VerbouwPremie voor die werken dient als vervroegde terugbetaling van de lening.',
  maxBedrag: 60000,
  maxLooptijdJaren: 25,
  status: 'confirmed',
  bronnen: ['MIJNENERGIEHUIS', 'KORTENBERG', 'WOONECO'],
  doelgroepen: [
    { doelgroep: 'CATEGORIE_4', mogelijk: true, status: 'confirmed', bronnen: ['MIJNENERGIEHUIS', 'KORTENBERG'], toelichting: `${VROEGER} Categorie 4 valt onder de laagste.` },
    {
      doelgroep: 'CATEGORIE_3',
      mogelijk: true,
      status: 'single-source',
      bronnen: ['MIJNENERGIEHUIS', 'KORTENBERG'],
      toelichting: `${VROEGER} Categorie 3 (tot 42.340 euro voor een alleenstaande in 2025) valt binnen de vroegere middelste: onze interpretatie.`,
    },
    {
      doelgroep: 'CATEGORIE_1',
      mogelijk: false,
      status: 'single-source',
      bronnen: ['MIJNENERGIEHUIS', 'KORTENBERG'],
      toelichting: `${VROEGER} Categorie 1 (boven 53.880 euro voor een alleenstaande in 2025) ligt boven de vroegere middelste: onze interpretatie.`,
    },
    {
      doelgroep: 'VERHUURDER_WOONMAATSCHAPPIJ',
      mogelijk: true,
      status: 'confirmed',
      bronnen: ['MIJNENERGIEHUIS', 'KORTENBERG'],
      toelichting: 'Verhuurders via een sociaal verhuurkantoor (woonmaatschappij) komen in aanmerking.',
    },
    {
      doelgroep: 'VME_GEMEENSCHAPPELIJKE_INSTALLATIE',
      mogelijk: true,
      status: 'single-source',
      bronnen: ['KORTENBERG'],
      toelichting: 'Verenigingen van mede-eigenaars komen in aanmerking.',
    },
  ],
  onbekend: [
    'De rentevoet voor aanvragen in 2025 en 2026: 2,75 % voor aanvragen vanaf 24-02-2024 (KORTENBERG, WOONECO), jaarlijks aangepast aan de wettelijke rentevoet.',
    'Of de voorwaarden na 2024 wijzigden: de bronnen dateren van vóór de vier inkomenscategorieën van 2025.',
    'Of inkomenscategorie 2 in aanmerking komt: ze overlapt de vroegere middelste en hoogste inkomenscategorie.',
    'Hoeveel geleend kan worden voor binnenrenovatie en voor elektriciteit en sanitair: een vast bedrag dat de bronnen niet noemen.',
  ],
};
