import { notFound } from '@hub/shared';
import type { AuditCollector } from '../audit/collector.js';
import type { AuditLogRow } from '../audit/audit-log.entity.js';
import type { Loaders } from '../loaders.js';
import type { Repositories } from '../repositories/index.js';
import { requireId } from './ids.js';
import { decodeKeyset, encodeKeyset } from './keyset-cursor.js';
import { pageSize } from './paginering.js';
import type { Toegang } from './toegang.js';
import { gecontroleerd } from './weigering.js';

export interface AuditPage {
  edges: Array<{ cursor: string; node: AuditLogRow }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const TRAIL_CURSOR = 'audit1';

/** The audit trail of a dossier, for the back office (SPOC, energieconsulent). Reading it is audited too. */
export class AuditTrailService {
  constructor(
    private readonly toegang: Toegang,
    private readonly loaders: Loaders,
    private readonly repos: Repositories,
    private readonly audit: AuditCollector,
  ) {}

  async trail(args: { dossierId: string; first?: number | null; after?: string | null }): Promise<AuditPage> {
    const gevraagd = { objectType: 'AuditTrail', objectId: args.dossierId };
    gecontroleerd(this.audit, gevraagd, () => this.toegang.requireBackoffice());
    requireId(args.dossierId, 'dossier');
    const first = pageSize(args.first);
    const after = args.after == null ? undefined : decodeKeyset(TRAIL_CURSOR, args.after);
    if (!(await this.loaders.dossierById.load(args.dossierId))) throw notFound('Dossier');
    const [rows, totalCount] = await Promise.all([
      this.repos.audit.trailOf(args.dossierId, first + 1, after && { tijdstip: after.at, id: after.id }),
      this.repos.audit.countTrail(args.dossierId),
    ]);
    this.audit.record({ actie: 'LEZEN', objectType: 'AuditTrail', objectId: args.dossierId, dossierId: args.dossierId });
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeKeyset(TRAIL_CURSOR, row.tijdstip, row.id), node: row }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }
}
