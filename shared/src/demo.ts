import type { Rol } from './auth.js';

/**
 * The demo world of the embedded default and of the tests: one persona per role of DESIGN §6, and the
 * demo homes the sandboxes of the authentic sources know. Ids are fixed so that the dossier seed, the
 * premies seed, the sandboxes' fixture files and the tests agree. All people here are fictional.
 */

export interface DemoPersona {
  /** Short key to ask the local issuer for a token, e.g. `burger`. */
  key: string;
  /** Which of the local issuers signs this persona's token: ACM/IDM for citizens, the city's for staff. */
  issuer: 'acm' | 'stad';
  sub: string;
  naam: string;
  rollen: Rol[];
  insz?: string;
  organisatie?: string;
  dienst?: string;
  /** What this persona is for, shown in the start banner and in GraphiQL. */
  omschrijving: string;
}

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    key: 'burger',
    issuer: 'acm',
    sub: 'acm-85031412302',
    naam: 'An Peeters',
    rollen: ['burger'],
    insz: '85031412302',
    omschrijving: 'burger met een lopend renovatiedossier (Tiensestraat 120, Leuven)',
  },
  {
    key: 'burger2',
    issuer: 'acm',
    sub: 'acm-01072245650',
    naam: 'Youssef El Amrani',
    rollen: ['burger'],
    insz: '01072245650',
    omschrijving: 'burger geboren na 2000, met een vraag en een dossier (Diestsesteenweg 250, Kessel-Lo)',
  },
  { key: 'spoc', issuer: 'stad', sub: 'stad-sofie.claes', naam: 'Sofie Claes', rollen: ['spoc'], omschrijving: 'SPOC van het Energieloket: alle dossiers' },
  {
    key: 'energieconsulent',
    issuer: 'stad',
    sub: 'stad-tom.janssens',
    naam: 'Tom Janssens',
    rollen: ['energieconsulent'],
    omschrijving: 'energieconsulent: alle dossiers',
  },
  {
    key: 'renovatiebegeleider',
    issuer: 'stad',
    sub: 'stad-lies.wouters',
    naam: 'Lies Wouters',
    rollen: ['renovatiebegeleider'],
    omschrijving: 'renovatiebegeleider: de dossiers die aan haar zijn toegewezen',
  },
  {
    key: 'partner',
    issuer: 'stad',
    sub: 'stad-pieter.desmet',
    naam: 'Pieter De Smet',
    rollen: ['partner'],
    organisatie: 'dialoog',
    omschrijving: 'partner Dialoog (DuBo-advies): toegewezen dossiers, voor zover de burger toestemde',
  },
  {
    key: 'stadsdienst',
    issuer: 'stad',
    sub: 'stad-karen.maes',
    naam: 'Karen Maes',
    rollen: ['stadsdienst'],
    dienst: 'erfgoed',
    omschrijving: 'stadsdienst erfgoed: woninggegevens en erfgoedvlaggen',
  },
  { key: 'analist', issuer: 'stad', sub: 'stad-bram.vos', naam: 'Bram Vos', rollen: ['analist'], omschrijving: 'analist: enkel geaggregeerde cijfers' },
  {
    key: 'burgerprofiel',
    issuer: 'stad',
    sub: 'client-mijn-burgerprofiel',
    naam: 'Mijn Burgerprofiel',
    rollen: ['burgerprofiel'],
    omschrijving: 'dienst Mijn Burgerprofiel: lopende zaken van een genoemde burger',
  },
];

export function demoPersona(key: string): DemoPersona {
  const persona = DEMO_PERSONAS.find((p) => p.key === key);
  if (!persona) throw new Error(`Unknown demo persona '${key}'`);
  return persona;
}

export interface DemoWoning {
  /** ObjectId of the address in the Gebouwen- en Adressenregister. */
  adresId: string;
  straatnaam: string;
  huisnummer: string;
  busnummer?: string;
  postcode: string;
  gemeentenaam: string;
  /** Building unit id (gebouweenheid) in the building register, used by the VEKA APIs. */
  gebouweenheidId: number;
}

/** The demo homes: the sandboxes of the address register and of VEKA serve exactly these. */
export const DEMO_WONINGEN: readonly DemoWoning[] = [
  { adresId: '3000120', straatnaam: 'Tiensestraat', huisnummer: '120', postcode: '3000', gemeentenaam: 'Leuven', gebouweenheidId: 30001201 },
  { adresId: '3010250', straatnaam: 'Diestsesteenweg', huisnummer: '250', postcode: '3010', gemeentenaam: 'Leuven', gebouweenheidId: 30102501 },
  { adresId: '3001017', straatnaam: 'Naamsesteenweg', huisnummer: '17', postcode: '3001', gemeentenaam: 'Leuven', gebouweenheidId: 30010171 },
  {
    adresId: '3000044',
    straatnaam: 'Brusselsestraat',
    huisnummer: '44',
    busnummer: '2',
    postcode: '3000',
    gemeentenaam: 'Leuven',
    gebouweenheidId: 30000442,
  },
  { adresId: '3012008', straatnaam: 'Aarschotsesteenweg', huisnummer: '8', postcode: '3012', gemeentenaam: 'Leuven', gebouweenheidId: 30120081 },
  { adresId: '3018031', straatnaam: 'Wijgmaalsesteenweg', huisnummer: '31', postcode: '3018', gemeentenaam: 'Leuven', gebouweenheidId: 30180311 },
];

/** Fixed ids of the demo records that more than one service knows (the dossier and premies seeds). */
export const DEMO_IDS = {
  burgerAn: '0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0001',
  burgerYoussef: '0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0002',
  burgerMarc: '0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0003',
  dossierAn: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0001',
  dossierYoussef: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0002',
  dossierMarc: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0003',
} as const;

/** Ids of the IPDC products the sandbox catalogue serves and the premie rules link to. */
export const DEMO_PRODUCTS = {
  renovatiebegeleiding: 'a1f0c3e2-6b1d-4f5e-9c2a-000000000001',
  duboAdvies: 'a1f0c3e2-6b1d-4f5e-9c2a-000000000002',
  mijnVerbouwPremie: 'a1f0c3e2-6b1d-4f5e-9c2a-000000000003',
  mijnVerbouwLening: 'a1f0c3e2-6b1d-4f5e-9c2a-000000000004',
  energieloket: 'a1f0c3e2-6b1d-4f5e-9c2a-000000000005',
} as const;

/**
 * Generated homes, for the statistics demo and for benchmarks: the woningpas sandboxes answer for any
 * address id in this reserved range with a deterministic address, building unit and EPC, and the CRM's
 * statistics demo puts its dossiers in those homes, so both tell the same address. The range lies far
 * above the ids of the fixture homes (and of the real register, whose ids have at most 8 digits today).
 */
export const SYNTHETISCHE_ADRESIDS = { van: 990_000_000, tot: 990_999_999 } as const;

/** The streets of the generated homes: Leuven streets with their postcode and a point on the street (Lambert 72). */
export const SYNTHETISCHE_STRATEN: ReadonlyArray<{ naam: string; postcode: string; objectId: string; x: number; y: number }> = [
  { naam: 'Tiensestraat', postcode: '3000', objectId: '45790', x: 173420, y: 174120 },
  { naam: 'Naamsestraat', postcode: '3000', objectId: '45560', x: 173050, y: 173760 },
  { naam: 'Brusselsestraat', postcode: '3000', objectId: '45085', x: 172620, y: 174560 },
  { naam: 'Parijsstraat', postcode: '3000', objectId: '45640', x: 172980, y: 174180 },
  { naam: 'Naamsesteenweg', postcode: '3001', objectId: '45561', x: 173100, y: 171900 },
  { naam: 'Geldenaaksebaan', postcode: '3001', objectId: '45270', x: 174900, y: 172300 },
  { naam: 'Kapeldreef', postcode: '3001', objectId: '45360', x: 172100, y: 171200 },
  { naam: 'Diestsesteenweg', postcode: '3010', objectId: '45170', x: 175200, y: 175600 },
  { naam: 'Holsbeeksesteenweg', postcode: '3010', objectId: '45330', x: 174400, y: 176300 },
  { naam: 'Blijde-Inkomststraat', postcode: '3000', objectId: '45060', x: 173300, y: 174350 },
  { naam: 'Aarschotsesteenweg', postcode: '3012', objectId: '45010', x: 173700, y: 176800 },
  { naam: 'Wilselsesteenweg', postcode: '3012', objectId: '45850', x: 174600, y: 176900 },
  { naam: 'Wijgmaalsesteenweg', postcode: '3018', objectId: '45880', x: 174300, y: 178600 },
  { naam: 'Kampenhoutsebaan', postcode: '3018', objectId: '45350', x: 173200, y: 179800 },
];

/** Generated home number `n` (0 to 999 999): house number `floor(n / streets) + 1` in street `n mod streets`. */
export interface SynthetischeWoning {
  n: number;
  adresId: string;
  straat: (typeof SYNTHETISCHE_STRATEN)[number];
  huisnummer: string;
  postcode: string;
  volledigAdres: string;
}

export function synthetischeWoning(n: number): SynthetischeWoning {
  if (!Number.isInteger(n) || n < 0 || n > SYNTHETISCHE_ADRESIDS.tot - SYNTHETISCHE_ADRESIDS.van) {
    throw new RangeError(`a generated home is numbered 0 to ${SYNTHETISCHE_ADRESIDS.tot - SYNTHETISCHE_ADRESIDS.van}, not ${n}`);
  }
  const straat = SYNTHETISCHE_STRATEN[n % SYNTHETISCHE_STRATEN.length]!;
  const huisnummer = String(Math.floor(n / SYNTHETISCHE_STRATEN.length) + 1);
  return { n, adresId: String(SYNTHETISCHE_ADRESIDS.van + n), straat, huisnummer, postcode: straat.postcode, volledigAdres: `${straat.naam} ${huisnummer}, ${straat.postcode} Leuven` };
}

/** The number of the generated home at this street (index in SYNTHETISCHE_STRATEN) and house number (1 or more). */
export function synthetischNummer(straatIndex: number, huisnummer: number): number {
  return (huisnummer - 1) * SYNTHETISCHE_STRATEN.length + straatIndex;
}
