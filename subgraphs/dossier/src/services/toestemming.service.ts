import { randomUUID } from 'node:crypto';
import { badUserInput, forbidden } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import { GEGEVENSSOORTEN, isUuid, PARTNER_ORGANISATIES, TOESTEMMING_WIJZEN, type Gegevenssoort, type PartnerOrganisatie, type ToestemmingWijze } from '../domain.js';
import type { DossierRow } from '../entities/dossier.js';
import type { ToestemmingRow } from '../entities/toestemming.js';
import { partnerInzageKey, type LifecycleLoaders } from '../lifecycle-loaders.js';
import type { Loaders } from '../loaders.js';
import type { DossierModel } from '../mappers.js';
import type { DossierService } from './dossier.service.js';
import { requireId } from './ids.js';
import { keuze, lijst } from './invoer.js';
import { PARTNER_NAMEN } from './klantreis.js';
import type { Toegang } from './toegang.js';
import type { Transact, Tx } from './transactie.js';
import { scopeVoor, weiger } from './weigering.js';

/** What a refusal of a kind of data names in the audit log: the GraphQL type the partner asked for. */
const OBJECT_VAN_SOORT: Readonly<Record<Gegevenssoort, string>> = {
  CONTACTGEGEVENS: 'Burger',
  WONINGGEGEVENS: 'Woning',
  RENOVATIEPLAN: 'Maatregel',
  DOCUMENTEN: 'Document',
  OFFERTES_EN_FACTUREN: 'Offerte',
  PREMIEGEGEVENS: 'Premie',
};

export interface ToestemmingInput {
  dossierId: string;
  partner: PartnerOrganisatie;
  soorten: readonly Gegevenssoort[];
  wijze?: ToestemmingWijze | null;
}

/**
 * Consent: what the citizen shares with which partner, and the checks every part of a dossier goes
 * through for a partner. Other services (documents, quotes) use `vereisInzage` and `magPartnerZien`.
 */
export class ToestemmingService {
  constructor(
    private readonly toegang: Toegang,
    private readonly dossiers: DossierService,
    private readonly loaders: Loaders,
    private readonly lifecycle: LifecycleLoaders,
    private readonly audit: AuditCollector,
    private readonly transact: Transact,
    private readonly now: () => Date,
  ) {}

  /** Whether partner `organisatie` may now see `soort` of the dossier: assigned to it, with a running consent. */
  async magPartnerZien(dossierId: string, organisatie: string, soort: Gegevenssoort): Promise<boolean> {
    return (await this.dossiers.partnerInzage(organisatie, dossierId)).has(soort);
  }

  /** The kinds of data of a dossier the caller may see (all, a partner's consented ones, or none). */
  async zichtbareSoorten(dossier: DossierModel | string): Promise<Gegevenssoort[]> {
    const row = await this.row(dossier);
    return row ? this.dossiers.zichtbareSoorten(row) : [];
  }

  /**
   * Throws FORBIDDEN (and audits the refusal) unless the caller may see `soort` of the dossier: for a
   * partner, unless the citizen shares it with the partner's organisation now.
   */
  async vereisInzage(dossier: DossierModel | string, soort: Gegevenssoort): Promise<void> {
    const row = await this.row(dossier);
    const soorten = row ? await this.dossiers.zichtbareSoorten(row) : [];
    if (soorten.includes(soort)) return;
    const dossierId = row?.id ?? (typeof dossier === 'string' ? dossier : dossier.id);
    const gevraagd = { objectType: OBJECT_VAN_SOORT[soort], objectId: dossierId, dossierId: row ? dossierId : null };
    // Whoever sees nothing of the dossier learns nothing about it; a partner learns which consent is missing.
    const error =
      soorten.length === 0
        ? forbidden()
        : this.toegang.partnerOrganisatie() !== null
          ? forbidden(`De burger deelt ${soort} van dit dossier niet met je organisatie.`)
          : forbidden(`Je hebt geen inzage in ${soort} van dit dossier.`);
    throw weiger(this.audit, gevraagd, error);
  }

  /** Throws FORBIDDEN (audited) unless the caller sees the whole dossier, not only a partner's consented parts. */
  async vereisVolledigeInzage(dossier: DossierModel, objectType: string): Promise<void> {
    const row = await this.row(dossier);
    if (row && (await this.dossiers.isFullyVisible(row, this.toegang.dossierScope()))) return;
    throw weiger(this.audit, { objectType, objectId: dossier.id, dossierId: dossier.id });
  }

  /** A part of a dossier of kind `soort`: its value when the caller may see that kind, else FORBIDDEN (audited). */
  async gedeeld<T>(dossier: DossierModel, soort: Gegevenssoort, value: () => T): Promise<T> {
    await this.vereisInzage(dossier, soort);
    return value();
  }

  /** A part of a dossier never shared with partners: its value for whom sees the whole dossier, else FORBIDDEN (audited). */
  async enkelVolledig<T>(dossier: DossierModel, objectType: string, value: () => T): Promise<T> {
    await this.vereisVolledigeInzage(dossier, objectType);
    return value();
  }

  /** The title of a dossier; for a partner without WONINGGEGEVENS its reference (titles usually name the address). */
  async titel(dossier: DossierModel): Promise<string> {
    return (await this.zichtbareSoorten(dossier)).includes('WONINGGEGEVENS') ? dossier.titel : dossier.referentie;
  }

  /**
   * The consents of a dossier the caller sees, oldest first; a partner sees only those of its
   * organisation; others without the whole dossier (a city service) none (FORBIDDEN).
   */
  async ofDossier(dossier: DossierModel, enkelLopend: boolean): Promise<ToestemmingRow[]> {
    const row = (await this.row(dossier))!;
    const volledig = await this.dossiers.isFullyVisible(row, this.toegang.dossierScope());
    const partner = this.toegang.partnerOrganisatie();
    if (!volledig && partner === null) throw weiger(this.audit, { objectType: 'Toestemming', objectId: dossier.id, dossierId: dossier.id });
    const rows = (await this.lifecycle.toestemmingenByDossierId.load(dossier.id)).filter(
      (t) => (volledig || t.partner === partner) && (!enkelLopend || t.ingetrokkenOp === null),
    );
    for (const t of rows) this.audit.record({ actie: 'LEZEN', objectType: 'Toestemming', objectId: t.id, dossierId: t.dossierId });
    return rows;
  }

  /** The citizen shares kinds of data with a partner (those already shared stay as they are). */
  geef(input: ToestemmingInput): Promise<ToestemmingRow[]> {
    return this.wijzig(input, 'GEVEN');
  }

  /** The citizen stops sharing kinds of data with a partner; the history stays. */
  trekIn(input: ToestemmingInput): Promise<ToestemmingRow[]> {
    return this.wijzig(input, 'INTREKKEN');
  }

  private async wijzig(input: ToestemmingInput, wat: 'GEVEN' | 'INTREKKEN'): Promise<ToestemmingRow[]> {
    const gevraagd = { objectType: 'Toestemming', objectId: input.dossierId, dossierId: null };
    const scope = scopeVoor(this.toegang, this.audit, gevraagd);
    requireId(input.dossierId, 'dossier');
    const partner = keuze(PARTNER_ORGANISATIES, input.partner, 'input.partner');
    const soorten = lijst(input.soorten, 'input.soorten').map((s) => keuze(GEGEVENSSOORTEN, s, 'input.soorten'));
    const wijze = input.wijze === null || input.wijze === undefined ? null : keuze(TOESTEMMING_WIJZEN, input.wijze, 'input.wijze');

    const at = this.now();
    const changed = await this.transact(async (tx) => {
      const dossier = await tx.repos.dossiers.findForUpdate(input.dossierId);
      if (!dossier) throw scope.all ? this.toegang.refusal(scope, 'Dossier') : weiger(this.audit, gevraagd);
      const namens = await this.namens(tx, dossier, wijze);
      const lopend = await tx.repos.toestemmingen.findActiveForUpdate(dossier.id, partner);
      const label = `${wat === 'GEVEN' ? 'gegeven aan' : 'ingetrokken voor'} ${PARTNER_NAMEN[partner]} (${namens.wijze})`;
      if (wat === 'GEVEN') {
        const nieuw: ToestemmingRow[] = soorten
          .filter((soort) => !lopend.some((t) => t.soort === soort))
          .map((soort) => ({
            id: randomUUID(),
            dossierId: dossier.id,
            partner,
            soort,
            gegevenOp: at,
            gegevenDoor: namens.door,
            gegevenWijze: namens.wijze,
            ingetrokkenOp: null,
            ingetrokkenDoor: null,
            ingetrokkenWijze: null,
          }));
        await tx.repos.toestemmingen.insert(nieuw);
        for (const t of nieuw) await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Toestemming', objectId: t.id, dossierId: dossier.id, detail: `${t.soort} ${label}` });
      } else {
        const weg = lopend.filter((t) => soorten.includes(t.soort));
        await tx.repos.toestemmingen.withdraw(weg.map((t) => t.id), { op: at, door: namens.door, wijze: namens.wijze });
        for (const t of weg) await this.audit.recordIn(tx.manager, { actie: 'WIJZIGEN', objectType: 'Toestemming', objectId: t.id, dossierId: dossier.id, detail: `${t.soort} ${label}` });
      }
      return (await tx.repos.toestemmingen.findByDossierIds([dossier.id])).filter((t) => t.partner === partner);
    });
    this.lifecycle.toestemmingenByDossierId.clear(input.dossierId);
    this.lifecycle.partnerInzage.clear(partnerInzageKey(partner, input.dossierId));
    return changed;
  }

  /**
   * Who records the consent, and how the citizen gave it: the citizen themself (logged in, DIGITAAL), or
   * the back office or the dossier's coach on the citizen's behalf (with the way the citizen gave it).
   */
  private async namens(tx: Tx, dossier: DossierRow, wijze: ToestemmingWijze | null): Promise<{ door: string | null; wijze: ToestemmingWijze }> {
    const gevraagd = { objectType: 'Toestemming', objectId: dossier.id, dossierId: dossier.id };
    const eigenInsz = this.toegang.ownInsz();
    const medewerker = this.toegang.isBackoffice() || (this.toegang.begeleiderSub() !== null && dossier.renovatiebegeleiderSub === this.toegang.begeleiderSub());
    if (eigenInsz !== null && (wijze === null || !medewerker)) {
      // Inside the transaction only its own connection may be used (PGlite has just one).
      const [burger] = await tx.repos.burgers.findByIds([dossier.burgerId]);
      if (burger?.insz === eigenInsz) {
        if (wijze !== null && wijze !== 'DIGITAAL') {
          throw badUserInput(`Een burger geeft of trekt toestemming zelf digitaal in: laat 'input.wijze' weg.`, { field: 'input.wijze' });
        }
        return { door: null, wijze: 'DIGITAAL' };
      }
    }
    if (!medewerker) throw weiger(this.audit, gevraagd);
    if (wijze === null) {
      throw badUserInput(`Geef in 'input.wijze' hoe de burger het liet weten (MONDELING, SCHRIFTELIJK of DIGITAAL).`, { field: 'input.wijze' });
    }
    return { door: this.toegang.identity.sub, wijze };
  }

  private async row(dossier: DossierModel | string): Promise<DossierRow | null> {
    const id = typeof dossier === 'string' ? dossier : dossier.id;
    return isUuid(id) ? this.loaders.dossierById.load(id) : null;
  }
}
