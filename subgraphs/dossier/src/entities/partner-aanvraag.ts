import { EntitySchema } from 'typeorm';
import type { PartnerAanvraagSoort, PartnerOrganisatie } from '../domain.js';

/**
 * A row of `partner_aanvraag`: a request sent to a partner (DuBo-advies, guidance, a loan). It is
 * delivered through the outbox message `outboxId`; the partner's deliverable is `resultaat`.
 */
export interface PartnerAanvraagRow {
  id: string;
  dossierId: string;
  partner: PartnerOrganisatie;
  soort: PartnerAanvraagSoort;
  toelichting: string | null;
  aangevraagdOp: Date;
  aangevraagdDoor: string;
  outboxId: string;
  resultaat: string | null;
  opgeleverdOp: Date | null;
  opgeleverdDoor: string | null;
}

export const PartnerAanvraagEntity = new EntitySchema<PartnerAanvraagRow>({
  name: 'PartnerAanvraag',
  tableName: 'partner_aanvraag',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    partner: { type: 'varchar', length: 30 },
    soort: { type: 'varchar', length: 30 },
    toelichting: { type: 'varchar', length: 2000, nullable: true },
    aangevraagdOp: { name: 'aangevraagd_op', type: 'timestamptz', precision: 3 },
    aangevraagdDoor: { name: 'aangevraagd_door', type: 'varchar', length: 200 },
    outboxId: { name: 'outbox_id', type: 'uuid' },
    resultaat: { type: 'varchar', length: 2000, nullable: true },
    opgeleverdOp: { name: 'opgeleverd_op', type: 'timestamptz', precision: 3, nullable: true },
    opgeleverdDoor: { name: 'opgeleverd_door', type: 'varchar', length: 200, nullable: true },
  },
});
