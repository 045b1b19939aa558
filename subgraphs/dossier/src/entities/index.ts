import type { EntitySchema } from 'typeorm';
import { BurgerEntity } from './burger.js';
import { DossierEntity } from './dossier.js';
import { MaatregelEntity } from './maatregel.js';
import { VraagEntity } from './vraag.js';

export * from './burger.js';
export * from './dossier.js';
export * from './maatregel.js';
export * from './vraag.js';

/** Every entity of the dossier schema, for the data source. */
export const dossierEntities: EntitySchema[] = [
  BurgerEntity,
  VraagEntity,
  DossierEntity,
  MaatregelEntity,
] as unknown as EntitySchema[];
