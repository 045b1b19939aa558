import type { DataSource, EntityManager, Repository } from 'typeorm';
import { ReplicatieEntity, type ReplicatieRecord, type ReplicatieStatus } from '../entities/replicatie.js';

/** A failure as the checkpoint keeps it: what a staff member may see, never a URL or a stack. */
export interface ReplicatieFout {
  code: string;
  bron: string | null;
  bericht: string;
}

/** The counts of one page, added to the run's counts when the page is committed. */
export interface PaginaVoortgang {
  /** The page that was read (the checkpoint must still point at it). */
  pagina: number;
  /** Where the next sync starts: the next page, or this one again when it is the last. */
  volgende: number;
  snapshots: number;
  gewijzigd: number;
  /** The newest generatedAtTime on the page (ISO-8601), if it had snapshots. */
  nieuwste?: string;
}

/**
 * The checkpoint of a feed. A sync claims it (one owner at a time; a claim expires, so a crashed sync
 * is taken over), advances it with every page in the transaction that writes the page's products, and
 * releases it with the outcome.
 */
export class ReplicatieRepository {
  private readonly repo: Repository<ReplicatieRecord>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(ReplicatieEntity);
  }

  async lees(feed: string): Promise<ReplicatieRecord> {
    const record = await this.repo.findOneBy({ feed });
    if (!record) throw new Error(`the replica has no checkpoint for feed ${feed}; are its migrations applied?`);
    return record;
  }

  /**
   * Claims the feed for `eigenaar` until `tot` when nobody holds it or the holder's claim expired;
   * the page to start at, or undefined when another sync holds it.
   */
  async claim(feed: string, eigenaar: string, nu: Date, tot: Date): Promise<number | undefined> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ eigenaar, claimTot: tot, status: 'BEZIG', gestartOp: nu, paginasGelezen: 0, snapshotsGelezen: 0, productenGewijzigd: 0 })
      .where('feed = :feed AND (eigenaar IS NULL OR claim_tot < :nu)', { feed, nu })
      .returning(['pagina'])
      .execute();
    const rows = result.raw as Array<{ pagina: number }>;
    return rows[0]?.pagina;
  }

  /**
   * Moves the checkpoint past a page and extends the claim, in the caller's transaction. False when
   * `eigenaar` no longer holds the claim or the checkpoint moved (then nothing of the page may be kept).
   */
  async verder(manager: EntityManager, feed: string, eigenaar: string, voortgang: PaginaVoortgang, tot: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ReplicatieEntity)
      .set({
        pagina: voortgang.volgende,
        claimTot: tot,
        paginasGelezen: () => 'paginas_gelezen + 1',
        snapshotsGelezen: () => 'snapshots_gelezen + CAST(:snapshots AS integer)',
        productenGewijzigd: () => 'producten_gewijzigd + CAST(:gewijzigd AS integer)',
        ...(voortgang.nieuwste
          ? { laatsteGeneratedAt: () => 'GREATEST(laatste_generated_at, CAST(:nieuwste AS timestamptz))' }
          : {}),
      })
      .where('feed = :feed AND eigenaar = :eigenaar AND pagina = :pagina', { feed, eigenaar, pagina: voortgang.pagina })
      .setParameters({ snapshots: voortgang.snapshots, gewijzigd: voortgang.gewijzigd, nieuwste: voortgang.nieuwste ?? null })
      .execute();
    return result.affected === 1;
  }

  /** Releases the claim with the outcome of the run; a complete run clears the last failure. */
  async afsluiten(feed: string, eigenaar: string, status: Exclude<ReplicatieStatus, 'BEZIG' | 'NIET_GESTART'>, nu: Date, fout?: ReplicatieFout): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({
        status,
        eigenaar: null,
        claimTot: null,
        ...(status === 'VOLTOOID' ? { voltooidOp: nu, foutCode: null, foutBron: null, foutBericht: null, foutOp: null } : {}),
        ...(fout ? { foutCode: fout.code, foutBron: fout.bron, foutBericht: fout.bericht, foutOp: nu } : {}),
      })
      .where('feed = :feed AND eigenaar = :eigenaar', { feed, eigenaar })
      .execute();
  }

  /** Whether a sync of the feed ever completed (in any replica), and whether the replica holds products. */
  async stand(feed: string): Promise<{ ooitVoltooid: boolean; heeftProducten: boolean }> {
    const [row] = (await this.dataSource.query(
      'SELECT voltooid_op IS NOT NULL AS voltooid, EXISTS (SELECT 1 FROM product) AS producten FROM replicatie WHERE feed = $1',
      [feed],
    )) as Array<{ voltooid: boolean; producten: boolean }>;
    return { ooitVoltooid: row?.voltooid === true, heeftProducten: row?.producten === true };
  }
}
