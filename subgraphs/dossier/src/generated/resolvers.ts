import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BurgerModel, DossierModel, MaatregelModel, VraagModel, WoningModel } from '../mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Een tijdstip in ISO-8601 met tijdzone, bv. 2026-03-01T09:30:00.000Z. Antwoorden zijn altijd in UTC
   * met milliseconden.
   */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * Het burgerprofiel in het stedelijke CRM: de persoon die zijn woning wil renoveren.
 *
 * Wie mag een burger zien: de SPOC en de energieconsulent (alle burgers), de burger zelf (`ik`), en
 * de renovatiebegeleider (de burgers van de dossiers die aan hem of haar zijn toegewezen). Andere
 * rollen krijgen FORBIDDEN. Een burger die je niet mag zien en een id dat niet bestaat geven dezelfde
 * fout (FORBIDDEN "Geen toegang."), zodat een weigering nooit verraadt of iemand gekend is.
 */
export type Burger = {
  __typename?: 'Burger';
  achternaam: Scalars['String']['output'];
  /** De dossiers van deze burger die de vrager mag zien, laatst gewijzigd eerst. */
  dossiers: Array<Dossier>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /**
   * Het rijksregisternummer (INSZ, 11 cijfers zonder scheidingstekens). Enkel zichtbaar voor de SPOC,
   * de energieconsulent en de burger zelf; anderen krijgen FORBIDDEN op dit veld (de rest van het
   * antwoord blijft). Null als de burger het (nog) niet opgaf.
   */
  insz?: Maybe<Scalars['String']['output']>;
  telefoon?: Maybe<Scalars['String']['output']>;
  voornaam: Scalars['String']['output'];
  /** De vragen van deze burger die de vrager mag zien, nieuwste eerst. */
  vragen: Array<Vraag>;
};

/**
 * Het renovatiedossier: één dossier per begeleidingstraject van één burger voor één woning.
 *
 * Wie mag een dossier zien: de SPOC en de energieconsulent (alle dossiers van de stad), de burger van
 * het dossier, en de renovatiebegeleider aan wie het is toegewezen. Aanmelden is vereist
 * (UNAUTHENTICATED). Partners, stadsdiensten, analisten en Mijn Burgerprofiel krijgen (voorlopig)
 * FORBIDDEN. Een dossier dat je niet mag zien en een id dat niet bestaat geven dezelfde fout
 * (FORBIDDEN "Geen toegang."); enkel de SPOC en de energieconsulent, die alles mogen zien, krijgen
 * NOT_FOUND voor een id dat niet bestaat.
 */
export type Dossier = {
  __typename?: 'Dossier';
  burger: Burger;
  fase: DossierFase;
  geopendOp: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  laatsteWijziging: Scalars['DateTime']['output'];
  /** De geplande maatregelen, in de volgorde van het renovatieplan. */
  maatregelen: Array<Maatregel>;
  /** Leesbare referentie, bv. REN-2026-000042: het jaar van opening en een volgnummer. */
  referentie: Scalars['String']['output'];
  /** De renovatiebegeleider aan wie het dossier is toegewezen, als die er is. */
  renovatiebegeleider?: Maybe<Medewerker>;
  /** De SPOC die het dossier opvolgt, als die toegewezen is. */
  spoc?: Maybe<Medewerker>;
  status: DossierStatus;
  titel: Scalars['String']['output'];
  /**
   * Het versienummer van het dossier; het stijgt bij elke wijziging. Een wijziging vermeldt de versie
   * waarvan ze vertrok, zodat twee gelijktijdige wijzigingen elkaar niet ongemerkt overschrijven.
   */
  versie: Scalars['Int']['output'];
  /** De vragen die tot dit dossier leidden of erover gesteld werden, nieuwste eerst. */
  vragen: Array<Vraag>;
  woning: Woning;
};

/** Een pagina dossiers. */
export type DossierConnection = {
  __typename?: 'DossierConnection';
  edges: Array<DossierEdge>;
  pageInfo: PageInfo;
  /** Het aantal dossiers dat de vrager in totaal mag zien (over alle pagina's). */
  totalCount: Scalars['Int']['output'];
};

export type DossierEdge = {
  __typename?: 'DossierEdge';
  /** Een ondoorzichtige cursor die deze positie in de lijst aanduidt. */
  cursor: Scalars['String']['output'];
  node: Dossier;
};

/** De fase van de klantreis waarin het dossier zit (fasen 2 tot 6 van de klantreis renovatiebegeleiding). */
export type DossierFase =
  | 'CONTACTNAME'
  | 'FINANCIEREN'
  | 'LEVERANCIERS'
  | 'OPTIES'
  | 'UITVOEREN_EN_BETALEN';

export type DossierStatus =
  /** Het traject is volledig doorlopen. */
  | 'AFGESLOTEN'
  /** Het dossier loopt. */
  | 'LOPEND'
  /** Het traject werd voortijdig stopgezet. */
  | 'STOPGEZET';

/** Langs welk kanaal een vraag binnenkwam. */
export type Kanaal =
  | 'CONTACTFORMULIER'
  | 'DIGITAAL_LOKET'
  | 'EMAIL'
  | 'FYSIEK_LOKET'
  | 'TELEFOON';

/**
 * Een geplande renovatiemaatregel in een dossier, per werkcategorie. Zichtbaar voor wie het dossier
 * mag zien.
 */
export type Maatregel = {
  __typename?: 'Maatregel';
  /** Geraamd of gefactureerd bedrag in euro, exclusief btw. */
  bedragExclBtw?: Maybe<Scalars['Float']['output']>;
  categorie: Werkcategorie;
  id: Scalars['ID']['output'];
  omschrijving: Scalars['String']['output'];
  /** Oppervlakte in m², voor maatregelen die per m² gerekend worden (dak, muur, vloer, ramen). */
  oppervlakteM2?: Maybe<Scalars['Float']['output']>;
  status: MaatregelStatus;
};

export type MaatregelStatus =
  /** De werken zijn besteld bij een aannemer. */
  | 'BESTELD'
  /** Opgenomen in het renovatieplan. */
  | 'GEPLAND'
  /** Er is een offerte gevraagd of ontvangen. */
  | 'OFFERTE'
  /** De werken zijn uitgevoerd. */
  | 'UITGEVOERD';

/**
 * Een medewerker van de stad (SPOC of renovatiebegeleider), zoals de identiteitsdienst van de stad
 * hem of haar kent.
 */
export type Medewerker = {
  __typename?: 'Medewerker';
  /** De gebruikers-id (sub) bij de identiteitsdienst van de stad, bv. stad-sofie.claes. */
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** De cursor van het laatste element van deze pagina: geef die als `after` om de volgende pagina te vragen. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Of er na deze pagina nog dossiers volgen. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Eén burgerprofiel (zie `Burger` voor wie wat mag zien). */
  burger?: Maybe<Burger>;
  /** Eén dossier. Een burger ziet enkel zijn eigen dossiers (zie `Dossier` voor wie wat mag zien). */
  dossier?: Maybe<Dossier>;
  /**
   * De dossiers die de vrager mag zien, laatst gewijzigd eerst (bij gelijke tijd op id). Een burger ziet
   * zijn eigen dossiers, een renovatiebegeleider de aan hem of haar toegewezen dossiers.
   */
  dossiers: DossierConnection;
  /** Het eigen burgerprofiel van de aangemelde burger; null als het CRM de burger (nog) niet kent of de vrager geen burger is. */
  ik?: Maybe<Burger>;
  /** Eén vraag (zie `Vraag` voor wie wat mag zien). */
  vraag?: Maybe<Vraag>;
};


export type QueryBurgerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDossierArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDossiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVraagArgs = {
  id: Scalars['ID']['input'];
};

/**
 * Een vraag van een burger aan het Energieloket, geregistreerd zodat ze nooit verloren gaat.
 * Zichtbaar voor de SPOC en de energieconsulent, voor de burger die ze stelde, en voor de
 * renovatiebegeleider van het dossier waaraan ze gekoppeld is.
 */
export type Vraag = {
  __typename?: 'Vraag';
  /** De burger die de vraag stelde; null zolang de vraag aan geen burgerprofiel gekoppeld is. */
  burger?: Maybe<Burger>;
  /** Het dossier dat uit deze vraag ontstond, als dat er is. */
  dossier?: Maybe<Dossier>;
  id: Scalars['ID']['output'];
  kanaal: Kanaal;
  onderwerp: Scalars['String']['output'];
  ontvangenOp: Scalars['DateTime']['output'];
  status: VraagStatus;
  /** De woning waarover de vraag gaat, als die gekend is. */
  woning?: Maybe<Woning>;
};

/** Hoe ver de behandeling van een vraag staat. */
export type VraagStatus =
  /** Beantwoord zonder dossier. */
  | 'AFGEHANDELD'
  /** Uit de vraag is een renovatiedossier ontstaan (zie `dossier`). */
  | 'DOSSIER_GEOPEND'
  /** Een medewerker van het Energieloket behandelt de vraag. */
  | 'IN_BEHANDELING'
  /** Geregistreerd, nog niet opgenomen. */
  | 'NIEUW';

/** Een werkcategorie van Mijn VerbouwPremie. */
export type Werkcategorie =
  | 'ASBESTVERWIJDERING'
  | 'BINNENRENOVATIE'
  | 'BUITENMUUR'
  | 'DAK'
  | 'ELEKTRICITEIT_EN_SANITAIR'
  | 'RAMEN_EN_DEUREN'
  | 'VENTILATIE'
  | 'VLOER'
  | 'WARMTEPOMP'
  | 'WARMTEPOMPBOILER'
  | 'ZONNEBOILER';

/** Een woning (eigendom van de woningpas-subgraph), hier uitgebreid met haar dossiers. */
export type Woning = {
  __typename?: 'Woning';
  adresId: Scalars['ID']['output'];
  /** De renovatiedossiers voor deze woning die de vrager mag zien, laatst gewijzigd eerst. */
  dossiers: Array<Dossier>;
  /**
   * Intern (niet zichtbaar voor clients): of de vrager de gegevens van deze woning uit de authentieke
   * bronnen mag zien. Het CRM weet wie bij welke woning betrokken is; de woningpas-subgraph vraagt dit
   * op via @requires.
   */
  heeftToegang: Scalars['Boolean']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Burger: Burger;
  Dossier: Dossier;
  Maatregel: Maatregel;
  Vraag: Vraag;
  Woning: Woning;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Burger:
    ( { __typename: 'Burger' }
    & GraphQLRecursivePick<FederationTypes['Burger'], {"id":true}> );
  Dossier:
    ( { __typename: 'Dossier' }
    & GraphQLRecursivePick<FederationTypes['Dossier'], {"id":true}> );
  Maatregel:
    ( { __typename: 'Maatregel' }
    & GraphQLRecursivePick<FederationTypes['Maatregel'], {"id":true}> );
  Vraag:
    ( { __typename: 'Vraag' }
    & GraphQLRecursivePick<FederationTypes['Vraag'], {"id":true}> );
  Woning:
    ( { __typename: 'Woning' }
    & GraphQLRecursivePick<FederationTypes['Woning'], {"adresId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Burger: ResolverTypeWrapper<BurgerModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dossier: ResolverTypeWrapper<DossierModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DossierConnection: ResolverTypeWrapper<Omit<DossierConnection, 'edges'> & { edges: Array<ResolversTypes['DossierEdge']> }>;
  DossierEdge: ResolverTypeWrapper<Omit<DossierEdge, 'node'> & { node: ResolversTypes['Dossier'] }>;
  DossierFase: DossierFase;
  DossierStatus: DossierStatus;
  Kanaal: Kanaal;
  Maatregel: ResolverTypeWrapper<MaatregelModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MaatregelStatus: MaatregelStatus;
  Medewerker: ResolverTypeWrapper<Medewerker>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Vraag: ResolverTypeWrapper<VraagModel>;
  VraagStatus: VraagStatus;
  Werkcategorie: Werkcategorie;
  Woning: ResolverTypeWrapper<WoningModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Burger: BurgerModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dossier: DossierModel;
  Int: Scalars['Int']['output'];
  DossierConnection: Omit<DossierConnection, 'edges'> & { edges: Array<ResolversParentTypes['DossierEdge']> };
  DossierEdge: Omit<DossierEdge, 'node'> & { node: ResolversParentTypes['Dossier'] };
  Maatregel: MaatregelModel;
  Float: Scalars['Float']['output'];
  Medewerker: Medewerker;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Vraag: VraagModel;
  Woning: WoningModel;
}>;

export type BurgerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Burger'] = ResolversParentTypes['Burger'], FederationReferenceType extends FederationReferenceTypes['Burger'] = FederationReferenceTypes['Burger']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Burger']> | FederationReferenceType, FederationReferenceType, ContextType>;
  achternaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dossiers?: Resolver<Array<ResolversTypes['Dossier']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insz?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  telefoon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voornaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vragen?: Resolver<Array<ResolversTypes['Vraag']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DossierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dossier'] = ResolversParentTypes['Dossier'], FederationReferenceType extends FederationReferenceTypes['Dossier'] = FederationReferenceTypes['Dossier']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dossier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  burger?: Resolver<ResolversTypes['Burger'], ParentType, ContextType>;
  fase?: Resolver<ResolversTypes['DossierFase'], ParentType, ContextType>;
  geopendOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laatsteWijziging?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  maatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  referentie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  renovatiebegeleider?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  spoc?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vragen?: Resolver<Array<ResolversTypes['Vraag']>, ParentType, ContextType>;
  woning?: Resolver<ResolversTypes['Woning'], ParentType, ContextType>;
}>;

export type DossierConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DossierConnection'] = ResolversParentTypes['DossierConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DossierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DossierEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DossierEdge'] = ResolversParentTypes['DossierEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType>;
}>;

export type MaatregelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Maatregel'] = ResolversParentTypes['Maatregel'], FederationReferenceType extends FederationReferenceTypes['Maatregel'] = FederationReferenceTypes['Maatregel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Maatregel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bedragExclBtw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Werkcategorie'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oppervlakteM2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MaatregelStatus'], ParentType, ContextType>;
}>;

export type MedewerkerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Medewerker'] = ResolversParentTypes['Medewerker']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  burger?: Resolver<Maybe<ResolversTypes['Burger']>, ParentType, ContextType, RequireFields<QueryBurgerArgs, 'id'>>;
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType, RequireFields<QueryDossierArgs, 'id'>>;
  dossiers?: Resolver<ResolversTypes['DossierConnection'], ParentType, ContextType, RequireFields<QueryDossiersArgs, 'first'>>;
  ik?: Resolver<Maybe<ResolversTypes['Burger']>, ParentType, ContextType>;
  vraag?: Resolver<Maybe<ResolversTypes['Vraag']>, ParentType, ContextType, RequireFields<QueryVraagArgs, 'id'>>;
}>;

export type VraagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vraag'] = ResolversParentTypes['Vraag'], FederationReferenceType extends FederationReferenceTypes['Vraag'] = FederationReferenceTypes['Vraag']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vraag']> | FederationReferenceType, FederationReferenceType, ContextType>;
  burger?: Resolver<Maybe<ResolversTypes['Burger']>, ParentType, ContextType>;
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kanaal?: Resolver<ResolversTypes['Kanaal'], ParentType, ContextType>;
  onderwerp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ontvangenOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VraagStatus'], ParentType, ContextType>;
  woning?: Resolver<Maybe<ResolversTypes['Woning']>, ParentType, ContextType>;
}>;

export type WoningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Woning'] = ResolversParentTypes['Woning'], FederationReferenceType extends FederationReferenceTypes['Woning'] = FederationReferenceTypes['Woning']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Woning']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adresId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dossiers?: Resolver<Array<ResolversTypes['Dossier']>, ParentType, ContextType>;
  heeftToegang?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Burger?: BurgerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Dossier?: DossierResolvers<ContextType>;
  DossierConnection?: DossierConnectionResolvers<ContextType>;
  DossierEdge?: DossierEdgeResolvers<ContextType>;
  Maatregel?: MaatregelResolvers<ContextType>;
  Medewerker?: MedewerkerResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Vraag?: VraagResolvers<ContextType>;
  Woning?: WoningResolvers<ContextType>;
}>;

