/**
 * The domain shapes the resolvers work with (the generated resolver types map the schema's types onto
 * these). The upstream shapes stay in src/clients/; the services translate between the two.
 */

/** A home as the gateway hands it over: the key, plus the CRM's access decision when `@requires` asked for it. */
export interface WoningRef {
  adresId: string;
  /** Filled in by the gateway from the dossier subgraph; absent (or anything but true) means no access. */
  heeftToegang?: boolean | null;
}

export interface AdresModel {
  adresId: string;
  volledigAdres: string;
  straatnaam: string;
  huisnummer: string;
  busnummer: string | null;
  postcode: string;
  gemeentenaam: string;
  status: string;
  officieelToegekend: boolean;
  positie: { x: number; y: number } | null;
}

export const EPC_LABELS = ['A_PLUS', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
export type EpcLabelValue = (typeof EPC_LABELS)[number];

export interface EpcUitvoeringsmethodeModel {
  omschrijving: string;
  geschattePrijsvorkVan: number | null;
  geschattePrijsvorkTot: number | null;
}

/** The parts of a home the EPC advises on (the categories of the residential EPC); ANDERE for any other. */
export const EPC_AANBEVELING_CATEGORIEEN = [
  'DAK',
  'MUREN',
  'VLOEREN',
  'VENSTERS',
  'DEUREN',
  'VERWARMING',
  'SANITAIR_WARM_WATER',
  'VENTILATIE',
  'ZONNEBOILER',
  'ZONNEPANELEN',
  'LUCHTDICHTHEID',
  'ANDERE',
] as const;
export type EpcAanbevelingCategorieValue = (typeof EPC_AANBEVELING_CATEGORIEEN)[number];

export const EPC_AANBEVELING_TYPES = ['ISOLATIE', 'VERVANGING', 'PLAATSING', 'UITBREIDING', 'ANDERE'] as const;
export type EpcAanbevelingTypeValue = (typeof EPC_AANBEVELING_TYPES)[number];

export interface EpcAanbevelingModel {
  categorie: EpcAanbevelingCategorieValue;
  vekaCategorie: string;
  type: EpcAanbevelingTypeValue | null;
  vekaType: string | null;
  subtype: string | null;
  prioriteit: number | null;
  huidigeSituatie: string | null;
  uitvoeringsmethodes: EpcUitvoeringsmethodeModel[];
}

export interface EpcModel {
  certificaatnummer: string;
  label: EpcLabelValue;
  energiescore: number;
  bouwjaar: number | null;
  gebouwType: string | null;
  geldigTot: string;
  ingediendOp: string | null;
  gebouweenheidId: string | null;
  aanbevelingen: EpcAanbevelingModel[];
}

export type GeenEpcRedenValue = 'GEEN_EPC_GEVONDEN' | 'ENKEL_VERLOPEN_EPC' | 'MEERDERE_WOONEENHEDEN' | 'ANDERE_WOONEENHEDEN';

export interface EpcStatusModel {
  heeftGeldigEpc: boolean;
  geenEpcReden: GeenEpcRedenValue | null;
  toelichting: string;
  /** With ENKEL_VERLOPEN_EPC: until when the newest expired certificate was valid (YYYY-MM-DD). */
  verlopenOp: string | null;
}

/** The outcome of looking up a home's EPC: the certificate, or null and why. */
export interface EpcOpzoeking {
  epc: EpcModel | null;
  status: EpcStatusModel;
}

export type GebouweenheidStatusValue = 'GEPLAND' | 'GEREALISEERD' | 'NIET_GEREALISEERD' | 'GEHISTOREERD';

export interface GebouweenheidModel {
  gebouweenheidId: string;
  status: GebouweenheidStatusValue;
}

/** The building units of an address, and the one that is the home when there is exactly one in use. */
export interface GebouweenhedenVanAdres {
  eenheden: GebouweenheidModel[];
  eenheid: GebouweenheidModel | null;
}

export type PremiewerkCategorieValue =
  | 'DAK'
  | 'BUITENMUUR'
  | 'VLOER'
  | 'RAMEN_EN_DEUREN'
  | 'ELEKTRICITEIT_EN_SANITAIR'
  | 'HERNIEUWBARE_ENERGIE'
  | 'GASCONDENSATIEKETEL'
  | 'VENTILATIE'
  | 'ANDERE';

export interface PremiewerkVermogenModel {
  type: string | null;
  waarde: number | null;
}

export interface PremiewerkIsolatieModel {
  type: string | null;
  oppervlakte: number | null;
  rdWaarde: number | null;
  teVerwijderenAsbest: boolean | null;
  oppervlakteAsbest: number | null;
}

export interface PremiewerkBuitenmuurModel extends PremiewerkIsolatieModel {
  dikteSpouw: number | null;
  lambdaWaarde: number | null;
  stsNummer: string | null;
}

export interface PremiewerkRamenEnDeurenModel {
  type: string | null;
  soortBeglazingTerVervanging: string | null;
  uWaarde: number | null;
  oppervlakte: number | null;
}

export interface PremiewerkHernieuwbareEnergieModel {
  type: string | null;
  oppervlakte: number | null;
  productLabel: string | null;
  vermogens: PremiewerkVermogenModel[];
  typeHoofdverwarming: string | null;
  energieEfficientie: string | null;
  typeAandrijving: string | null;
  vervangingElektrischeVerwarming: boolean | null;
  aardgasnetAanwezig: boolean | null;
  gebruik: string | null;
  inhoud: string | null;
}

export interface PremiewerkGascondensatieketelModel {
  type: string | null;
  teVervangenInstallatieType: string | null;
  teVervangenInstallatieLeeftijd: number | null;
  vervangingHoogrendementsketel: boolean | null;
  aardgasnetAanwezig: boolean | null;
  productLabel: string | null;
  vermogens: PremiewerkVermogenModel[];
  typeHoofdverwarming: string | null;
}

export interface EerderPremiewerkModel {
  werkId: string | null;
  dossierNummer: string | null;
  categorie: PremiewerkCategorieValue;
  type: string | null;
  facturatieDatum: string | null;
  uitvoeringsdatum: string | null;
  uitvoerder: string | null;
  netbeheerder: string | null;
  bron: string | null;
  gebouweenheidId: string;
  dak: PremiewerkIsolatieModel | null;
  buitenmuur: PremiewerkBuitenmuurModel | null;
  vloer: PremiewerkIsolatieModel | null;
  ramenEnDeuren: PremiewerkRamenEnDeurenModel | null;
  elektriciteitEnSanitair: { netbeheerder: string | null } | null;
  hernieuwbareEnergie: PremiewerkHernieuwbareEnergieModel | null;
  gascondensatieketel: PremiewerkGascondensatieketelModel | null;
  ventilatie: { type: string | null; productLabel: string | null } | null;
}

export type ErfgoedSoortValue =
  | 'BESCHERMD_MONUMENT'
  | 'BESCHERMD_STADS_OF_DORPSGEZICHT'
  | 'BESCHERMD_CULTUURHISTORISCH_LANDSCHAP'
  | 'BESCHERMDE_ARCHEOLOGISCHE_SITE'
  | 'VASTGESTELD_BOUWKUNDIG_ERFGOED'
  | 'ERFGOEDLANDSCHAP'
  | 'UNESCO_WERELDERFGOED'
  | 'ANDERE';

/** One heritage designation that covers the home. */
export interface ErfgoedAanduidingModel {
  id: string;
  uri: string;
  naam: string;
  soort: ErfgoedSoortValue;
  /** The designation type as the source names it. */
  soortNaam: string;
  besluitDatum: string | null;
  besluitUri: string | null;
}

export interface ErfgoedstatusModel {
  beschermd: boolean;
  beschermdMonument: boolean;
  inBeschermdStadsOfDorpsgezicht: boolean;
  vastgesteldBouwkundigErfgoed: boolean;
  aanduidingen: ErfgoedAanduidingModel[];
}

export type VergunningSoortValue = 'OMGEVINGSVERGUNNING' | 'MELDING' | 'ANDERE';
export type VergunningProcedureValue = 'GEWOON' | 'VEREENVOUDIGD';
export type VergunningStatusValue = 'INGEDIEND' | 'IN_BEHANDELING' | 'IN_BEROEP' | 'VERGUND' | 'GEWEIGERD' | 'INGETROKKEN' | 'ANDERE';

/** One permit application that concerns the home. */
export interface VergunningModel {
  projectnummer: string;
  onderwerp: string;
  soort: VergunningSoortValue;
  procedure: VergunningProcedureValue | null;
  status: VergunningStatusValue;
  /** The state as the source names it. */
  statusOmschrijving: string;
  ingediendOp: string | null;
  beslistOp: string | null;
}

export interface VergunningstoestandModel {
  heeftLopendeAanvraag: boolean;
  heeftVergunning: boolean;
  aanvragen: VergunningModel[];
}

export interface AdresKandidaatModel {
  score: number;
  adresId: string;
  volledigAdres: string;
}

export interface AdresZoekvraag {
  straatnaam: string;
  huisnummer: string;
  busnummer?: string | null;
  postcode?: string | null;
  gemeentenaam?: string | null;
}

/**
 * `Statistieken` as the gateway hands it over: the dossier subgraph's key and, when `@requires` asked for
 * them, its k-anonymity threshold and the guided homes (adresIds) of the period.
 */
export interface StatistiekenRef {
  sleutel: string;
  drempel?: number | null;
  begeleideWoningen?: readonly string[] | null;
}

/** A count as shown: the number, or null with `onderdrukt` when the group is too small. */
export interface Getoond {
  aantal: number | null;
  onderdrukt: boolean;
}

export interface EpcLabelTellingModel extends Getoond {
  label: EpcLabelValue;
}

export interface EpcLabelCijfersModel {
  aantalWoningen: number | null;
  perLabel: EpcLabelTellingModel[];
  zonderGeldigEpc: Getoond;
  onbekend: Getoond;
  mediaanEnergiescore: number | null;
}
