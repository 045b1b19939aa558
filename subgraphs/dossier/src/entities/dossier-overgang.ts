import { EntitySchema } from 'typeorm';
import type { DossierFase, DossierStatus } from '../domain.js';

/** A row of `dossier_overgang`: a phase or status change of a dossier (or its opening: no `van`). */
export interface DossierOvergangRow {
  id: string;
  dossierId: string;
  /** The dossier's version after the change. */
  versie: number;
  vanFase: DossierFase | null;
  naarFase: DossierFase;
  vanStatus: DossierStatus | null;
  naarStatus: DossierStatus;
  reden: string | null;
  doorSub: string;
  op: Date;
  /**
   * For a change that leaves a phase (`vanFase` set): since when the dossier was in that phase, i.e. the
   * moment of the change before this one. Null for the opening, and when the history before is unknown.
   * `op - vanFaseSinds` is the time spent in `vanFase` (the lead times of the statistics).
   */
  vanFaseSinds: Date | null;
  /** The dossier's postcode: kept by the database (triggers of migration 1796400000000) for the statistics; never read or written here. */
  postcode?: string | null;
}

export const DossierOvergangEntity = new EntitySchema<DossierOvergangRow>({
  name: 'DossierOvergang',
  tableName: 'dossier_overgang',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    versie: { type: 'integer' },
    vanFase: { name: 'van_fase', type: 'varchar', length: 30, nullable: true },
    naarFase: { name: 'naar_fase', type: 'varchar', length: 30 },
    vanStatus: { name: 'van_status', type: 'varchar', length: 20, nullable: true },
    naarStatus: { name: 'naar_status', type: 'varchar', length: 20 },
    reden: { type: 'varchar', length: 1000, nullable: true },
    doorSub: { name: 'door_sub', type: 'varchar', length: 200 },
    op: { type: 'timestamptz', precision: 3 },
    vanFaseSinds: { name: 'van_fase_sinds', type: 'timestamptz', precision: 3, nullable: true },
    postcode: { type: 'varchar', length: 4, nullable: true, select: false, insert: false, update: false },
  },
});
