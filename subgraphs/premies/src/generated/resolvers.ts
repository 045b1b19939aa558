import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BurgerModel, DossierModel, PremieAdviesModel, PremieModel, PremieBronModel } from '../resolver-models.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Een kalenderdatum in ISO-8601, bv. 2026-03-01. */
  Date: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * Het burgerprofiel (eigendom van de dossier-subgraph), hier uitgebreid met wat de burger opgaf voor premies.
 * Enkel zichtbaar voor de burger zelf, het Energieloket (spoc, energieconsulent), de renovatiebegeleider en
 * Mijn Burgerprofiel; partners en analisten krijgen FORBIDDEN.
 */
export type Burger = {
  __typename?: 'Burger';
  id: Scalars['ID']['output'];
  /** De inkomenscategorie die de burger opgaf; null als hij die (nog) niet gaf. */
  inkomenscategorie?: Maybe<Inkomenscategorie>;
};

/** Het renovatiedossier (eigendom van de dossier-subgraph), hier uitgebreid met het premieadvies. */
export type Dossier = {
  __typename?: 'Dossier';
  burger: Burger;
  id: Scalars['ID']['output'];
  maatregelen: Array<Maatregel>;
  /**
   * Indicatief premieadvies van Mijn VerbouwPremie voor de geplande maatregelen van het dossier, volgens
   * de regels die gelden op `datum` (standaard vandaag in België: de datum van de aanvraag telt).
   * Een datum waarop geen regime van de regelset geldt, geeft BAD_USER_INPUT.
   * Enkel voor de burger zelf, het Energieloket, de renovatiebegeleider en Mijn Burgerprofiel.
   */
  premieAdvies?: Maybe<PremieAdvies>;
};


/** Het renovatiedossier (eigendom van de dossier-subgraph), hier uitgebreid met het premieadvies. */
export type DossierPremieAdviesArgs = {
  datum?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Inkomenscategorie van Mijn VerbouwPremie. Categorie 1 zijn de hoogste inkomens (kleinste premie),
 * categorie 4 de laagste inkomens (grootste premie).
 */
export type Inkomenscategorie =
  | 'CATEGORIE_1'
  | 'CATEGORIE_2'
  | 'CATEGORIE_3'
  | 'CATEGORIE_4';

/** Een maatregel (eigendom van de dossier-subgraph); de premie-subgraph leest er categorie, oppervlakte en bedrag van. */
export type Maatregel = {
  __typename?: 'Maatregel';
  bedragExclBtw?: Maybe<Scalars['Float']['output']>;
  categorie: Werkcategorie;
  id: Scalars['ID']['output'];
  oppervlakteM2?: Maybe<Scalars['Float']['output']>;
};

/** Een mogelijke premie voor één maatregel. */
export type Premie = {
  __typename?: 'Premie';
  /** Het bedrag in euro (2 decimalen); 0 als er geen premie is; null als het niet berekend kan worden (zie ontbreekt). */
  bedrag?: Maybe<Scalars['Float']['output']>;
  /** De begrenzingen van de regel die het bedrag verlaagden. */
  begrenzingen: Array<PremieBegrenzing>;
  /** Uitleg van de berekening, bv. '35 % van € 7.800 = € 2.730 (onder het maximum van € 3.675)'. */
  berekening: Scalars['String']['output'];
  /**
   * De betrouwbaarheid van de gebruikte cijfers: confirmed (twee onafhankelijke bronnen), single-source
   * (één bron) of conflict (de bronnen spreken elkaar tegen).
   */
  bronStatus?: Maybe<Scalars['String']['output']>;
  /** De bronnen van de gebruikte cijfers. */
  bronnen: Array<PremieBron>;
  categorie: Werkcategorie;
  maatregelId: Scalars['ID']['output'];
  /** Wat ontbreekt om een bedrag te berekenen of om in aanmerking te komen. */
  ontbreekt: Array<Scalars['String']['output']>;
  /** Het IPDC-product van deze premie. */
  product?: Maybe<Product>;
  /** De toegepaste regel uit de regelset, bv. MVP-2026/DAK/CATEGORIE_3; null als er geen regel gevonden werd. */
  regelId?: Maybe<Scalars['String']['output']>;
  status: PremieStatus;
  /** Toelichting bij de regel, bv. waarom de regelset geen bedrag kent. */
  toelichting?: Maybe<Scalars['String']['output']>;
  /** De voorwaarden van de regel, bv. 'uitgevoerd door een aannemer'. Enkel de minimumfactuur en 'samen met' worden nagekeken. */
  voorwaarden: Array<Scalars['String']['output']>;
};

/**
 * Het premieadvies voor een dossier: per geplande maatregel de mogelijke premie van Mijn VerbouwPremie,
 * met de regel die ze oplevert, de berekening en wat nog ontbreekt. Altijd indicatief.
 */
export type PremieAdvies = {
  __typename?: 'PremieAdvies';
  /** De datum waarvan de regels toegepast werden (de aanvraagdatum). */
  datum: Scalars['Date']['output'];
  /** Altijd waar: het advies is indicatief; de premie wordt toegekend door het Vlaamse premieloket. */
  indicatief: Scalars['Boolean']['output'];
  /** De inkomenscategorie van de burger waarmee gerekend werd; null als de burger ze niet opgaf. */
  inkomenscategorie?: Maybe<Inkomenscategorie>;
  /** Wat voor het hele dossier ontbreekt, bv. de inkomenscategorie van de burger. */
  ontbreekt: Array<Scalars['String']['output']>;
  /** Eén premie per geplande maatregel, in de volgorde van de maatregelen. */
  premies: Array<Premie>;
  /** De versie van de regelset waaruit het regime komt, bv. 2026.11.1. */
  regelsetVersie: Scalars['String']['output'];
  /** Het regime (de versie van de regels) dat op die datum gold, bv. MVP-2026. */
  regime: Scalars['String']['output'];
  /** Laatste aanvraagdatum van het regime; null zolang er geen einde bekend is. */
  regimeGeldigTot?: Maybe<Scalars['Date']['output']>;
  /** Eerste aanvraagdatum van het regime. */
  regimeGeldigVan: Scalars['Date']['output'];
  /** Som van de bedragen die berekend konden worden, in euro (premies zonder bedrag tellen niet mee). */
  totaal: Scalars['Float']['output'];
};

/** Een begrenzing uit de regel die het bedrag verlaagde. */
export type PremieBegrenzing =
  /** Het factuurbedrag telde maar mee tot het maximale factuurbedrag van de regel. */
  | 'MAXIMAAL_FACTUURBEDRAG'
  /** De oppervlakte werd begrensd tot de maximale oppervlakte van de regel. */
  | 'MAXIMALE_OPPERVLAKTE'
  /** Het bedrag werd begrensd tot het maximumbedrag van de regel. */
  | 'MAXIMUMBEDRAG'
  /** Het bedrag werd begrensd tot een percentage van de factuur. */
  | 'PERCENTAGE_VAN_FACTUUR';

/** Een bron van de cijfers van een regel. */
export type PremieBron = {
  __typename?: 'PremieBron';
  /** De datum van de bron, zoals de bron ze vermeldt (soms bij benadering). */
  datum?: Maybe<Scalars['String']['output']>;
  /** De code van de bron in de regelset, bv. NIBE. */
  naam: Scalars['String']['output'];
  /** Wat voor bron het is, bv. 'installer page'. */
  soort?: Maybe<Scalars['String']['output']>;
  /** Het webadres van de bron, als ze er een heeft. */
  url?: Maybe<Scalars['String']['output']>;
  /** Waar de bron te vinden is: een webadres of een beschrijving van de publieke repository. */
  vindplaats: Scalars['String']['output'];
};

/** De uitkomst van het advies voor één maatregel. */
export type PremieStatus =
  /** Het bedrag is berekend (bedrag is ingevuld). */
  | 'BEREKEND'
  /** Er ontbreekt een gegeven in het dossier, bv. de inkomenscategorie, de oppervlakte of het bedrag (bedrag is null). */
  | 'GEGEVENS_ONTBREKEN'
  /** Geen premie: de inkomenscategorie komt niet in aanmerking of een voorwaarde is niet voldaan (bedrag is 0). */
  | 'NIET_IN_AANMERKING'
  /**
   * De regelset kent geen (eenduidig) bedrag: het cijfer werd niet gevonden of de bronnen spreken elkaar
   * tegen (bedrag is null).
   */
  | 'REGEL_ONBEKEND';

/** Een product uit de IPDC-catalogus (eigendom van de ipdc-subgraph). */
export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Burger:
    ( { __typename: 'Burger' }
    & GraphQLRecursivePick<FederationTypes['Burger'], {"id":true}> );
  Dossier:
    ( { __typename: 'Dossier' }
    & GraphQLRecursivePick<FederationTypes['Dossier'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Dossier'], {"burger":{"id":true},"maatregelen":{"id":true,"categorie":true,"oppervlakteM2":true,"bedragExclBtw":true}}> ) );
  Maatregel:
    ( { __typename: 'Maatregel' }
    & GraphQLRecursivePick<FederationTypes['Maatregel'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Burger: ResolverTypeWrapper<BurgerModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Dossier: ResolverTypeWrapper<DossierModel>;
  Inkomenscategorie: Inkomenscategorie;
  Maatregel: ResolverTypeWrapper<Maatregel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Premie: ResolverTypeWrapper<PremieModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  PremieAdvies: ResolverTypeWrapper<PremieAdviesModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PremieBegrenzing: PremieBegrenzing;
  PremieBron: ResolverTypeWrapper<PremieBronModel>;
  PremieStatus: PremieStatus;
  Product: ResolverTypeWrapper<Product>;
  Werkcategorie: Werkcategorie;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Burger: BurgerModel;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  Dossier: DossierModel;
  Maatregel: Maatregel | FederationReferenceTypes['Maatregel'];
  Float: Scalars['Float']['output'];
  Premie: PremieModel;
  String: Scalars['String']['output'];
  PremieAdvies: PremieAdviesModel;
  Boolean: Scalars['Boolean']['output'];
  PremieBron: PremieBronModel;
  Product: Product;
}>;

export type BurgerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Burger'] = ResolversParentTypes['Burger'], FederationReferenceType extends FederationReferenceTypes['Burger'] = FederationReferenceTypes['Burger']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Burger']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inkomenscategorie?: Resolver<Maybe<ResolversTypes['Inkomenscategorie']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DossierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dossier'] = ResolversParentTypes['Dossier'], FederationReferenceType extends FederationReferenceTypes['Dossier'] = FederationReferenceTypes['Dossier']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dossier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  premieAdvies?: Resolver<Maybe<ResolversTypes['PremieAdvies']>, ParentType, ContextType, Partial<DossierPremieAdviesArgs>>;
}>;

export type MaatregelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Maatregel'] = ResolversParentTypes['Maatregel'], FederationReferenceType extends FederationReferenceTypes['Maatregel'] = FederationReferenceTypes['Maatregel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Maatregel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PremieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Premie'] = ResolversParentTypes['Premie']> = ResolversObject<{
  bedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  begrenzingen?: Resolver<Array<ResolversTypes['PremieBegrenzing']>, ParentType, ContextType>;
  berekening?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bronStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bronnen?: Resolver<Array<ResolversTypes['PremieBron']>, ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Werkcategorie'], ParentType, ContextType>;
  maatregelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ontbreekt?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  regelId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PremieStatus'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voorwaarden?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremieAdviesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAdvies'] = ResolversParentTypes['PremieAdvies']> = ResolversObject<{
  datum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  indicatief?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inkomenscategorie?: Resolver<Maybe<ResolversTypes['Inkomenscategorie']>, ParentType, ContextType>;
  ontbreekt?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  premies?: Resolver<Array<ResolversTypes['Premie']>, ParentType, ContextType>;
  regelsetVersie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regimeGeldigTot?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  regimeGeldigVan?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PremieBronResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieBron'] = ResolversParentTypes['PremieBron']> = ResolversObject<{
  datum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vindplaats?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Burger?: BurgerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Dossier?: DossierResolvers<ContextType>;
  Maatregel?: MaatregelResolvers<ContextType>;
  Premie?: PremieResolvers<ContextType>;
  PremieAdvies?: PremieAdviesResolvers<ContextType>;
  PremieBron?: PremieBronResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
}>;

