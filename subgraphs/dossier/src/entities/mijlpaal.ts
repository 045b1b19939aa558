import { EntitySchema } from 'typeorm';
import type { MijlpaalSoort } from '../domain.js';

/**
 * A row of `mijlpaal`: a step of the journey with its date and actor. `details` holds the structured
 * data of the kind (validated per kind, see services/mijlpaal-details.ts); contact moments are the
 * milestones of kind CONTACTMOMENT.
 */
export interface MijlpaalRow {
  id: string;
  dossierId: string;
  soort: MijlpaalSoort;
  datum: Date;
  toelichting: string | null;
  details: Record<string, unknown>;
  documentId: string | null;
  actorSub: string;
  actorNaam: string | null;
  actorRol: string;
  actorOrganisatie: string | null;
  geregistreerdOp: Date;
  /** The order of registration (a database sequence; a bigint, as a string); set by the database on insert. */
  volgnummer?: string;
}

export const MijlpaalEntity = new EntitySchema<MijlpaalRow>({
  name: 'Mijlpaal',
  tableName: 'mijlpaal',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    soort: { type: 'varchar', length: 40 },
    datum: { type: 'timestamptz', precision: 3 },
    toelichting: { type: 'varchar', length: 2000, nullable: true },
    details: { type: 'jsonb' },
    documentId: { name: 'document_id', type: 'uuid', nullable: true },
    actorSub: { name: 'actor_sub', type: 'varchar', length: 200 },
    actorNaam: { name: 'actor_naam', type: 'varchar', length: 200, nullable: true },
    actorRol: { name: 'actor_rol', type: 'varchar', length: 30 },
    actorOrganisatie: { name: 'actor_organisatie', type: 'varchar', length: 100, nullable: true },
    geregistreerdOp: { name: 'geregistreerd_op', type: 'timestamptz', precision: 3 },
    volgnummer: { type: 'bigint', generated: 'increment' },
  },
});
