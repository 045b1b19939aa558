import { randomUUID } from 'node:crypto';
import { hasRole, isAnonymous, notFound, unauthenticated } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import type { DossierRow } from '../entities/dossier.js';
import type { OpmerkingRow } from '../entities/opmerking.js';
import type { LifecycleLoaders } from '../lifecycle-loaders.js';
import type { DossierModel } from '../mappers.js';
import { requireId } from './ids.js';
import { tekst } from './invoer.js';
import type { Toegang } from './toegang.js';
import type { Transact } from './transactie.js';
import { weiger } from './weigering.js';

/**
 * Remarks on a dossier: written by the back office, the dossier's coach, and city services (which see
 * no personal data, but add what their domain knows: heritage, permits); read by the staff who follow
 * the dossier up.
 */
export class OpmerkingService {
  constructor(
    private readonly toegang: Toegang,
    private readonly lifecycle: LifecycleLoaders,
    private readonly audit: AuditCollector,
    private readonly transact: Transact,
    private readonly now: () => Date,
  ) {}

  /** The remarks on a dossier, oldest first: for the back office and the dossier's coach only. */
  async ofDossier(dossier: DossierModel): Promise<OpmerkingRow[]> {
    if (!this.isOpvolger(dossier)) throw weiger(this.audit, { objectType: 'Opmerking', objectId: dossier.id, dossierId: dossier.id });
    const rows = await this.lifecycle.opmerkingenByDossierId.load(dossier.id);
    for (const r of rows) this.audit.record({ actie: 'LEZEN', objectType: 'Opmerking', objectId: r.id, dossierId: r.dossierId });
    return rows;
  }

  /** Adds a remark: a city service to any dossier, the back office to any, a coach to their own. */
  async plaats(input: { dossierId: string; tekst: string }): Promise<OpmerkingRow> {
    if (isAnonymous(this.toegang.identity)) throw unauthenticated();
    const gevraagd = { objectType: 'Opmerking', objectId: input.dossierId };
    const stadsdienst = hasRole(this.toegang.identity, 'stadsdienst');
    if (!stadsdienst && !this.toegang.isBackoffice() && this.toegang.begeleiderSub() === null) throw weiger(this.audit, gevraagd);
    requireId(input.dossierId, 'dossier');
    const inhoud = tekst(input.tekst, 'input.tekst', 2000);
    const at = this.now();
    const row = await this.transact(async (tx) => {
      const [dossier] = await tx.repos.dossiers.findByIds([input.dossierId]);
      if (!dossier) throw this.toegang.isBackoffice() ? notFound('Dossier') : weiger(this.audit, gevraagd);
      if (!stadsdienst && !this.isOpvolger(dossier)) throw weiger(this.audit, { ...gevraagd, dossierId: dossier.id });
      const opmerking: OpmerkingRow = {
        id: randomUUID(),
        dossierId: dossier.id,
        tekst: inhoud,
        auteurSub: this.toegang.identity.sub,
        auteurRol: this.toegang.primaryRole()!,
        auteurDienst: stadsdienst ? (this.toegang.identity.dienst ?? null) : null,
        geplaatstOp: at,
      };
      await tx.repos.opmerkingen.insert(opmerking);
      await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Opmerking', objectId: opmerking.id, dossierId: dossier.id, detail: 'opmerking geplaatst' });
      return opmerking;
    });
    this.lifecycle.opmerkingenByDossierId.clear(row.dossierId);
    return row;
  }

  private isOpvolger(dossier: Pick<DossierRow, 'renovatiebegeleiderSub'>): boolean {
    const sub = this.toegang.begeleiderSub();
    return this.toegang.isBackoffice() || (sub !== null && dossier.renovatiebegeleiderSub === sub);
  }
}
