import { EntitySchema } from 'typeorm';
import type { MaatregelStatus, MaatregelUitvoering, Werkcategorie } from '../domain.js';

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
  /** How it is executed where the premie depends on it (a heat-pump type, a wall-insulation method); absent = null. */
  uitvoering?: MaatregelUitvoering | null;
  oppervlakteM2: string | null;
  bedragExclBtw: string | null;
  /** Position in the dossier's list of measures (1, 2, ...). */
  volgorde: number;
  /** When the measure became UITGEVOERD (set by that status change, never otherwise); null before. */
  uitgevoerdOp: Date | null;
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
    uitvoering: { type: 'varchar', length: 40, nullable: true },
    oppervlakteM2: { name: 'oppervlakte_m2', type: 'numeric', precision: 10, scale: 2, nullable: true },
    bedragExclBtw: { name: 'bedrag_excl_btw', type: 'numeric', precision: 12, scale: 2, nullable: true },
    volgorde: { type: 'integer' },
    uitgevoerdOp: { name: 'uitgevoerd_op', type: 'timestamptz', precision: 3, nullable: true },
    aangemaaktOp: { name: 'aangemaakt_op', type: 'timestamptz', precision: 3 },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz', precision: 3 },
  },
});
