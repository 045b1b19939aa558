import { DEMO_IDS, DEMO_PERSONAS, DEMO_WONINGEN } from '@hub/shared/demo';
import type { BurgerRow } from '../entities/burger.js';
import type { MaatregelRow } from '../entities/maatregel.js';
import type { VraagRow } from '../entities/vraag.js';
import type { ToestemmingWijze } from '../domain.js';
import type { NewDossier } from '../repositories/index.js';

/**
 * The demo world of the CRM (all people fictional). Dates are fixed offsets from one reference
 * moment, so that every run and every test sees the same data.
 */
export const DEMO_REFERENCE_DATE = new Date('2026-03-02T09:00:00.000Z');

const DAY = 24 * 60 * 60 * 1000;
/** `days` days (and `hours` hours) before the reference moment. */
const before = (days: number, hours = 0) => new Date(DEMO_REFERENCE_DATE.getTime() - days * DAY - hours * 60 * 60 * 1000);

const persona = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!;
const SPOC = persona('spoc').sub; // stad-sofie.claes
const LIES = persona('renovatiebegeleider').sub; // stad-lies.wouters
/** A second coach, so that Lies's view is visibly limited to her own dossiers. */
export const DEMO_BEGELEIDER_WIM = 'stad-wim.verbeke';

const woning = (i: number) => DEMO_WONINGEN[i]!.adresId;

/** A demo home's address in one line and its postcode, as woningpas' `adresZoeken` shows them. */
function adresVan(adresId: string): { adresTekst: string; postcode: string } {
  const w = DEMO_WONINGEN.find((x) => x.adresId === adresId)!;
  const bus = w.busnummer ? ` bus ${w.busnummer}` : '';
  return { adresTekst: `${w.straatnaam} ${w.huisnummer}${bus}, ${w.postcode} ${w.gemeentenaam}`, postcode: w.postcode };
}

/** Fixed ids of the demo records that only the CRM knows. */
export const DEMO_CRM_IDS = {
  burgerEls: '0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0004',
  burgerKoen: '0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0005',
  burgerFatima: '0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0006',
  dossierEls: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0004',
  dossierKoen: '5d1e8a40-2f7b-4c55-8f0e-1a2b3c4d0005',
  vraagAn: '7e2d4b10-3c8a-4f61-9b7d-2c3d4e5f0001',
  vraagYoussef: '7e2d4b10-3c8a-4f61-9b7d-2c3d4e5f0002',
  vraagMarc: '7e2d4b10-3c8a-4f61-9b7d-2c3d4e5f0003',
  vraagEls: '7e2d4b10-3c8a-4f61-9b7d-2c3d4e5f0004',
  vraagKoen: '7e2d4b10-3c8a-4f61-9b7d-2c3d4e5f0005',
  vraagFatima: '7e2d4b10-3c8a-4f61-9b7d-2c3d4e5f0006',
  maatregelAnDak: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0001',
  maatregelAnRamen: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0002',
  maatregelAnWarmtepomp: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0003',
  maatregelMarcMuur: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0004',
  maatregelMarcVloer: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0005',
  maatregelMarcVentilatie: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0006',
  maatregelElsRamen: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0007',
  maatregelElsVentilatie: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0008',
  maatregelKoenWarmtepomp: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0009',
  maatregelKoenZonneboiler: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0010',
} as const;
const C = DEMO_CRM_IDS;

/** INSZ of the demo citizens without a login persona (valid check digits, fictional people). */
export const DEMO_INSZ = { marc: '58120312322', els: '92061123452', koen: '77040218740', fatima: '03091704684' } as const;

const burger = (b: Omit<BurgerRow, 'gewijzigdOp'>): BurgerRow => ({ ...b, gewijzigdOp: b.aangemaaktOp });

export const DEMO_BURGERS: readonly BurgerRow[] = [
  burger({
    id: DEMO_IDS.burgerAn,
    insz: persona('burger').insz!,
    voornaam: 'An',
    achternaam: 'Peeters',
    email: 'an.peeters@example.be',
    telefoon: '+32 470 12 34 56',
    aangemaaktOp: before(58),
  }),
  burger({
    id: DEMO_IDS.burgerYoussef,
    insz: persona('burger2').insz!,
    voornaam: 'Youssef',
    achternaam: 'El Amrani',
    email: 'youssef.elamrani@example.be',
    telefoon: '+32 485 98 76 54',
    aangemaaktOp: before(9),
  }),
  burger({
    id: DEMO_IDS.burgerMarc,
    insz: DEMO_INSZ.marc,
    voornaam: 'Marc',
    achternaam: 'Vermeulen',
    email: null,
    telefoon: '+32 16 23 45 67',
    aangemaaktOp: before(35),
  }),
  burger({
    id: C.burgerEls,
    insz: DEMO_INSZ.els,
    voornaam: 'Els',
    achternaam: 'Jacobs',
    email: 'els.jacobs@example.be',
    telefoon: null,
    aangemaaktOp: before(120),
  }),
  burger({
    id: C.burgerKoen,
    insz: DEMO_INSZ.koen,
    voornaam: 'Koen',
    achternaam: 'Willems',
    email: 'koen.willems@example.be',
    telefoon: '+32 495 11 22 33',
    aangemaaktOp: before(200),
  }),
  burger({
    id: C.burgerFatima,
    insz: DEMO_INSZ.fatima,
    voornaam: 'Fatima',
    achternaam: 'Bouzid',
    email: 'fatima.bouzid@example.be',
    telefoon: null,
    aangemaaktOp: before(1, 2),
  }),
];

/** In the order they were opened, so that the reference numbers rise with time. */
const DOSSIERS: readonly NewDossier[] = [
  {
    id: C.dossierKoen,
    titel: 'Warmtepomp en zonneboiler Aarschotsesteenweg 8',
    fase: 'UITVOEREN_EN_BETALEN',
    status: 'AFGESLOTEN',
    burgerId: C.burgerKoen,
    adresId: woning(4),
    spocSub: SPOC,
    renovatiebegeleiderSub: DEMO_BEGELEIDER_WIM,
    geopendOp: before(198),
    laatsteWijziging: before(21),
  },
  {
    id: C.dossierEls,
    titel: 'Ramen en ventilatie appartement Brusselsestraat 44 bus 2',
    fase: 'LEVERANCIERS',
    status: 'LOPEND',
    burgerId: C.burgerEls,
    adresId: woning(3),
    spocSub: SPOC,
    renovatiebegeleiderSub: DEMO_BEGELEIDER_WIM,
    geopendOp: before(118),
    laatsteWijziging: before(6),
  },
  {
    id: DEMO_IDS.dossierAn,
    titel: 'Renovatie rijwoning Tiensestraat 120',
    fase: 'FINANCIEREN',
    status: 'LOPEND',
    burgerId: DEMO_IDS.burgerAn,
    adresId: woning(0),
    spocSub: SPOC,
    renovatiebegeleiderSub: LIES,
    geopendOp: before(55),
    laatsteWijziging: before(2),
  },
  {
    id: DEMO_IDS.dossierMarc,
    titel: 'Isolatie en ventilatie Naamsesteenweg 17',
    fase: 'OPTIES',
    status: 'LOPEND',
    burgerId: DEMO_IDS.burgerMarc,
    adresId: woning(2),
    spocSub: SPOC,
    renovatiebegeleiderSub: LIES,
    geopendOp: before(34),
    laatsteWijziging: before(4),
  },
  {
    id: DEMO_IDS.dossierYoussef,
    titel: 'Eerste renovatieadvies Diestsesteenweg 250',
    fase: 'CONTACTNAME',
    status: 'LOPEND',
    burgerId: DEMO_IDS.burgerYoussef,
    adresId: woning(1),
    spocSub: SPOC,
    renovatiebegeleiderSub: null,
    geopendOp: before(8),
    laatsteWijziging: before(8),
  },
];

/** How each demo citizen consented to start guidance (recorded by the SPOC when the dossier was opened). */
const START_TOESTEMMING: Readonly<Record<string, ToestemmingWijze>> = {
  [C.dossierKoen]: 'SCHRIFTELIJK',
  [C.dossierEls]: 'DIGITAAL',
  [DEMO_IDS.dossierAn]: 'MONDELING',
  [DEMO_IDS.dossierMarc]: 'MONDELING',
  [DEMO_IDS.dossierYoussef]: 'MONDELING',
};

/** The demo dossiers with their address, their start consent and, for an ended one, why it ended. */
export const DEMO_DOSSIERS: readonly NewDossier[] = DOSSIERS.map((d) => ({
  ...d,
  ...adresVan(d.adresId),
  startToestemmingWijze: START_TOESTEMMING[d.id]!,
  startToestemmingOp: d.geopendOp,
  startToestemmingDoor: SPOC,
  ...(d.status === 'LOPEND' ? {} : { afsluitReden: 'Werken uitgevoerd en betaald, premies aangevraagd: traject volledig doorlopen.', afgeslotenOp: d.laatsteWijziging }),
}));

type DemoMaatregel = Omit<MaatregelRow, 'aangemaaktOp' | 'gewijzigdOp' | 'uitgevoerdOp'>;
/** A demo measure planned at `at`; an executed one was executed `uitgevoerd` (the day its invoice came). */
const maatregel = (m: DemoMaatregel, at: Date, uitgevoerd: Date | null = null): MaatregelRow => ({
  ...m,
  uitgevoerdOp: uitgevoerd,
  aangemaaktOp: at,
  gewijzigdOp: uitgevoerd ?? at,
});

export const DEMO_MAATREGELEN: readonly MaatregelRow[] = [
  maatregel(
    { id: C.maatregelAnDak, dossierId: DEMO_IDS.dossierAn, categorie: 'DAK', omschrijving: 'Dakisolatie hellend dak (Rd ≥ 4,5) met nieuwe dakbedekking', status: 'OFFERTE', oppervlakteM2: '80.00', bedragExclBtw: '9000.00', volgorde: 1 },
    before(30),
  ),
  maatregel(
    { id: C.maatregelAnRamen, dossierId: DEMO_IDS.dossierAn, categorie: 'RAMEN_EN_DEUREN', omschrijving: 'Hoogrendementsbeglazing (U ≤ 1,0) en nieuwe voordeur', status: 'OFFERTE', oppervlakteM2: null, bedragExclBtw: '7800.00', volgorde: 2 },
    before(30),
  ),
  maatregel(
    { id: C.maatregelAnWarmtepomp, dossierId: DEMO_IDS.dossierAn, categorie: 'WARMTEPOMP', omschrijving: 'Lucht-water-warmtepomp ter vervanging van de gasketel', status: 'GEPLAND', uitvoering: 'WARMTEPOMP_LUCHT_WATER', oppervlakteM2: null, bedragExclBtw: '15400.00', volgorde: 3 },
    before(30),
  ),
  maatregel(
    { id: C.maatregelMarcMuur, dossierId: DEMO_IDS.dossierMarc, categorie: 'BUITENMUUR', omschrijving: 'Spouwmuurisolatie voor- en achtergevel', status: 'GEPLAND', uitvoering: 'MUUR_SPOUW', oppervlakteM2: '120.00', bedragExclBtw: null, volgorde: 1 },
    before(10),
  ),
  maatregel(
    { id: C.maatregelMarcVloer, dossierId: DEMO_IDS.dossierMarc, categorie: 'VLOER', omschrijving: 'Vloerisolatie gelijkvloers', status: 'GEPLAND', oppervlakteM2: '65.50', bedragExclBtw: null, volgorde: 2 },
    before(10),
  ),
  maatregel(
    { id: C.maatregelMarcVentilatie, dossierId: DEMO_IDS.dossierMarc, categorie: 'VENTILATIE', omschrijving: 'Vraaggestuurd ventilatiesysteem C+', status: 'GEPLAND', oppervlakteM2: null, bedragExclBtw: null, volgorde: 3 },
    before(10),
  ),
  maatregel(
    { id: C.maatregelElsRamen, dossierId: C.dossierEls, categorie: 'RAMEN_EN_DEUREN', omschrijving: 'Vervanging van enkele beglazing door hoogrendementsglas', status: 'OFFERTE', oppervlakteM2: '14.50', bedragExclBtw: '6200.00', volgorde: 1 },
    before(60),
  ),
  maatregel(
    { id: C.maatregelElsVentilatie, dossierId: C.dossierEls, categorie: 'VENTILATIE', omschrijving: 'Decentrale ventilatie met warmteterugwinning', status: 'BESTELD', oppervlakteM2: null, bedragExclBtw: '3900.00', volgorde: 2 },
    before(60),
  ),
  maatregel(
    { id: C.maatregelKoenWarmtepomp, dossierId: C.dossierKoen, categorie: 'WARMTEPOMP', omschrijving: 'Bodem-water-warmtepomp', status: 'UITGEVOERD', uitvoering: 'WARMTEPOMP_BODEM_WATER', oppervlakteM2: null, bedragExclBtw: '14200.00', volgorde: 1 },
    before(150),
    before(121),
  ),
  maatregel(
    { id: C.maatregelKoenZonneboiler, dossierId: C.dossierKoen, categorie: 'ZONNEBOILER', omschrijving: 'Zonneboiler 300 liter', status: 'UITGEVOERD', oppervlakteM2: null, bedragExclBtw: '5600.00', volgorde: 2 },
    before(150),
    before(119),
  ),
];

type DemoVraag = Pick<VraagRow, 'id' | 'kanaal' | 'onderwerp' | 'ontvangenOp' | 'burgerId' | 'adresId' | 'dossierId' | 'status'>;
/** A demo question: with its home's address; registered by the SPOC unless the citizen used a channel of their own. */
const vraag = (v: DemoVraag): VraagRow => ({
  ...v,
  ...(v.adresId === null ? { adresTekst: null, postcode: null } : adresVan(v.adresId)),
  contactNaam: null,
  contactEmail: null,
  contactTelefoon: null,
  geregistreerdDoor: v.kanaal === 'CONTACTFORMULIER' || v.kanaal === 'DIGITAAL_LOKET' ? null : SPOC,
  toegewezenAan: null,
  afhandelReden: null,
  afgehandeldOp: null,
  aangemaaktOp: v.ontvangenOp,
  gewijzigdOp: v.ontvangenOp,
});

export const DEMO_VRAGEN: readonly VraagRow[] = [
  vraag({ id: C.vraagKoen, kanaal: 'EMAIL', onderwerp: 'Kan ik mijn stookolieketel vervangen door een warmtepomp?', ontvangenOp: before(201), burgerId: C.burgerKoen, adresId: woning(4), dossierId: C.dossierKoen, status: 'DOSSIER_GEOPEND' }),
  vraag({ id: C.vraagEls, kanaal: 'DIGITAAL_LOKET', onderwerp: 'Premie voor nieuwe ramen in een appartement', ontvangenOp: before(121), burgerId: C.burgerEls, adresId: woning(3), dossierId: C.dossierEls, status: 'DOSSIER_GEOPEND' }),
  vraag({ id: C.vraagAn, kanaal: 'EMAIL', onderwerp: 'Begeleiding bij de renovatie van mijn rijwoning', ontvangenOp: before(58), burgerId: DEMO_IDS.burgerAn, adresId: woning(0), dossierId: DEMO_IDS.dossierAn, status: 'DOSSIER_GEOPEND' }),
  vraag({ id: C.vraagMarc, kanaal: 'FYSIEK_LOKET', onderwerp: 'Advies over muur- en vloerisolatie', ontvangenOp: before(35), burgerId: DEMO_IDS.burgerMarc, adresId: woning(2), dossierId: DEMO_IDS.dossierMarc, status: 'DOSSIER_GEOPEND' }),
  vraag({ id: C.vraagYoussef, kanaal: 'TELEFOON', onderwerp: 'Welke premies zijn er voor dakisolatie en een warmtepomp?', ontvangenOp: before(9), burgerId: DEMO_IDS.burgerYoussef, adresId: woning(1), dossierId: DEMO_IDS.dossierYoussef, status: 'DOSSIER_GEOPEND' }),
  vraag({ id: C.vraagFatima, kanaal: 'CONTACTFORMULIER', onderwerp: 'Is mijn woning geschikt voor een warmtepomp?', ontvangenOp: before(1, 2), burgerId: C.burgerFatima, adresId: woning(5), dossierId: null, status: 'NIEUW' }),
];
