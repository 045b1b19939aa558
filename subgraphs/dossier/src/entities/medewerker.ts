import { EntitySchema } from 'typeorm';

/**
 * A row of `medewerker`: the staff directory of the CRM. A staff member is known by their user id at
 * the city's identity service (`sub`); the directory adds how citizens and colleagues reach them (the
 * contact of a dossier manager in Mijn Burgerprofiel). Maintained by the back office.
 */
export interface MedewerkerRow {
  sub: string;
  naam: string;
  email: string | null;
  telefoon: string | null;
  /** The service or team, e.g. 'Energieloket' or 'Erfgoed'. */
  dienst: string | null;
  gewijzigdOp: Date;
  /** The `sub` of who last registered or changed the entry (the seed: 'seed'). */
  gewijzigdDoor: string;
}

export const MedewerkerEntity = new EntitySchema<MedewerkerRow>({
  name: 'Medewerker',
  tableName: 'medewerker',
  columns: {
    sub: { type: 'varchar', length: 200, primary: true },
    naam: { type: 'varchar', length: 200 },
    email: { type: 'varchar', length: 254, nullable: true },
    telefoon: { type: 'varchar', length: 30, nullable: true },
    dienst: { type: 'varchar', length: 100, nullable: true },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz', precision: 3 },
    gewijzigdDoor: { name: 'gewijzigd_door', type: 'varchar', length: 200 },
  },
});
