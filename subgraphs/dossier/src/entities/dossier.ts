import { EntitySchema } from 'typeorm';
import type { DossierFase, DossierStatus } from '../domain.js';

/** A row of `dossier`: one guidance trajectory of one citizen for one home. */
export interface DossierRow {
  id: string;
  referentie: string;
  titel: string;
  fase: DossierFase;
  status: DossierStatus;
  burgerId: string;
  adresId: string;
  /** `sub` of the SPOC who follows the dossier up. */
  spocSub: string | null;
  /** `sub` of the renovation coach the dossier is assigned to. */
  renovatiebegeleiderSub: string | null;
  geopendOp: Date;
  laatsteWijziging: Date;
  /** Optimistic locking: raised by every update; an update names the version it started from. */
  version: number;
}

export const DossierEntity = new EntitySchema<DossierRow>({
  name: 'Dossier',
  tableName: 'dossier',
  columns: {
    id: { type: 'uuid', primary: true },
    referentie: { type: 'varchar', length: 20 },
    titel: { type: 'varchar', length: 200 },
    fase: { type: 'varchar', length: 30 },
    status: { type: 'varchar', length: 20 },
    burgerId: { name: 'burger_id', type: 'uuid' },
    adresId: { name: 'adres_id', type: 'varchar', length: 32 },
    spocSub: { name: 'spoc_sub', type: 'varchar', length: 200, nullable: true },
    renovatiebegeleiderSub: { name: 'renovatiebegeleider_sub', type: 'varchar', length: 200, nullable: true },
    geopendOp: { name: 'geopend_op', type: 'timestamptz', precision: 3 },
    laatsteWijziging: { name: 'laatste_wijziging', type: 'timestamptz', precision: 3 },
    version: { type: 'integer', version: true },
  },
});
