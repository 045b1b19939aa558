import { badUserInput, forbidden, hasRole, isAnonymous, normalizeInsz, unauthenticated, zaakLink } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import type { DossierRow } from '../entities/dossier.js';
import type { LopendeZaakModel } from '../overzicht-mappers.js';
import type { Repositories } from '../repositories/index.js';
import { insz as geldigInsz } from './invoer.js';
import { burgerActie, FASE_NAMEN } from './klantreis.js';
import type { ZakenOpties } from './overzicht-opties.js';
import type { Toegang } from './toegang.js';

const DAG = 24 * 60 * 60 * 1000;

/**
 * The running cases of a citizen for Mijn Burgerprofiel (DESIGN §6, role burgerprofiel): the citizen's
 * running dossiers, and those that ended in the last days, in the shape of a case status (klantreis.ts
 * says what the citizen has to do per phase). A citizen asks for their own cases; the Mijn Burgerprofiel
 * service for the citizen it names. Every case read is audited (the actor is whoever asked: the citizen
 * or the service), and so is a refused attempt to read someone's cases.
 */
export class LopendeZakenService {
  constructor(
    private readonly toegang: Toegang,
    private readonly audit: AuditCollector,
    private readonly repos: Repositories,
    private readonly opties: ZakenOpties,
    private readonly now: () => Date,
  ) {}

  async van(insz: string | null | undefined): Promise<LopendeZaakModel[]> {
    const burgerInsz = await this.wiens(insz ?? null);
    const rows = await this.repos.zaken.lopendeZakenVan(burgerInsz, new Date(this.now().getTime() - this.opties.naAfsluitingDagen * DAG));
    for (const row of rows) this.audit.record({ actie: 'LEZEN', objectType: 'LopendeZaak', objectId: row.id, dossierId: row.id });
    return rows.map((row) => this.zaak(row));
  }

  /** Whose cases the caller may read: the INSZ, or UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT. */
  private async wiens(gevraagd: string | null): Promise<string> {
    const identity = this.toegang.identity;
    if (isAnonymous(identity)) throw unauthenticated();
    if (hasRole(identity, 'burgerprofiel')) {
      if (gevraagd === null) throw badUserInput(`Geef het INSZ van de burger wiens zaken je vraagt ('insz').`, { field: 'insz' });
      return geldigInsz(gevraagd, 'insz');
    }
    const eigen = this.toegang.ownInsz();
    const genoemd = gevraagd === null ? null : eigen === null ? normalizeInsz(gevraagd) : geldigInsz(gevraagd, 'insz');
    if (eigen !== null && (genoemd === null || genoemd === eigen)) return eigen;
    // Someone else's cases (or a role without cases): refused, and audited when it names a citizen.
    if (genoemd !== null) await this.weigering(genoemd);
    throw forbidden();
  }

  private async weigering(insz: string): Promise<void> {
    const [burger] = await this.repos.burgers.findByInszs([insz]);
    this.audit.record({ actie: 'WEIGERING', objectType: 'LopendeZaken', objectId: burger?.id ?? 'onbekende burger' });
  }

  private zaak(row: DossierRow): LopendeZaakModel {
    const actie = burgerActie(row.fase, row.status);
    const [contactSub, contactrol] =
      row.renovatiebegeleiderSub !== null
        ? [row.renovatiebegeleiderSub, 'RENOVATIEBEGELEIDER' as const]
        : row.spocSub !== null
          ? [row.spocSub, 'SPOC' as const]
          : [null, null];
    return {
      id: row.id,
      referentie: row.referentie,
      titel: row.titel,
      status: row.status,
      fase: row.fase,
      faseNaam: FASE_NAMEN[row.fase],
      geopendOp: row.geopendOp,
      laatsteWijziging: row.laatsteWijziging,
      afgeslotenOp: row.afgeslotenOp,
      actieNodig: actie !== null,
      actie,
      contactSub,
      contactrol,
      link: zaakLink(this.opties.deeplinkBase, row.id),
    };
  }
}
