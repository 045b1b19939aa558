import { EntitySchema } from 'typeorm';

/** The states of the replication, as the schema's `ReplicatieStatus`. */
export const REPLICATIE_STATUSSEN = ['NIET_GESTART', 'BEZIG', 'VOLTOOID', 'ONDERBROKEN', 'MISLUKT'] as const;
export type ReplicatieStatus = (typeof REPLICATIE_STATUSSEN)[number];

/** The one feed the replica follows. */
export const INSTANTIE_FEED = 'instantiesnapshot';

/**
 * The checkpoint of the replication of one feed: where the next sync starts, how the current or last
 * one went, and who is running it (a claim that expires, so that of several replicas of the subgraph
 * only one syncs at a time, and a crashed sync is taken over).
 */
export interface ReplicatieRecord {
  feed: string;
  /** The page the next sync reads first: the page after the last one committed, or the last page of the feed (it can still grow). */
  pagina: number;
  status: ReplicatieStatus;
  /** The newest generatedAtTime replicated so far. */
  laatsteGeneratedAt: Date | null;
  /** When the current or last sync started, and when the last complete one ended. */
  gestartOp: Date | null;
  voltooidOp: Date | null;
  /** Counts of the current or last sync. */
  paginasGelezen: number;
  snapshotsGelezen: number;
  productenGewijzigd: number;
  /** The last failure (its stable code, source and public message); cleared by a complete sync. */
  foutCode: string | null;
  foutBron: string | null;
  foutBericht: string | null;
  foutOp: Date | null;
  /** The sync holding the claim, and until when. */
  eigenaar: string | null;
  claimTot: Date | null;
}

export const ReplicatieEntity = new EntitySchema<ReplicatieRecord>({
  name: 'Replicatie',
  tableName: 'replicatie',
  columns: {
    feed: { type: 'text', primary: true },
    pagina: { type: 'integer' },
    status: { type: 'text' },
    laatsteGeneratedAt: { name: 'laatste_generated_at', type: 'timestamptz', nullable: true },
    gestartOp: { name: 'gestart_op', type: 'timestamptz', nullable: true },
    voltooidOp: { name: 'voltooid_op', type: 'timestamptz', nullable: true },
    paginasGelezen: { name: 'paginas_gelezen', type: 'integer' },
    snapshotsGelezen: { name: 'snapshots_gelezen', type: 'integer' },
    productenGewijzigd: { name: 'producten_gewijzigd', type: 'integer' },
    foutCode: { name: 'fout_code', type: 'text', nullable: true },
    foutBron: { name: 'fout_bron', type: 'text', nullable: true },
    foutBericht: { name: 'fout_bericht', type: 'text', nullable: true },
    foutOp: { name: 'fout_op', type: 'timestamptz', nullable: true },
    eigenaar: { type: 'text', nullable: true },
    claimTot: { name: 'claim_tot', type: 'timestamptz', nullable: true },
  },
});
