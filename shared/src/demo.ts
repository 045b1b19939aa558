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
