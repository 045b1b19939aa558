import { EntitySchema } from 'typeorm';
import type { AuditActie } from '../domain.js';

/** A row of `audit_log` (append-only): who read, changed or was refused what, when, in which request. */
export interface AuditLogRow {
  id: string;
  tijdstip: Date;
  sub: string;
  rollen: string[];
  /** The partner organisation of a partner, or the city service of a stadsdienst user. */
  organisatie: string | null;
  actie: AuditActie;
  /** What was read or changed: a GraphQL type name (Dossier, Burger, Toestemming, ...). */
  objectType: string;
  objectId: string;
  dossierId: string | null;
  requestId: string;
  /** For changes: what changed, in a few words (never personal data beyond the ids). */
  detail: string | null;
}

export const AuditLogEntity = new EntitySchema<AuditLogRow>({
  name: 'AuditLog',
  tableName: 'audit_log',
  columns: {
    id: { type: 'uuid', primary: true },
    tijdstip: { type: 'timestamptz', precision: 3 },
    sub: { type: 'varchar', length: 200 },
    rollen: { type: 'varchar', length: 30, array: true },
    organisatie: { type: 'varchar', length: 100, nullable: true },
    actie: { type: 'varchar', length: 10 },
    objectType: { name: 'object_type', type: 'varchar', length: 40 },
    objectId: { name: 'object_id', type: 'varchar', length: 100 },
    dossierId: { name: 'dossier_id', type: 'uuid', nullable: true },
    requestId: { name: 'request_id', type: 'varchar', length: 128 },
    detail: { type: 'varchar', length: 500, nullable: true },
  },
});
