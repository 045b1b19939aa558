import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, ErrorCode, HubError, notFound } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import { DOSSIER_FASEN, PARTNER_ORGANISATIES, TOESTEMMING_WIJZEN, type DossierFase, type DossierStatus, type PartnerOrganisatie, type ToestemmingWijze } from '../domain.js';
import type { DossierRow } from '../entities/dossier.js';
import type { VraagRow } from '../entities/vraag.js';
import { toDossier, type DossierModel } from '../mappers.js';
import type { DossierChange } from '../repositories/index.js';
import { burgerKeuze, geldigeWoning, zoekOfMaakBurger, type BurgerInvoer, type GeldigeWoning, type WoningInvoer } from './burger-registratie.js';
import { meldAanBurgerprofiel } from './burgerprofiel-melding.js';
import type { DossierService } from './dossier.service.js';
import { requireId } from './ids.js';
import { keuze, medewerker, nietInDeToekomst, optioneleTekst, preciesEen, tekst } from './invoer.js';
import { faseOvergang, FASE_NAMEN, STATUS_OVERGANGEN, VRAAG_OVERGANGEN, type DossierGebeurtenis } from './klantreis.js';
import { zorgVoorToewijzing } from './partner-toewijzing.js';
import type { Toegang } from './toegang.js';
import type { Transact, Tx } from './transactie.js';
import type { VraagService } from './vraag.service.js';
import { scopeVoor, weiger } from './weigering.js';

export interface OpenDossierInvoer {
  vraagId?: string | null;
  burgerId?: string | null;
  burger?: BurgerInvoer | null;
  woning?: WoningInvoer | null;
  titel: string;
  toestemming: { wijze: ToestemmingWijze; gegevenOp?: Date | null };
  spoc?: string | null;
}

export interface WijsDossierToeInvoer {
  dossierId: string;
  versie: number;
  spoc?: string | null;
  renovatiebegeleider?: string | null;
  partner?: PartnerOrganisatie | null;
}

/** Who may make a change: the back office only, or also the dossier's own coach. */
type Wie = 'BACKOFFICE' | 'BACKOFFICE_OF_BEGELEIDER';

/** What a change does to a locked dossier. */
interface Wijziging {
  change: DossierChange;
  detail: string;
  /** The phase or status change to record (and notify Mijn Burgerprofiel of). */
  overgang?: { gebeurtenis: DossierGebeurtenis; reden: string | null };
  /** Extra work in the same transaction (e.g. assigning a partner). */
  ook?: (tx: Tx, row: DossierRow) => Promise<void>;
}

/**
 * The lifecycle of a dossier: opened with the citizen's consent, people assigned, phases that follow
 * the journey (klantreis.ts), closed or stopped with a reason. Every change locks the dossier, checks
 * the version the caller started from (CONFLICT when stale), and in the same transaction records the
 * change (dossier_overgang), its audit row and the notification for Mijn Burgerprofiel.
 */
export class DossierLevensloopService {
  constructor(
    private readonly toegang: Toegang,
    private readonly dossiers: DossierService,
    private readonly vragen: VraagService,
    private readonly audit: AuditCollector,
    private readonly transact: Transact,
    private readonly now: () => Date,
  ) {}

  /** Opens a dossier, from a question or directly, only with the citizen's recorded consent (back office). */
  async open(input: OpenDossierInvoer): Promise<DossierModel> {
    this.toegang.requireBackoffice();
    const at = this.now();
    const titel = tekst(input.titel, 'input.titel', 200);
    const wijze = keuze(TOESTEMMING_WIJZEN, input.toestemming.wijze, 'input.toestemming.wijze');
    const gegevenOp = input.toestemming.gegevenOp ? nietInDeToekomst(input.toestemming.gegevenOp, at, 'input.toestemming.gegevenOp') : at;
    const bron = preciesEen(input, ['vraagId', 'burgerId', 'burger']);
    const vraagId = bron === 'vraagId' ? requireId(input.vraagId!, 'vraag') : null;
    const burger = burgerKeuze(input, 'input');
    const woningInvoer = input.woning ? geldigeWoning(input.woning, 'input.woning') : null;
    const spoc = input.spoc ? medewerker(input.spoc, 'input.spoc') : this.toegang.identity.rollen.includes('spoc') ? this.toegang.identity.sub : null;
    if (bron !== 'vraagId' && woningInvoer === null) throw badUserInput(`Geef de woning ('input.woning').`, { field: 'input.woning' });

    const { dossier, vraag } = await this.transact(async (tx) => {
      let vraag: VraagRow | null = null;
      let burgerId: string;
      let woning: GeldigeWoning | null = woningInvoer;
      if (vraagId !== null) {
        vraag = await tx.repos.vragen.findForUpdate(vraagId);
        if (!vraag) throw notFound('Vraag');
        if (!VRAAG_OVERGANGEN.DOSSIER_GEOPEND.includes(vraag.status)) {
          throw new HubError(ErrorCode.INVALID_TRANSITION, `Uit een vraag met status ${vraag.status} kan geen dossier meer ontstaan.`, {
            van: vraag.status,
            naar: 'DOSSIER_GEOPEND',
          });
        }
        if (vraag.burgerId === null) {
          throw badUserInput('Koppel de vraag eerst aan een burger (koppelVraagAanBurger): een dossier is altijd van een burger.', { field: 'input.vraagId' });
        }
        burgerId = vraag.burgerId;
        woning ??= vraag.adresId === null ? null : { adresId: vraag.adresId, adresTekst: vraag.adresTekst!, postcode: vraag.postcode! };
        if (woning === null) throw badUserInput(`De vraag noemt geen woning: geef de woning ('input.woning').`, { field: 'input.woning' });
      } else {
        burgerId = (await zoekOfMaakBurger(tx, burger!, at, this.audit)).id;
      }
      const dossier = await tx.repos.dossiers.insert({
        id: randomUUID(),
        titel,
        fase: 'CONTACTNAME',
        status: 'LOPEND',
        burgerId,
        adresId: woning!.adresId,
        adresTekst: woning!.adresTekst,
        postcode: woning!.postcode,
        spocSub: spoc,
        renovatiebegeleiderSub: null,
        startToestemmingWijze: wijze,
        startToestemmingOp: gegevenOp,
        startToestemmingDoor: this.toegang.identity.sub,
        geopendOp: at,
        laatsteWijziging: at,
        // The channel the citizen came in by (the statistics per channel); none when opened directly.
        startKanaal: vraag?.kanaal ?? null,
      });
      await this.legVast(tx, null, dossier, { gebeurtenis: 'GEOPEND', reden: null }, `geopend met toestemming van de burger (${wijze})`, at);
      if (vraag) {
        vraag = await tx.repos.vragen.change(vraag, { status: 'DOSSIER_GEOPEND', dossierId: dossier.id, gewijzigdOp: at });
        await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Vraag', objectId: vraag.id, dossierId: dossier.id, detail: 'dossier geopend' });
      }
      return { dossier, vraag };
    });
    if (vraag) this.vragen.vernieuw(vraag);
    this.dossiers.vernieuw(dossier);
    return toDossier(dossier);
  }

  /** Assigns the SPOC and/or the coach: a staff member of the city, or a partner organisation (back office). */
  wijsToe(input: WijsDossierToeInvoer): Promise<DossierModel> {
    return this.wijzig(input.dossierId, input.versie, 'BACKOFFICE', (_, at) => {
      const spoc = input.spoc == null ? undefined : medewerker(input.spoc, 'input.spoc');
      if (input.renovatiebegeleider != null && input.partner != null) {
        throw badUserInput(`Geef een renovatiebegeleider van de stad ('input.renovatiebegeleider') of een partner ('input.partner'), niet beide.`, {
          field: 'input.partner',
        });
      }
      const begeleider = input.renovatiebegeleider == null ? undefined : medewerker(input.renovatiebegeleider, 'input.renovatiebegeleider');
      const partner = input.partner == null ? undefined : keuze(PARTNER_ORGANISATIES, input.partner, 'input.partner');
      if (spoc === undefined && begeleider === undefined && partner === undefined) {
        throw badUserInput(`Geef een SPOC, een renovatiebegeleider of een partner om toe te wijzen.`, { field: 'input' });
      }
      const change: DossierChange = {
        ...(spoc !== undefined ? { spocSub: spoc } : {}),
        ...(begeleider !== undefined ? { renovatiebegeleiderSub: begeleider, begeleiderPartner: null } : {}),
        ...(partner !== undefined ? { renovatiebegeleiderSub: null, begeleiderPartner: partner } : {}),
      };
      const detail = [
        spoc !== undefined ? `SPOC ${spoc}` : null,
        begeleider !== undefined ? `renovatiebegeleider ${begeleider}` : null,
        partner !== undefined ? `begeleidende partner ${partner}` : null,
      ]
        .filter(Boolean)
        .join(', ');
      const wijziging: Wijziging = { change, detail: `toegewezen: ${detail}` };
      if (partner !== undefined) {
        wijziging.ook = async (tx, row) => {
          await zorgVoorToewijzing(tx, row.id, partner, this.toegang.identity.sub, at, this.audit);
        };
      }
      return wijziging;
    });
  }

  /** Moves a running dossier one phase forward, or one back with a reason (klantreis.ts). */
  wijzigFase(input: { dossierId: string; versie: number; fase: DossierFase; reden?: string | null }): Promise<DossierModel> {
    return this.wijzig(input.dossierId, input.versie, 'BACKOFFICE_OF_BEGELEIDER', (row) => {
      const naar = keuze(DOSSIER_FASEN, input.fase, 'input.fase');
      const reden = optioneleTekst(input.reden, 'input.reden', 1000);
      if (row.status !== 'LOPEND') {
        throw ongeldig(`Het dossier is ${row.status}: de fase kan niet meer wijzigen.`, { van: row.fase, naar });
      }
      if (row.fase === naar) throw ongeldig(`Het dossier is al in de fase ${naar}.`, { van: row.fase, naar });
      const overgang = faseOvergang(row.fase, naar);
      if (!overgang) {
        throw ongeldig(
          `Van de fase ${row.fase} naar ${naar} kan niet: een dossier gaat één fase vooruit, of met een reden één fase terug.`,
          { van: row.fase, naar },
        );
      }
      if (overgang.richting === 'TERUG' && reden === null) {
        throw badUserInput(`Een stap terug (van ${row.fase} naar ${naar}) vraagt een reden ('input.reden').`, { field: 'input.reden' });
      }
      return {
        change: { fase: naar },
        detail: `fase ${row.fase} → ${naar}`,
        overgang: { gebeurtenis: 'FASE_GEWIJZIGD', reden },
      };
    });
  }

  /** Closes a running dossier in its last phase (AFGESLOTEN), with a reason. */
  sluitAf(input: { dossierId: string; versie: number; reden: string }): Promise<DossierModel> {
    return this.beeindig(input, 'AFGESLOTEN');
  }

  /** Stops a running dossier in any phase (STOPGEZET), with a reason. */
  zetStop(input: { dossierId: string; versie: number; reden: string }): Promise<DossierModel> {
    return this.beeindig(input, 'STOPGEZET');
  }

  private beeindig(input: { dossierId: string; versie: number; reden: string }, naar: 'AFGESLOTEN' | 'STOPGEZET'): Promise<DossierModel> {
    return this.wijzig(input.dossierId, input.versie, 'BACKOFFICE_OF_BEGELEIDER', (row, at) => {
      const reden = tekst(input.reden, 'input.reden', 1000);
      if (row.status !== 'LOPEND') throw ongeldig(`Het dossier is al ${row.status}.`, { van: row.status, naar });
      const regel = STATUS_OVERGANGEN.find((o) => o.naar === naar)!;
      if (!regel.inFasen.includes(row.fase)) {
        throw ongeldig(
          `Een dossier in de fase ${row.fase} kan niet ${naar} worden: enkel in de fase ${regel.inFasen.map((f) => FASE_NAMEN[f]).join(', ')}.`,
          { van: row.status, naar },
        );
      }
      return {
        change: { status: naar, afsluitReden: reden, afgeslotenOp: at },
        detail: `status LOPEND → ${naar}`,
        overgang: { gebeurtenis: naar, reden },
      };
    });
  }

  /**
   * One change of one dossier: lock it, check who asks and from which version, let `wat` check and
   * describe the change, then store it with its history, audit row and notification.
   */
  private async wijzig(dossierId: string, versie: number, wie: Wie, wat: (row: DossierRow, at: Date) => Wijziging): Promise<DossierModel> {
    const gevraagd = { objectType: 'Dossier', objectId: dossierId };
    const scope = scopeVoor(this.toegang, this.audit, gevraagd);
    requireId(dossierId, 'dossier');
    if (!Number.isInteger(versie) || versie < 1) throw badUserInput(`'input.versie' is een versie van het dossier (1 of meer).`, { field: 'input.versie' });
    const at = this.now();
    const row = await this.transact(async (tx) => {
      const huidig = await tx.repos.dossiers.findForUpdate(dossierId);
      if (!huidig) throw scope.all ? this.toegang.refusal(scope, 'Dossier') : weiger(this.audit, gevraagd);
      if (!this.magWijzigen(huidig, wie)) throw weiger(this.audit, { ...gevraagd, dossierId });
      if (huidig.version !== versie) {
        throw conflict(`Het dossier werd intussen gewijzigd (nu versie ${huidig.version}, je vertrok van versie ${versie}): laad het opnieuw.`, {
          huidigeVersie: huidig.version,
        });
      }
      const wijziging = wat(huidig, at);
      const nieuw = await tx.repos.dossiers.change(huidig, wijziging.change, at);
      await wijziging.ook?.(tx, nieuw);
      await this.legVast(tx, huidig, nieuw, wijziging.overgang ?? null, wijziging.detail, at);
      return nieuw;
    });
    this.dossiers.vernieuw(row);
    return toDossier(row);
  }

  /** The back office changes every dossier; the coach (of the city, or the partner that guides the citizen) follows their own up. */
  private magWijzigen(row: DossierRow, wie: Wie): boolean {
    if (this.toegang.isBackoffice()) return true;
    if (wie !== 'BACKOFFICE_OF_BEGELEIDER') return false;
    const begeleider = this.toegang.begeleiderSub();
    const partner = this.toegang.partnerOrganisatie();
    return (begeleider !== null && row.renovatiebegeleiderSub === begeleider) || (partner !== null && row.begeleiderPartner === partner);
  }

  /** Records a change: its audit row, and for a phase or status change its history row and notification. */
  private async legVast(
    tx: Tx,
    oud: DossierRow | null,
    nieuw: DossierRow,
    overgang: { gebeurtenis: DossierGebeurtenis; reden: string | null } | null,
    detail: string,
    at: Date,
  ): Promise<void> {
    await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Dossier', objectId: nieuw.id, dossierId: nieuw.id, detail });
    if (!overgang) return;
    // Since when the dossier was in the phase it leaves: the change before this one brought it there.
    const vorige = oud === null ? null : await tx.repos.overgangen.laatste(nieuw.id);
    await tx.repos.overgangen.insert({
      id: randomUUID(),
      dossierId: nieuw.id,
      versie: nieuw.version,
      vanFase: oud?.fase ?? null,
      naarFase: nieuw.fase,
      vanStatus: oud?.status ?? null,
      naarStatus: nieuw.status,
      reden: overgang.reden,
      doorSub: this.toegang.identity.sub,
      op: at,
      vanFaseSinds: vorige !== null && vorige.naarFase === oud?.fase ? vorige.op : null,
    });
    await meldAanBurgerprofiel(tx, nieuw, overgang.gebeurtenis, at);
  }
}

const ongeldig = (message: string, extra: { van: DossierFase | DossierStatus; naar: DossierFase | DossierStatus }) =>
  new HubError(ErrorCode.INVALID_TRANSITION, message, extra);
