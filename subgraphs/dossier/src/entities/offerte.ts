import { EntitySchema } from 'typeorm';
import type { OfferteStatus } from '../domain.js';

/**
 * A row of `offerte`: a contractor's quote for a planned measure. Amounts are NUMERIC strings; dates
 * (`datum`, `geldigTot`) are 'YYYY-MM-DD' strings (calendar days, no time zone).
 */
export interface OfferteRow {
  id: string;
  dossierId: string;
  maatregelId: string;
  aannemerNaam: string;
  /** The contractor's enterprise number (KBO), 10 digits without separators. */
  aannemerKbo: string;
  status: OfferteStatus;
  bedragExclBtw: string | null;
  /** VAT rate in percent (0, 6, 12 or 21). */
  btwTarief: string | null;
  datum: string | null;
  geldigTot: string | null;
  /** `sub` of who added the quote. */
  toegevoegdDoor: string;
  aangemaaktOp: Date;
  gewijzigdOp: Date;
}

export const OfferteEntity = new EntitySchema<OfferteRow>({
  name: 'Offerte',
  tableName: 'offerte',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    maatregelId: { name: 'maatregel_id', type: 'uuid' },
    aannemerNaam: { name: 'aannemer_naam', type: 'varchar', length: 200 },
    aannemerKbo: { name: 'aannemer_kbo', type: 'varchar', length: 10 },
    status: { type: 'varchar', length: 20 },
    bedragExclBtw: { name: 'bedrag_excl_btw', type: 'numeric', precision: 12, scale: 2, nullable: true },
    btwTarief: { name: 'btw_tarief', type: 'numeric', precision: 4, scale: 2, nullable: true },
    datum: { type: 'date', nullable: true },
    geldigTot: { name: 'geldig_tot', type: 'date', nullable: true },
    toegevoegdDoor: { name: 'toegevoegd_door', type: 'varchar', length: 200 },
    aangemaaktOp: { name: 'aangemaakt_op', type: 'timestamptz', precision: 3 },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz', precision: 3 },
  },
});
