import { EntitySchema } from 'typeorm';
import type { MaatregelStatus, Werkcategorie } from '../domain.js';

/**
 * A row of `maatregel`: a planned renovation measure of a dossier. The numeric columns come back from
 * PostgreSQL and PGlite as strings (exact decimals); the mappers turn them into numbers.
 */
export interface MaatregelRow {
  id: string;
  dossierId: string;
  categorie: Werkcategorie;
  omschrijving: string;
  status: MaatregelStatus;
  oppervlakteM2: string | null;
  bedragExclBtw: string | null;
  /** Position in the dossier's list of measures (1, 2, ...). */
  volgorde: number;
  aangemaaktOp: Date;
  gewijzigdOp: Date;
}

export const MaatregelEntity = new EntitySchema<MaatregelRow>({
  name: 'Maatregel',
  tableName: 'maatregel',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    categorie: { type: 'varchar', length: 40 },
    omschrijving: { type: 'varchar', length: 500 },
    status: { type: 'varchar', length: 20 },
    oppervlakteM2: { name: 'oppervlakte_m2', type: 'numeric', precision: 10, scale: 2, nullable: true },
    bedragExclBtw: { name: 'bedrag_excl_btw', type: 'numeric', precision: 12, scale: 2, nullable: true },
    volgorde: { type: 'integer' },
    aangemaaktOp: { name: 'aangemaakt_op', type: 'timestamptz', precision: 3 },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz', precision: 3 },
  },
});
