import type { Werkcategorie } from '../regels/schema.js';

/** How the advice names a work category in a sentence. */
export const WERKCATEGORIE_LABEL: Record<Werkcategorie, string> = {
  DAK: 'dak',
  BUITENMUUR: 'buitenmuur',
  VLOER: 'vloer',
  RAMEN_EN_DEUREN: 'ramen en deuren',
  WARMTEPOMP: 'warmtepomp',
  WARMTEPOMPBOILER: 'warmtepompboiler',
  ZONNEBOILER: 'zonneboiler',
  VENTILATIE: 'ventilatie',
  ELEKTRICITEIT_EN_SANITAIR: 'elektriciteit en sanitair',
  BINNENRENOVATIE: 'binnenrenovatie',
  ASBESTVERWIJDERING: 'asbestverwijdering',
};

/** "CATEGORIE_3" -> "inkomenscategorie 3"; "VERHUURDER_WOONMAATSCHAPPIJ" -> "verhuurder woonmaatschappij". */
export function doelgroepLabel(doelgroep: string): string {
  const categorie = /^CATEGORIE_(\d)$/.exec(doelgroep);
  return categorie ? `inkomenscategorie ${categorie[1]}` : doelgroep.toLowerCase().replaceAll('_', ' ');
}

export { datumLabel } from '../regels/controles.js';
