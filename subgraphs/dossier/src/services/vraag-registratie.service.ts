import { randomUUID } from 'node:crypto';
import { badUserInput, ErrorCode, HubError, notFound, unauthenticated, isAnonymous } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import { KANALEN, type Kanaal, type VraagStatus } from '../domain.js';
import type { BurgerRow } from '../entities/burger.js';
import type { VraagRow } from '../entities/vraag.js';
import { toVraag, type VraagModel } from '../mappers.js';
import { burgerKeuze, geldigeWoning, zoekOfMaakBurger, type BurgerInvoer, type WoningInvoer } from './burger-registratie.js';
import { requireId } from './ids.js';
import { email, keuze, medewerker, nietInDeToekomst, optioneleTekst, preciesEen, telefoon, tekst } from './invoer.js';
import { decodeKeyset, encodeKeyset } from './keyset-cursor.js';
import { VRAAG_OVERGANGEN } from './klantreis.js';
import { pageSize } from './paginering.js';
import type { Repositories, VraagChange } from '../repositories/index.js';
import type { Toegang } from './toegang.js';
import type { Transact, Tx } from './transactie.js';
import type { VraagService } from './vraag.service.js';
import { gecontroleerd } from './weigering.js';

export interface RegistreerVraagInvoer {
  kanaal: Kanaal;
  onderwerp: string;
  ontvangenOp?: Date | null;
  woning?: WoningInvoer | null;
  burgerId?: string | null;
  burger?: BurgerInvoer | null;
  contact?: { naam: string; email?: string | null; telefoon?: string | null } | null;
}

export interface StelVraagInvoer {
  kanaal: Kanaal;
  onderwerp: string;
  woning?: WoningInvoer | null;
  voornaam?: string | null;
  achternaam?: string | null;
  email?: string | null;
  telefoon?: string | null;
}

export interface VraagPage {
  edges: Array<{ cursor: string; node: VraagModel }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** The channels a citizen uses on their own; the others (phone, mail, desk) the Energieloket registers. */
const EIGEN_KANALEN: readonly Kanaal[] = ['CONTACTFORMULIER', 'DIGITAAL_LOKET'];
const INBOX_CURSOR = 'inbox1';

/**
 * Questions are never lost: registered from any channel, kept in the inbox (status NIEUW) until they
 * are assigned, turned into a dossier (DossierLevensloopService) or closed with a reason.
 */
export class VraagRegistratieService {
  constructor(
    private readonly toegang: Toegang,
    private readonly vragen: VraagService,
    private readonly repos: Repositories,
    private readonly audit: AuditCollector,
    private readonly transact: Transact,
    private readonly now: () => Date,
  ) {}

  /** A question that reached the Energieloket (back office). */
  async registreer(input: RegistreerVraagInvoer): Promise<VraagModel> {
    this.toegang.requireBackoffice();
    const at = this.now();
    const kanaal = keuze(KANALEN, input.kanaal, 'input.kanaal');
    const onderwerp = tekst(input.onderwerp, 'input.onderwerp', 500);
    const ontvangenOp = input.ontvangenOp ? nietInDeToekomst(input.ontvangenOp, at, 'input.ontvangenOp') : at;
    const woning = input.woning ? geldigeWoning(input.woning, 'input.woning') : null;
    const wie = preciesEen(input, ['burgerId', 'burger', 'contact']);
    const burger = burgerKeuze(input, 'input');
    const contact =
      wie === 'contact'
        ? {
            naam: tekst(input.contact!.naam, 'input.contact.naam', 200),
            email: email(input.contact!.email, 'input.contact.email'),
            telefoon: telefoon(input.contact!.telefoon, 'input.contact.telefoon'),
          }
        : null;

    const row = await this.transact(async (tx) => {
      const burgerRow = burger ? await zoekOfMaakBurger(tx, burger, at, this.audit) : null;
      return this.bewaar(tx, {
        id: randomUUID(),
        kanaal,
        onderwerp,
        ontvangenOp,
        burgerId: burgerRow?.id ?? null,
        adresId: woning?.adresId ?? null,
        adresTekst: woning?.adresTekst ?? null,
        postcode: woning?.postcode ?? null,
        contactNaam: contact?.naam ?? null,
        contactEmail: contact?.email ?? null,
        contactTelefoon: contact?.telefoon ?? null,
        geregistreerdDoor: this.toegang.identity.sub,
        at,
      });
    });
    return this.klaar(row);
  }

  /** A logged-in citizen asks a question for themself (contact form, digital desk). */
  async stel(input: StelVraagInvoer): Promise<VraagModel> {
    if (isAnonymous(this.toegang.identity)) throw unauthenticated();
    this.toegang.requireRole('burger');
    const eigenInsz = this.toegang.ownInsz();
    if (eigenInsz === null) throw badUserInput('Je aanmelding bevat geen rijksregisternummer.');
    const at = this.now();
    const kanaal = keuze(EIGEN_KANALEN, input.kanaal, 'input.kanaal');
    const onderwerp = tekst(input.onderwerp, 'input.onderwerp', 500);
    const woning = input.woning ? geldigeWoning(input.woning, 'input.woning') : null;
    const voornaam = optioneleTekst(input.voornaam, 'input.voornaam', 100);
    const achternaam = optioneleTekst(input.achternaam, 'input.achternaam', 100);
    const contact = { email: email(input.email, 'input.email'), telefoon: telefoon(input.telefoon, 'input.telefoon') };

    const row = await this.transact(async (tx) => {
      let [burger] = await tx.repos.burgers.findByInszs([eigenInsz]);
      if (!burger) {
        if (voornaam === null || achternaam === null) {
          const field = voornaam === null ? 'input.voornaam' : 'input.achternaam';
          throw badUserInput('Het Energieloket kent je nog niet: geef je voornaam en achternaam.', { field });
        }
        burger = { id: randomUUID(), insz: eigenInsz, voornaam, achternaam, ...contact, aangemaaktOp: at, gewijzigdOp: at } satisfies BurgerRow;
        await tx.repos.burgers.insert(burger);
        await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Burger', objectId: burger.id, detail: 'burgerprofiel aangemaakt' });
      }
      return this.bewaar(tx, {
        id: randomUUID(),
        kanaal,
        onderwerp,
        ontvangenOp: at,
        burgerId: burger.id,
        adresId: woning?.adresId ?? null,
        adresTekst: woning?.adresTekst ?? null,
        postcode: woning?.postcode ?? null,
        contactNaam: null,
        contactEmail: null,
        contactTelefoon: null,
        geregistreerdDoor: null,
        at,
      });
    });
    return this.klaar(row);
  }

  /** Assigns a question to a staff member (IN_BEHANDELING): it leaves the inbox. */
  wijsToe(input: { vraagId: string; medewerker: string }): Promise<VraagModel> {
    return this.wijzig(input.vraagId, 'IN_BEHANDELING', () => {
      const sub = medewerker(input.medewerker, 'input.medewerker');
      return { change: { toegewezenAan: sub }, detail: `toegewezen aan ${sub}` };
    });
  }

  /** Closes a question without a dossier, with a reason (AFGEHANDELD). */
  handelAf(input: { vraagId: string; reden: string }): Promise<VraagModel> {
    return this.wijzig(input.vraagId, 'AFGEHANDELD', (at) => ({ change: { afhandelReden: tekst(input.reden, 'input.reden', 1000), afgehandeldOp: at }, detail: 'afgehandeld zonder dossier' }));
  }

  /** Links a question without a citizen to a citizen profile (by id, or by INSZ: matched or created). */
  async koppel(input: { vraagId: string; burgerId?: string | null; burger?: BurgerInvoer | null }): Promise<VraagModel> {
    this.toegang.requireBackoffice();
    requireId(input.vraagId, 'vraag');
    preciesEen(input, ['burgerId', 'burger']);
    const burger = burgerKeuze(input, 'input')!;
    const at = this.now();
    const row = await this.transact(async (tx) => {
      const vraag = await tx.repos.vragen.findForUpdate(input.vraagId);
      if (!vraag) throw notFound('Vraag');
      if (vraag.burgerId !== null) {
        throw new HubError(ErrorCode.INVALID_TRANSITION, 'De vraag is al aan een burger gekoppeld.', { field: 'input.vraagId' });
      }
      const burgerRow = await zoekOfMaakBurger(tx, burger, at, this.audit);
      const changed = await tx.repos.vragen.change(vraag, { burgerId: burgerRow.id, gewijzigdOp: at });
      await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Vraag', objectId: vraag.id, dossierId: vraag.dossierId, detail: 'gekoppeld aan burger' });
      return changed;
    });
    return this.klaar(row);
  }

  /** The inbox: questions nobody took up yet (NIEUW), oldest first (back office). */
  async inbox(args: { first?: number | null; after?: string | null }): Promise<VraagPage> {
    gecontroleerd(this.audit, { objectType: 'VragenInbox', objectId: 'inbox' }, () => this.toegang.requireBackoffice());
    const first = pageSize(args.first);
    const after = args.after == null ? undefined : decodeKeyset(INBOX_CURSOR, args.after);
    const [rows, totalCount] = await Promise.all([
      this.repos.vragen.findInbox(first + 1, after && { ontvangenOp: after.at, id: after.id }),
      this.repos.vragen.countInbox(),
    ]);
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeKeyset(INBOX_CURSOR, row.ontvangenOp, row.id), node: this.vragen.gelezen(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  /** Changes the status of a question the transition table allows, under a lock (back office). */
  private async wijzig(
    vraagId: string,
    naar: Exclude<VraagStatus, 'NIEUW'>,
    wat: (at: Date) => { change: VraagChange; detail: string },
  ): Promise<VraagModel> {
    this.toegang.requireBackoffice();
    requireId(vraagId, 'vraag');
    const at = this.now();
    const { change, detail } = wat(at);
    const row = await this.transact(async (tx) => {
      const vraag = await tx.repos.vragen.findForUpdate(vraagId);
      if (!vraag) throw notFound('Vraag');
      if (!VRAAG_OVERGANGEN[naar].includes(vraag.status)) {
        throw new HubError(ErrorCode.INVALID_TRANSITION, `Een vraag met status ${vraag.status} kan niet naar ${naar}.`, { van: vraag.status, naar });
      }
      const changed = await tx.repos.vragen.change(vraag, { ...change, status: naar, gewijzigdOp: at });
      await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Vraag', objectId: vraag.id, dossierId: vraag.dossierId, detail });
      return changed;
    });
    return this.klaar(row);
  }

  private async bewaar(
    tx: Tx,
    v: Omit<VraagRow, 'status' | 'dossierId' | 'aangemaaktOp' | 'gewijzigdOp' | 'toegewezenAan' | 'afhandelReden' | 'afgehandeldOp'> & { at: Date },
  ): Promise<VraagRow> {
    const { at, ...fields } = v;
    const row: VraagRow = {
      ...fields,
      status: 'NIEUW',
      dossierId: null,
      toegewezenAan: null,
      afhandelReden: null,
      afgehandeldOp: null,
      aangemaaktOp: at,
      gewijzigdOp: at,
    };
    await tx.repos.vragen.insert(row);
    await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Vraag', objectId: row.id, detail: `geregistreerd via ${row.kanaal}` });
    return row;
  }

  private klaar(row: VraagRow): VraagModel {
    this.vragen.vernieuw(row);
    return toVraag(row);
  }
}
