import { DEMO_IDS, DEMO_PERSONAS } from '@hub/shared/demo';
import type { OpmerkingRow } from '../entities/opmerking.js';
import type { PartnerAanvraagRow } from '../entities/partner-aanvraag.js';
import type { PartnerToewijzingRow } from '../entities/partner-toewijzing.js';
import type { ToestemmingRow } from '../entities/toestemming.js';
import { DEMO_CRM_IDS as C, DEMO_REFERENCE_DATE } from './demo-data.js';

/*
 * The demo world's consents, partner assignments, partner requests (already delivered) and remarks:
 * - Marc (OPTIES) shares contact, home and plan with Dialoog, which was asked for a DuBo-advies: the
 *   partner persona (Dialoog) sees his dossier;
 * - An (FINANCIEREN) had a DuBo-advies from Dialoog (delivered; the assignment ended and she withdrew
 *   her consent) and shares contact, home and premie data with the Energiehuis for a loan;
 * - Els (LEVERANCIERS) had a DuBo-advies from Dialoog and withdrew her consent afterwards.
 */

const DAY = 24 * 60 * 60 * 1000;
const before = (days: number, hours = 0) => new Date(DEMO_REFERENCE_DATE.getTime() - days * DAY - hours * 60 * 60 * 1000);
const SPOC = DEMO_PERSONAS.find((p) => p.key === 'spoc')!.sub;
const LIES = DEMO_PERSONAS.find((p) => p.key === 'renovatiebegeleider')!.sub;
const DIALOOG_MEDEWERKER = DEMO_PERSONAS.find((p) => p.key === 'partner')!.sub;

/** Fixed ids of the demo consents, assignments, requests and remarks. */
export const DEMO_KLANTREIS_IDS = {
  toestemmingMarcContact: '3c4d5e6f-1111-4a1b-8c2d-000000000001',
  toestemmingMarcWoning: '3c4d5e6f-1111-4a1b-8c2d-000000000002',
  toestemmingMarcPlan: '3c4d5e6f-1111-4a1b-8c2d-000000000003',
  toestemmingAnDialoogWoning: '3c4d5e6f-1111-4a1b-8c2d-000000000004',
  toestemmingAnEnergiehuisContact: '3c4d5e6f-1111-4a1b-8c2d-000000000005',
  toestemmingAnEnergiehuisWoning: '3c4d5e6f-1111-4a1b-8c2d-000000000006',
  toestemmingAnEnergiehuisPremie: '3c4d5e6f-1111-4a1b-8c2d-000000000007',
  toestemmingElsContact: '3c4d5e6f-1111-4a1b-8c2d-000000000008',
  toewijzingMarcDialoog: '4d5e6f70-2222-4b2c-8d3e-000000000001',
  toewijzingAnDialoog: '4d5e6f70-2222-4b2c-8d3e-000000000002',
  toewijzingAnEnergiehuis: '4d5e6f70-2222-4b2c-8d3e-000000000003',
  toewijzingElsDialoog: '4d5e6f70-2222-4b2c-8d3e-000000000004',
  aanvraagMarcDubo: '5e6f7081-3333-4c3d-8e4f-000000000001',
  aanvraagAnDubo: '5e6f7081-3333-4c3d-8e4f-000000000002',
  aanvraagAnLening: '5e6f7081-3333-4c3d-8e4f-000000000003',
  aanvraagElsDubo: '5e6f7081-3333-4c3d-8e4f-000000000004',
  opmerkingAnErfgoed: '6f708192-4444-4d4e-8f50-000000000001',
} as const;
const K = DEMO_KLANTREIS_IDS;

type Toestemming = Omit<ToestemmingRow, 'ingetrokkenOp' | 'ingetrokkenDoor' | 'ingetrokkenWijze'> & Partial<ToestemmingRow>;
const toestemming = (t: Toestemming): ToestemmingRow => ({ ingetrokkenOp: null, ingetrokkenDoor: null, ingetrokkenWijze: null, ...t });

export const DEMO_TOESTEMMINGEN: readonly ToestemmingRow[] = [
  ...(['CONTACTGEGEVENS', 'WONINGGEGEVENS', 'RENOVATIEPLAN'] as const).map((soort, i) =>
    toestemming({
      id: [K.toestemmingMarcContact, K.toestemmingMarcWoning, K.toestemmingMarcPlan][i]!,
      dossierId: DEMO_IDS.dossierMarc,
      partner: 'dialoog',
      soort,
      gegevenOp: before(30),
      gegevenDoor: SPOC,
      gegevenWijze: 'MONDELING',
    }),
  ),
  toestemming({
    id: K.toestemmingAnDialoogWoning,
    dossierId: DEMO_IDS.dossierAn,
    partner: 'dialoog',
    soort: 'WONINGGEGEVENS',
    gegevenOp: before(50),
    gegevenDoor: SPOC,
    gegevenWijze: 'MONDELING',
    ingetrokkenOp: before(25),
    ingetrokkenDoor: null,
    ingetrokkenWijze: 'DIGITAAL',
  }),
  ...(['CONTACTGEGEVENS', 'WONINGGEGEVENS', 'PREMIEGEGEVENS'] as const).map((soort, i) =>
    toestemming({
      id: [K.toestemmingAnEnergiehuisContact, K.toestemmingAnEnergiehuisWoning, K.toestemmingAnEnergiehuisPremie][i]!,
      dossierId: DEMO_IDS.dossierAn,
      partner: 'energiehuis',
      soort,
      gegevenOp: before(20),
      gegevenDoor: null,
      gegevenWijze: 'DIGITAAL',
    }),
  ),
  toestemming({
    id: K.toestemmingElsContact,
    dossierId: C.dossierEls,
    partner: 'dialoog',
    soort: 'CONTACTGEGEVENS',
    gegevenOp: before(110),
    gegevenDoor: SPOC,
    gegevenWijze: 'SCHRIFTELIJK',
    ingetrokkenOp: before(70),
    ingetrokkenDoor: SPOC,
    ingetrokkenWijze: 'SCHRIFTELIJK',
  }),
];

const toewijzing = (t: Omit<PartnerToewijzingRow, 'beeindigdOp' | 'beeindigdDoor'> & Partial<PartnerToewijzingRow>): PartnerToewijzingRow => ({
  beeindigdOp: null,
  beeindigdDoor: null,
  ...t,
});

export const DEMO_TOEWIJZINGEN: readonly PartnerToewijzingRow[] = [
  toewijzing({ id: K.toewijzingMarcDialoog, dossierId: DEMO_IDS.dossierMarc, partner: 'dialoog', toegewezenOp: before(30), toegewezenDoor: LIES }),
  toewijzing({
    id: K.toewijzingAnDialoog,
    dossierId: DEMO_IDS.dossierAn,
    partner: 'dialoog',
    toegewezenOp: before(50),
    toegewezenDoor: LIES,
    beeindigdOp: before(25),
    beeindigdDoor: SPOC,
  }),
  toewijzing({ id: K.toewijzingAnEnergiehuis, dossierId: DEMO_IDS.dossierAn, partner: 'energiehuis', toegewezenOp: before(20), toegewezenDoor: SPOC }),
  toewijzing({
    id: K.toewijzingElsDialoog,
    dossierId: C.dossierEls,
    partner: 'dialoog',
    toegewezenOp: before(110),
    toegewezenDoor: SPOC,
    beeindigdOp: before(70),
    beeindigdDoor: SPOC,
  }),
];

/** A demo request, without its outbox message id (the seed stores the message and fills it in). */
export type DemoAanvraag = Omit<PartnerAanvraagRow, 'outboxId'> & { afgeleverdOp: Date };

export const DEMO_AANVRAGEN: readonly DemoAanvraag[] = [
  {
    id: K.aanvraagElsDubo,
    dossierId: C.dossierEls,
    partner: 'dialoog',
    soort: 'DUBO_ADVIES',
    toelichting: 'Appartement met enkele beglazing; advies over ramen en ventilatie.',
    aangevraagdOp: before(110),
    aangevraagdDoor: SPOC,
    afgeleverdOp: before(110),
    resultaat: 'DuBo-advies bezorgd na huisbezoek.',
    opgeleverdOp: before(90),
    opgeleverdDoor: DIALOOG_MEDEWERKER,
  },
  {
    id: K.aanvraagAnDubo,
    dossierId: DEMO_IDS.dossierAn,
    partner: 'dialoog',
    soort: 'DUBO_ADVIES',
    toelichting: 'Rijwoning uit 1930, plan voor dak, ramen en warmtepomp.',
    aangevraagdOp: before(50),
    aangevraagdDoor: LIES,
    afgeleverdOp: before(50),
    resultaat: 'DuBo-advies bezorgd na huisbezoek.',
    opgeleverdOp: before(40),
    opgeleverdDoor: DIALOOG_MEDEWERKER,
  },
  {
    id: K.aanvraagMarcDubo,
    dossierId: DEMO_IDS.dossierMarc,
    partner: 'dialoog',
    soort: 'DUBO_ADVIES',
    toelichting: 'Advies over muur- en vloerisolatie en ventilatie.',
    aangevraagdOp: before(30),
    aangevraagdDoor: LIES,
    afgeleverdOp: before(30),
    resultaat: null,
    opgeleverdOp: null,
    opgeleverdDoor: null,
  },
  {
    id: K.aanvraagAnLening,
    dossierId: DEMO_IDS.dossierAn,
    partner: 'energiehuis',
    soort: 'LENING',
    toelichting: 'Mijn VerbouwLening voor dak, ramen en warmtepomp.',
    aangevraagdOp: before(20),
    aangevraagdDoor: SPOC,
    afgeleverdOp: before(20),
    resultaat: null,
    opgeleverdOp: null,
    opgeleverdDoor: null,
  },
];

export const DEMO_OPMERKINGEN: readonly OpmerkingRow[] = [
  {
    id: K.opmerkingAnErfgoed,
    dossierId: DEMO_IDS.dossierAn,
    tekst: 'De woning ligt niet in een beschermd stadsgezicht: geen erfgoedadvies nodig voor dak en ramen.',
    auteurSub: DEMO_PERSONAS.find((p) => p.key === 'stadsdienst')!.sub,
    auteurRol: 'stadsdienst',
    auteurDienst: 'erfgoed',
    geplaatstOp: before(15),
  },
];
