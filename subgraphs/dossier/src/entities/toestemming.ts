import { EntitySchema } from 'typeorm';
import type { Gegevenssoort, PartnerOrganisatie, ToestemmingWijze } from '../domain.js';

/**
 * A row of `toestemming`: the citizen shares one kind of data of one dossier with one partner, from
 * `gegevenOp` until it is withdrawn (`ingetrokkenOp`). Rows are never deleted: a new grant after a
 * withdrawal is a new row, so the table is the full history.
 */
export interface ToestemmingRow {
  id: string;
  dossierId: string;
  partner: PartnerOrganisatie;
  soort: Gegevenssoort;
  gegevenOp: Date;
  /** The `sub` of the staff member who recorded it on the citizen's behalf; null when the citizen gave it. */
  gegevenDoor: string | null;
  gegevenWijze: ToestemmingWijze;
  ingetrokkenOp: Date | null;
  /** As `gegevenDoor`, for the withdrawal. */
  ingetrokkenDoor: string | null;
  ingetrokkenWijze: ToestemmingWijze | null;
}

export const ToestemmingEntity = new EntitySchema<ToestemmingRow>({
  name: 'Toestemming',
  tableName: 'toestemming',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    partner: { type: 'varchar', length: 30 },
    soort: { type: 'varchar', length: 30 },
    gegevenOp: { name: 'gegeven_op', type: 'timestamptz', precision: 3 },
    gegevenDoor: { name: 'gegeven_door', type: 'varchar', length: 200, nullable: true },
    gegevenWijze: { name: 'gegeven_wijze', type: 'varchar', length: 20 },
    ingetrokkenOp: { name: 'ingetrokken_op', type: 'timestamptz', precision: 3, nullable: true },
    ingetrokkenDoor: { name: 'ingetrokken_door', type: 'varchar', length: 200, nullable: true },
    ingetrokkenWijze: { name: 'ingetrokken_wijze', type: 'varchar', length: 20, nullable: true },
  },
});
