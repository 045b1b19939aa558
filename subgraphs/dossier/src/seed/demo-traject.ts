import { createHash } from 'node:crypto';
import { DEMO_IDS, DEMO_PERSONAS } from '@hub/shared/demo';
import type { DocumentRow } from '../entities/document.js';
import type { FactuurRow } from '../entities/factuur.js';
import type { MijlpaalRow } from '../entities/mijlpaal.js';
import type { OfferteRow } from '../entities/offerte.js';
import { DEMO_BEGELEIDER_WIM, DEMO_CRM_IDS as C, DEMO_REFERENCE_DATE } from './demo-data.js';
import { demoPdf } from './demo-pdf.js';

/**
 * The demo journey of the CRM's dossiers (all fictional): milestones with the contact history,
 * documents (small PDFs), quotes and invoices. Dates are fixed offsets from the reference moment.
 *
 * - An (FINANCIEREN, coach Lies): contact, home visit and DuBo-advies by Dialoog, the renovation plan
 *   made and discussed, the afsprakennota, no architect and no permit needed; two received quotes for
 *   the roof, one requested for the windows.
 * - Marc (OPTIES, coach Lies): two contact moments; the home visit is planned.
 * - Els (LEVERANCIERS, coach Wim): the ventilation quote chosen (BESTELD), a quote for the windows received.
 * - Koen (closed): both measures invoiced and paid, with the invoices as documents.
 */

const DAY = 24 * 60 * 60 * 1000;
const before = (days: number, hours = 0) => new Date(DEMO_REFERENCE_DATE.getTime() - days * DAY - hours * 60 * 60 * 1000);
const dag = (days: number) => before(days).toISOString().slice(0, 10);

const persona = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!;
interface Wie {
  sub: string;
  naam: string;
  rol: string;
  organisatie: string | null;
}
const SOFIE: Wie = { sub: persona('spoc').sub, naam: persona('spoc').naam, rol: 'spoc', organisatie: null };
const LIES: Wie = { sub: persona('renovatiebegeleider').sub, naam: persona('renovatiebegeleider').naam, rol: 'renovatiebegeleider', organisatie: null };
const PIETER: Wie = { sub: persona('partner').sub, naam: persona('partner').naam, rol: 'partner', organisatie: 'dialoog' };
const WIM: Wie = { sub: DEMO_BEGELEIDER_WIM, naam: 'Wim Verbeke', rol: 'renovatiebegeleider', organisatie: null };
const AN: Wie = { sub: persona('burger').sub, naam: persona('burger').naam, rol: 'burger', organisatie: null };

/** Fixed ids of the demo journey's records. */
export const DEMO_TRAJECT_IDS = {
  mijlpaalAnContact: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0001',
  mijlpaalAnHuisbezoek: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0002',
  mijlpaalAnDubo: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0003',
  mijlpaalAnPlan: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0004',
  mijlpaalAnBesproken: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0005',
  mijlpaalAnNota: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0006',
  mijlpaalAnArchitect: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0007',
  mijlpaalAnVergunning: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0008',
  mijlpaalAnTelefoon: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0009',
  mijlpaalMarcLoket: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0010',
  mijlpaalMarcTelefoon: 'b3f1a2c4-1d2e-4f60-8a7b-6c5d4e3f0011',
  documentAnDubo: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0001',
  documentAnPlan: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0002',
  documentAnNota: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0003',
  documentAnOfferteDak: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0004',
  documentKoenFactuurWarmtepomp: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0005',
  offerteAnDakJanssens: 'd5b3c4e6-3f4a-4b82-8c9d-8e7f6a5b0001',
  offerteAnDakDakEnGevel: 'd5b3c4e6-3f4a-4b82-8c9d-8e7f6a5b0002',
  offerteAnRamen: 'd5b3c4e6-3f4a-4b82-8c9d-8e7f6a5b0003',
  offerteElsVentilatie: 'd5b3c4e6-3f4a-4b82-8c9d-8e7f6a5b0004',
  offerteElsRamen: 'd5b3c4e6-3f4a-4b82-8c9d-8e7f6a5b0005',
  offerteKoenWarmtepomp: 'd5b3c4e6-3f4a-4b82-8c9d-8e7f6a5b0006',
  factuurKoenWarmtepomp: 'e6c4d5f7-4a5b-4c93-9dae-9f8a7b6c0001',
  factuurKoenZonneboiler: 'e6c4d5f7-4a5b-4c93-9dae-9f8a7b6c0002',
} as const;
const T = DEMO_TRAJECT_IDS;

/** Contractors of the demo (KBO numbers with valid check digits, fictional companies). */
export const DEMO_AANNEMERS = {
  janssens: { naam: 'Dakwerken Janssens BV', kbo: '0123456749' },
  dakEnGevel: { naam: 'Dak & Gevel Leuven NV', kbo: '0456789034' },
  glas: { naam: 'Glas Vandamme BV', kbo: '0987654394' },
  lucht: { naam: 'Luchtig Ventilatie BV', kbo: '0555444368' },
  warmte: { naam: 'Warmte Peeters BV', kbo: '0444333244' },
} as const;

const mijlpaal = (
  id: string,
  dossierId: string,
  soort: MijlpaalRow['soort'],
  datum: Date,
  wie: Wie,
  details: Record<string, unknown> = {},
  extra: { toelichting?: string; documentId?: string } = {},
): MijlpaalRow => ({
  id,
  dossierId,
  soort,
  datum,
  toelichting: extra.toelichting ?? null,
  details,
  documentId: extra.documentId ?? null,
  actorSub: wie.sub,
  actorNaam: wie.naam,
  actorRol: wie.rol,
  actorOrganisatie: wie.organisatie,
  geregistreerdOp: new Date(datum.getTime() + 60 * 60 * 1000),
});

export const DEMO_MIJLPALEN: readonly MijlpaalRow[] = [
  mijlpaal(T.mijlpaalAnContact, DEMO_IDS.dossierAn, 'CONTACTMOMENT', before(55), SOFIE, {
    kanaal: 'EMAIL',
    samenvatting: 'Start van de begeleiding besproken; toestemming voor het dossier gekregen.',
  }),
  mijlpaal(T.mijlpaalAnHuisbezoek, DEMO_IDS.dossierAn, 'HUISBEZOEK', before(48), PIETER, {}, { toelichting: 'Huisbezoek voor het DuBo-advies.' }),
  mijlpaal(T.mijlpaalAnDubo, DEMO_IDS.dossierAn, 'DUBO_ADVIES_ONTVANGEN', before(40), PIETER, {}, { documentId: T.documentAnDubo }),
  mijlpaal(T.mijlpaalAnPlan, DEMO_IDS.dossierAn, 'RENOVATIEPLAN_OPGEMAAKT', before(33), LIES, {}, { documentId: T.documentAnPlan }),
  mijlpaal(T.mijlpaalAnBesproken, DEMO_IDS.dossierAn, 'RENOVATIEPLAN_BESPROKEN', before(31), LIES),
  mijlpaal(T.mijlpaalAnNota, DEMO_IDS.dossierAn, 'AFSPRAKENNOTA', before(30), LIES, {
    stappen: ['Dak isoleren en vernieuwen', 'Ramen en voordeur vervangen', 'Gasketel vervangen door een warmtepomp'],
  }, { documentId: T.documentAnNota }),
  mijlpaal(T.mijlpaalAnArchitect, DEMO_IDS.dossierAn, 'ARCHITECT_ADVIES', before(30), LIES, {
    nodig: false,
    advies: 'Geen stabiliteitswerken: een architect is niet nodig.',
  }),
  mijlpaal(T.mijlpaalAnVergunning, DEMO_IDS.dossierAn, 'OMGEVINGSVERGUNNING', before(30), LIES, { nodig: false }),
  mijlpaal(T.mijlpaalAnTelefoon, DEMO_IDS.dossierAn, 'CONTACTMOMENT', before(3), LIES, {
    kanaal: 'TELEFOON',
    samenvatting: 'Offertes voor het dak overlopen; premieadvies volgt.',
  }),
  mijlpaal(T.mijlpaalMarcLoket, DEMO_IDS.dossierMarc, 'CONTACTMOMENT', before(34), SOFIE, {
    kanaal: 'FYSIEK_LOKET',
    samenvatting: 'Vraag naar muur- en vloerisolatie; dossier geopend.',
  }),
  mijlpaal(T.mijlpaalMarcTelefoon, DEMO_IDS.dossierMarc, 'CONTACTMOMENT', before(12), LIES, {
    kanaal: 'TELEFOON',
    samenvatting: 'Huisbezoek van Dialoog ingepland.',
  }),
];

interface DemoDocument {
  row: DocumentRow;
  bytes: Buffer;
}

const document = (
  id: string,
  dossierId: string,
  soort: DocumentRow['soort'],
  titel: string,
  bestandsnaam: string,
  at: Date,
  wie: Wie,
  lines: readonly string[],
  link: Partial<Pick<DocumentRow, 'maatregelId' | 'offerteId' | 'factuurId'>> = {},
): DemoDocument => {
  const bytes = demoPdf([titel, ...lines]);
  return {
    bytes,
    row: {
      id,
      dossierId,
      soort,
      titel,
      bestandsnaam,
      mimeType: 'application/pdf',
      grootte: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      opslagSleutel: `demo-${id}`,
      maatregelId: link.maatregelId ?? null,
      offerteId: link.offerteId ?? null,
      factuurId: link.factuurId ?? null,
      toegevoegdDoorSub: wie.sub,
      toegevoegdDoorNaam: wie.naam,
      toegevoegdDoorRol: wie.rol,
      toegevoegdDoorOrganisatie: wie.organisatie,
      toegevoegdOp: at,
    },
  };
};

export const DEMO_DOCUMENTEN: readonly DemoDocument[] = [
  document(T.documentAnDubo, DEMO_IDS.dossierAn, 'ADVIES', 'DuBo-advies Tiensestraat 120', 'dubo-advies-tiensestraat-120.pdf', before(40), PIETER, [
    'Dialoog - duurzaam bouwadvies',
    'Prioriteit: dakisolatie, daarna ramen, dan de warmtepomp.',
  ]),
  document(T.documentAnPlan, DEMO_IDS.dossierAn, 'RENOVATIEPLAN', 'Renovatieplan Tiensestraat 120', 'renovatieplan.pdf', before(33), LIES, [
    'Stap 1: dak. Stap 2: ramen en voordeur. Stap 3: warmtepomp.',
  ]),
  document(T.documentAnNota, DEMO_IDS.dossierAn, 'AFSPRAKENNOTA', 'Afsprakennota', 'afsprakennota.pdf', before(30), LIES, [
    'Afgesproken renovatiestappen, zie het renovatieplan.',
  ]),
  document(
    T.documentAnOfferteDak,
    DEMO_IDS.dossierAn,
    'OFFERTE',
    'Offerte dak Dakwerken Janssens',
    'offerte-dak-janssens.pdf',
    before(10),
    AN,
    ['Dakisolatie en nieuwe dakbedekking: 9.250,00 EUR excl. btw (6 %).'],
    { maatregelId: C.maatregelAnDak, offerteId: T.offerteAnDakJanssens },
  ),
  document(
    T.documentKoenFactuurWarmtepomp,
    C.dossierKoen,
    'FACTUUR',
    'Factuur warmtepomp',
    'factuur-2025-0117.pdf',
    before(130),
    WIM,
    ['Bodem-water-warmtepomp: 14.200,00 EUR excl. btw.'],
    { maatregelId: C.maatregelKoenWarmtepomp, factuurId: T.factuurKoenWarmtepomp },
  ),
];

const offerte = (
  id: string,
  dossierId: string,
  maatregelId: string,
  aannemer: { naam: string; kbo: string },
  status: OfferteRow['status'],
  at: Date,
  wie: Wie,
  bedrag?: { bedrag: string; btw: string; datum: string; geldigTot: string | null },
): OfferteRow => ({
  id,
  dossierId,
  maatregelId,
  aannemerNaam: aannemer.naam,
  aannemerKbo: aannemer.kbo,
  status,
  bedragExclBtw: bedrag?.bedrag ?? null,
  btwTarief: bedrag?.btw ?? null,
  datum: bedrag?.datum ?? null,
  geldigTot: bedrag?.geldigTot ?? null,
  toegevoegdDoor: wie.sub,
  aangemaaktOp: at,
  gewijzigdOp: at,
});

const A = DEMO_AANNEMERS;
export const DEMO_OFFERTES: readonly OfferteRow[] = [
  offerte(T.offerteKoenWarmtepomp, C.dossierKoen, C.maatregelKoenWarmtepomp, A.warmte, 'GEKOZEN', before(170), WIM, {
    bedrag: '14200.00',
    btw: '6.00',
    datum: dag(172),
    geldigTot: dag(142),
  }),
  offerte(T.offerteElsVentilatie, C.dossierEls, C.maatregelElsVentilatie, A.lucht, 'GEKOZEN', before(50), WIM, {
    bedrag: '3900.00',
    btw: '6.00',
    datum: dag(52),
    geldigTot: dag(22),
  }),
  offerte(T.offerteElsRamen, C.dossierEls, C.maatregelElsRamen, A.glas, 'ONTVANGEN', before(20), WIM, {
    bedrag: '6450.00',
    btw: '6.00',
    datum: dag(21),
    geldigTot: dag(-40),
  }),
  offerte(T.offerteAnDakJanssens, DEMO_IDS.dossierAn, C.maatregelAnDak, A.janssens, 'ONTVANGEN', before(10), AN, {
    bedrag: '9250.00',
    btw: '6.00',
    datum: dag(11),
    geldigTot: dag(-50),
  }),
  offerte(T.offerteAnDakDakEnGevel, DEMO_IDS.dossierAn, C.maatregelAnDak, A.dakEnGevel, 'ONTVANGEN', before(8), LIES, {
    bedrag: '9800.00',
    btw: '6.00',
    datum: dag(9),
    geldigTot: dag(-20),
  }),
  offerte(T.offerteAnRamen, DEMO_IDS.dossierAn, C.maatregelAnRamen, A.glas, 'AANGEVRAAGD', before(7), LIES),
];

const factuur = (
  id: string,
  dossierId: string,
  maatregelId: string,
  nummer: string,
  aannemer: { naam: string; kbo: string },
  bedrag: string,
  btw: string,
  datum: string,
  betaaldOp: string | null,
): FactuurRow => ({
  id,
  dossierId,
  maatregelId,
  nummer,
  datum,
  aannemerNaam: aannemer.naam,
  aannemerKbo: aannemer.kbo,
  bedragExclBtw: bedrag,
  btwBedrag: btw,
  betaaldOp,
  toegevoegdDoor: WIM.sub,
  aangemaaktOp: new Date(`${datum}T12:00:00.000Z`),
  gewijzigdOp: new Date(`${datum}T12:00:00.000Z`),
});

export const DEMO_FACTUREN: readonly FactuurRow[] = [
  factuur(T.factuurKoenWarmtepomp, C.dossierKoen, C.maatregelKoenWarmtepomp, '2025-0117', A.warmte, '14200.00', '852.00', dag(131), dag(120)),
  factuur(T.factuurKoenZonneboiler, C.dossierKoen, C.maatregelKoenZonneboiler, 'ZB-88', A.warmte, '5600.00', '336.00', dag(128), dag(118)),
];

/** The next action of the running demo dossiers: Marc's lies before the reference day (overdue). */
export const DEMO_VOLGENDE_ACTIES: Readonly<Record<string, { volgendeActieOp: string; volgendeActie: string }>> = {
  [DEMO_IDS.dossierAn]: { volgendeActieOp: dag(-7), volgendeActie: 'Premieadvies en offertes dak bespreken' },
  [DEMO_IDS.dossierMarc]: { volgendeActieOp: dag(3), volgendeActie: 'Renovatieplan opmaken na het huisbezoek' },
  [C.dossierEls]: { volgendeActieOp: dag(-3), volgendeActie: 'Keuze offerte ramen opvolgen' },
};
