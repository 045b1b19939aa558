import { requireRole, type Identity, type Rol } from '@hub/shared';
import { INSTANTIE_FEED, type ReplicatieStatus } from '../entities/replicatie.js';
import type { ProductRepository } from '../repositories/product-repository.js';
import type { ReplicatieRepository } from '../repositories/replicatie-repository.js';

/** The city's staff: they may see how the replica is doing. */
export const MEDEWERKERS: readonly Rol[] = ['spoc', 'energieconsulent', 'renovatiebegeleider', 'stadsdienst', 'analist'];

/** The schema's `IpdcReplicatie`. */
export interface IpdcReplicatie {
  status: ReplicatieStatus;
  laatsteSync: string | null;
  laatstePoging: string | null;
  aantalProducten: number;
  aantalGearchiveerd: number;
  laatsteWijzigingInIpdc: string | null;
  feedPagina: number;
  paginasGelezen: number;
  versiesGelezen: number;
  productenGewijzigd: number;
  laatsteFout: { code: string; bron: string | null; bericht: string; op: string } | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The state of the replication, for staff. */
export class ReplicatieStatusService {
  constructor(
    private readonly checkpoints: ReplicatieRepository,
    private readonly producten: ProductRepository,
    private readonly now: () => Date,
  ) {}

  async toestand(identity: Identity): Promise<IpdcReplicatie> {
    requireRole(identity, ...MEDEWERKERS);
    const [r, tellingen] = await Promise.all([this.checkpoints.lees(INSTANTIE_FEED), this.producten.tellingen()]);
    // A sync whose claim expired died without saying so (a crash): it no longer runs.
    const status = r.status === 'BEZIG' && r.claimTot !== null && r.claimTot < this.now() ? 'ONDERBROKEN' : r.status;
    return {
      status,
      laatsteSync: iso(r.voltooidOp),
      laatstePoging: iso(r.gestartOp),
      aantalProducten: tellingen.actueel,
      aantalGearchiveerd: tellingen.gearchiveerd,
      laatsteWijzigingInIpdc: iso(r.laatsteGeneratedAt),
      feedPagina: r.pagina,
      paginasGelezen: r.paginasGelezen,
      versiesGelezen: r.snapshotsGelezen,
      productenGewijzigd: r.productenGewijzigd,
      laatsteFout:
        r.foutCode && r.foutBericht && r.foutOp ? { code: r.foutCode, bron: r.foutBron, bericht: r.foutBericht, op: r.foutOp.toISOString() } : null,
    };
  }
}
