import { DEMO_IDS } from '@hub/shared/demo';
import { DEMO_CRM_IDS as C, DEMO_INSZ } from '../src/seed/demo-data.js';

/*
 * What the demo seed holds, written out by hand (not computed from the seed), so that the tests
 * check the seed and the resolvers against an independent statement of the expected data.
 */

export { C, DEMO_IDS, DEMO_INSZ };

export const AN_DOSSIER = {
  id: DEMO_IDS.dossierAn,
  referentie: 'REN-2026-000003',
  titel: 'Renovatie rijwoning Tiensestraat 120',
  fase: 'FINANCIEREN',
  status: 'LOPEND',
  geopendOp: '2026-01-06T09:00:00.000Z',
  laatsteWijziging: '2026-02-28T09:00:00.000Z',
  versie: 1,
  spoc: { id: 'stad-sofie.claes' },
  renovatiebegeleider: { id: 'stad-lies.wouters' },
  burger: { id: DEMO_IDS.burgerAn, voornaam: 'An', achternaam: 'Peeters' },
  woning: { adresId: '3000120' },
  maatregelen: [
    {
      id: C.maatregelAnDak,
      categorie: 'DAK',
      omschrijving: 'Dakisolatie hellend dak (Rd ≥ 4,5) met nieuwe dakbedekking',
      status: 'OFFERTE',
      oppervlakteM2: 80,
      bedragExclBtw: 9000,
    },
    {
      id: C.maatregelAnRamen,
      categorie: 'RAMEN_EN_DEUREN',
      omschrijving: 'Hoogrendementsbeglazing (U ≤ 1,0) en nieuwe voordeur',
      status: 'OFFERTE',
      oppervlakteM2: null,
      bedragExclBtw: 7800,
    },
    {
      id: C.maatregelAnWarmtepomp,
      categorie: 'WARMTEPOMP',
      omschrijving: 'Lucht-water-warmtepomp ter vervanging van de gasketel',
      status: 'GEPLAND',
      oppervlakteM2: null,
      bedragExclBtw: 15400,
    },
  ],
};

/** The selection that gives AN_DOSSIER. */
export const DOSSIER_FIELDS = `id referentie titel fase status geopendOp laatsteWijziging versie spoc { id } renovatiebegeleider { id }
  burger { id voornaam achternaam } woning { adresId } maatregelen { id categorie omschrijving status oppervlakteM2 bedragExclBtw }`;

/** The demo dossiers in list order (laatste wijziging desc): referentie per id. */
export const LIST_ORDER = [
  { id: DEMO_IDS.dossierAn, referentie: 'REN-2026-000003' },
  { id: DEMO_IDS.dossierMarc, referentie: 'REN-2026-000004' },
  { id: C.dossierEls, referentie: 'REN-2025-000002' },
  { id: DEMO_IDS.dossierYoussef, referentie: 'REN-2026-000005' },
  { id: C.dossierKoen, referentie: 'REN-2025-000001' },
];

/** A citizen with a question but no dossier, who logs in (not one of the shared demo personas). */
export const FATIMA = { sub: 'acm-03091704684', rollen: ['burger' as const], naam: 'Fatima Bouzid', insz: DEMO_INSZ.fatima };

export const NOT_EXISTING_ID = '00000000-0000-4000-8000-000000000000';

export const FORBIDDEN = { code: 'FORBIDDEN' };
export const refused = (path: Array<string | number>, line: number, column: number) => ({
  message: 'Geen toegang.',
  locations: [{ line, column }],
  path,
  extensions: { code: 'FORBIDDEN' },
});
export const unauthenticated = (path: Array<string | number>, line: number, column: number) => ({
  message: 'Aanmelden is vereist.',
  locations: [{ line, column }],
  path,
  extensions: { code: 'UNAUTHENTICATED' },
});
