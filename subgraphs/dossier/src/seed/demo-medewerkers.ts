import { DEMO_PERSONAS } from '@hub/shared/demo';
import type { MedewerkerRow } from '../entities/medewerker.js';
import { DEMO_BEGELEIDER_WIM, DEMO_REFERENCE_DATE } from './demo-data.js';

/*
 * The staff directory of the demo world: the city's staff personas (and the second coach), as Mijn
 * Burgerprofiel shows them as the contact of a dossier. All people are fictional; the addresses and
 * numbers are not real ones.
 */

const sub = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.sub;
const SINDS = new Date(DEMO_REFERENCE_DATE.getTime() - 365 * 24 * 60 * 60 * 1000);
const medewerker = (m: Omit<MedewerkerRow, 'gewijzigdOp' | 'gewijzigdDoor'>): MedewerkerRow => ({ ...m, gewijzigdOp: SINDS, gewijzigdDoor: 'seed' });

export const DEMO_MEDEWERKERS: readonly MedewerkerRow[] = [
  medewerker({ sub: sub('spoc'), naam: 'Sofie Claes', email: 'sofie.claes@leuven.example', telefoon: '+32 16 27 22 01', dienst: 'Energieloket' }),
  medewerker({ sub: sub('energieconsulent'), naam: 'Tom Janssens', email: 'tom.janssens@leuven.example', telefoon: '+32 16 27 22 02', dienst: 'Energieloket' }),
  medewerker({ sub: sub('renovatiebegeleider'), naam: 'Lies Wouters', email: 'lies.wouters@leuven.example', telefoon: '+32 16 27 22 11', dienst: 'Renovatiebegeleiding' }),
  medewerker({ sub: DEMO_BEGELEIDER_WIM, naam: 'Wim Verbeke', email: 'wim.verbeke@leuven.example', telefoon: '+32 16 27 22 12', dienst: 'Renovatiebegeleiding' }),
  medewerker({ sub: sub('stadsdienst'), naam: 'Karen Maes', email: 'karen.maes@leuven.example', telefoon: null, dienst: 'Erfgoed' }),
];
