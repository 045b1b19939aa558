import type { GraphQLResolveInfo } from 'graphql';
import type { WoningRef, AdresModel, EpcModel, AdresKandidaatModel } from '../models.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Een adres uit het Gebouwen- en Adressenregister. */
export type Adres = {
  __typename?: 'Adres';
  /** Het busnummer, bv. '2' voor een appartement; null als het adres geen busnummer heeft. */
  busnummer?: Maybe<Scalars['String']['output']>;
  gemeentenaam: Scalars['String']['output'];
  huisnummer: Scalars['String']['output'];
  /** Of de gemeente het adres officieel heeft toegekend. */
  officieelToegekend: Scalars['Boolean']['output'];
  /** De ligging van het adres in Belgische Lambert 72-coördinaten (EPSG:31370); null als het register er geen geeft. */
  positie?: Maybe<Lambert72Punt>;
  postcode: Scalars['String']['output'];
  /** Status van het adres in het register: voorgesteld, inGebruik, gehistoreerd of afgekeurd. */
  status: Scalars['String']['output'];
  straatnaam: Scalars['String']['output'];
  /** Het adres in één regel, zoals het register het spelt, bv. 'Naamsestraat 96, 3000 Leuven'. */
  volledigAdres: Scalars['String']['output'];
};

/** Een kandidaat-adres uit de adresmatch van het adressenregister. */
export type AdresKandidaat = {
  __typename?: 'AdresKandidaat';
  adresId: Scalars['ID']['output'];
  /** Hoe goed het adres overeenkomt met de zoekvraag: 100 is een exacte match. */
  score: Scalars['Float']['output'];
  volledigAdres: Scalars['String']['output'];
  /** De woning op dit adres. */
  woning: Woning;
};

/** Het energieprestatiecertificaat (EPC) van een woning, uit de EPC-databank van VEKA. */
export type Epc = {
  __typename?: 'Epc';
  /** De renovatieadviezen van het EPC, belangrijkste eerst (laagste prioriteit eerst). */
  aanbevelingen: Array<EpcAanbeveling>;
  /** Het bouwjaar van de woning volgens het EPC. */
  bouwjaar?: Maybe<Scalars['Int']['output']>;
  /** Het attestnummer van het certificaat. */
  certificaatnummer: Scalars['String']['output'];
  /** Het kengetal: het berekende primaire energieverbruik in kWh per m² per jaar. */
  energiescore: Scalars['Float']['output'];
  /** Het gebouwtype volgens het EPC, bv. 'Eengezinswoning' of 'Appartement'. */
  gebouwType?: Maybe<Scalars['String']['output']>;
  /** De gebouweenheid in het gebouwenregister waarop het certificaat slaat (gebruikt door de VEKA-diensten). */
  gebouweenheidId?: Maybe<Scalars['ID']['output']>;
  /** Tot wanneer het certificaat geldig is (ISO-8601). */
  geldigTot: Scalars['String']['output'];
  /** Wanneer de energiedeskundige het certificaat indiende (ISO-8601-datum, bv. 2024-03-18). */
  ingediendOp?: Maybe<Scalars['String']['output']>;
  label: EpcLabel;
};

/** Een renovatieadvies uit het EPC: wat de energiedeskundige aanraadt voor één deel van de woning. */
export type EpcAanbeveling = {
  __typename?: 'EpcAanbeveling';
  /** Het deel van de woning, bv. 'dak', 'muren', 'vloeren', 'vensters', 'verwarming'. */
  categorie: Scalars['String']['output'];
  /** De huidige toestand zoals de energiedeskundige die vaststelde. */
  huidigeSituatie?: Maybe<Scalars['String']['output']>;
  /** Volgorde van belang volgens het EPC: 1 is het eerst aan te pakken. */
  prioriteit?: Maybe<Scalars['Int']['output']>;
  /** Verfijning van de categorie, bv. 'hellend dak'. */
  subtype?: Maybe<Scalars['String']['output']>;
  /** Het soort ingreep, bv. 'isolatie' of 'vervanging'. */
  type?: Maybe<Scalars['String']['output']>;
  /** Mogelijke manieren om het advies uit te voeren, met een geschatte prijsvork. */
  uitvoeringsmethodes: Array<EpcUitvoeringsmethode>;
};

/** Energielabel van een EPC, van A+ (zeer zuinig) tot F (zeer energieverslindend). */
export type EpcLabel =
  | 'A'
  /** A+: energieneutraal of beter (kengetal 0 kWh/m² of minder). */
  | 'A_PLUS'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F';

/** Een manier om een EPC-advies uit te voeren, met de geschatte kostprijs volgens het EPC. */
export type EpcUitvoeringsmethode = {
  __typename?: 'EpcUitvoeringsmethode';
  /** Bovengrens van de geschatte kostprijs, in euro inclusief btw. */
  geschattePrijsvorkTot?: Maybe<Scalars['Int']['output']>;
  /** Ondergrens van de geschatte kostprijs, in euro inclusief btw. */
  geschattePrijsvorkVan?: Maybe<Scalars['Int']['output']>;
  omschrijving: Scalars['String']['output'];
};

/** Een punt in Belgische Lambert 72-coördinaten (EPSG:31370), in meter. */
export type Lambert72Punt = {
  __typename?: 'Lambert72Punt';
  x: Scalars['Float']['output'];
  y: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Zoek een adres op in het adressenregister (adresmatch) om het adresId van een woning te vinden.
   * Geef de postcode, de gemeentenaam of beide. Beste match eerst; een lege lijst als niets past.
   * Voor elke aangemelde rol behalve analist. Ongeldige invoer geeft BAD_USER_INPUT met `extensions.field`.
   */
  adresZoeken: Array<AdresKandidaat>;
  /**
   * Eén woning op haar adresId. Vraagt de bronnen pas op voor de gevraagde velden: een onbekend adresId
   * geeft een woning waarvan `adres` null is met een fout NOT_FOUND. Voor elke aangemelde rol behalve
   * analist (UNAUTHENTICATED zonder aanmelding, FORBIDDEN voor analisten); een adresId dat geen getal
   * is, geeft BAD_USER_INPUT.
   */
  woning?: Maybe<Woning>;
};


export type QueryAdresZoekenArgs = {
  busnummer?: InputMaybe<Scalars['String']['input']>;
  gemeentenaam?: InputMaybe<Scalars['String']['input']>;
  huisnummer: Scalars['String']['input'];
  postcode?: InputMaybe<Scalars['String']['input']>;
  straatnaam: Scalars['String']['input'];
};


export type QueryWoningArgs = {
  adresId: Scalars['ID']['input'];
};

/**
 * Een woning zoals de Vlaamse authentieke bronnen ze kennen. De sleutel is het `adresId`: het objectId
 * van het adres in het Gebouwen- en Adressenregister (https://data.vlaanderen.be/id/adres/{adresId}).
 * Andere subgraphs verwijzen naar een woning met enkel dit adresId.
 *
 * Wie de gegevens uit de authentieke bronnen (`adres`, `epc`) mag zien, beslist het stedelijke CRM
 * (de dossier-subgraph): wie geen toegang heeft, krijgt voor die velden null en een fout met code
 * FORBIDDEN. Zo'n weigering zegt nooit of het adres bestaat.
 */
export type Woning = {
  __typename?: 'Woning';
  /**
   * Het volledige adres volgens het adressenregister. Null met een fout als de vrager geen toegang heeft
   * (FORBIDDEN), als het register het adres niet kent (NOT_FOUND) of niet antwoordt (UPSTREAM_*, met
   * `extensions.source` = "adressenregister").
   */
  adres?: Maybe<Adres>;
  /** ObjectId van het adres in het Gebouwen- en Adressenregister. */
  adresId: Scalars['ID']['output'];
  /**
   * Het geldige energieprestatiecertificaat (EPC) van de woning volgens de EPC-databank van VEKA.
   * Null zonder fout als de woning geen geldig EPC heeft. Null met een fout als de vrager geen toegang
   * heeft (FORBIDDEN) of de bron niet antwoordt (UPSTREAM_*, met `extensions.source` = "epc").
   * Elke raadpleging gebeurt met een wettelijke reden die uit de rol van de vrager volgt.
   */
  epc?: Maybe<Epc>;
  /** Of de vrager deze woning mag zien; beslist door de dossier-subgraph (het CRM). */
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
  Woning: Woning;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Woning:
    ( { __typename: 'Woning' }
    & GraphQLRecursivePick<FederationTypes['Woning'], {"adresId":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Adres: ResolverTypeWrapper<AdresModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AdresKandidaat: ResolverTypeWrapper<AdresKandidaatModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Epc: ResolverTypeWrapper<EpcModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EpcAanbeveling: ResolverTypeWrapper<EpcAanbeveling>;
  EpcLabel: EpcLabel;
  EpcUitvoeringsmethode: ResolverTypeWrapper<EpcUitvoeringsmethode>;
  Lambert72Punt: ResolverTypeWrapper<Lambert72Punt>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Woning: ResolverTypeWrapper<WoningRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Adres: AdresModel;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  AdresKandidaat: AdresKandidaatModel;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Epc: EpcModel;
  Int: Scalars['Int']['output'];
  EpcAanbeveling: EpcAanbeveling;
  EpcUitvoeringsmethode: EpcUitvoeringsmethode;
  Lambert72Punt: Lambert72Punt;
  Query: Record<PropertyKey, never>;
  Woning: WoningRef;
}>;

export type AdresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Adres'] = ResolversParentTypes['Adres']> = ResolversObject<{
  busnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gemeentenaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  huisnummer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officieelToegekend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  positie?: Resolver<Maybe<ResolversTypes['Lambert72Punt']>, ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  straatnaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  volledigAdres?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AdresKandidaatResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdresKandidaat'] = ResolversParentTypes['AdresKandidaat']> = ResolversObject<{
  adresId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volledigAdres?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  woning?: Resolver<ResolversTypes['Woning'], ParentType, ContextType>;
}>;

export type EpcResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Epc'] = ResolversParentTypes['Epc']> = ResolversObject<{
  aanbevelingen?: Resolver<Array<ResolversTypes['EpcAanbeveling']>, ParentType, ContextType>;
  bouwjaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  certificaatnummer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  energiescore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gebouwType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gebouweenheidId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  geldigTot?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ingediendOp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EpcLabel'], ParentType, ContextType>;
}>;

export type EpcAanbevelingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpcAanbeveling'] = ResolversParentTypes['EpcAanbeveling']> = ResolversObject<{
  categorie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  huidigeSituatie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prioriteit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uitvoeringsmethodes?: Resolver<Array<ResolversTypes['EpcUitvoeringsmethode']>, ParentType, ContextType>;
}>;

export type EpcUitvoeringsmethodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpcUitvoeringsmethode'] = ResolversParentTypes['EpcUitvoeringsmethode']> = ResolversObject<{
  geschattePrijsvorkTot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  geschattePrijsvorkVan?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Lambert72PuntResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lambert72Punt'] = ResolversParentTypes['Lambert72Punt']> = ResolversObject<{
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  adresZoeken?: Resolver<Array<ResolversTypes['AdresKandidaat']>, ParentType, ContextType, RequireFields<QueryAdresZoekenArgs, 'huisnummer' | 'straatnaam'>>;
  woning?: Resolver<Maybe<ResolversTypes['Woning']>, ParentType, ContextType, RequireFields<QueryWoningArgs, 'adresId'>>;
}>;

export type WoningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Woning'] = ResolversParentTypes['Woning'], FederationReferenceType extends FederationReferenceTypes['Woning'] = FederationReferenceTypes['Woning']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Woning']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adres?: Resolver<Maybe<ResolversTypes['Adres']>, ParentType, ContextType>;
  adresId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  epc?: Resolver<Maybe<ResolversTypes['Epc']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Adres?: AdresResolvers<ContextType>;
  AdresKandidaat?: AdresKandidaatResolvers<ContextType>;
  Epc?: EpcResolvers<ContextType>;
  EpcAanbeveling?: EpcAanbevelingResolvers<ContextType>;
  EpcUitvoeringsmethode?: EpcUitvoeringsmethodeResolvers<ContextType>;
  Lambert72Punt?: Lambert72PuntResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Woning?: WoningResolvers<ContextType>;
}>;

