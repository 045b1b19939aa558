import { randomUUID } from 'node:crypto';
import { badUserInput, enqueue, ErrorCode, HubError, notFound, type OutboxMessage } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import { PARTNER_AANVRAAG_TOPIC, type PartnerAanvraagPayload } from '../delivery/contracts.js';
import { PARTNER_AANVRAAG_SOORTEN, PARTNER_ORGANISATIES, type PartnerAanvraagSoort, type PartnerOrganisatie } from '../domain.js';
import type { DossierRow } from '../entities/dossier.js';
import type { PartnerAanvraagRow } from '../entities/partner-aanvraag.js';
import type { PartnerToewijzingRow } from '../entities/partner-toewijzing.js';
import type { LifecycleLoaders } from '../lifecycle-loaders.js';
import { partnerInzageKey } from '../lifecycle-loaders.js';
import type { Loaders } from '../loaders.js';
import type { DossierModel } from '../mappers.js';
import type { DossierService } from './dossier.service.js';
import { requireId } from './ids.js';
import { keuze, nietInDeToekomst, optioneleTekst, tekst } from './invoer.js';
import { PARTNER_DIENSTEN, PARTNER_NAMEN } from './klantreis.js';
import { partnerAanvraagPayload } from './partner-aanvraag-payload.js';
import { zorgVoorToewijzing } from './partner-toewijzing.js';
import type { Toegang } from './toegang.js';
import type { Transact, Tx } from './transactie.js';
import { scopeVoor, weiger } from './weigering.js';

export interface Levering {
  status: 'VERZONDEN_WACHTEND' | 'AFGELEVERD' | 'MISLUKT';
  pogingen: number;
  volgendePoging: Date | null;
  afgeleverdOp: Date | null;
}

const LEVERING_STATUS: Record<OutboxMessage['status'], Levering['status']> = {
  pending: 'VERZONDEN_WACHTEND',
  delivered: 'AFGELEVERD',
  failed: 'MISLUKT',
};

/**
 * Partners on a dossier: their assignments, the requests sent to them through the outbox (in the
 * transaction that registers them, with only the data the citizen shares with that partner) and their
 * results. A partner sees only its own assignments and requests.
 */
export class PartnerService {
  constructor(
    private readonly toegang: Toegang,
    private readonly dossiers: DossierService,
    private readonly loaders: Loaders,
    private readonly lifecycle: LifecycleLoaders,
    private readonly audit: AuditCollector,
    private readonly transact: Transact,
    private readonly now: () => Date,
  ) {}

  /** The assignments of a dossier the caller sees (a partner: its own), oldest first. */
  async toewijzingenOf(dossier: DossierModel): Promise<PartnerToewijzingRow[]> {
    const eigen = await this.enkelEigen(dossier);
    return (await this.lifecycle.partnerToewijzingenByDossierId.load(dossier.id)).filter((t) => eigen === null || t.partner === eigen);
  }

  /** The requests of a dossier the caller sees (a partner: those to its organisation), oldest first. */
  async aanvragenOf(dossier: DossierModel): Promise<PartnerAanvraagRow[]> {
    const eigen = await this.enkelEigen(dossier);
    const rows = (await this.lifecycle.partnerAanvragenByDossierId.load(dossier.id)).filter((a) => eigen === null || a.partner === eigen);
    for (const a of rows) this.audit.record({ actie: 'LEZEN', objectType: 'PartnerAanvraag', objectId: a.id, dossierId: a.dossierId });
    return rows;
  }

  /** How far the delivery of a request to its partner is, from the outbox (one query for all requests of a response). */
  async levering(aanvraag: PartnerAanvraagRow): Promise<Levering> {
    const message = await this.lifecycle.outboxByAanvraagId.load(aanvraag.id);
    if (!message || message.id !== aanvraag.outboxId) throw new Error(`Partner request ${aanvraag.id} has no outbox message ${aanvraag.outboxId}`);
    return {
      status: LEVERING_STATUS[message.status],
      pogingen: message.attempts,
      volgendePoging: message.status === 'pending' ? message.nextAttemptAt : null,
      afgeleverdOp: message.deliveredAt,
    };
  }

  /**
   * Registers a request to a partner and queues it for delivery in the same transaction. The partner is
   * assigned to the dossier. The citizen's contact data goes along only with consent for CONTACTGEGEVENS,
   * the address only with WONINGGEGEVENS.
   */
  async vraagAan(input: { dossierId: string; partner: PartnerOrganisatie; soort: PartnerAanvraagSoort; toelichting?: string | null }): Promise<PartnerAanvraagRow> {
    const gevraagd = { objectType: 'PartnerAanvraag', objectId: input.dossierId };
    const scope = scopeVoor(this.toegang, this.audit, gevraagd);
    requireId(input.dossierId, 'dossier');
    const partner = keuze(PARTNER_ORGANISATIES, input.partner, 'input.partner');
    const soort = keuze(PARTNER_AANVRAAG_SOORTEN, input.soort, 'input.soort');
    if (!PARTNER_DIENSTEN[partner].includes(soort)) {
      throw badUserInput(`${PARTNER_NAMEN[partner]} biedt geen ${soort} aan: kies uit ${PARTNER_DIENSTEN[partner].join(', ')}.`, { field: 'input.soort' });
    }
    const toelichting = optioneleTekst(input.toelichting, 'input.toelichting', 2000);
    const at = this.now();

    const aanvraag = await this.transact(async (tx) => {
      const dossier = await tx.repos.dossiers.findForUpdate(input.dossierId);
      if (!dossier) throw scope.all ? this.toegang.refusal(scope, 'Dossier') : weiger(this.audit, gevraagd);
      if (!this.isOpvolger(dossier)) throw weiger(this.audit, { ...gevraagd, dossierId: dossier.id });
      if (dossier.status !== 'LOPEND') {
        throw new HubError(ErrorCode.INVALID_TRANSITION, `Het dossier is ${dossier.status}: er kan geen partner meer aangevraagd worden.`, {
          van: dossier.status,
          naar: 'LOPEND',
        });
      }
      await zorgVoorToewijzing(tx, dossier.id, partner, this.toegang.identity.sub, at, this.audit);
      const row: Omit<PartnerAanvraagRow, 'outboxId'> = {
        id: randomUUID(),
        dossierId: dossier.id,
        partner,
        soort,
        toelichting,
        aangevraagdOp: at,
        aangevraagdDoor: this.toegang.identity.sub,
        resultaat: null,
        opgeleverdOp: null,
        opgeleverdDoor: null,
      };
      const payload = await this.payload(tx, dossier, row);
      const message = await enqueue(tx.manager, { topic: PARTNER_AANVRAAG_TOPIC, dedupKey: row.id, payload, aggregateId: row.id }, at);
      const stored: PartnerAanvraagRow = { ...row, outboxId: message.id };
      await tx.repos.partners.insertAanvraag(stored);
      await this.audit.recordIn(tx.manager, {
        actie: 'WIJZIGEN',
        objectType: 'PartnerAanvraag',
        objectId: row.id,
        dossierId: dossier.id,
        detail: `${soort} aangevraagd bij ${partner}`,
      });
      return stored;
    });
    this.vergeet(aanvraag.dossierId, partner);
    return aanvraag;
  }

  /** Ends a partner's assignment to a dossier: from now on the partner no longer sees it (back office). */
  async beeindigToewijzing(input: { dossierId: string; partner: PartnerOrganisatie }): Promise<PartnerToewijzingRow> {
    this.toegang.requireBackoffice();
    requireId(input.dossierId, 'dossier');
    const partner = keuze(PARTNER_ORGANISATIES, input.partner, 'input.partner');
    const at = this.now();
    const row = await this.transact(async (tx) => {
      const dossier = await tx.repos.dossiers.findForUpdate(input.dossierId);
      if (!dossier) throw notFound('Dossier');
      if (dossier.begeleiderPartner === partner) {
        throw new HubError(ErrorCode.INVALID_TRANSITION, `${PARTNER_NAMEN[partner]} begeleidt dit dossier: wijs eerst een andere renovatiebegeleider toe.`);
      }
      const lopend = await tx.repos.partners.activeToewijzing(dossier.id, partner);
      if (!lopend) throw new HubError(ErrorCode.INVALID_TRANSITION, `${PARTNER_NAMEN[partner]} is niet (meer) aan dit dossier toegewezen.`);
      await tx.repos.partners.endToewijzing(lopend.id, at, this.toegang.identity.sub);
      await this.audit.recordIn(tx.manager, {
        actie: 'WIJZIGEN',
        objectType: 'PartnerToewijzing',
        objectId: lopend.id,
        dossierId: dossier.id,
        detail: `toewijzing van ${partner} beëindigd`,
      });
      return { ...lopend, beeindigdOp: at, beeindigdDoor: this.toegang.identity.sub };
    });
    this.vergeet(row.dossierId, partner);
    return row;
  }

  /**
   * A partner registers what it delivered for a request to its organisation (once); the back office may
   * do so on the partner's behalf.
   */
  async registreerResultaat(input: { aanvraagId: string; resultaat: string; opgeleverdOp?: Date | null }): Promise<PartnerAanvraagRow> {
    const gevraagd = { objectType: 'PartnerAanvraag', objectId: input.aanvraagId };
    const scope = scopeVoor(this.toegang, this.audit, gevraagd);
    requireId(input.aanvraagId, 'aanvraag');
    const at = this.now();
    const resultaat = tekst(input.resultaat, 'input.resultaat', 2000);
    const opgeleverdOp = input.opgeleverdOp ? nietInDeToekomst(input.opgeleverdOp, at, 'input.opgeleverdOp') : at;
    const partner = this.toegang.partnerOrganisatie();
    const row = await this.transact(async (tx) => {
      const aanvraag = await tx.repos.partners.aanvraagForUpdate(input.aanvraagId);
      if (!aanvraag) throw scope.all ? this.toegang.refusal(scope, 'PartnerAanvraag') : weiger(this.audit, gevraagd);
      const magAlsPartner = partner !== null && aanvraag.partner === partner && (await tx.repos.partners.activeToewijzing(aanvraag.dossierId, partner)) !== null;
      if (!this.toegang.isBackoffice() && !magAlsPartner) throw weiger(this.audit, { ...gevraagd, dossierId: aanvraag.dossierId });
      if (aanvraag.resultaat !== null) {
        throw new HubError(ErrorCode.INVALID_TRANSITION, 'Voor deze aanvraag is het resultaat al geregistreerd.');
      }
      const change = { resultaat, opgeleverdOp, opgeleverdDoor: this.toegang.identity.sub };
      await tx.repos.partners.registerResultaat(aanvraag.id, change);
      await this.audit.recordIn(tx.manager, {
        actie: 'WIJZIGEN',
        objectType: 'PartnerAanvraag',
        objectId: aanvraag.id,
        dossierId: aanvraag.dossierId,
        detail: `resultaat van ${aanvraag.partner} geregistreerd`,
      });
      return { ...aanvraag, ...change };
    });
    this.lifecycle.partnerAanvragenByDossierId.clear(row.dossierId);
    return row;
  }

  /** What the partner receives, as far as the citizen consented (see partnerAanvraagPayload). */
  private async payload(tx: Tx, dossier: DossierRow, aanvraag: Omit<PartnerAanvraagRow, 'outboxId'>): Promise<PartnerAanvraagPayload> {
    const gedeeld = new Set((await tx.repos.toestemmingen.findActiveFor(aanvraag.partner, [dossier.id])).map((t) => t.soort));
    const [burger] = await tx.repos.burgers.findByIds([dossier.burgerId]);
    return partnerAanvraagPayload(aanvraag, dossier, burger!, gedeeld);
  }

  /** Whether the caller follows the dossier up: the back office, or its coach. */
  private isOpvolger(dossier: DossierRow): boolean {
    const sub = this.toegang.begeleiderSub();
    return this.toegang.isBackoffice() || (sub !== null && dossier.renovatiebegeleiderSub === sub);
  }

  /**
   * The partner whose rows alone the caller sees on this dossier; null when the caller sees the whole
   * dossier. Others (a city service) see none: FORBIDDEN (audited).
   */
  private async enkelEigen(dossier: DossierModel): Promise<string | null> {
    const row = await this.loaders.dossierById.load(dossier.id);
    if (row && (await this.dossiers.isFullyVisible(row, this.toegang.dossierScope()))) return null;
    const partner = this.toegang.partnerOrganisatie();
    if (partner === null) throw weiger(this.audit, { objectType: 'PartnerAanvraag', objectId: dossier.id, dossierId: dossier.id });
    return partner;
  }

  private vergeet(dossierId: string, partner: string): void {
    this.lifecycle.partnerToewijzingenByDossierId.clear(dossierId);
    this.lifecycle.partnerAanvragenByDossierId.clear(dossierId);
    this.lifecycle.partnerInzage.clear(partnerInzageKey(partner, dossierId));
  }
}
