import { EntitySchema } from 'typeorm';

/** A row of `burger`: a citizen known to the CRM. */
export interface BurgerRow {
  id: string;
  /** National register number (11 digits); null while a citizen who called in has not given it. */
  insz: string | null;
  voornaam: string;
  achternaam: string;
  email: string | null;
  telefoon: string | null;
  aangemaaktOp: Date;
  gewijzigdOp: Date;
}

export const BurgerEntity = new EntitySchema<BurgerRow>({
  name: 'Burger',
  tableName: 'burger',
  columns: {
    id: { type: 'uuid', primary: true },
    insz: { type: 'varchar', length: 11, nullable: true },
    voornaam: { type: 'varchar', length: 100 },
    achternaam: { type: 'varchar', length: 100 },
    email: { type: 'varchar', length: 254, nullable: true },
    telefoon: { type: 'varchar', length: 30, nullable: true },
    aangemaaktOp: { name: 'aangemaakt_op', type: 'timestamptz', precision: 3 },
    gewijzigdOp: { name: 'gewijzigd_op', type: 'timestamptz', precision: 3 },
  },
});
