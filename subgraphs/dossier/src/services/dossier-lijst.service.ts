import { badUserInput, forbidden, hasRole } from '@hub/shared';
import { DOSSIER_FASEN, DOSSIER_STATUSSEN, type DossierFase, type DossierStatus } from '../domain.js';
import { toDossier } from '../mappers.js';
import type { LijstFilter, Repositories } from '../repositories/index.js';
import type { DossierPage, DossierService } from './dossier.service.js';
import { keuze, medewerker, postcode } from './invoer.js';
import { decodeCursor, encodeCursor, pageSize } from './paginering.js';
import type { Toegang } from './toegang.js';
import { dagInBelgie } from './traject-invoer.js';
import type { AuditLike } from './traject-wijziging.js';

/** The filters of `Query.dossiers` as the client sends them. */
export interface DossierFilterInvoer {
  fase?: readonly DossierFase[] | null;
  status?: readonly DossierStatus[] | null;
  toegewezenAan?: string | null;
  spoc?: string | null;
  renovatiebegeleider?: string | null;
  postcode?: readonly string[] | null;
  achterstallig?: boolean | null;
}

/** At least this many characters to search with (fewer would match half the city). */
export const MIN_ZOEK = 2;
const MAX_ZOEK = 100;

/**
 * The back-office list: the dossiers the caller may see (Toegang), filtered and searched, last changed
 * first, with keyset cursors and the total count of the filtered list. Search works on personal data
 * (names, addresses) and is only for those who see whole dossiers; the postcode filter not for partners.
 */
export class DossierLijstService {
  constructor(
    private readonly toegang: Toegang,
    private readonly repos: Repositories,
    private readonly clock: () => Date,
    private readonly audit: AuditLike,
    private readonly dossiers: Pick<DossierService, 'vernieuw'>,
  ) {}

  async page(args: { first?: number | null; after?: string | null; filter?: DossierFilterInvoer | null; zoek?: string | null }): Promise<DossierPage> {
    const scope = this.toegang.dossierScope();
    const first = pageSize(args.first);
    const after = args.after == null ? undefined : decodeCursor(args.after);
    const filter = this.filter(args.filter ?? {}, args.zoek ?? null);
    const [rows, totalCount] = await Promise.all([
      this.repos.dossierLijst.findPage(scope, filter, first + 1, after),
      this.repos.dossierLijst.count(scope, filter),
    ]);
    const pageRows = rows.slice(0, first);
    for (const row of pageRows) {
      // The request's later reads of these dossiers come from the loader; each listed dossier is a read.
      this.dossiers.vernieuw(row);
      this.audit.record({ actie: 'LEZEN', objectType: 'Dossier', objectId: row.id, dossierId: row.id });
    }
    const edges = pageRows.map((row) => ({ cursor: encodeCursor(row), node: toDossier(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  /** Checks and normalises the filters (BAD_USER_INPUT naming the field) before any SQL runs. */
  private filter(input: DossierFilterInvoer, zoek: string | null): LijstFilter {
    const out: LijstFilter = {};
    const lijst = <T>(values: readonly T[] | null | undefined, field: string, check: (v: T, f: string) => T): T[] | undefined => {
      if (values == null) return undefined;
      if (values.length === 0) throw badUserInput(`'${field}' is leeg: laat de filter weg of geef minstens één waarde.`, { field });
      return [...new Set(values.map((v) => check(v, field)))];
    };
    out.fasen = lijst(input.fase, 'filter.fase', (v, f) => keuze(DOSSIER_FASEN, v, f));
    out.statussen = lijst(input.status, 'filter.status', (v, f) => keuze(DOSSIER_STATUSSEN, v, f));
    if (input.toegewezenAan != null) out.toegewezenAan = medewerker(input.toegewezenAan, 'filter.toegewezenAan');
    if (input.spoc != null) out.spoc = medewerker(input.spoc, 'filter.spoc');
    if (input.renovatiebegeleider != null) out.renovatiebegeleider = medewerker(input.renovatiebegeleider, 'filter.renovatiebegeleider');
    out.postcodes = lijst(input.postcode, 'filter.postcode', postcode);
    if (input.achterstallig != null) out.achterstallig = { waarde: input.achterstallig, vandaag: dagInBelgie(this.clock()) };
    if (zoek !== null) {
      const term = zoek.trim().replace(/\s+/g, ' ');
      if (term.length < MIN_ZOEK || term.length > MAX_ZOEK) {
        throw badUserInput(`'zoek' moet ${MIN_ZOEK} tot ${MAX_ZOEK} tekens lang zijn.`, { field: 'zoek' });
      }
      out.zoek = { prefix: term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`), referentie: term.toUpperCase() };
    }
    if (out.zoek && this.zietGeenHeleDossiers()) {
      throw forbidden('Zoeken op naam of adres is enkel voor wie hele dossiers ziet (SPOC, energieconsulent, renovatiebegeleider, burger).');
    }
    if (out.postcodes && this.zietGeenHeleDossiers() && !hasRole(this.toegang.identity, 'stadsdienst')) {
      throw forbidden('Filteren op postcode is niet beschikbaar voor partners.');
    }
    for (const key of Object.keys(out) as Array<keyof LijstFilter>) if (out[key] === undefined) delete out[key];
    return out;
  }

  /**
   * A caller who sees dossiers only in part: a partner (consented parts) or a city service (no personal
   * data), and not also as staff, coach or citizen. Names and addresses of citizens are not theirs to search.
   */
  private zietGeenHeleDossiers(): boolean {
    const t = this.toegang;
    return !t.isBackoffice() && t.begeleiderSub() === null && t.ownInsz() === null;
  }
}
