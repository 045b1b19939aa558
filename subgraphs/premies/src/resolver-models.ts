// The domain objects the resolvers return for each GraphQL type (codegen mappers).
export type { PremieAdviesResultaat as PremieAdviesModel, AdviesPremie as PremieModel } from './services/advies.js';
export type { PremieBron as PremieBronModel } from './services/berekening.js';
export type { ToegepastPlafond as PremiePlafondModel } from './services/plafonds.js';
export type { VerbouwLeningOptie as VerbouwLeningOptieModel } from './services/lening.js';

export type { PremieAanvraagRow as PremieAanvraagModel, PremieAanvraagStatusRow as PremieAanvraagStatusWijzigingModel } from './entities/premie-aanvraag.js';
export type { VoorstelModel as PremieAanvraagVoorstelModel } from './services/aanvraag-service.js';

/** A Maatregel entity reference: only its key (the dossier subgraph resolves the rest). */
export interface MaatregelModel {
  id: string;
}

/** A Burger entity reference: only its key. */
export interface BurgerModel {
  id: string;
}

/** A Dossier representation: its key and, when premieAdvies is asked, the @requires fields (validated by the service). */
export interface DossierModel {
  id: string;
  [field: string]: unknown;
}

/**
 * A Statistieken representation from the gateway: its key and, when `premies` is asked, the @requires
 * fields of the dossier subgraph (the k-anonymity threshold and the dossiers of the selection; validated by
 * the service).
 */
export interface StatistiekenModel {
  sleutel: string;
  drempel?: unknown;
  dossierIds?: unknown;
}
