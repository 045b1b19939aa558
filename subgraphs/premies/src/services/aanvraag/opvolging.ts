import { enqueue, type Logger } from '@hub/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { LoketAanvraagStatus, LoketOntvangst } from '../../clients/mijnverbouwpremie-contract.js';
import { BURGERPROFIEL_NOTIFICATIE_TOPIC, type PremieNotificatiePayload } from '../../delivery/contracts.js';
import { PremieAanvraagEntity, type PremieAanvraagRow } from '../../entities/premie-aanvraag.js';
import type { NieuweStatus, PremieAanvraagRepository } from '../../repositories/aanvraag-repository.js';
import { WERKCATEGORIE_LABEL } from '../labels.js';
import { actieVoor, OPEN_STATUSSEN, statusBericht, type AanvraagStatus } from './status.js';

/** The title of an application as the citizen sees it in Mijn Burgerprofiel. */
export function aanvraagTitel(row: Pick<PremieAanvraagRow, 'werkcategorie' | 'inhoud'>): string {
  const categorie = WERKCATEGORIE_LABEL[row.werkcategorie as keyof typeof WERKCATEGORIE_LABEL] ?? row.werkcategorie.toLowerCase();
  return `Mijn VerbouwPremie ${categorie} (${row.inhoud.woning.adres ?? row.inhoud.dossierReferentie})`;
}

/**
 * Records what the desk says of an application: every new status once (numbered, so that a repeated or
 * concurrent report records nothing twice), the current status and amounts, when to ask again, and a
 * notification to the citizen through Mijn Burgerprofiel for every new status, in one transaction.
 */
export class AanvraagOpvolging {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      repository: PremieAanvraagRepository;
      logger: Logger;
      /** How long after a check the follower asks the desk again. */
      volgIntervalMs: number;
      now: () => Date;
    },
  ) {}

  /** The desk accepted a submission. Nothing happens when it was recorded already (a repeated delivery). */
  async registreerOntvangst(aanvraagId: string, ontvangst: LoketOntvangst): Promise<number> {
    return this.registreer(
      aanvraagId,
      {
        dossiernummer: ontvangst.dossiernummer,
        status: 'INGEDIEND',
        bedragToegekend: null,
        bedragUitbetaald: null,
        reden: null,
        historiek: [{ status: 'INGEDIEND', op: ontvangst.ingediendOp, toelichting: null }],
      },
      { alleenVanuit: 'TE_VERZENDEN', ingediendOp: new Date(ontvangst.ingediendOp) },
    );
  }

  /** The desk refused a submission for good: the application is NIET_AANVAARD and the citizen is told. */
  async registreerWeigering(aanvraagId: string, reden: string): Promise<number> {
    return this.inTransactie(aanvraagId, async (m, row) => {
      if (row.status !== 'TE_VERZENDEN') return [];
      const at = this.deps.now();
      const recorded = await this.deps.repository.registreerStatussen(m, aanvraagId, [{ volgnummer: 1, status: 'NIET_AANVAARD', op: at, toelichting: reden, bron: 'LOKET' }], at);
      await this.deps.repository.werkBij(m, aanvraagId, { status: 'NIET_AANVAARD', reden, gewijzigdOp: at, volgendeControleOp: null });
      return recorded.map((volgnummer) => ({ volgnummer, status: 'NIET_AANVAARD' as const, op: at, row: { ...row, status: 'NIET_AANVAARD' as const, reden } }));
    });
  }

  /** What the desk says now (the follower). Returns the number of new statuses recorded. */
  async registreerLoketStatus(aanvraagId: string, loket: LoketAanvraagStatus): Promise<number> {
    return this.registreer(aanvraagId, loket, {});
  }

  private async registreer(
    aanvraagId: string,
    loket: LoketAanvraagStatus,
    opts: { alleenVanuit?: AanvraagStatus; ingediendOp?: Date },
  ): Promise<number> {
    return this.inTransactie(aanvraagId, async (m, row) => {
      if (opts.alleenVanuit !== undefined && row.status !== opts.alleenVanuit) return [];
      const bekend = await this.deps.repository.aantalLoketStatussen(m, aanvraagId);
      // The desk's history only grows: entry n of it is status number n + 1 here (0 is TE_VERZENDEN).
      if (loket.historiek.length < bekend) {
        this.deps.logger.warn({ aanvraagId, dossiernummer: loket.dossiernummer, bekend, loket: loket.historiek.length }, 'premie desk reports a shorter history than recorded; ignored');
        return [];
      }
      const nieuw: NieuweStatus[] = loket.historiek.slice(bekend).map((h, i) => ({
        volgnummer: bekend + i + 1,
        status: h.status,
        op: new Date(h.op),
        toelichting: h.toelichting,
        bron: 'LOKET',
      }));
      const at = this.deps.now();
      const recorded = await this.deps.repository.registreerStatussen(m, aanvraagId, nieuw, at);
      const open = OPEN_STATUSSEN.includes(loket.status);
      const updated: PremieAanvraagRow = {
        ...row,
        status: loket.status,
        dossiernummer: loket.dossiernummer,
        toegekendBedrag: loket.bedragToegekend,
        uitbetaaldBedrag: loket.bedragUitbetaald,
        reden: loket.reden,
      };
      await this.deps.repository.werkBij(m, aanvraagId, {
        status: updated.status,
        dossiernummer: updated.dossiernummer,
        toegekendBedrag: updated.toegekendBedrag,
        uitbetaaldBedrag: updated.uitbetaaldBedrag,
        reden: updated.reden,
        ...(opts.ingediendOp ? { ingediendOp: opts.ingediendOp } : {}),
        gewijzigdOp: recorded.length > 0 ? at : row.gewijzigdOp,
        volgendeControleOp: open ? new Date(at.getTime() + this.deps.volgIntervalMs) : null,
      });
      return nieuw.filter((s) => recorded.includes(s.volgnummer)).map((s) => ({ volgnummer: s.volgnummer, status: s.status, op: s.op, row: updated }));
    });
  }

  /** Runs a change of one application with its row locked, then notifies the citizen of each new status in the same transaction. */
  private async inTransactie(
    aanvraagId: string,
    change: (m: EntityManager, row: PremieAanvraagRow) => Promise<Array<{ volgnummer: number; status: AanvraagStatus; op: Date; row: PremieAanvraagRow }>>,
  ): Promise<number> {
    return this.deps.dataSource.transaction(async (m) => {
      const row = await m.getRepository(PremieAanvraagEntity).findOne({ where: { id: aanvraagId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new Error(`premie application ${aanvraagId} not found`);
      const nieuw = await change(m, row);
      // One millisecond apart, the last one now: the outbox delivers an application's notifications in the
      // order of their creation, and all of them are due at once.
      const at = this.deps.now().getTime() - (nieuw.length - 1);
      for (const [i, s] of nieuw.entries()) {
        const payload: PremieNotificatiePayload = {
          insz: s.row.insz,
          aanvraagId,
          dossierId: s.row.dossierId,
          referentie: s.row.dossiernummer ?? s.row.inhoud.dossierReferentie,
          titel: aanvraagTitel(s.row),
          status: s.status,
          bericht: statusBericht({ ...s.row, status: s.status }),
          actieNodig: actieVoor(s.status) !== null,
          actie: actieVoor(s.status),
          gewijzigdOp: s.op.toISOString(),
          volgnummer: s.volgnummer,
        };
        await enqueue(m, { topic: BURGERPROFIEL_NOTIFICATIE_TOPIC, dedupKey: `${aanvraagId}:${s.volgnummer}`, payload, aggregateId: aanvraagId }, new Date(at + i));
      }
      if (nieuw.length > 0) {
        this.deps.logger.info({ aanvraagId, statussen: nieuw.map((s) => s.status) }, 'premie application status changed');
      }
      return nieuw.length;
    });
  }
}
