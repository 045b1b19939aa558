// The domain objects the resolvers return for each GraphQL type (codegen mappers).
export type { PremieAdviesResultaat as PremieAdviesModel } from './services/advies.js';
export type { PremieResultaat as PremieModel, PremieBron as PremieBronModel } from './services/berekening.js';

/** A Burger entity reference: only its key. */
export interface BurgerModel {
  id: string;
}

/** A Dossier representation: its key and, when premieAdvies is asked, the @requires fields (validated by the service). */
export interface DossierModel {
  id: string;
  [field: string]: unknown;
}
