import type { DossierFase, DossierStatus } from './domain.js';
import type { StatistiekFilterNorm } from './repositories/statistiek.repository.js';

/*
 * The objects the resolvers of Mijn Burgerprofiel's running cases, the statistics and the staff
 * directory work with (codegen mappers).
 */

/** A staff member by `sub`; the directory's contact data are resolved per field (one query per request). */
export interface MedewerkerModel {
  id: string;
}

export type Contactrol = 'RENOVATIEBEGELEIDER' | 'SPOC';

/** A dossier in the shape of a case status for Mijn Burgerprofiel. */
export interface LopendeZaakModel {
  id: string;
  referentie: string;
  titel: string;
  status: DossierStatus;
  fase: DossierFase;
  faseNaam: string;
  geopendOp: Date;
  laatsteWijziging: Date;
  afgeslotenOp: Date | null;
  actieNodig: boolean;
  actie: string | null;
  /** The `sub` of the contact person (see `contactrol`), resolved to a Medewerker. */
  contactSub: string | null;
  contactrol: Contactrol | null;
  link: string;
}

/** The statistics of one filter; every figure is computed when asked for (once per request). */
export interface StatistiekenModel {
  sleutel: string;
  filter: StatistiekFilterNorm;
  /** The moment the figures are computed at (the age of open questions counts up to it). */
  berekendOp: Date;
}
