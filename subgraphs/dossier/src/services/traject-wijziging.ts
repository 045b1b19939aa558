import { conflict, forbidden, HubError, notFound, type Identity } from '@hub/shared';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../audit/index.js';
import type { DossierRow } from '../entities/dossier.js';
import type { Repositories } from '../repositories/index.js';
import { requireId } from './ids.js';
import type { Transact } from './transactie.js';
import type { Toegang } from './toegang.js';
import { betrokkenheden, requireAangemeld, type Betrokkene, type BetrokkenheidFeiten } from './traject-toegang.js';

/** The audit log of the request (see src/audit): reads and refusals collected, changes in their transaction. */
export interface AuditLike {
  record(entry: AuditEntry): void;
  recordIn(manager: EntityManager, entry: AuditEntry): Promise<void>;
}

export interface TrajectDeps {
  toegang: Toegang;
  /** The repositories outside any transaction (for the reads before a change). */
  repos: Repositories;
  transact: Transact;
  audit: AuditLike;
  clock: () => Date;
}

/** What a change has at hand inside its transaction. */
export interface Wijziging {
  repos: Repositories;
  manager: EntityManager;
  /** The dossier, locked until the change commits. */
  dossier: DossierRow;
  /** Who makes the change, in which role. */
  door: Betrokkene;
  now: Date;
}

/** What a change reports for the audit log. */
export interface Gewijzigd<T> {
  result: T;
  objectType: string;
  objectId: string;
  /** What changed, in a few words (ids and codes, no personal data). */
  detail: string;
}

/**
 * The frame of every change to a dossier's journey:
 * 1. the caller must be logged in; the ids must be ids;
 * 2. what decides the caller's involvement is read first (outside the transaction);
 * 3. in one transaction: the dossier is locked; a dossier the caller is not involved in is refused
 *    like one that does not exist (FORBIDDEN, or NOT_FOUND for the back office), and the attempt is
 *    audited; an involvement that does not allow this change is FORBIDDEN with the reason; an ended
 *    dossier takes no changes (CONFLICT);
 * 4. the change itself, then the dossier is marked changed and the change audited, in the same transaction.
 * Anything that throws rolls back everything.
 */
export class TrajectWijzigingen {
  constructor(private readonly deps: TrajectDeps) {}

  get identity(): Identity {
    return this.deps.toegang.identity;
  }

  get toegang(): Toegang {
    return this.deps.toegang;
  }

  /**
   * Changes dossier `dossierId`: `kies` picks the involvement that allows the change (or throws a
   * FORBIDDEN with the reason), `work` makes it.
   */
  async inDossier<T>(
    dossierId: string,
    kies: (betrokken: Betrokkene[]) => Betrokkene,
    work: (w: Wijziging) => Promise<Gewijzigd<T>>,
  ): Promise<T> {
    requireAangemeld(this.deps.toegang);
    requireId(dossierId, 'dossier');
    const feiten = await this.feiten(dossierId);
    try {
      return await this.deps.transact(async ({ repos, manager }) => {
        const dossier = await repos.dossiers.findForUpdate(dossierId);
        if (!dossier) throw this.refusal();
        const betrokken = betrokkenheden(this.deps.toegang, dossier, feiten);
        if (betrokken.length === 0) throw forbidden();
        const door = kies(betrokken);
        if (dossier.status !== 'LOPEND') {
          throw conflict(`Dit dossier is ${dossier.status === 'AFGESLOTEN' ? 'afgesloten' : 'stopgezet'}: er kan niets meer aan gewijzigd worden.`, {
            status: dossier.status,
          });
        }
        const now = this.deps.clock();
        const done = await work({ repos, manager, dossier, door, now });
        await repos.traject.raakAan(dossier.id, now);
        await this.deps.audit.recordIn(manager, {
          actie: 'WIJZIGEN',
          objectType: done.objectType,
          objectId: done.objectId,
          dossierId: dossier.id,
          detail: done.detail,
        });
        return done.result;
      });
    } catch (err) {
      if (isRefusal(err)) this.deps.audit.record({ actie: 'WEIGERING', objectType: 'Dossier', objectId: dossierId, dossierId });
      throw err;
    }
  }

  /**
   * The dossier of a measure, quote, invoice, ... that a change addresses by its id. An id that does
   * not exist is refused like a dossier the caller is not involved in (and the attempt audited).
   */
  async dossierVan(objectType: string, id: string, lookup: (id: string) => Promise<{ dossierId: string } | null>): Promise<string> {
    requireAangemeld(this.deps.toegang);
    requireId(id, objectType.toLowerCase());
    const row = await lookup(id);
    if (!row) {
      this.deps.audit.record({ actie: 'WEIGERING', objectType, objectId: id });
      throw this.refusal(objectType);
    }
    return row.dossierId;
  }

  /** The error for an object the caller cannot see or that does not exist (NOT_FOUND only for the back office). */
  refusal(what = 'Dossier') {
    return this.deps.toegang.isBackoffice() ? notFound(what) : forbidden();
  }

  private async feiten(dossierId: string): Promise<BetrokkenheidFeiten> {
    const { repos, toegang } = this.deps;
    const insz = toegang.ownInsz();
    const organisatie = toegang.partnerOrganisatie();
    const [burgers, toewijzing] = await Promise.all([
      insz === null ? [] : repos.burgers.findByInszs([insz]),
      organisatie === null ? null : repos.partners.activeToewijzing(dossierId, organisatie),
    ]);
    return { burgerId: burgers[0]?.id ?? null, partnerToegewezen: toewijzing !== null };
  }
}

const isRefusal = (err: unknown) => err instanceof HubError && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND');

/** Picks the first involvement in `toegelaten`, or refuses with `reden`. */
export function eenVan(toegelaten: readonly Betrokkene['als'][], reden: string): (betrokken: Betrokkene[]) => Betrokkene {
  return (betrokken) => {
    const door = betrokken.find((b) => toegelaten.includes(b.als));
    if (!door) throw forbidden(reden);
    return door;
  };
}
