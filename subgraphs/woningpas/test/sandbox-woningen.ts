import { DEMO_WONINGEN } from '@hub/shared/demo';

/**
 * Every woningpas field of the homes the sandboxes know (the demo homes and Vaartstraat 5: one house, two
 * flats, no box numbers), as the subgraph answers them on VANDAAG (2026-11-28).
 */

export const OVERZICHT = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Woning {
      adresId
      adres { volledigAdres busnummer }
      gebouweenheid { gebouweenheidId status }
      epc { certificaatnummer label energiescore bouwjaar gebouwType geldigTot gebouweenheidId aanbevelingen { categorie type prioriteit } }
      epcStatus { heeftGeldigEpc geenEpcReden toelichting verlopenOp }
      eerderePremiewerken { dossierNummer categorie type uitvoeringsdatum facturatieDatum }
      erfgoed { beschermd beschermdMonument inBeschermdStadsOfDorpsgezicht vastgesteldBouwkundigErfgoed aanduidingen { naam soort besluitDatum } }
      vergunningen { heeftLopendeAanvraag heeftVergunning aanvragen { projectnummer soort status ingediendOp beslistOp } }
    }
  }
}`;

const geldig = (tot: string) => ({ heeftGeldigEpc: true, geenEpcReden: null, toelichting: `Geldig EPC tot ${tot}.`, verlopenOp: null });
const geenErfgoed = { beschermd: false, beschermdMonument: false, inBeschermdStadsOfDorpsgezicht: false, vastgesteldBouwkundigErfgoed: false, aanduidingen: [] };
const geenVergunningen = { heeftLopendeAanvraag: false, heeftVergunning: false, aanvragen: [] };
const eenheid = (gebouweenheidId: string) => ({ gebouweenheidId, status: 'GEREALISEERD' });

/** The demo homes as the sandboxes tell them (VANDAAG = 2026-11-28), and Vaartstraat 5: one house, two flats, no box numbers. */
export const TIENSESTRAAT = {
  adresId: '3000120',
  adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven', busnummer: null },
  gebouweenheid: eenheid('30001201'),
  epc: {
    certificaatnummer: '20240318-0003187245-RES-1',
    label: 'F',
    energiescore: 612,
    bouwjaar: 1930,
    gebouwType: 'Eengezinswoning',
    geldigTot: '2034-03-18',
    gebouweenheidId: '30001201',
    aanbevelingen: [
      { categorie: 'DAK', type: 'ISOLATIE', prioriteit: 1 },
      { categorie: 'MUREN', type: 'ISOLATIE', prioriteit: 2 },
      { categorie: 'VENSTERS', type: 'VERVANGING', prioriteit: 3 },
      { categorie: 'VLOEREN', type: 'ISOLATIE', prioriteit: 4 },
      { categorie: 'VERWARMING', type: 'VERVANGING', prioriteit: 5 },
      { categorie: 'ZONNEPANELEN', type: 'PLAATSING', prioriteit: 6 },
    ],
  },
  epcStatus: geldig('2034-03-18'),
  eerderePremiewerken: [],
  erfgoed: {
    beschermd: true,
    beschermdMonument: false,
    inBeschermdStadsOfDorpsgezicht: true,
    vastgesteldBouwkundigErfgoed: true,
    aanduidingen: [
      { naam: 'Burgerhuis met lijstgevel', soort: 'VASTGESTELD_BOUWKUNDIG_ERFGOED', besluitDatum: '2009-11-26' },
      { naam: 'Tiensestraat en omgeving', soort: 'BESCHERMD_STADS_OF_DORPSGEZICHT', besluitDatum: '1997-03-12' },
    ],
  },
  vergunningen: {
    heeftLopendeAanvraag: false,
    heeftVergunning: true,
    aanvragen: [{ projectnummer: 'OMV_2019021187', soort: 'OMGEVINGSVERGUNNING', status: 'VERGUND', ingediendOp: '2019-02-11', beslistOp: '2019-06-03' }],
  },
};

export const SANDBOX_WONINGEN = [
  TIENSESTRAAT,
  {
    adresId: '3010250',
    adres: { volledigAdres: 'Diestsesteenweg 250, 3010 Leuven', busnummer: null },
    gebouweenheid: eenheid('30102501'),
    epc: {
      certificaatnummer: '20230905-0002964418-RES-1',
      label: 'D',
      energiescore: 356,
      bouwjaar: 1968,
      gebouwType: 'Eengezinswoning',
      geldigTot: '2033-09-05',
      gebouweenheidId: '30102501',
      aanbevelingen: [
        { categorie: 'DAK', type: 'ISOLATIE', prioriteit: 1 },
        { categorie: 'VENSTERS', type: 'VERVANGING', prioriteit: 2 },
        { categorie: 'MUREN', type: 'ISOLATIE', prioriteit: 3 },
        { categorie: 'VERWARMING', type: 'VERVANGING', prioriteit: 4 },
      ],
    },
    epcStatus: geldig('2033-09-05'),
    eerderePremiewerken: [{ dossierNummer: '23-MVP-004812', categorie: 'DAK', type: 'dakisolatie', uitvoeringsdatum: '2023-11-06', facturatieDatum: '2023-11-20' }],
    erfgoed: geenErfgoed,
    vergunningen: {
      heeftLopendeAanvraag: true,
      heeftVergunning: false,
      aanvragen: [{ projectnummer: 'OMV_2026087412', soort: 'OMGEVINGSVERGUNNING', status: 'IN_BEHANDELING', ingediendOp: '2026-09-14', beslistOp: null }],
    },
  },
  {
    adresId: '3001017',
    adres: { volledigAdres: 'Naamsesteenweg 17, 3001 Leuven', busnummer: null },
    gebouweenheid: eenheid('30010171'),
    epc: null,
    epcStatus: { heeftGeldigEpc: false, geenEpcReden: 'ENKEL_VERLOPEN_EPC', toelichting: 'Enkel een verlopen EPC (geldig tot 2022-05-22).', verlopenOp: '2022-05-22' },
    eerderePremiewerken: [],
    erfgoed: {
      beschermd: true,
      beschermdMonument: true,
      inBeschermdStadsOfDorpsgezicht: false,
      vastgesteldBouwkundigErfgoed: false,
      aanduidingen: [{ naam: 'Neoclassicistisch herenhuis', soort: 'BESCHERMD_MONUMENT', besluitDatum: '1985-06-20' }],
    },
    vergunningen: geenVergunningen,
  },
  {
    adresId: '3000044',
    adres: { volledigAdres: 'Brusselsestraat 44 bus 2, 3000 Leuven', busnummer: '2' },
    gebouweenheid: eenheid('30000442'),
    epc: {
      certificaatnummer: '20250211-0003402716-RES-1',
      label: 'B',
      energiescore: 164,
      bouwjaar: 1995,
      gebouwType: 'Appartement',
      geldigTot: '2035-02-11',
      gebouweenheidId: '30000442',
      aanbevelingen: [
        { categorie: 'VENSTERS', type: 'VERVANGING', prioriteit: 1 },
        { categorie: 'VENTILATIE', type: 'PLAATSING', prioriteit: 2 },
      ],
    },
    epcStatus: geldig('2035-02-11'),
    eerderePremiewerken: [{ dossierNummer: '25-MVP-000912', categorie: 'RAMEN_EN_DEUREN', type: 'ramenEnDeuren', uitvoeringsdatum: '2025-01-15', facturatieDatum: '2025-01-31' }],
    erfgoed: geenErfgoed,
    vergunningen: geenVergunningen,
  },
  {
    adresId: '3012008',
    adres: { volledigAdres: 'Aarschotsesteenweg 8, 3012 Leuven', busnummer: null },
    gebouweenheid: eenheid('30120081'),
    epc: {
      certificaatnummer: '20211008-0002485476-RES-1',
      label: 'A',
      energiescore: 78,
      bouwjaar: 2021,
      gebouwType: 'Eengezinswoning',
      geldigTot: '2031-10-08',
      gebouweenheidId: '30120081',
      aanbevelingen: [{ categorie: 'ZONNEPANELEN', type: 'UITBREIDING', prioriteit: 1 }],
    },
    epcStatus: geldig('2031-10-08'),
    eerderePremiewerken: [],
    erfgoed: geenErfgoed,
    vergunningen: {
      heeftLopendeAanvraag: false,
      heeftVergunning: true,
      aanvragen: [{ projectnummer: 'OMV_2019112233', soort: 'OMGEVINGSVERGUNNING', status: 'VERGUND', ingediendOp: '2019-10-02', beslistOp: '2020-01-20' }],
    },
  },
  {
    adresId: '3018031',
    adres: { volledigAdres: 'Wijgmaalsesteenweg 31, 3018 Leuven', busnummer: null },
    // The register also has the unit's historic predecessor (gehistoreerd): the realised one is the home.
    gebouweenheid: eenheid('30180311'),
    epc: {
      certificaatnummer: '20241120-0003339052-RES-1',
      label: 'C',
      energiescore: 268,
      bouwjaar: 1978,
      gebouwType: 'Eengezinswoning',
      geldigTot: '2034-11-20',
      gebouweenheidId: '30180311',
      aanbevelingen: [
        { categorie: 'MUREN', type: 'ISOLATIE', prioriteit: 1 },
        { categorie: 'VERWARMING', type: 'VERVANGING', prioriteit: 2 },
        { categorie: 'VLOEREN', type: 'ISOLATIE', prioriteit: 3 },
      ],
    },
    epcStatus: geldig('2034-11-20'),
    eerderePremiewerken: [
      { dossierNummer: '24-MVP-010379', categorie: 'ELEKTRICITEIT_EN_SANITAIR', type: 'elektriciteit', uitvoeringsdatum: null, facturatieDatum: '2024-08-30' },
      { dossierNummer: '24-MVP-010377', categorie: 'BUITENMUUR', type: 'navullenSpouwmuur', uitvoeringsdatum: '2024-05-14', facturatieDatum: '2024-05-21' },
    ],
    erfgoed: geenErfgoed,
    vergunningen: {
      heeftLopendeAanvraag: false,
      heeftVergunning: false,
      aanvragen: [{ projectnummer: 'OMV_2024040518', soort: 'MELDING', status: 'INGETROKKEN', ingediendOp: '2024-04-05', beslistOp: null }],
    },
  },
  {
    adresId: '3000505',
    adres: { volledigAdres: 'Vaartstraat 5, 3000 Leuven', busnummer: null },
    gebouweenheid: null,
    epc: null,
    epcStatus: {
      heeftGeldigEpc: false,
      geenEpcReden: 'MEERDERE_WOONEENHEDEN',
      toelichting: 'Meerdere wooneenheden op dit adres hebben een EPC en het adres (zonder busnummer) wijst er geen eenduidig aan: kies het adres met busnummer.',
      verlopenOp: null,
    },
    eerderePremiewerken: null,
    erfgoed: geenErfgoed,
    vergunningen: geenVergunningen,
  },
];

export const SANDBOX_ADRES_IDS = [...DEMO_WONINGEN.map((w) => w.adresId), '3000505'];
