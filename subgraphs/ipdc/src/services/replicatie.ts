import { randomUUID } from 'node:crypto';
import { HubError, UpstreamError, type Logger } from '@hub/shared';
import type { DataSource } from 'typeorm';
import { badResponse, type IpdcClient, type SnapshotPage } from '../clients/ipdc-client.js';
import { nieuwstePerProduct } from '../domain/snapshots.js';
import { INSTANTIE_FEED } from '../entities/replicatie.js';
import { productRecord } from '../repositories/product-record.js';
import { ProductRepository } from '../repositories/product-repository.js';
import { ReplicatieRepository, type ReplicatieFout } from '../repositories/replicatie-repository.js';
import { unrefTimer, type Timer } from './timer.js';

export const DEFAULT_SYNC_INTERVAL_MS = 15 * 60 * 1000;
export const DEFAULT_RETRY_MS = 60 * 1000;
export const DEFAULT_CLAIM_MS = 5 * 60 * 1000;

export interface IpdcSyncOptions {
  /** The ipdc database (see openIpdcDatabase). */
  dataSource: DataSource;
  ipdc: Pick<IpdcClient, 'readSnapshotPage'>;
  logger: Logger;
  /** Time between two scheduled syncs (default 15 minutes). */
  intervalMs?: number;
  /** After a failed sync the next one comes after min(intervalMs, retryMs) (default 1 minute). */
  retryMs?: number;
  /**
   * How long a claim on the feed holds without progress (default 5 minutes); every committed page
   * extends it. Of several replicas only the holder syncs; a crashed holder is taken over when its claim expires.
   */
  claimMs?: number;
  /** Schedules the syncs (default: an unref'ed setTimeout). */
  timer?: Timer;
  now?: () => Date;
}

/** How a sync ended. ELDERS_BEZIG: another sync (another replica) holds the feed, or took it over. */
export type SyncUitkomst = 'VOLTOOID' | 'ONDERBROKEN' | 'MISLUKT' | 'ELDERS_BEZIG';

export interface SyncResultaat {
  uitkomst: SyncUitkomst;
  /** The feed pages read and committed, in order. */
  paginas: number[];
  /** Snapshots on those pages. */
  snapshots: number;
  /** Products written (new, newer or archived); 0 when the feed had nothing new. */
  gewijzigd: number;
  fout?: ReplicatieFout;
}

/** The replication of the IPDC instance feed into the replica, now or on a schedule. */
export interface IpdcSync {
  /** Runs a sync, or joins the one that is running: one sync at a time. Never rejects; the result tells. */
  syncNow(): Promise<SyncResultaat>;
  /**
   * Syncs on the schedule: at once when no sync completed in this process yet, else after the
   * interval; then every interval after the previous one ends (sooner after a failure).
   */
  start(): void;
  /** Stops the schedule and lets a running sync stop after the page it is on; resolves when it has. */
  stop(): Promise<void>;
  /** Whether a sync completed in this process. */
  readonly voltooid: boolean;
}

/** Thrown inside a page's transaction when the claim was lost: the page is rolled back. */
class ClaimKwijt extends Error {}

/**
 * Follows the IPDC instance snapshot feed (LDES) from the checkpoint, page by page. Per page, in one
 * transaction: the newest snapshot per product is written when it is newer than the replica's
 * (generatedAtTime, then the position in the feed), and the checkpoint moves past the page. A sync that
 * stops (a failure, a crash, a stop) resumes at the first page it did not commit. The last page of the
 * feed can still grow, so the checkpoint stays on it and the next sync reads it again; what it already
 * holds changes nothing.
 */
export function createIpdcSync(options: IpdcSyncOptions): IpdcSync {
  const { dataSource, ipdc, logger } = options;
  const producten = new ProductRepository(dataSource);
  const checkpoints = new ReplicatieRepository(dataSource);
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS;
  const retryMs = Math.min(intervalMs, options.retryMs ?? DEFAULT_RETRY_MS);
  const claimMs = options.claimMs ?? DEFAULT_CLAIM_MS;
  const timer = options.timer ?? unrefTimer;
  const processId = randomUUID();
  const claimUntil = () => new Date(now().getTime() + claimMs);

  let runs = 0;
  let voltooid = false;
  let running: Promise<SyncResultaat> | undefined;
  let stopRequested = false;
  let scheduled = false;
  let cancelTimer: (() => void) | undefined;

  async function commit(eigenaar: string, page: SnapshotPage, volgende: number): Promise<number> {
    const newest = nieuwstePerProduct(page.snapshots);
    const records = newest.map(({ snapshot, positie }) => productRecord(snapshot, page.pageNumber, positie));
    const nieuwste = page.snapshots.reduce<string | undefined>(
      (max, s) => (max === undefined || Date.parse(s.generatedAtTime) > Date.parse(max) ? s.generatedAtTime : max),
      undefined,
    );
    return dataSource.transaction(async (manager) => {
      const written = await producten.bewaarNieuwere(manager, records, now());
      const advanced = await checkpoints.verder(
        manager,
        INSTANTIE_FEED,
        eigenaar,
        { pagina: page.pageNumber, volgende, snapshots: page.snapshots.length, gewijzigd: written.length, ...(nieuwste ? { nieuwste } : {}) },
        claimUntil(),
      );
      if (!advanced) throw new ClaimKwijt();
      return written.length;
    });
  }

  async function run(): Promise<SyncResultaat> {
    const result: SyncResultaat = { uitkomst: 'VOLTOOID', paginas: [], snapshots: 0, gewijzigd: 0 };
    if (stopRequested) return { ...result, uitkomst: 'ONDERBROKEN' };
    runs += 1;
    const eigenaar = `${processId}/${runs}`;
    let start: number | undefined;
    try {
      start = await checkpoints.claim(INSTANTIE_FEED, eigenaar, now(), claimUntil());
    } catch (err) {
      logger.error({ err }, 'IPDC replica: could not claim the feed');
      return { ...result, uitkomst: 'MISLUKT', fout: toFout(err) };
    }
    if (start === undefined) {
      logger.info('IPDC replica: another sync holds the feed; skipped');
      return { ...result, uitkomst: 'ELDERS_BEZIG' };
    }
    let pagina = start;
    try {
      for (;;) {
        if (stopRequested) {
          await checkpoints.afsluiten(INSTANTIE_FEED, eigenaar, 'ONDERBROKEN', now());
          logger.info({ ...result, volgendePagina: pagina }, 'IPDC replica: sync stopped; the next one resumes here');
          return { ...result, uitkomst: 'ONDERBROKEN' };
        }
        const page = await ipdc.readSnapshotPage(pagina);
        const volgende = nextPage(page);
        result.gewijzigd += await commit(eigenaar, page, volgende ?? pagina);
        result.paginas.push(pagina);
        result.snapshots += page.snapshots.length;
        if (volgende === undefined) break;
        pagina = volgende;
      }
      await checkpoints.afsluiten(INSTANTIE_FEED, eigenaar, 'VOLTOOID', now());
      voltooid = true;
      logger.info({ paginas: result.paginas.length, snapshots: result.snapshots, gewijzigd: result.gewijzigd }, 'IPDC replica synced');
      return result;
    } catch (err) {
      if (err instanceof ClaimKwijt) {
        logger.warn({ pagina }, 'IPDC replica: another sync took the feed over; this one stops without keeping the page');
        return { ...result, uitkomst: 'ELDERS_BEZIG' };
      }
      const fout = toFout(err);
      logger.warn({ err, pagina }, 'IPDC replica: sync failed; the next one resumes at this page');
      await checkpoints.afsluiten(INSTANTIE_FEED, eigenaar, 'MISLUKT', now(), fout).catch((e: unknown) => logger.error({ err: e }, 'IPDC replica: could not record the failure'));
      return { ...result, uitkomst: 'MISLUKT', fout };
    }
  }

  function syncNow(): Promise<SyncResultaat> {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  }

  function plan(ms: number): void {
    cancelTimer = timer.schedule(() => {
      cancelTimer = undefined;
      void syncNow().then((r) => {
        if (scheduled) plan(r.uitkomst === 'MISLUKT' ? retryMs : intervalMs);
      });
    }, ms);
  }

  return {
    syncNow,
    start() {
      if (scheduled) return;
      scheduled = true;
      plan(voltooid ? intervalMs : 0);
    },
    async stop() {
      scheduled = false;
      cancelTimer?.();
      cancelTimer = undefined;
      stopRequested = true;
      try {
        await running;
      } finally {
        stopRequested = false;
      }
    },
    get voltooid() {
      return voltooid;
    },
  };
}

/**
 * The page the feed continues on: the nearest next-page relation. A relation back to this page or an
 * earlier one is a broken feed (following it would never end).
 */
function nextPage(page: SnapshotPage): number | undefined {
  const back = page.next.find((n) => n <= page.pageNumber);
  if (back !== undefined) throw badResponse(`feed page ${page.pageNumber} has a next-page relation to page ${back}`);
  return page.next.length ? Math.min(...page.next) : undefined;
}

/** What the checkpoint keeps of a failure: the stable code, the source and the public message. */
function toFout(err: unknown): ReplicatieFout {
  if (err instanceof UpstreamError) return { code: err.code, bron: err.upstream, bericht: err.message };
  if (err instanceof HubError) return { code: err.code, bron: null, bericht: err.message };
  return { code: 'INTERNAL_SERVER_ERROR', bron: null, bericht: 'Onverwachte fout bij het bijwerken van de kopie van de catalogus; zie de logs.' };
}
