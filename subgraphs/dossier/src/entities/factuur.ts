import { EntitySchema } from 'typeorm';

/** A row of `factuur`: a contractor's invoice for (part of) a measure. Amounts NUMERIC strings, dates 'YYYY-MM-DD'. */
export interface FactuurRow {
  id: string;
  dossierId: string;
  maatregelId: string;
  /** The contractor's invoice number (unique per contractor). */
  nummer: string;
  datum: string;
  aannemerNaam: string;
  aannemerKbo: string;
  bedragExclBtw: string;
  /** The VAT amount as it is on the invoice. */
  btwBedrag: string;
  betaaldOp: string | null;
  toegevoegdDoor: string;
  aangemaaktOp: Date;
  gewijzigdOp: Date;
}

export const FactuurEntity = new EntitySchema<FactuurRow>({
  name: 'Factuur',
  tableName: 'factuur',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    maatregelId: { name: 'maatregel_id', type: 'uuid' },
    nummer: { type: 'varchar', length: 50 },
    datum: { type: 'date' },
    aannemerNaam: { name: 'aannemer_naam', type: 'varchar', length: 200 },
    aannemerKbo: { name: 'aannemer_kbo', type: 'varchar', length: 10 },
    bedragExclBtw: { name: 'bedrag_excl_btw', type: 'numeric', precision: 12, scale: 2 },
    btwBedrag: { name: 'btw_bedrag', type: 'numeric', precision: 12, scale: 2 },
    betaaldOp: { name: 'betaald_op', type: 'date', nullable: true },
    toegevoegdDoor: { name: 'toegevoegd_door', type: 'varchar', length: 200 },
    aangemaaktOp: { name: 'aangemaakt_op', type: 'timestamptz', precision: 3 },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz', precision: 3 },
  },
});
