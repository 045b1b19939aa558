import { EntitySchema, type ValueTransformer } from 'typeorm';

/** numeric(12,2) <-> number (node-postgres returns numerics as strings). */
const euro: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** The outcome of the advice for one measure (`PremieStatus`). */
export type AdviesStatus = 'BEREKEND' | 'NIET_IN_AANMERKING' | 'GEGEVENS_ONTBREKEN' | 'REGEL_ONBEKEND';

/**
 * The latest advice for one measure of a dossier as the citizen sees it, recorded for the analysts'
 * statistics. No personal data: ids, the work category, the outcome, the amount and the rule.
 */
export interface PremieAdviesRow {
  dossierId: string;
  maatregelId: string;
  werkcategorie: string;
  status: AdviesStatus;
  /** In euro; 0 when not eligible, null when the advice could not compute one. */
  bedrag: number | null;
  regime: string | null;
  regelId: string | null;
  /** When these figures were recorded (an advice with the same figures leaves the row as it is). */
  vastgelegdOp: Date;
}

export const PremieAdviesEntity = new EntitySchema<PremieAdviesRow>({
  name: 'PremieAdvies',
  tableName: 'premie_advies',
  columns: {
    dossierId: { name: 'dossier_id', type: 'uuid', primary: true },
    maatregelId: { name: 'maatregel_id', type: 'uuid', primary: true },
    werkcategorie: { type: 'text' },
    status: { type: 'text' },
    bedrag: { type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: euro },
    regime: { type: 'text', nullable: true },
    regelId: { name: 'regel_id', type: 'text', nullable: true },
    vastgelegdOp: { name: 'vastgelegd_op', type: 'timestamptz' },
  },
});
