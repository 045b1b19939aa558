import { INSTANTIE_FEED } from '../entities/replicatie.js';
import type { ReplicatieRepository } from '../repositories/replicatie-repository.js';

/**
 * Whether the replica can serve the catalogue: it held products when the server started (from an
 * earlier run, complete or not), or a sync has completed since (in this process or, per the checkpoint,
 * in another replica). A first sync that is still running does not count: until it completes the
 * catalogue would be partial. Once the replica can serve it stays so, and the answer is kept.
 */
export class ReplicaGereedheid {
  private constructor(
    private readonly checkpoints: ReplicatieRepository,
    private readonly sync: { readonly voltooid: boolean },
    private gevuld: boolean,
  ) {}

  /** Looks at the replica as it is now, before this process syncs. */
  static async bijStart(checkpoints: ReplicatieRepository, sync: { readonly voltooid: boolean }): Promise<ReplicaGereedheid> {
    const stand = await checkpoints.stand(INSTANTIE_FEED);
    return new ReplicaGereedheid(checkpoints, sync, sync.voltooid || stand.ooitVoltooid || stand.heeftProducten);
  }

  async isGevuld(): Promise<boolean> {
    if (!this.gevuld) this.gevuld = this.sync.voltooid || (await this.checkpoints.stand(INSTANTIE_FEED)).ooitVoltooid;
    return this.gevuld;
  }
}
