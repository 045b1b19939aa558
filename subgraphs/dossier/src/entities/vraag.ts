import { EntitySchema } from 'typeorm';
import type { Kanaal, VraagStatus } from '../domain.js';

/** A row of `vraag`: a question that reached the Energieloket, registered so that it is never lost. */
export interface VraagRow {
  id: string;
  kanaal: Kanaal;
  onderwerp: string;
  ontvangenOp: Date;
  burgerId: string | null;
  /** The home the question is about (the address register's objectId), when known. */
  adresId: string | null;
  dossierId: string | null;
  status: VraagStatus;
  aangemaaktOp: Date;
  gewijzigdOp: Date;
}

export const VraagEntity = new EntitySchema<VraagRow>({
  name: 'Vraag',
  tableName: 'vraag',
  columns: {
    id: { type: 'uuid', primary: true },
    kanaal: { type: 'varchar', length: 20 },
    onderwerp: { type: 'varchar', length: 500 },
    ontvangenOp: { name: 'ontvangen_op', type: 'timestamptz', precision: 3 },
    burgerId: { name: 'burger_id', type: 'uuid', nullable: true },
    adresId: { name: 'adres_id', type: 'varchar', length: 32, nullable: true },
    dossierId: { name: 'dossier_id', type: 'uuid', nullable: true },
    status: { type: 'varchar', length: 20 },
    aangemaaktOp: { name: 'aangemaakt_op', type: 'timestamptz', precision: 3 },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz', precision: 3 },
  },
});
