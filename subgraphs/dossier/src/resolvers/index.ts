import type { Resolvers } from '../generated/resolvers.js';
import { DateTimeScalar } from '../scalars.js';
import { Burger } from './burger.js';
import { Dossier } from './dossier.js';
import { Maatregel } from './maatregel.js';
import { Query } from './query.js';
import { Vraag } from './vraag.js';
import { Woning } from './woning.js';

/** Thin resolvers: each field asks a service of the request's context. */
export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Dossier, Burger, Maatregel, Vraag, Woning };
