import type { GraphQLResolveInfo } from 'graphql';
import type { Product as ProductModel, Website as WebsiteModel, Voorwaarde as VoorwaardeModel, Tekstblok as TekstblokModel, Procedure as ProcedureModel, Regelgeving as RegelgevingModel, Contactpunt as ContactpuntModel, Contactadres as ContactadresModel } from '../domain/product.js';
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

/** Het bewijs bij een voorwaarde (een `Bewijs` in IPDC, m8g:Evidence), bv. een attest of een factuur. */
export type Bewijs = {
  __typename?: 'Bewijs';
  /** Welk bewijs je voorlegt en hoe (`beschrijving`, dct:description; HTML); null als de aanbieder in geen enkele taal een tekst gaf. */
  beschrijving?: Maybe<Scalars['String']['output']>;
  /** De titel van het bewijs (`naam`, dct:title) in de gevraagde taalvariant; null als de aanbieder in geen enkele taal een titel gaf. */
  naam?: Maybe<Scalars['String']['output']>;
};


/** Het bewijs bij een voorwaarde (een `Bewijs` in IPDC, m8g:Evidence), bv. een attest of een factuur. */
export type BewijsBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/** Het bewijs bij een voorwaarde (een `Bewijs` in IPDC, m8g:Evidence), bv. een attest of een factuur. */
export type BewijsNaamArgs = {
  taal?: InputMaybe<Taal>;
};

/**
 * Het adres van een contactpunt (`Adres` in IPDC, locn:Address). Straatnaam, gemeentenaam en land zijn in IPDC
 * taalvarianten: de hub geeft de Nederlandse spelling (`nl`), of anders de eerste die er is. Elk veld is null
 * als de aanbieder het niet invulde.
 */
export type Contactadres = {
  __typename?: 'Contactadres';
  /** Het busnummer (`busnummer`, adres:Adresvoorstelling.busnummer). */
  busnummer?: Maybe<Scalars['String']['output']>;
  /** De gemeente (`gemeentenaam`, adres:gemeentenaam), in de Nederlandse spelling, bv. Leuven. */
  gemeentenaam?: Maybe<Scalars['String']['output']>;
  /** Het huisnummer (`huisnummer`, adres:Adresvoorstelling.huisnummer), bv. "1" of "12A". */
  huisnummer?: Maybe<Scalars['String']['output']>;
  /** Het land (`land`, adres:land), in de Nederlandse spelling, bv. België. */
  land?: Maybe<Scalars['String']['output']>;
  /** De postcode (`postcode`, adres:postcode), bv. "3000". */
  postcode?: Maybe<Scalars['String']['output']>;
  /** De straatnaam (`straatnaam`, adres:Straatnaam), in de Nederlandse spelling. */
  straatnaam?: Maybe<Scalars['String']['output']>;
};

/**
 * Een contactpunt voor een product (`Contactgegevens` in IPDC, schema:ContactPoint). Elk veld is null als de
 * aanbieder het niet invulde; deze velden hebben geen taalvarianten.
 */
export type Contactpunt = {
  __typename?: 'Contactpunt';
  /** Het adres (`adres`, ipdc-lpdc:address); gaf de aanbieder er meerdere, dan het eerste. */
  adres?: Maybe<Contactadres>;
  /** Het e-mailadres (`email`, schema:email). */
  email?: Maybe<Scalars['String']['output']>;
  /** Openingsuren als vrije tekst (`openingsuren`, schema:openingHours). */
  openingsuren?: Maybe<Scalars['String']['output']>;
  /** Het telefoonnummer (`telefoonnummer`, schema:telephone), zoals de aanbieder het schreef. */
  telefoonnummer?: Maybe<Scalars['String']['output']>;
  /** Een webpagina van het contactpunt (`url`, schema:url), bv. een contactformulier. */
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * Doelgroep volgens de IPDC-codelijst Doelgroep (`doelgroepen`, ipdc-lpdc:targetAudience; concepten
 * https://productencatalogus.data.vlaanderen.be/id/concept/Doelgroep/{code}).
 */
export type Doelgroep =
  /** Burgers (code Burger). */
  | 'BURGER'
  /** Lokale besturen (code LokaalBestuur), bv. gemeenten en OCMW's. */
  | 'LOKAAL_BESTUUR'
  /** Ondernemingen (code Onderneming). */
  | 'ONDERNEMING'
  /** Organisaties (code Organisatie). */
  | 'ORGANISATIE'
  /** Verenigingen (code Vereniging). */
  | 'VERENIGING'
  /** De Vlaamse overheid (code VlaamseOverheid). */
  | 'VLAAMSE_OVERHEID';

/**
 * Een financieel voordeel van een product, bv. een premie of een lening (een `FinancieelVoordeel` in IPDC,
 * ipdc-lpdc:FinancialAdvantage; vrije tekst, HTML). Bedragen als getal berekent de premies-subgraph met zijn eigen premieregels.
 */
export type FinancieelVoordeel = {
  __typename?: 'FinancieelVoordeel';
  /** Wat je krijgt, bv. het bedrag in woorden (`beschrijving`, dct:description; HTML); null als de aanbieder in geen enkele taal een tekst gaf. */
  beschrijving?: Maybe<Scalars['String']['output']>;
  /** De titel van het voordeel (`naam`, dct:title) in de gevraagde taalvariant; null als de aanbieder in geen enkele taal een titel gaf. */
  naam?: Maybe<Scalars['String']['output']>;
};


/**
 * Een financieel voordeel van een product, bv. een premie of een lening (een `FinancieelVoordeel` in IPDC,
 * ipdc-lpdc:FinancialAdvantage; vrije tekst, HTML). Bedragen als getal berekent de premies-subgraph met zijn eigen premieregels.
 */
export type FinancieelVoordeelBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/**
 * Een financieel voordeel van een product, bv. een premie of een lening (een `FinancieelVoordeel` in IPDC,
 * ipdc-lpdc:FinancialAdvantage; vrije tekst, HTML). Bedragen als getal berekent de premies-subgraph met zijn eigen premieregels.
 */
export type FinancieelVoordeelNaamArgs = {
  taal?: InputMaybe<Taal>;
};

/**
 * De kopie (replica) van de IPDC-catalogus. De hub leest de feed van productversies van IPDC (de
 * instantiesnapshots, een LDES) pagina per pagina, bewaart per product de nieuwste versie en laat
 * gearchiveerde producten weg; de catalogusvragen worden uit deze kopie beantwoord. Een onderbroken
 * synchronisatie gaat de volgende keer verder waar ze stopte.
 */
export type IpdcReplicatie = {
  __typename?: 'IpdcReplicatie';
  /** Hoeveel producten IPDC archiveerde; de catalogus toont ze niet meer. */
  aantalGearchiveerd: Scalars['Int']['output'];
  /** Hoeveel producten de catalogus nu aanbiedt (zonder de gearchiveerde). */
  aantalProducten: Scalars['Int']['output'];
  /** De pagina van de feed waar de volgende synchronisatie begint. */
  feedPagina: Scalars['Int']['output'];
  /** Waarom de laatste synchronisatie mislukte; null als de laatste volledige synchronisatie nadien lukte. */
  laatsteFout?: Maybe<ReplicatieFout>;
  /** Wanneer de huidige of laatste synchronisatie begon (ISO-8601). */
  laatstePoging?: Maybe<Scalars['String']['output']>;
  /** Wanneer de laatste volledige synchronisatie eindigde (ISO-8601); null zolang er geen was. */
  laatsteSync?: Maybe<Scalars['String']['output']>;
  /** Het tijdstip van de nieuwste productversie in de kopie (generatedAtTime in IPDC, ISO-8601). */
  laatsteWijzigingInIpdc?: Maybe<Scalars['String']['output']>;
  /** Hoeveel pagina's de huidige of laatste synchronisatie las. */
  paginasGelezen: Scalars['Int']['output'];
  /** Hoeveel producten ze toevoegde, bijwerkte of archiveerde. */
  productenGewijzigd: Scalars['Int']['output'];
  /**
   * Hoe de huidige of laatste synchronisatie ervoor staat. Een synchronisatie die als bezig geregistreerd staat
   * maar niet meer loopt (de dienst stopte onverwacht), toont ONDERBROKEN.
   */
  status: ReplicatieStatus;
  /** Hoeveel productversies (snapshots) op die pagina's stonden. */
  versiesGelezen: Scalars['Int']['output'];
};

/** Wat een product kost (een `Kost` in IPDC, m8g:Cost; vrije tekst, HTML). */
export type Kost = {
  __typename?: 'Kost';
  /** Wat je betaalt en wanneer (`beschrijving`, dct:description; HTML, geen bedrag als getal); null als de aanbieder in geen enkele taal een tekst gaf. */
  beschrijving?: Maybe<Scalars['String']['output']>;
  /** De titel van de kost (`naam`, dct:title) in de gevraagde taalvariant; null als de aanbieder in geen enkele taal een titel gaf. */
  naam?: Maybe<Scalars['String']['output']>;
};


/** Wat een product kost (een `Kost` in IPDC, m8g:Cost; vrije tekst, HTML). */
export type KostBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/** Wat een product kost (een `Kost` in IPDC, m8g:Cost; vrije tekst, HTML). */
export type KostNaamArgs = {
  taal?: InputMaybe<Taal>;
};

/** Een stap of manier om een product aan te vragen (een `Procedure` in IPDC, cpsv:Rule). */
export type Procedure = {
  __typename?: 'Procedure';
  /** Hoe de procedure verloopt (`beschrijving`, dct:description; HTML); null als de aanbieder in geen enkele taal een tekst gaf. */
  beschrijving?: Maybe<Scalars['String']['output']>;
  /** De titel van de procedure (`naam`, dct:title) in de gevraagde taalvariant; null als de aanbieder in geen enkele taal een titel gaf. */
  naam?: Maybe<Scalars['String']['output']>;
  /** Webpagina's bij deze procedure, bv. het aanvraagformulier (`websites`, ipdc-lpdc:hasWebsite), in de volgorde van de aanbieder. */
  websites: Array<Website>;
};


/** Een stap of manier om een product aan te vragen (een `Procedure` in IPDC, cpsv:Rule). */
export type ProcedureBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/** Een stap of manier om een product aan te vragen (een `Procedure` in IPDC, cpsv:Rule). */
export type ProcedureNaamArgs = {
  taal?: InputMaybe<Taal>;
};

/**
 * Een product of dienst uit de Vlaamse productencatalogus IPDC (Inventaris Publieke Dienstverlening),
 * bv. renovatiebegeleiding, een DuBo-advies, Mijn VerbouwPremie of Mijn VerbouwLening.
 *
 * De catalogus is publieke informatie: iedereen mag hem lezen, ook zonder aan te melden. De gegevens komen
 * uit de kopie die de hub van de IPDC-feed bijhoudt (een IPDC-instantie, `InstantieSnapshot` in de feed;
 * zie `ipdcReplicatie`); enkel `product` vraagt een id dat de kopie nog niet kent rechtstreeks aan IPDC. Teksten bestaan in meerdere taalvarianten; kies er een met het argument `taal`
 * (zie `Taal` voor de terugval). Een tekstveld is null als IPDC die tekst in geen enkele taal gaf; een lijst
 * zonder elementen is leeg, nooit null.
 */
export type Product = {
  __typename?: 'Product';
  /** De beschrijving (`beschrijving`, dct:description; HTML) in de gevraagde taalvariant, met dezelfde terugval als de naam. */
  beschrijving?: Maybe<Scalars['String']['output']>;
  /** Waar je terecht kunt met vragen (`contactgegevens`, m8g:hasContactPoint), in de volgorde van de aanbieder. */
  contactpunten: Array<Contactpunt>;
  /** De doelgroepen (`doelgroepen`, ipdc-lpdc:targetAudience); codes die de hub niet kent, worden weggelaten. */
  doelgroepen: Array<Doelgroep>;
  /**
   * Het financiële voordeel dat het product geeft, bv. het premiebedrag (`financieleVoordelen`, cpsv:produces;
   * vrije tekst: IPDC kent geen bedragen als getal), in de volgorde van de aanbieder.
   */
  financieleVoordelen: Array<FinancieelVoordeel>;
  /** Einde van de dienstverlening (`eindeDienstVerlening`, schema:endDate; ISO-8601); null als er geen einddatum is. */
  geldigTot?: Maybe<Scalars['String']['output']>;
  /** Begin van de dienstverlening (`startDienstVerlening`, schema:startDate; ISO-8601); null als er geen begindatum is. */
  geldigVanaf?: Maybe<Scalars['String']['output']>;
  /**
   * NUTS- of LAU-codes van de gebieden waar het product geldt (`geografischToepassingsgebieden`, dct:spatial;
   * enkel de code, zonder de URI ervoor), bv. BE24224062 voor Leuven of BE2 voor het Vlaams Gewest.
   */
  geografischToepassingsgebieden: Array<Scalars['String']['output']>;
  /** De uuid van de IPDC-instantie (het laatste deel van haar URI http://data.lblod.info/id/public-service/{uuid}), in kleine letters. */
  id: Scalars['ID']['output'];
  /** Wat het product kost (`kosten`, m8g:hasCost; vrije tekst), in de volgorde van de aanbieder. */
  kosten: Array<Kost>;
  /** Wanneer de aanbieder het product het laatst wijzigde (`laatstGewijzigd`, schema:dateModified; ISO-8601); null als IPDC het niet meegaf. */
  laatstGewijzigd?: Maybe<Scalars['String']['output']>;
  /**
   * De naam (`naam`, dct:title) in de gevraagde taalvariant, met de terugval van `Taal`. Nooit null: een
   * actueel product heeft altijd een naam (in het uiterste geval toont de hub de URI).
   */
  naam: Scalars['String']['output'];
  /** Hoe je het product aanvraagt (`procedures`, cpsv:follows), in de volgorde van de aanbieder. */
  procedures: Array<Procedure>;
  /** Het productnummer in IPDC (`productnummer`, schema:productID), bv. "70320"; null als de aanbieder er geen gaf. */
  productnummer?: Maybe<Scalars['String']['output']>;
  /** De regelgeving waarop het product steunt (`regelgeving`, m8g:hasLegalResource), in de volgorde van de aanbieder. */
  regelgeving: Array<Regelgeving>;
  /** De thema's (`themas`, m8g:thematicArea); codes die de hub niet kent, worden weggelaten. */
  themas: Array<Thema>;
  /** Het producttype (`type`, dct:type); null als het product geen type heeft of IPDC een code gebruikt die de hub (nog) niet kent. */
  type?: Maybe<ProductType>;
  /** Uitzonderingen (`uitzonderingen`, ipdc-lpdc:exception; HTML); null als de aanbieder die niet gaf. */
  uitzonderingen?: Maybe<Scalars['String']['output']>;
  /** De volledige URI van de instantie in IPDC (`@id` van de instantie, `isVersionOf` van een snapshot in de feed), bv. http://data.lblod.info/id/public-service/{uuid}. */
  uri: Scalars['String']['output'];
  /** Een verdere beschrijving (`verdereBeschrijving`, ipdc-lpdc:additionalDescription; HTML); null als de aanbieder die niet gaf. */
  verdereBeschrijving?: Maybe<Scalars['String']['output']>;
  /** Voorwaarden om het product te krijgen (`voorwaarden`, belgif:hasRequirement), met het bewijs dat je moet voorleggen; in de volgorde van de aanbieder. */
  voorwaarden: Array<Voorwaarde>;
  /** Meer informatie op het web (`websites`, rdfs:seeAlso), in de volgorde van de aanbieder. */
  websites: Array<Website>;
  /**
   * Trefwoorden waarop de aanbieder het product vindbaar wil maken (`zoektermen`, dcat:keyword), in de
   * gevraagde taalvariant met dezelfde terugval als de naam; leeg als er geen zijn.
   */
  zoektermen: Array<Scalars['String']['output']>;
};


/**
 * Een product of dienst uit de Vlaamse productencatalogus IPDC (Inventaris Publieke Dienstverlening),
 * bv. renovatiebegeleiding, een DuBo-advies, Mijn VerbouwPremie of Mijn VerbouwLening.
 *
 * De catalogus is publieke informatie: iedereen mag hem lezen, ook zonder aan te melden. De gegevens komen
 * uit de kopie die de hub van de IPDC-feed bijhoudt (een IPDC-instantie, `InstantieSnapshot` in de feed;
 * zie `ipdcReplicatie`); enkel `product` vraagt een id dat de kopie nog niet kent rechtstreeks aan IPDC. Teksten bestaan in meerdere taalvarianten; kies er een met het argument `taal`
 * (zie `Taal` voor de terugval). Een tekstveld is null als IPDC die tekst in geen enkele taal gaf; een lijst
 * zonder elementen is leeg, nooit null.
 */
export type ProductBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/**
 * Een product of dienst uit de Vlaamse productencatalogus IPDC (Inventaris Publieke Dienstverlening),
 * bv. renovatiebegeleiding, een DuBo-advies, Mijn VerbouwPremie of Mijn VerbouwLening.
 *
 * De catalogus is publieke informatie: iedereen mag hem lezen, ook zonder aan te melden. De gegevens komen
 * uit de kopie die de hub van de IPDC-feed bijhoudt (een IPDC-instantie, `InstantieSnapshot` in de feed;
 * zie `ipdcReplicatie`); enkel `product` vraagt een id dat de kopie nog niet kent rechtstreeks aan IPDC. Teksten bestaan in meerdere taalvarianten; kies er een met het argument `taal`
 * (zie `Taal` voor de terugval). Een tekstveld is null als IPDC die tekst in geen enkele taal gaf; een lijst
 * zonder elementen is leeg, nooit null.
 */
export type ProductNaamArgs = {
  taal?: InputMaybe<Taal>;
};


/**
 * Een product of dienst uit de Vlaamse productencatalogus IPDC (Inventaris Publieke Dienstverlening),
 * bv. renovatiebegeleiding, een DuBo-advies, Mijn VerbouwPremie of Mijn VerbouwLening.
 *
 * De catalogus is publieke informatie: iedereen mag hem lezen, ook zonder aan te melden. De gegevens komen
 * uit de kopie die de hub van de IPDC-feed bijhoudt (een IPDC-instantie, `InstantieSnapshot` in de feed;
 * zie `ipdcReplicatie`); enkel `product` vraagt een id dat de kopie nog niet kent rechtstreeks aan IPDC. Teksten bestaan in meerdere taalvarianten; kies er een met het argument `taal`
 * (zie `Taal` voor de terugval). Een tekstveld is null als IPDC die tekst in geen enkele taal gaf; een lijst
 * zonder elementen is leeg, nooit null.
 */
export type ProductUitzonderingenArgs = {
  taal?: InputMaybe<Taal>;
};


/**
 * Een product of dienst uit de Vlaamse productencatalogus IPDC (Inventaris Publieke Dienstverlening),
 * bv. renovatiebegeleiding, een DuBo-advies, Mijn VerbouwPremie of Mijn VerbouwLening.
 *
 * De catalogus is publieke informatie: iedereen mag hem lezen, ook zonder aan te melden. De gegevens komen
 * uit de kopie die de hub van de IPDC-feed bijhoudt (een IPDC-instantie, `InstantieSnapshot` in de feed;
 * zie `ipdcReplicatie`); enkel `product` vraagt een id dat de kopie nog niet kent rechtstreeks aan IPDC. Teksten bestaan in meerdere taalvarianten; kies er een met het argument `taal`
 * (zie `Taal` voor de terugval). Een tekstveld is null als IPDC die tekst in geen enkele taal gaf; een lijst
 * zonder elementen is leeg, nooit null.
 */
export type ProductVerdereBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/**
 * Een product of dienst uit de Vlaamse productencatalogus IPDC (Inventaris Publieke Dienstverlening),
 * bv. renovatiebegeleiding, een DuBo-advies, Mijn VerbouwPremie of Mijn VerbouwLening.
 *
 * De catalogus is publieke informatie: iedereen mag hem lezen, ook zonder aan te melden. De gegevens komen
 * uit de kopie die de hub van de IPDC-feed bijhoudt (een IPDC-instantie, `InstantieSnapshot` in de feed;
 * zie `ipdcReplicatie`); enkel `product` vraagt een id dat de kopie nog niet kent rechtstreeks aan IPDC. Teksten bestaan in meerdere taalvarianten; kies er een met het argument `taal`
 * (zie `Taal` voor de terugval). Een tekstveld is null als IPDC die tekst in geen enkele taal gaf; een lijst
 * zonder elementen is leeg, nooit null.
 */
export type ProductZoektermenArgs = {
  taal?: InputMaybe<Taal>;
};

/**
 * Producttype volgens de IPDC-codelijst Type (`type`, dct:type; concepten
 * https://productencatalogus.data.vlaanderen.be/id/concept/Type/{code}).
 */
export type ProductType =
  /** Advies en begeleiding (code AdviesBegeleiding), bv. renovatiebegeleiding of een DuBo-advies. */
  | 'ADVIES_BEGELEIDING'
  /** Bewijs (code Bewijs): een attest, uittreksel of ander document dat iets aantoont. */
  | 'BEWIJS'
  /** Financieel voordeel (code FinancieelVoordeel), bv. een premie, subsidie of lening zoals Mijn VerbouwPremie. */
  | 'FINANCIEEL_VOORDEEL'
  /** Financiële verplichting (code FinancieleVerplichting): iets wat je moet betalen, bv. een belasting of retributie. */
  | 'FINANCIELE_VERPLICHTING'
  /** Infrastructuur en materiaal (code InfrastructuurMateriaal): het beschikbaar stellen van infrastructuur en materiaal. */
  | 'INFRASTRUCTUUR_MATERIAAL'
  /** Toelating (code Toelating): een vergunning, erkenning of toestemming. */
  | 'TOELATING'
  /** Voorwerp (code Voorwerp): iets tastbaars dat je krijgt. */
  | 'VOORWERP';

export type Query = {
  __typename?: 'Query';
  /**
   * Hoe de kopie van de IPDC-catalogus bij is: voor medewerkers van de stad (spoc, energieconsulent,
   * renovatiebegeleider, stadsdienst, analist). Anderen krijgen FORBIDDEN, anonieme oproepers UNAUTHENTICATED.
   */
  ipdcReplicatie: IpdcReplicatie;
  /**
   * Eén product op zijn id (de uuid van de IPDC-instantie), uit de kopie van de catalogus.
   * Een id dat de kopie nog niet kent (bv. een product dat IPDC pas na de laatste synchronisatie publiceerde),
   * wordt rechtstreeks aan IPDC gevraagd. Geeft null (zonder fout) als IPDC het product niet kent of als het
   * gearchiveerd is. Een id dat geen uuid is, geeft de fout BAD_USER_INPUT.
   */
  product?: Maybe<Product>;
  /**
   * Eén product op zijn productnummer in IPDC (bv. "70320"), uit de kopie van de catalogus. Geeft null (zonder
   * fout) als geen actueel product dat nummer heeft; hebben er meerdere dat nummer, dan dat met de nieuwste versie.
   * Een leeg of te lang nummer geeft BAD_USER_INPUT.
   */
  productOpNummer?: Maybe<Product>;
  /**
   * Producten uit de catalogus (de actuele, niet-gearchiveerde producten), alfabetisch op Nederlandse naam.
   * Alle filters zijn optioneel en worden gecombineerd (en).
   *
   * De hub houdt een kopie van de IPDC-catalogus bij en werkt die elk kwartier bij uit de feed van IPDC: een
   * wijziging in IPDC verschijnt hier dus met wat vertraging (zie `ipdcReplicatie`). Zolang de eerste
   * synchronisatie niet klaar is, geeft deze vraag de fout UPSTREAM_UNAVAILABLE met bron ipdc.
   */
  producten: Array<Product>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductOpNummerArgs = {
  productnummer: Scalars['String']['input'];
};


export type QueryProductenArgs = {
  doelgroep?: InputMaybe<Doelgroep>;
  geldigOp?: InputMaybe<Scalars['String']['input']>;
  gemeente?: InputMaybe<Scalars['String']['input']>;
  limiet?: InputMaybe<Scalars['Int']['input']>;
  thema?: InputMaybe<Thema>;
  type?: InputMaybe<ProductType>;
  vanaf?: InputMaybe<Scalars['Int']['input']>;
  zoektaal?: InputMaybe<Taal>;
  zoekterm?: InputMaybe<Scalars['String']['input']>;
};

/** Regelgeving waarop een product steunt (een `Regelgeving` in IPDC, eli:LegalResource). */
export type Regelgeving = {
  __typename?: 'Regelgeving';
  /** Een toelichting bij de regelgeving (`beschrijving`, dct:description; HTML); null als de aanbieder in geen enkele taal een tekst gaf. */
  beschrijving?: Maybe<Scalars['String']['output']>;
  /** De titel van de regelgeving (`naam`, dct:title), bv. het besluit, in de gevraagde taalvariant; null als de aanbieder in geen enkele taal een titel gaf. */
  naam?: Maybe<Scalars['String']['output']>;
  /** Link naar de tekst, bv. in de Vlaamse Codex (`url`, schema:url); null als de aanbieder geen link gaf. */
  url?: Maybe<Scalars['String']['output']>;
};


/** Regelgeving waarop een product steunt (een `Regelgeving` in IPDC, eli:LegalResource). */
export type RegelgevingBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/** Regelgeving waarop een product steunt (een `Regelgeving` in IPDC, eli:LegalResource). */
export type RegelgevingNaamArgs = {
  taal?: InputMaybe<Taal>;
};

/** Een fout bij de synchronisatie. */
export type ReplicatieFout = {
  __typename?: 'ReplicatieFout';
  /** Wat er misliep, in het Nederlands en zonder technische details (zoals `message` van een GraphQL-fout); meer staat in de logs. */
  bericht: Scalars['String']['output'];
  /** De bron die faalde (bv. ipdc); null voor een fout in de hub zelf. */
  bron?: Maybe<Scalars['String']['output']>;
  /** De foutcode, zoals in `extensions.code` van een GraphQL-fout (bv. UPSTREAM_UNAVAILABLE). */
  code: Scalars['String']['output'];
  /** Wanneer (ISO-8601). */
  op: Scalars['String']['output'];
};

/** Toestand van de synchronisatie van de kopie met IPDC. */
export type ReplicatieStatus =
  /** Een synchronisatie loopt. */
  | 'BEZIG'
  /** De laatste synchronisatie stopte op een fout; de volgende gaat verder op de pagina die mislukte. */
  | 'MISLUKT'
  /** Er liep nog geen synchronisatie. */
  | 'NIET_GESTART'
  /** De laatste synchronisatie werd gestopt (bv. bij het afsluiten van de dienst); de volgende gaat verder. */
  | 'ONDERBROKEN'
  /** De laatste synchronisatie las de feed tot het einde. */
  | 'VOLTOOID';

/**
 * Taalvariant van een IPDC-tekst. IPDC geeft teksten als JSON-LD-taalmap met de taaltags `nl`,
 * `nl-BE-x-formal` (u-vorm), `nl-BE-x-informal` (je-vorm), `nl-BE-x-generated-informal` (automatisch
 * omgezette je-vorm) en `en`; een lege tekst telt als ontbrekend. Ontbreekt de gevraagde variant, dan geldt
 * deze terugval (de eerste variant die bestaat wint; bestaat geen van deze, dan om het even welke andere taal):
 *
 * - NL: nl → nl-BE-x-formal → nl-BE-x-informal → nl-BE-x-generated-informal → en
 * - NL_FORMEEL: nl-BE-x-formal → nl → nl-BE-x-informal → nl-BE-x-generated-informal → en
 * - NL_INFORMEEL: nl-BE-x-informal → nl-BE-x-generated-informal → nl → nl-BE-x-formal → en
 * - EN: en → nl → nl-BE-x-formal → nl-BE-x-informal → nl-BE-x-generated-informal
 */
export type Taal =
  /** Engels; valt terug op Nederlands. */
  | 'EN'
  /** Nederlands; de formele variant als er geen neutrale is. */
  | 'NL'
  /** Nederlands in de u-vorm. */
  | 'NL_FORMEEL'
  /** Nederlands in de je-vorm; ook de automatisch gegenereerde je-vorm (nl-BE-x-generated-informal). */
  | 'NL_INFORMEEL';

/**
 * Thema volgens de IPDC-codelijst Thema (`themas`, m8g:thematicArea; concepten
 * https://productencatalogus.data.vlaanderen.be/id/concept/Thema/{code}).
 */
export type Thema =
  /** Bouwen en Wonen (code BouwenWonen), bv. renoveren, verbouwpremies en -leningen. */
  | 'BOUWEN_WONEN'
  /** Burger en Overheid (code BurgerOverheid). */
  | 'BURGER_OVERHEID'
  /** Cultuur, Sport en Vrije Tijd (code CultuurSportVrijeTijd). */
  | 'CULTUUR_SPORT_VRIJE_TIJD'
  /** Economie en Werk (code EconomieWerk). */
  | 'ECONOMIE_WERK'
  /** Milieu en Energie (code MilieuEnergie), bv. energiebesparing en energieadvies. */
  | 'MILIEU_ENERGIE'
  /** Mobiliteit en Openbare Werken (code MobiliteitOpenbareWerken). */
  | 'MOBILITEIT_OPENBARE_WERKEN'
  /** Onderwijs en Wetenschap (code OnderwijsWetenschap). */
  | 'ONDERWIJS_WETENSCHAP'
  /** Welzijn en Gezondheid (code WelzijnGezondheid). */
  | 'WELZIJN_GEZONDHEID';

/** Een voorwaarde van een product (een `Voorwaarde` in IPDC, m8g:Requirement). */
export type Voorwaarde = {
  __typename?: 'Voorwaarde';
  /** De voorwaarde zelf (`beschrijving`, dct:description; HTML); null als de aanbieder in geen enkele taal een tekst gaf. */
  beschrijving?: Maybe<Scalars['String']['output']>;
  /** Het bewijs dat je voorlegt om aan te tonen dat je aan de voorwaarde voldoet (`bewijs`, m8g:hasSupportingEvidence); null als er geen gevraagd wordt. */
  bewijs?: Maybe<Bewijs>;
  /** De titel van de voorwaarde (`naam`, dct:title) in de gevraagde taalvariant; null als de aanbieder in geen enkele taal een titel gaf. */
  naam?: Maybe<Scalars['String']['output']>;
};


/** Een voorwaarde van een product (een `Voorwaarde` in IPDC, m8g:Requirement). */
export type VoorwaardeBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/** Een voorwaarde van een product (een `Voorwaarde` in IPDC, m8g:Requirement). */
export type VoorwaardeNaamArgs = {
  taal?: InputMaybe<Taal>;
};

/** Een webpagina met meer informatie (een `Website` in IPDC, schema:WebSite). */
export type Website = {
  __typename?: 'Website';
  /** Een korte beschrijving van de pagina (`beschrijving`, dct:description; HTML); null als de aanbieder er geen gaf. */
  beschrijving?: Maybe<Scalars['String']['output']>;
  /** De titel van de pagina (`naam`, dct:title) in de gevraagde taalvariant; de URL als de aanbieder in geen enkele taal een titel gaf. */
  naam: Scalars['String']['output'];
  /** Het adres van de pagina (`url`, schema:url), zoals de aanbieder het gaf. */
  url: Scalars['String']['output'];
};


/** Een webpagina met meer informatie (een `Website` in IPDC, schema:WebSite). */
export type WebsiteBeschrijvingArgs = {
  taal?: InputMaybe<Taal>;
};


/** Een webpagina met meer informatie (een `Website` in IPDC, schema:WebSite). */
export type WebsiteNaamArgs = {
  taal?: InputMaybe<Taal>;
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
  Product: Product;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Bewijs: ResolverTypeWrapper<TekstblokModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Contactadres: ResolverTypeWrapper<ContactadresModel>;
  Contactpunt: ResolverTypeWrapper<ContactpuntModel>;
  Doelgroep: Doelgroep;
  FinancieelVoordeel: ResolverTypeWrapper<TekstblokModel>;
  IpdcReplicatie: ResolverTypeWrapper<IpdcReplicatie>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Kost: ResolverTypeWrapper<TekstblokModel>;
  Procedure: ResolverTypeWrapper<ProcedureModel>;
  Product: ResolverTypeWrapper<ProductModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ProductType: ProductType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regelgeving: ResolverTypeWrapper<RegelgevingModel>;
  ReplicatieFout: ResolverTypeWrapper<ReplicatieFout>;
  ReplicatieStatus: ReplicatieStatus;
  Taal: Taal;
  Thema: Thema;
  Voorwaarde: ResolverTypeWrapper<VoorwaardeModel>;
  Website: ResolverTypeWrapper<WebsiteModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Bewijs: TekstblokModel;
  String: Scalars['String']['output'];
  Contactadres: ContactadresModel;
  Contactpunt: ContactpuntModel;
  FinancieelVoordeel: TekstblokModel;
  IpdcReplicatie: IpdcReplicatie;
  Int: Scalars['Int']['output'];
  Kost: TekstblokModel;
  Procedure: ProcedureModel;
  Product: ProductModel;
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  Regelgeving: RegelgevingModel;
  ReplicatieFout: ReplicatieFout;
  Voorwaarde: VoorwaardeModel;
  Website: WebsiteModel;
  Boolean: Scalars['Boolean']['output'];
}>;

export type BewijsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Bewijs'] = ResolversParentTypes['Bewijs']> = ResolversObject<{
  beschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BewijsBeschrijvingArgs, 'taal'>>;
  naam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BewijsNaamArgs, 'taal'>>;
}>;

export type ContactadresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contactadres'] = ResolversParentTypes['Contactadres']> = ResolversObject<{
  busnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gemeentenaam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  huisnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  land?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  straatnaam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactpuntResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contactpunt'] = ResolversParentTypes['Contactpunt']> = ResolversObject<{
  adres?: Resolver<Maybe<ResolversTypes['Contactadres']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openingsuren?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  telefoonnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FinancieelVoordeelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FinancieelVoordeel'] = ResolversParentTypes['FinancieelVoordeel']> = ResolversObject<{
  beschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<FinancieelVoordeelBeschrijvingArgs, 'taal'>>;
  naam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<FinancieelVoordeelNaamArgs, 'taal'>>;
}>;

export type IpdcReplicatieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IpdcReplicatie'] = ResolversParentTypes['IpdcReplicatie']> = ResolversObject<{
  aantalGearchiveerd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aantalProducten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feedPagina?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  laatsteFout?: Resolver<Maybe<ResolversTypes['ReplicatieFout']>, ParentType, ContextType>;
  laatstePoging?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  laatsteSync?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  laatsteWijzigingInIpdc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paginasGelezen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productenGewijzigd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReplicatieStatus'], ParentType, ContextType>;
  versiesGelezen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Kost'] = ResolversParentTypes['Kost']> = ResolversObject<{
  beschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<KostBeschrijvingArgs, 'taal'>>;
  naam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<KostNaamArgs, 'taal'>>;
}>;

export type ProcedureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Procedure'] = ResolversParentTypes['Procedure']> = ResolversObject<{
  beschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProcedureBeschrijvingArgs, 'taal'>>;
  naam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProcedureNaamArgs, 'taal'>>;
  websites?: Resolver<Array<ResolversTypes['Website']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  beschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProductBeschrijvingArgs, 'taal'>>;
  contactpunten?: Resolver<Array<ResolversTypes['Contactpunt']>, ParentType, ContextType>;
  doelgroepen?: Resolver<Array<ResolversTypes['Doelgroep']>, ParentType, ContextType>;
  financieleVoordelen?: Resolver<Array<ResolversTypes['FinancieelVoordeel']>, ParentType, ContextType>;
  geldigTot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geldigVanaf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geografischToepassingsgebieden?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kosten?: Resolver<Array<ResolversTypes['Kost']>, ParentType, ContextType>;
  laatstGewijzigd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ProductNaamArgs, 'taal'>>;
  procedures?: Resolver<Array<ResolversTypes['Procedure']>, ParentType, ContextType>;
  productnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regelgeving?: Resolver<Array<ResolversTypes['Regelgeving']>, ParentType, ContextType>;
  themas?: Resolver<Array<ResolversTypes['Thema']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ProductType']>, ParentType, ContextType>;
  uitzonderingen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProductUitzonderingenArgs, 'taal'>>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdereBeschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProductVerdereBeschrijvingArgs, 'taal'>>;
  voorwaarden?: Resolver<Array<ResolversTypes['Voorwaarde']>, ParentType, ContextType>;
  websites?: Resolver<Array<ResolversTypes['Website']>, ParentType, ContextType>;
  zoektermen?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProductZoektermenArgs, 'taal'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  ipdcReplicatie?: Resolver<ResolversTypes['IpdcReplicatie'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productOpNummer?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductOpNummerArgs, 'productnummer'>>;
  producten?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductenArgs, 'limiet' | 'vanaf'>>;
}>;

export type RegelgevingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Regelgeving'] = ResolversParentTypes['Regelgeving']> = ResolversObject<{
  beschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RegelgevingBeschrijvingArgs, 'taal'>>;
  naam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RegelgevingNaamArgs, 'taal'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReplicatieFoutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReplicatieFout'] = ResolversParentTypes['ReplicatieFout']> = ResolversObject<{
  bericht?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VoorwaardeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Voorwaarde'] = ResolversParentTypes['Voorwaarde']> = ResolversObject<{
  beschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<VoorwaardeBeschrijvingArgs, 'taal'>>;
  bewijs?: Resolver<Maybe<ResolversTypes['Bewijs']>, ParentType, ContextType>;
  naam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<VoorwaardeNaamArgs, 'taal'>>;
}>;

export type WebsiteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Website'] = ResolversParentTypes['Website']> = ResolversObject<{
  beschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<WebsiteBeschrijvingArgs, 'taal'>>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<WebsiteNaamArgs, 'taal'>>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Bewijs?: BewijsResolvers<ContextType>;
  Contactadres?: ContactadresResolvers<ContextType>;
  Contactpunt?: ContactpuntResolvers<ContextType>;
  FinancieelVoordeel?: FinancieelVoordeelResolvers<ContextType>;
  IpdcReplicatie?: IpdcReplicatieResolvers<ContextType>;
  Kost?: KostResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regelgeving?: RegelgevingResolvers<ContextType>;
  ReplicatieFout?: ReplicatieFoutResolvers<ContextType>;
  Voorwaarde?: VoorwaardeResolvers<ContextType>;
  Website?: WebsiteResolvers<ContextType>;
}>;

