import type { DossierFase, DossierStatus, Kanaal, MaatregelStatus, MaatregelUitvoering, PartnerOrganisatie, ToestemmingWijze, VraagStatus, Werkcategorie } from './domain.js';
import type { BurgerRow } from './entities/burger.js';
import type { DossierRow } from './entities/dossier.js';
import type { MaatregelMetBedragen } from './repositories/maatregel.repository.js';
import type { VraagRow } from './entities/vraag.js';

/*
 * The objects the resolvers work with (the codegen "mappers" of the GraphQL types). They carry the
 * foreign keys the field resolvers follow; the resolvers decide what of them reaches the client.
 */

export interface BurgerModel {
  id: string;
  /** Only exposed through `Burger.insz`, which checks who asks. */
  insz: string | null;
  voornaam: string;
  achternaam: string;
  email: string | null;
  telefoon: string | null;
}

export interface DossierModel {
  id: string;
  referentie: string;
  titel: string;
  fase: DossierFase;
  status: DossierStatus;
  burgerId: string;
  adresId: string;
  spocSub: string | null;
  renovatiebegeleiderSub: string | null;
  geopendOp: Date;
  laatsteWijziging: Date;
  versie: number;
  adresTekst: string | null;
  postcode: string | null;
  /** A partner organisation guiding the citizen instead of a coach of the city. */
  begeleiderPartner: PartnerOrganisatie | null;
  /** The citizen's recorded consent to start guidance; null for dossiers of before it was recorded. */
  startToestemming: { wijze: ToestemmingWijze; gegevenOp: Date; geregistreerdDoor: string } | null;
  afsluitReden: string | null;
  afgeslotenOp: Date | null;
  /** The next action staff planned (a Belgian calendar day 'YYYY-MM-DD') and what it is. */
  volgendeActie: { op: string; omschrijving: string | null } | null;
}

/** Where `Maatregel.bedragExclBtw` comes from (see toMaatregel). */
export type BedragBron = 'FACTUREN' | 'GEKOZEN_OFFERTE' | 'RAMING';

export interface MaatregelModel {
  id: string;
  dossierId: string;
  categorie: Werkcategorie;
  omschrijving: string;
  status: MaatregelStatus;
  /** How it is executed where the premie depends on it; null when not given or not relevant. */
  uitvoering: MaatregelUitvoering | null;
  oppervlakteM2: number | null;
  /** The best known amount: invoiced, else the chosen quote, else the estimate (see toMaatregel). */
  bedragExclBtw: number | null;
  bedragBron: BedragBron | null;
  /** The estimate of the renovation plan (the stored `bedrag_excl_btw`). */
  geraamdBedragExclBtw: number | null;
  volgorde: number;
}

export interface VraagModel {
  id: string;
  kanaal: Kanaal;
  onderwerp: string;
  status: VraagStatus;
  ontvangenOp: Date;
  burgerId: string | null;
  adresId: string | null;
  dossierId: string | null;
  adresTekst: string | null;
  postcode: string | null;
  /** Who asked, while the question is linked to no citizen profile. */
  contact: { naam: string; email: string | null; telefoon: string | null } | null;
  geregistreerdDoor: string | null;
  toegewezenAan: string | null;
  afhandelReden: string | null;
  afgehandeldOp: Date | null;
}

/** A home as this subgraph knows it: only its key. */
export interface WoningModel {
  adresId: string;
}

export const toBurger = (row: BurgerRow): BurgerModel => ({
  id: row.id,
  insz: row.insz,
  voornaam: row.voornaam,
  achternaam: row.achternaam,
  email: row.email,
  telefoon: row.telefoon,
});

export const toDossier = (row: DossierRow): DossierModel => ({
  id: row.id,
  referentie: row.referentie,
  titel: row.titel,
  fase: row.fase,
  status: row.status,
  burgerId: row.burgerId,
  adresId: row.adresId,
  spocSub: row.spocSub,
  renovatiebegeleiderSub: row.renovatiebegeleiderSub,
  geopendOp: row.geopendOp,
  laatsteWijziging: row.laatsteWijziging,
  versie: row.version,
  adresTekst: row.adresTekst,
  postcode: row.postcode,
  begeleiderPartner: row.begeleiderPartner,
  startToestemming:
    row.startToestemmingWijze !== null && row.startToestemmingOp !== null && row.startToestemmingDoor !== null
      ? { wijze: row.startToestemmingWijze, gegevenOp: row.startToestemmingOp, geregistreerdDoor: row.startToestemmingDoor }
      : null,
  afsluitReden: row.afsluitReden,
  afgeslotenOp: row.afgeslotenOp,
  volgendeActie: row.volgendeActieOp === null ? null : { op: row.volgendeActieOp, omschrijving: row.volgendeActie },
});

/**
 * A measure for the resolvers. Its amount (`bedragExclBtw`, what the premies subgraph computes with) is
 * the best known one: the sum of its invoices when it has any, else the amount of its chosen quote,
 * else the estimate of the renovation plan (`geraamdBedragExclBtw`); `bedragBron` says which.
 */
export function toMaatregel(row: MaatregelMetBedragen): MaatregelModel {
  const geraamd = decimalToNumber(row.bedragExclBtw);
  const [bedrag, bron]: [number | null, BedragBron | null] =
    row.gefactureerd !== null
      ? [decimalToNumber(row.gefactureerd), 'FACTUREN']
      : row.gekozenOfferte !== null
        ? [decimalToNumber(row.gekozenOfferte), 'GEKOZEN_OFFERTE']
        : geraamd !== null
          ? [geraamd, 'RAMING']
          : [null, null];
  return {
    id: row.id,
    dossierId: row.dossierId,
    categorie: row.categorie,
    omschrijving: row.omschrijving,
    status: row.status,
    uitvoering: row.uitvoering ?? null,
    oppervlakteM2: decimalToNumber(row.oppervlakteM2),
    bedragExclBtw: bedrag,
    bedragBron: bron,
    geraamdBedragExclBtw: geraamd,
    volgorde: row.volgorde,
  };
}

export const toVraag = (row: VraagRow): VraagModel => ({
  id: row.id,
  kanaal: row.kanaal,
  onderwerp: row.onderwerp,
  status: row.status,
  ontvangenOp: row.ontvangenOp,
  burgerId: row.burgerId,
  adresId: row.adresId,
  dossierId: row.dossierId,
  adresTekst: row.adresTekst,
  postcode: row.postcode,
  contact: row.contactNaam === null ? null : { naam: row.contactNaam, email: row.contactEmail, telefoon: row.contactTelefoon },
  geregistreerdDoor: row.geregistreerdDoor,
  toegewezenAan: row.toegewezenAan,
  afhandelReden: row.afhandelReden,
  afgehandeldOp: row.afgehandeldOp,
});

/**
 * A NUMERIC column as a number. pg and PGlite return NUMERIC as a string (to keep exact decimals);
 * the columns here have at most 12 digits with 2 decimals, which a double holds exactly enough.
 */
export function decimalToNumber(value: string | number | null): number | null {
  if (value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new Error(`Not a decimal number: '${String(value)}'`);
  return n;
}
