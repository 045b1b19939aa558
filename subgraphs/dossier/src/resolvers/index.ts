import type { Resolvers } from '../generated/resolvers.js';
import { DatumScalar, DateTimeScalar } from '../scalars.js';
import { Burger } from './burger.js';
import { Dossier } from './dossier.js';
import { Maatregel } from './maatregel.js';
import { Query } from './query.js';
import { Vraag } from './vraag.js';
import { Woning } from './woning.js';
import { AuditRegel, DossierOvergang, Opmerking, PartnerAanvraag, PartnerOrganisatie, PartnerToewijzing, Toestemming } from './levensloop.js';
import { LevensloopMutation } from './mutation.js';
import { TrajectMutation } from './traject-mutations.js';
import { LopendeZaak, Medewerker, OverzichtMutation, OverzichtQuery, Statistieken } from './overzicht.js';
import {
  Actor,
  Afsprakennota,
  Beslissing,
  Contactmoment,
  Document,
  DossierTraject,
  Factuur,
  MaatregelTraject,
  Mijlpaal,
  Offerte,
  Trajectstap,
} from './traject.js';

/** Thin resolvers: each field asks a service of the request's context. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Datum: DatumScalar,
  Query: { ...Query, ...OverzichtQuery },
  Mutation: { ...LevensloopMutation, ...TrajectMutation, ...OverzichtMutation },
  Dossier: { ...Dossier, ...DossierTraject },
  Burger,
  Maatregel: { ...Maatregel, ...MaatregelTraject },
  Vraag,
  Woning,
  PartnerOrganisatie,
  Toestemming,
  PartnerToewijzing,
  PartnerAanvraag,
  DossierOvergang,
  Opmerking,
  AuditRegel,
  Mijlpaal,
  Contactmoment,
  Afsprakennota,
  Beslissing,
  Trajectstap,
  Actor,
  Document,
  Offerte,
  Factuur,
  Medewerker,
  LopendeZaak,
  Statistieken,
};
