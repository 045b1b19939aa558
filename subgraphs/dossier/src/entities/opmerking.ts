import { EntitySchema } from 'typeorm';

/** A row of `opmerking`: a remark on a dossier by a staff member or a city service. */
export interface OpmerkingRow {
  id: string;
  dossierId: string;
  tekst: string;
  auteurSub: string;
  /** The role the author wrote it in (e.g. stadsdienst), and their city service when they have one. */
  auteurRol: string;
  auteurDienst: string | null;
  geplaatstOp: Date;
}

export const OpmerkingEntity = new EntitySchema<OpmerkingRow>({
  name: 'Opmerking',
  tableName: 'opmerking',
  columns: {
    id: { type: 'uuid', primary: true },
    dossierId: { name: 'dossier_id', type: 'uuid' },
    tekst: { type: 'varchar', length: 2000 },
    auteurSub: { name: 'auteur_sub', type: 'varchar', length: 200 },
    auteurRol: { name: 'auteur_rol', type: 'varchar', length: 30 },
    auteurDienst: { name: 'auteur_dienst', type: 'varchar', length: 100, nullable: true },
    geplaatstOp: { name: 'geplaatst_op', type: 'timestamptz', precision: 3 },
  },
});
