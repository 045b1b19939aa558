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

export interface EpcAanbevelingModel {
  categorie: string;
  type: string | null;
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
