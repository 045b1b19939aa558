import { EntitySchema } from 'typeorm';
import type { PartnerOrganisatie } from '../domain.js';

/** A row of `partner_toewijzing`: a partner organisation works on a dossier, from `toegewezenOp` until `beeindigdOp`. */
export interface PartnerToewijzingRow {
  id: string;
  dossierId: string;
  partner: PartnerOrganisatie;
  toegewezenOp: Date;
  toegewezenDoor: string;
  beeindigdOp: Date | null;
  beeindigdDoor: string | null;
}

export const PartnerToewijzingEntity = new EntitySchema<PartnerToewijzingRow>({
  name: 'PartnerToewijzing',
  tableName: 'partner_toewijzing',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    partner: { type: 'varchar', length: 30 },
    toegewezenOp: { name: 'toegewezen_op', type: 'timestamptz', precision: 3 },
    toegewezenDoor: { name: 'toegewezen_door', type: 'varchar', length: 200 },
    beeindigdOp: { name: 'beeindigd_op', type: 'timestamptz', precision: 3, nullable: true },
    beeindigdDoor: { name: 'beeindigd_door', type: 'varchar', length: 200, nullable: true },
  },
});
