import { randomUUID } from 'node:crypto';
import { notFound } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import type { BurgerRow } from '../entities/burger.js';
import { requireId } from './ids.js';
import { email, insz, postcode, adresId, telefoon, tekst } from './invoer.js';
import type { Tx } from './transactie.js';

/** A citizen as mutation input gives it (see BurgerInput in schema.graphql). */
export interface BurgerInvoer {
  insz: string;
  voornaam: string;
  achternaam: string;
  email?: string | null;
  telefoon?: string | null;
}

export type GeldigeBurger = { insz: string; voornaam: string; achternaam: string; email: string | null; telefoon: string | null };

/** Checks a citizen's input (INSZ check digits, names, contact) before anything is written. */
export function geldigeBurger(input: BurgerInvoer, field: string): GeldigeBurger {
  return {
    insz: insz(input.insz, `${field}.insz`),
    voornaam: tekst(input.voornaam, `${field}.voornaam`, 100),
    achternaam: tekst(input.achternaam, `${field}.achternaam`, 100),
    email: email(input.email, `${field}.email`),
    telefoon: telefoon(input.telefoon, `${field}.telefoon`),
  };
}

/** Who a question or dossier is about: an existing profile by id, or a citizen by INSZ (matched or created). */
export type BurgerKeuze = { soort: 'id'; id: string } | { soort: 'insz'; burger: GeldigeBurger };

/** Exactly one of `burgerId` and `burger`, checked; null when neither is given. */
export function burgerKeuze(input: { burgerId?: string | null; burger?: BurgerInvoer | null }, field: string): BurgerKeuze | null {
  if (input.burgerId != null) return { soort: 'id', id: requireId(input.burgerId, 'burger') };
  if (input.burger != null) return { soort: 'insz', burger: geldigeBurger(input.burger, `${field}.burger`) };
  return null;
}

/**
 * The citizen profile: the chosen one, or the one with this INSZ, or a new one (an existing profile is
 * never changed by this). A new profile is audited as a change.
 */
export async function zoekOfMaakBurger(tx: Tx, keuze: BurgerKeuze, at: Date, audit: AuditCollector): Promise<BurgerRow> {
  if (keuze.soort === 'id') {
    const [row] = await tx.repos.burgers.findByIds([keuze.id]);
    if (!row) throw notFound('Burger');
    return row;
  }
  const [bestaand] = await tx.repos.burgers.findByInszs([keuze.burger.insz]);
  if (bestaand) return bestaand;
  const row: BurgerRow = { id: randomUUID(), ...keuze.burger, aangemaaktOp: at, gewijzigdOp: at };
  await tx.repos.burgers.insert(row);
  await audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Burger', objectId: row.id, detail: 'burgerprofiel aangemaakt' });
  return row;
}

/** A home as the client chose it in woningpas' `adresZoeken` (see WoningInput in schema.graphql). */
export interface WoningInvoer {
  adresId: string;
  adres: string;
  postcode: string;
}

export interface GeldigeWoning {
  adresId: string;
  adresTekst: string;
  postcode: string;
}

export function geldigeWoning(input: WoningInvoer, field: string): GeldigeWoning {
  return {
    adresId: adresId(input.adresId, `${field}.adresId`),
    adresTekst: tekst(input.adres, `${field}.adres`, 300),
    postcode: postcode(input.postcode, `${field}.postcode`),
  };
}
