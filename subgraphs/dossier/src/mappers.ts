import type { DossierFase, DossierStatus, Kanaal, MaatregelStatus, VraagStatus, Werkcategorie } from './domain.js';
import type { BurgerRow } from './entities/burger.js';
import type { DossierRow } from './entities/dossier.js';
import type { MaatregelRow } from './entities/maatregel.js';
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
}

export interface MaatregelModel {
  id: string;
  dossierId: string;
  categorie: Werkcategorie;
  omschrijving: string;
  status: MaatregelStatus;
  oppervlakteM2: number | null;
  bedragExclBtw: number | null;
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
});

export const toMaatregel = (row: MaatregelRow): MaatregelModel => ({
  id: row.id,
  dossierId: row.dossierId,
  categorie: row.categorie,
  omschrijving: row.omschrijving,
  status: row.status,
  oppervlakteM2: decimalToNumber(row.oppervlakteM2),
  bedragExclBtw: decimalToNumber(row.bedragExclBtw),
  volgorde: row.volgorde,
});

export const toVraag = (row: VraagRow): VraagModel => ({
  id: row.id,
  kanaal: row.kanaal,
  onderwerp: row.onderwerp,
  status: row.status,
  ontvangenOp: row.ontvangenOp,
  burgerId: row.burgerId,
  adresId: row.adresId,
  dossierId: row.dossierId,
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
