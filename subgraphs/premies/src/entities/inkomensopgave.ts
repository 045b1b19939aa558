import { EntitySchema } from 'typeorm';
import type { Inkomenscategorie } from '../regels/schema.js';

/** What a citizen declared for the premie: their income category, when, and through which channel. */
export interface Inkomensopgave {
  /** The citizen (Burger.id of the dossier subgraph). */
  burgerId: string;
  categorie: Inkomenscategorie;
  opgegevenOp: Date;
  /** Where the declaration came from, e.g. 'burger' (the citizen), 'loket' (the desk), 'demo'. */
  bron: string;
}

export const InkomensopgaveEntity = new EntitySchema<Inkomensopgave>({
  name: 'Inkomensopgave',
  tableName: 'inkomensopgave',
  columns: {
    burgerId: { name: 'burger_id', type: 'uuid', primary: true },
    categorie: { type: 'text' },
    opgegevenOp: { name: 'opgegeven_op', type: 'timestamptz' },
    bron: { type: 'text' },
  },
});
