import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BurgerModel, DossierModel, PremieAdviesModel, PremieModel, PremieBronModel, PremiePlafondModel, VerbouwLeningOptieModel, MaatregelModel, PremieAanvraagModel, PremieAanvraagStatusWijzigingModel, PremieAanvraagVoorstelModel, StatistiekenModel } from '../resolver-models.js';
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
  /** Een kalenderdatum in ISO-8601, bv. 2026-03-01. */
  Date: { input: string; output: string; }
  /** Een tijdstip in ISO-8601, in UTC met milliseconden, bv. 2026-05-20T08:30:00.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Een kalenderdag zoals de dossier-subgraph hem schrijft (JJJJ-MM-DD). */
  Datum: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Een aannemer zoals op zijn factuur (eigendom van de dossier-subgraph). */
export type Aannemer = {
  __typename?: 'Aannemer';
  kbo: Scalars['String']['output'];
  naam: Scalars['String']['output'];
};

/** Waar de aanvraagdatum van een maatregel vandaan komt. */
export type AanvraagdatumHerkomst =
  /** De dag waarop de premieaanvraag voor de maatregel via de hub ingediend werd. */
  | 'INGEDIENDE_AANVRAAG'
  /** Opgegeven: het argument `datum` van het advies, of de eigen aanvraagdatum van een maatregel in een simulatie. */
  | 'OPGEGEVEN'
  /** Niets opgegeven: vandaag in België. */
  | 'VANDAAG';

export type Adres = {
  __typename?: 'Adres';
  volledigAdres: Scalars['String']['output'];
};

/**
 * Het burgerprofiel (eigendom van de dossier-subgraph), hier uitgebreid met wat de burger opgaf voor premies.
 * Enkel zichtbaar voor de burger zelf, het Energieloket (spoc, energieconsulent), de renovatiebegeleider en
 * Mijn Burgerprofiel; partners en analisten krijgen FORBIDDEN.
 */
export type Burger = {
  __typename?: 'Burger';
  achternaam: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** De inkomenscategorie die de burger opgaf; null als hij die (nog) niet gaf. */
  inkomenscategorie?: Maybe<Inkomenscategorie>;
  /** Van de dossier-subgraph; de premieaanvraag neemt ze over (de burger tikt niets over). */
  insz?: Maybe<Scalars['String']['output']>;
  voornaam: Scalars['String']['output'];
};

/**
 * Wat `dienPremieAanvraagIn` nodig heeft: het ondertekende voorstel uit `Dossier.premieAanvraagVoorstel`,
 * een sleutel tegen dubbel indienen, en de twee gegevens die de overheden niet kennen (EAN en IBAN).
 */
export type DienPremieAanvraagInInput = {
  /**
   * De EAN-code van de elektriciteitsaansluiting van de woning: 18 cijfers, beginnend met 54 (op de
   * energiefactuur); spaties zijn toegelaten. Het laatste cijfer is een controlecijfer.
   */
  ean: Scalars['String']['input'];
  /** Het Belgische rekeningnummer (IBAN) waarop de premie gestort wordt, bv. BE68 5390 0754 7034. */
  iban: Scalars['String']['input'];
  /**
   * Een sleutel die de client per aanvraag kiest (bv. een UUID; 8 tot 100 tekens: letters, cijfers,
   * '-', '_', '.' of ':'). Stuur bij een nieuwe poging (time-out, dubbelklik) dezelfde sleutel.
   */
  idempotencyKey: Scalars['String']['input'];
  /** Het `voorstel`-token uit `Dossier.premieAanvraagVoorstel`, ongewijzigd. */
  voorstel: Scalars['String']['input'];
};

/** Een document van een dossier (eigendom van de dossier-subgraph). */
export type Document = {
  __typename?: 'Document';
  id: Scalars['ID']['output'];
  soort: DocumentSoort;
  titel: Scalars['String']['output'];
};

/** De soorten documenten in een dossier (eigendom van de dossier-subgraph). */
export type DocumentSoort =
  /** Het duurzaam bouwadvies (DuBo-advies) van Dialoog. */
  | 'ADVIES'
  /** De afsprakennota: de afgesproken renovatiestappen. */
  | 'AFSPRAKENNOTA'
  /** Een ander document. */
  | 'ANDERE'
  /** Een attest (bv. voor de premieaanvraag: een keuringsattest, een EPC na renovatie). */
  | 'ATTEST'
  /** Het contract met een aannemer. */
  | 'CONTRACT'
  /** Een factuur van een aannemer. */
  | 'FACTUUR'
  /** Een offerte van een aannemer. */
  | 'OFFERTE'
  /** Het renovatieplan van de renovatiebegeleider. */
  | 'RENOVATIEPLAN';

/** Het renovatiedossier (eigendom van de dossier-subgraph), hier uitgebreid met het premieadvies. */
export type Dossier = {
  __typename?: 'Dossier';
  burger: Burger;
  id: Scalars['ID']['output'];
  maatregelen: Array<Maatregel>;
  /**
   * Het voorstel van een aanvraag bij Mijn VerbouwPremie voor één maatregel van dit dossier, volledig
   * ingevuld met wat de overheden al weten: de burger (uit het CRM), de woning (adres uit het
   * adressenregister, bouwjaar en EPC uit de EPC-databank), de facturen met hun aannemer en documenten
   * (de factuur zelf en de attesten die aan de factuur gekoppeld zijn). De burger tikt niets over: enkel
   * de EAN-code en het rekeningnummer geeft hij op bij het indienen (`dienPremieAanvraagIn`).
   *
   * `problemen` zegt wat een aanvraag nu tegenhoudt (BLOKKEREND: de termijn na de factuur is verstreken,
   * een vereist document ontbreekt, de woning is te recent, ...) of waar het premieloket naar kijkt
   * (WAARSCHUWING). Dien het voorstel in met zijn `voorstel`-token; het is `geldigTot` geldig.
   *
   * Een maatregel die niet in het dossier zit, geeft NOT_FOUND. Voor de burger van het dossier, de SPOC,
   * de energieconsulent en de toegewezen renovatiebegeleider; anderen krijgen FORBIDDEN.
   */
  premieAanvraagVoorstel?: Maybe<PremieAanvraagVoorstel>;
  /**
   * De premieaanvragen bij Mijn VerbouwPremie van dit dossier, oudste eerst: voor de burger van het
   * dossier, de SPOC, de energieconsulent en de renovatiebegeleider (die van nu of die bij het indienen).
   * Partners en analisten krijgen FORBIDDEN.
   */
  premieAanvragen: Array<PremieAanvraag>;
  /**
   * Indicatief premieadvies van Mijn VerbouwPremie voor de geplande maatregelen van het dossier, berekend met
   * wat de overheden al weten: de inkomenscategorie die de burger opgaf, het EPC-label en het bouwjaar van
   * de woning uit de EPC-databank (via de woningpas-subgraph), en per maatregel de werkcategorie, de
   * uitvoering, de oppervlakte, het bedrag en de datum van de laatste factuur (uit het CRM).
   *
   * De datum van de aanvraag telt: elke maatregel krijgt de regels van het regime dat geldt op zijn
   * aanvraagdatum. Dat is de dag waarop zijn premieaanvraag via de hub ingediend werd; voor een maatregel
   * zonder aanvraag is het `datum` (standaard vandaag in België). Zo krijgt een dossier dat over een
   * regelwijziging loopt, per maatregel de juiste regels (zie `Premie.aanvraagdatum`).
   *
   * Een `datum` waarop geen regime van de regelset geldt, geeft BAD_USER_INPUT. Enkel voor de burger zelf,
   * het Energieloket (spoc, energieconsulent) en de renovatiebegeleider van het dossier; partners en
   * analisten krijgen FORBIDDEN.
   *
   * Het advies zoals de burger het ziet (zonder `doelgroep`, op vandaag) bewaart de hub per maatregel
   * (werkcategorie, status en bedrag, geen persoonsgegevens) voor de geanonimiseerde cijfers van
   * `Statistieken.premies`; een advies op een andere datum of voor een andere doelgroep bewaart hij niet.
   */
  premieAdvies?: Maybe<PremieAdvies>;
  referentie: Scalars['String']['output'];
  renovatiebegeleider?: Maybe<Medewerker>;
  woning: Woning;
};


/** Het renovatiedossier (eigendom van de dossier-subgraph), hier uitgebreid met het premieadvies. */
export type DossierPremieAanvraagVoorstelArgs = {
  maatregelId: Scalars['ID']['input'];
};


/** Het renovatiedossier (eigendom van de dossier-subgraph), hier uitgebreid met het premieadvies. */
export type DossierPremieAdviesArgs = {
  datum?: InputMaybe<Scalars['Date']['input']>;
  doelgroep?: InputMaybe<PremieDoelgroep>;
};

export type Epc = {
  __typename?: 'Epc';
  bouwjaar?: Maybe<Scalars['Int']['output']>;
  certificaatnummer: Scalars['String']['output'];
  label: EpcLabel;
};

export type EpcLabel =
  | 'A'
  | 'A_PLUS'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F';

/** Een factuur van een aannemer (eigendom van de dossier-subgraph). */
export type Factuur = {
  __typename?: 'Factuur';
  aannemer: Aannemer;
  bedragExclBtw: Scalars['Float']['output'];
  betaaldOp?: Maybe<Scalars['Datum']['output']>;
  datum: Scalars['Datum']['output'];
  documenten?: Maybe<Array<Document>>;
  id: Scalars['ID']['output'];
  nummer: Scalars['String']['output'];
};

/**
 * Inkomenscategorie van Mijn VerbouwPremie. Categorie 1 zijn de hoogste inkomens (kleinste premie),
 * categorie 4 de laagste inkomens (grootste premie). De inkomensgrenzen hangen af van het aanvraagjaar en de
 * gezinssituatie (alleenstaand of samenwonend, personen ten laste); de regelset bewaart ze per aanvraagjaar.
 * Het Vlaamse premieloket bepaalt de categorie zelf met het inkomen uit de belastingaangifte.
 */
export type Inkomenscategorie =
  /** Categorie 1: de hoogste inkomens, boven de grens van categorie 2; de kleinste premie (voor veel werken geen). */
  | 'CATEGORIE_1'
  /** Categorie 2: de middeninkomens. */
  | 'CATEGORIE_2'
  /** Categorie 3: de lagere middeninkomens. */
  | 'CATEGORIE_3'
  /** Categorie 4: de laagste inkomens; de grootste premie. */
  | 'CATEGORIE_4';

/** Een maatregel (eigendom van de dossier-subgraph); de premie-subgraph leest er categorie, oppervlakte en bedrag van. */
export type Maatregel = {
  __typename?: 'Maatregel';
  bedragExclBtw?: Maybe<Scalars['Float']['output']>;
  categorie: Werkcategorie;
  facturen?: Maybe<Array<Factuur>>;
  id: Scalars['ID']['output'];
  omschrijving: Scalars['String']['output'];
  oppervlakteM2?: Maybe<Scalars['Float']['output']>;
  /** De premieaanvragen voor deze maatregel die de vrager mag zien, oudste eerst (zie `PremieAanvraag`). */
  premieAanvragen: Array<PremieAanvraag>;
  uitvoering?: Maybe<MaatregelUitvoering>;
};

/**
 * Hoe een maatregel uitgevoerd wordt, waar de premie van afhangt (eigendom van de dossier-subgraph,
 * `Maatregel.uitvoering`): het type warmtepomp of de manier van muurisolatie.
 */
export type MaatregelUitvoering =
  /** Muurisolatie aan de binnenzijde. */
  | 'MUUR_BINNENZIJDE'
  /** Muurisolatie aan de buitenzijde. */
  | 'MUUR_BUITENZIJDE'
  /** Spouwmuurisolatie. */
  | 'MUUR_SPOUW'
  /** Geothermische warmtepomp (bodem-water). */
  | 'WARMTEPOMP_BODEM_WATER'
  /** Hybride warmtepomp (lucht-water, met een ketel). */
  | 'WARMTEPOMP_HYBRIDE'
  /** Lucht-luchtwarmtepomp. */
  | 'WARMTEPOMP_LUCHT_LUCHT'
  /** Lucht-waterwarmtepomp. */
  | 'WARMTEPOMP_LUCHT_WATER';

/** Een medewerker van de stad (eigendom van de dossier-subgraph). */
export type Medewerker = {
  __typename?: 'Medewerker';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Dient een premieaanvraag in bij Mijn VerbouwPremie, op basis van een voorstel
   * (`Dossier.premieAanvraagVoorstel`). De hub controleert het voorstel opnieuw op de dag van het
   * indienen, bewaart de aanvraag (status TE_VERZENDEN) en verstuurt ze daarna via de outbox: een storing
   * bij het premieloket gaat niet verloren, en de aanvraag komt er één keer aan.
   *
   * Idempotent: dezelfde `idempotencyKey` nog eens met dezelfde inhoud geeft dezelfde aanvraag terug
   * (er wordt niets tweemaal ingediend); dezelfde sleutel met een andere inhoud geeft CONFLICT met
   * `extensions.reden` = IDEMPOTENCY_KEY_HERGEBRUIKT. Een maatregel met een lopende aanvraag onder een
   * andere sleutel geeft CONFLICT met `extensions.reden` = AL_AANGEVRAAGD.
   *
   * Fouten, telkens zonder dat er iets bewaard wordt: BAD_USER_INPUT met `extensions.reden`
   * VOORSTEL_ONGELDIG (gewijzigd of onleesbaar voorstel), VOORSTEL_VERLOPEN, ONGELDIGE_INVOER (EAN, IBAN of
   * sleutel; `extensions.field` noemt het veld) of AANVRAAG_ONVOLLEDIG (blokkerende problemen, in
   * `extensions.problemen`). FORBIDDEN voor wie het voorstel niet zelf opvroeg, voor een burger die niet de
   * aanvrager is, en voor partners en analisten.
   */
  dienPremieAanvraagIn: PremieAanvraag;
};


export type MutationDienPremieAanvraagInArgs = {
  input: DienPremieAanvraagInInput;
};

/** Wie een plafond deelt. */
export type PlafondBereik =
  /** De maatregelen van één dossier onder hetzelfde regime. */
  | 'DOSSIER'
  /** De maatregelen van één woning binnen een aantal jaren (`periodeJaren`); de hub kent enkel die van het dossier. */
  | 'WONING_PERIODE';

/** Wat een plafond begrenst. */
export type PlafondSoort =
  /** Een aantal premies. */
  | 'AANTAL'
  /** Een vast totaalbedrag. */
  | 'BEDRAG'
  /** Het maximumbedrag van de regel, gedeeld door alle maatregelen die het plafond dekt. */
  | 'MAXIMUM_VAN_REGEL';

/** Een mogelijke premie voor één maatregel. */
export type Premie = {
  __typename?: 'Premie';
  /** De aanvraagdatum die telt voor deze maatregel: de regels van het regime op die dag zijn toegepast. */
  aanvraagdatum: Scalars['Date']['output'];
  /** Waar die aanvraagdatum vandaan komt: een ingediende aanvraag, een opgegeven datum of vandaag. */
  aanvraagdatumHerkomst: AanvraagdatumHerkomst;
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
  /** De werkcategorie van de maatregel: die bepaalt welke regel van de regelset geldt. */
  categorie: Werkcategorie;
  /** De gegevens van de maatregel waarmee gerekend werd. */
  invoer: PremieMaatregelInvoer;
  /** De maatregel waarvoor deze premie geldt: `Maatregel.id` in een dossier, in een simulatie het opgegeven id of het volgnummer. */
  maatregelId: Scalars['ID']['output'];
  /** Wat ontbreekt om een bedrag te berekenen of om in aanmerking te komen. */
  ontbreekt: Array<Scalars['String']['output']>;
  /** Het IPDC-product van deze premie. */
  product?: Maybe<Product>;
  /** De toegepaste regel uit de regelset, bv. MVP-2026/DAK/CATEGORIE_3; null als er geen regel gevonden werd. */
  regelId?: Maybe<Scalars['String']['output']>;
  /** Het regime op de aanvraagdatum, bv. MVP-2025-H2; null als de regelset op die dag geen regime heeft. */
  regime?: Maybe<Scalars['String']['output']>;
  /** De uitkomst: berekend, niet in aanmerking, gegevens ontbreken of regel onbekend (zie `bedrag`). */
  status: PremieStatus;
  /** Toelichting bij de regel, bv. waarom de regelset geen bedrag kent. */
  toelichting?: Maybe<Scalars['String']['output']>;
  /**
   * De voorwaarden van de regel, bv. 'uitgevoerd door een aannemer'. De hub controleert de minimumfactuur,
   * 'samen met', de ouderdom van de woning (met het bouwjaar uit het EPC) en de termijn na de laatste factuur;
   * de andere (Rd- of U-waarde, aannemer, ...) controleert het premieloket met de attesten.
   */
  voorwaarden: Array<Scalars['String']['output']>;
};

/**
 * Een aanvraag van een premie bij Mijn VerbouwPremie voor één maatregel van een dossier, ingediend via de
 * hub. De hub volgt de status bij het premieloket op en meldt elke wijziging aan de burger via Mijn
 * Burgerprofiel. Partners en analisten zien geen aanvragen (FORBIDDEN).
 */
export type PremieAanvraag = {
  __typename?: 'PremieAanvraag';
  /** Wanneer de burger (of een medewerker) de aanvraag indiende in de hub. */
  aangevraagdOp: Scalars['DateTime']['output'];
  /** Wat de burger moet doen, in één zin; null als er niets van hem verwacht wordt. */
  actie?: Maybe<Scalars['String']['output']>;
  /** Of de burger nu iets moet doen (bij BIJKOMENDE_INFO_GEVRAAGD of NIET_AANVAARD), en wat. */
  actieNodig: Scalars['Boolean']['output'];
  /** De werkcategorie van de maatregel bij het indienen. */
  categorie: Werkcategorie;
  /** Het renovatiedossier waarvoor de premie aangevraagd werd. */
  dossier: Dossier;
  /** Het dossiernummer bij het premieloket, bv. 26-MVP-000123; null zolang de aanvraag niet ingediend is. */
  dossiernummer?: Maybe<Scalars['String']['output']>;
  /** De EAN-code van de elektriciteitsaansluiting (18 cijfers). Niet voor Mijn Burgerprofiel (null met FORBIDDEN). */
  ean?: Maybe<Scalars['String']['output']>;
  /** Elke status sinds het indienen, oudste eerst. */
  historiek: Array<PremieAanvraagStatusWijziging>;
  /** Het rekeningnummer voor de uitbetaling, zonder spaties. Niet voor Mijn Burgerprofiel (null met FORBIDDEN). */
  iban?: Maybe<Scalars['String']['output']>;
  /** Het id van de aanvraag in de hub (niet het dossiernummer bij het premieloket). */
  id: Scalars['ID']['output'];
  /** Wanneer het premieloket de aanvraag ontving; null zolang dat niet gebeurd is. */
  ingediendOp?: Maybe<Scalars['DateTime']['output']>;
  /** De maatregel waarvoor de premie aangevraagd werd. */
  maatregel: Maatregel;
  /** De waarschuwingen bij het indienen (blokkerende problemen laten geen indiening toe). */
  problemen: Array<PremieAanvraagProbleem>;
  /** De reden van het premieloket bij BIJKOMENDE_INFO_GEVRAAGD, AFGEWEZEN of NIET_AANVAARD. */
  reden?: Maybe<Scalars['String']['output']>;
  /** Hoe ver de aanvraag staat; de hub volgt de status bij het premieloket op en werkt ze bij. */
  status: PremieAanvraagStatus;
  /** Het bedrag in euro dat het premieloket toekende; null zolang het niet beslist heeft (of bij een afwijzing). */
  toegekendBedrag?: Maybe<Scalars['Float']['output']>;
  /** Het bedrag in euro dat het premieloket uitbetaalde; null zolang er niets gestort is. */
  uitbetaaldBedrag?: Maybe<Scalars['Float']['output']>;
  /** De premie volgens de regelset bij het indienen, in euro (indicatief); null als ze niet te berekenen was. */
  verwachtBedrag?: Maybe<Scalars['Float']['output']>;
};

/** Een aannemer zoals op de factuur. */
export type PremieAanvraagAannemer = {
  __typename?: 'PremieAanvraagAannemer';
  /** Het ondernemingsnummer (KBO), 10 cijfers. */
  kbo: Scalars['String']['output'];
  /** De naam van de aannemer zoals op de factuur. */
  naam: Scalars['String']['output'];
};

/** Een document dat met de aanvraag meegaat. */
export type PremieAanvraagDocument = {
  __typename?: 'PremieAanvraagDocument';
  /** Het document in het CRM (`Document.id`). */
  documentId: Scalars['ID']['output'];
  /** Wat voor document het is: de factuur zelf (FACTUUR) of een attest (ATTEST). */
  soort: DocumentSoort;
  /** De titel van het document in het CRM, bv. 'Keuringsattest elektrische installatie'. */
  titel: Scalars['String']['output'];
};

/** Een factuur die met de aanvraag meegaat, met haar documenten (de factuur zelf, attesten). */
export type PremieAanvraagFactuur = {
  __typename?: 'PremieAanvraagFactuur';
  /** De aannemer die de factuur opmaakte. */
  aannemer: PremieAanvraagAannemer;
  /** Het factuurbedrag in euro exclusief btw. */
  bedragExclBtw: Scalars['Float']['output'];
  /** Wanneer de factuur betaald werd; null als ze (nog) niet betaald is. */
  betaaldOp?: Maybe<Scalars['Date']['output']>;
  /** De factuurdatum: de termijn om de premie aan te vragen loopt vanaf de laatste factuur. */
  datum: Scalars['Date']['output'];
  /** De documenten die aan de factuur gekoppeld zijn (de factuur zelf, attesten); leeg als er geen zijn. */
  documenten: Array<PremieAanvraagDocument>;
  /** De factuur in het CRM (`Factuur.id`). */
  factuurId: Scalars['ID']['output'];
  /** Het factuurnummer van de aannemer. */
  nummer: Scalars['String']['output'];
};

/** Een probleem van een premieaanvraag. */
export type PremieAanvraagProbleem = {
  __typename?: 'PremieAanvraagProbleem';
  /** Uitleg in het Nederlands, bv. 'De aanvraag moest uiterlijk op 20-05-2026 ingediend zijn (24 maanden na de factuur van 20-05-2024).' */
  boodschap: Scalars['String']['output'];
  /** Wat het probleem is, als stabiele code (om op te filteren of een eigen tekst te tonen). */
  code: PremieAanvraagProbleemCode;
  /** Of het probleem het indienen tegenhoudt (BLOKKEREND) of enkel waarschuwt (WAARSCHUWING). */
  ernst: ProbleemErnst;
  /** De factuur waarover het gaat, als het over één factuur gaat. */
  factuurId?: Maybe<Scalars['ID']['output']>;
};

/** Wat een premieaanvraag tegenhoudt of onzeker maakt. De codes zijn stabiel; de boodschap is voor de gebruiker. */
export type PremieAanvraagProbleemCode =
  /** De werken moeten door een aannemer uitgevoerd zijn, en een factuur heeft geen geldig ondernemingsnummer. */
  | 'AANNEMER_ONGELDIG'
  /** Het adres van de woning kwam niet uit het adressenregister; het premieloket krijgt enkel het adres-id. */
  | 'ADRES_ONBEKEND'
  /** Voor deze maatregel loopt al een premieaanvraag (zie `bestaandeAanvraag`). */
  | 'AL_AANGEVRAAGD'
  /** Een vereist attest (soort ATTEST, gekoppeld aan een factuur) ontbreekt. */
  | 'ATTEST_ONTBREEKT'
  /** De regelset kent geen (eenduidig) bedrag voor deze werkcategorie: het premieloket beslist. */
  | 'BEDRAG_ONBEKEND'
  /** Het bouwjaar van de woning is niet gekend (geen EPC): het premieloket controleert de ouderdom zelf. */
  | 'BOUWJAAR_ONBEKEND'
  /** Het factuurbedrag exclusief btw ligt onder het minimum van de regel. */
  | 'FACTUURBEDRAG_TE_LAAG'
  /** De factuur zelf is niet als document (soort FACTUUR) aan de factuur gekoppeld. */
  | 'FACTUURDOCUMENT_ONTBREEKT'
  /** Een factuur is nog niet betaald. */
  | 'FACTUUR_NIET_BETAALD'
  /** De maatregel heeft nog geen factuur. */
  | 'GEEN_FACTUUR'
  /** Op de aanvraagdatum geldt geen regime van Mijn VerbouwPremie in de regelset. */
  | 'GEEN_REGIME'
  /** De burger gaf zijn inkomenscategorie niet op: het bedrag is niet te berekenen (het premieloket bepaalt ze zelf). */
  | 'INKOMENSCATEGORIE_ONBEKEND'
  /** De inkomenscategorie (of doelgroep) van de burger krijgt voor deze werkcategorie geen premie. */
  | 'NIET_IN_AANMERKING'
  /** Het rijksregisternummer van de burger is niet gekend of niet zichtbaar voor de vrager. */
  | 'RIJKSREGISTERNUMMER_ONBEKEND'
  /** De aanvraag komt te laat: de termijn na de (laatste) factuur is verstreken. */
  | 'TERMIJN_VERSTREKEN'
  /** De woning is te recent: volgens het EPC gebouwd na de grens van de regel. */
  | 'WONING_TE_RECENT';

/**
 * Hoe ver een premieaanvraag staat. TE_VERZENDEN en NIET_AANVAARD zijn stappen van de hub; de andere
 * statussen zijn die van het premieloket Mijn VerbouwPremie: INGEDIEND -> IN_BEHANDELING (eventueel
 * BIJKOMENDE_INFO_GEVRAAGD en terug) -> GOEDGEKEURD -> UITBETAALD, of AFGEWEZEN.
 */
export type PremieAanvraagStatus =
  /** De aanvraag is afgewezen (zie `reden`). */
  | 'AFGEWEZEN'
  /** Het premieloket vraagt bijkomende informatie (zie `reden`): de burger moet iets doen. */
  | 'BIJKOMENDE_INFO_GEVRAAGD'
  /** De premie is toegekend (`toegekendBedrag`), nog niet uitbetaald. */
  | 'GOEDGEKEURD'
  /** Het premieloket ontving de aanvraag en gaf ze een dossiernummer. */
  | 'INGEDIEND'
  /** Een dossierbehandelaar van het premieloket bekijkt de aanvraag. */
  | 'IN_BEHANDELING'
  /** Het premieloket weigerde de aanvraag bij ontvangst (zie `reden`); neem contact op met het Energieloket. */
  | 'NIET_AANVAARD'
  /** Bewaard in de hub, wacht op verzending naar het premieloket (gebeurt binnen enkele seconden). */
  | 'TE_VERZENDEN'
  /** De premie is gestort (`uitbetaaldBedrag`) op het opgegeven rekeningnummer. */
  | 'UITBETAALD';

/** Een statuswijziging van een premieaanvraag. */
export type PremieAanvraagStatusWijziging = {
  __typename?: 'PremieAanvraagStatusWijziging';
  /** Wanneer de wijziging gebeurde (bij het premieloket: zoals het loket ze meldt). */
  op: Scalars['DateTime']['output'];
  /** De nieuwe status. */
  status: PremieAanvraagStatus;
  /** Toelichting van het premieloket of de hub, bv. de gevraagde informatie of de reden van afwijzing. */
  toelichting?: Maybe<Scalars['String']['output']>;
};

/**
 * Een voorstel van een premieaanvraag, ingevuld uit het dossier en de authentieke bronnen. Niets
 * wordt bewaard tot het ingediend wordt met `dienPremieAanvraagIn`.
 */
export type PremieAanvraagVoorstel = {
  __typename?: 'PremieAanvraagVoorstel';
  /** De datum die telt voor de regels: vandaag (de dag van het indienen), in België. */
  aanvraagdatum: Scalars['Date']['output'];
  /** De aanvrager: de burger van het dossier, zoals het CRM hem kent. */
  aanvrager: PremieAanvrager;
  /** De lopende aanvraag voor deze maatregel, als die er al is. */
  bestaandeAanvraag?: Maybe<PremieAanvraag>;
  /** De werkcategorie van de maatregel: die bepaalt de regel, de termijn en de vereiste documenten. */
  categorie: Werkcategorie;
  /** Het dossier waarvoor het voorstel geldt (`Dossier.id`). */
  dossierId: Scalars['ID']['output'];
  /** De facturen van de maatregel, op factuurdatum. */
  facturen: Array<PremieAanvraagFactuur>;
  /** Tot wanneer het voorstel ingediend kan worden; vraag daarna een nieuw op. */
  geldigTot: Scalars['DateTime']['output'];
  /** Waar zolang er geen blokkerende problemen zijn. */
  kanIngediendWorden: Scalars['Boolean']['output'];
  /** De maatregel waarvoor de premie aangevraagd wordt (`Maatregel.id`). */
  maatregelId: Scalars['ID']['output'];
  /** De omschrijving van de maatregel in het renovatieplan. */
  omschrijving: Scalars['String']['output'];
  /** Oppervlakte in m², voor maatregelen die per m² gerekend worden. */
  oppervlakteM2?: Maybe<Scalars['Float']['output']>;
  /** Wat de aanvraag tegenhoudt (BLOKKEREND) of onzeker maakt (WAARSCHUWING). */
  problemen: Array<PremieAanvraagProbleem>;
  /** De toegepaste regel, bv. MVP-2026/DAK/CATEGORIE_3; null als er geen gevonden werd. */
  regelId?: Maybe<Scalars['String']['output']>;
  /** Het regime van de regelset dat op de aanvraagdatum geldt, bv. MVP-2026; null als er geen is. */
  regime?: Maybe<Scalars['String']['output']>;
  /** Som van de facturen exclusief btw, in euro. */
  totaalFactuurExclBtw: Scalars['Float']['output'];
  /** De documenten die de regel vraagt, en of ze aan een factuur gekoppeld zijn. */
  vereisteDocumenten: Array<VereistDocument>;
  /**
   * De premie volgens de regelset op de aanvraagdatum, in euro (indicatief: het premieloket beslist);
   * null als ze niet te berekenen is (zie `problemen`).
   */
  verwachtBedrag?: Maybe<Scalars['Float']['output']>;
  /**
   * Het ondertekende voorstel: geef het ongewijzigd mee aan `dienPremieAanvraagIn`. Het bindt de inhoud
   * hierboven (zonder aanvraagdatum en bedrag, die bij het indienen opnieuw bepaald worden), het dossier,
   * de maatregel en de vrager.
   */
  voorstel: Scalars['String']['output'];
  /** De woning van het dossier: adres uit het adressenregister, bouwjaar en EPC uit de EPC-databank. */
  woning: PremieAanvraagWoning;
};

/** De woning zoals de authentieke bronnen ze kennen. */
export type PremieAanvraagWoning = {
  __typename?: 'PremieAanvraagWoning';
  /** Het volledige adres volgens het adressenregister; null als het register niet antwoordde. */
  adres?: Maybe<Scalars['String']['output']>;
  /** ObjectId van het adres in het Gebouwen- en Adressenregister. */
  adresId: Scalars['ID']['output'];
  /** Het bouwjaar volgens het EPC; null zonder geldig EPC. */
  bouwjaar?: Maybe<Scalars['Int']['output']>;
  /** Het attestnummer van het geldige EPC; null zonder geldig EPC. */
  epcCertificaatnummer?: Maybe<Scalars['String']['output']>;
};

/** De aanvrager zoals het CRM hem kent. */
export type PremieAanvrager = {
  __typename?: 'PremieAanvrager';
  /** De achternaam volgens het CRM. */
  achternaam: Scalars['String']['output'];
  /** Het burgerprofiel in het CRM (`Burger.id`). */
  burgerId: Scalars['ID']['output'];
  /** Het rijksregisternummer; null als het niet gekend is of de vrager het niet mag zien. */
  insz?: Maybe<Scalars['String']['output']>;
  /** De voornaam volgens het CRM. */
  voornaam: Scalars['String']['output'];
};

/**
 * Het premieadvies voor een dossier of een simulatie: per maatregel de mogelijke premie van Mijn
 * VerbouwPremie, met de regel die ze oplevert, de gegevens waarmee gerekend werd, de berekening, de
 * begrenzingen en wat nog ontbreekt; de plafonds die meerdere maatregelen delen; het totaal; en of Mijn
 * VerbouwLening mogelijk is.
 *
 * Altijd indicatief. De cijfers komen uit de regelset van de hub (regels/mijn-verbouwpremie.json), afgeleid
 * uit publieke secundaire bronnen (de officiële pagina's van vlaanderen.be werden niet rechtstreeks gelezen):
 * elke premie noemt haar bronnen en hun betrouwbaarheid (`bronStatus`). Waar een cijfer ontbreekt of de
 * bronnen elkaar tegenspreken, rekent de hub niet (REGEL_ONBEKEND). Het Vlaamse premieloket beslist.
 */
export type PremieAdvies = {
  __typename?: 'PremieAdvies';
  /** De adviesdatum: de aanvraagdatum van elke maatregel zonder eigen aanvraagdatum. */
  datum: Scalars['Date']['output'];
  /** De doelgroep waarmee gerekend werd: de gevraagde doelgroep, anders de inkomenscategorie; null als geen van beide gekend is. */
  doelgroep?: Maybe<PremieDoelgroep>;
  /** Altijd waar: het advies is indicatief; de premie wordt toegekend door het Vlaamse premieloket. */
  indicatief: Scalars['Boolean']['output'];
  /** De inkomenscategorie van de burger waarmee gerekend werd; null als de burger ze niet opgaf. */
  inkomenscategorie?: Maybe<Inkomenscategorie>;
  /** De gegevens van de burger en de woning waarmee gerekend werd, en waar ze vandaan komen. */
  invoer: PremieAdviesInvoer;
  /** Wat voor het hele advies ontbreekt, bv. de inkomenscategorie van de burger of het bouwjaar van de woning. */
  ontbreekt: Array<Scalars['String']['output']>;
  /** De plafonds die meer dan één maatregel van dit advies dekken, en wat ze deden. */
  plafonds: Array<PremiePlafond>;
  /** Eén premie per maatregel, in de volgorde van de maatregelen. */
  premies: Array<Premie>;
  /** De versie van de regelset waaruit het regime komt, bv. 2026.11.2. */
  regelsetVersie: Scalars['String']['output'];
  /** Het regime (de versie van de regels) dat op de adviesdatum geldt, bv. MVP-2026. Zie ook `Premie.regime`. */
  regime: Scalars['String']['output'];
  /** Laatste aanvraagdatum van het regime; null zolang er geen einde bekend is. */
  regimeGeldigTot?: Maybe<Scalars['Date']['output']>;
  /** Eerste aanvraagdatum van het regime. */
  regimeGeldigVan: Scalars['Date']['output'];
  /** Som van de bedragen die berekend konden worden (na de plafonds), in euro; premies zonder bedrag tellen niet mee. */
  totaal: Scalars['Float']['output'];
  /** Of de burger Mijn VerbouwLening kan aanvragen; null als de regelset er geen gegevens over heeft. */
  verbouwLening?: Maybe<VerbouwLeningOptie>;
};

/** De gegevens waarmee het advies rekende. */
export type PremieAdviesInvoer = {
  __typename?: 'PremieAdviesInvoer';
  /** De doelgroep waarmee gerekend werd (zie `PremieAdvies.doelgroep`). */
  doelgroep?: Maybe<PremieDoelgroep>;
  /** De inkomenscategorie die de burger opgaf (`Burger.inkomenscategorie`); null als hij ze (nog) niet opgaf, of in een simulatie zonder categorie. */
  inkomenscategorie?: Maybe<Inkomenscategorie>;
  /** Waar de inkomenscategorie vandaan komt, bv. 'Opgegeven door de burger op 15-01-2026.' */
  inkomenscategorieHerkomst: Scalars['String']['output'];
  /** De woning waarmee gerekend werd: het EPC-label en het bouwjaar, en waar ze vandaan komen. */
  woning: PremieWoningInvoer;
};

/** Een begrenzing uit de regel die het bedrag verlaagde. */
export type PremieBegrenzing =
  /** Het bedrag werd begrensd door een plafond dat de maatregel met andere maatregelen deelt (zie `PremieAdvies.plafonds`). */
  | 'GEDEELD_PLAFOND'
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

/**
 * De premies van Mijn VerbouwPremie van één werkcategorie in de statistieken: hoeveel dossiers en
 * maatregelen, en hoeveel euro, geadviseerd, aangevraagd, toegekend en uitbetaald (zie `Statistieken.premies`).
 */
export type PremieCijfers = {
  __typename?: 'PremieCijfers';
  /** De maatregelen waarvoor een premie aangevraagd werd bij het premieloket, met het bedrag dat de hub verwachtte. */
  aangevraagd: PremieTelling;
  /** De werkcategorie. */
  categorie: Werkcategorie;
  /** Het laatst berekende indicatieve premieadvies van de maatregelen van deze categorie. */
  geadviseerd: PremieTelling;
  /** De maatregelen waarvoor het premieloket de premie toekende (GOEDGEKEURD of UITBETAALD), met het toegekende bedrag. */
  toegekend: PremieTelling;
  /** De maatregelen waarvan de premie gestort is (UITBETAALD), met het uitbetaalde bedrag. */
  uitbetaald: PremieTelling;
};

/**
 * Voor wie een premieregel geldt: een inkomenscategorie van eigenaar-bewoners of een andere doelgroep die de
 * bronnen noemen. Wie geen eigen regel heeft, krijgt soms de bedragen van een inkomenscategorie (bv. een
 * verhuurder via een woonmaatschappij die van categorie 4); anders kent de regelset geen bedrag.
 */
export type PremieDoelgroep =
  /** Een beschermde afnemer (sociaal energietarief). */
  | 'BESCHERMDE_AFNEMER'
  /** Een eigenaar-bewoner in inkomenscategorie 1 (de hoogste inkomens, zie `Inkomenscategorie`). */
  | 'CATEGORIE_1'
  /** Een eigenaar-bewoner in inkomenscategorie 2 (zie `Inkomenscategorie`). */
  | 'CATEGORIE_2'
  /** Een eigenaar-bewoner in inkomenscategorie 3 (zie `Inkomenscategorie`). */
  | 'CATEGORIE_3'
  /** Een eigenaar-bewoner in inkomenscategorie 4 (de laagste inkomens, zie `Inkomenscategorie`). */
  | 'CATEGORIE_4'
  /** Een eigenaar die er niet woont, of een andere investeerder. */
  | 'NIET_BEWONENDE_INVESTEERDER'
  /** Een eigenaar die niet in de woning gedomicilieerd is, een andere woning bezit, of een appartement buiten een VME. */
  | 'NIET_GEDOMICILIEERDE_EIGENAAR'
  /** Een niet-residentieel gebouw. */
  | 'NIET_RESIDENTIEEL'
  /** Een verhuurder via een woonmaatschappij (sociaal verhuurkantoor). */
  | 'VERHUURDER_WOONMAATSCHAPPIJ'
  /** De gemeenschappelijke installatie van een vereniging van mede-eigenaars (VME). */
  | 'VME_GEMEENSCHAPPELIJKE_INSTALLATIE';

/** De gegevens van één maatregel waarmee gerekend werd. */
export type PremieMaatregelInvoer = {
  __typename?: 'PremieMaatregelInvoer';
  /** Het bedrag in euro exclusief btw: de facturen, anders de gekozen offerte, anders de raming (zie `Maatregel.bedragBron`); null als er geen is. */
  bedragExclBtw?: Maybe<Scalars['Float']['output']>;
  /** De datum van de laatste factuur: de termijn voor de aanvraag loopt vanaf die dag. */
  laatsteFactuurdatum?: Maybe<Scalars['Date']['output']>;
  /** De oppervlakte in m², voor de premies die per m² gerekend worden (bv. dak, buitenmuur, vloer); null als ze niet gekend is. */
  oppervlakteM2?: Maybe<Scalars['Float']['output']>;
  /** Het type warmtepomp of de manier van muurisolatie, waar het bedrag van afhangt; null als het niet opgegeven is of er niet toe doet. */
  uitvoering?: Maybe<MaatregelUitvoering>;
};

/**
 * Een plafond dat meerdere maatregelen delen, bv. één maximum voor alle dakwerken van een dossier, of één
 * warmtepomppremie per woning per 10 jaar. De maatregelen krijgen het in de volgorde van hun aanvraagdatum
 * (daarna die van het dossier): wie later komt, krijgt wat overblijft.
 */
export type PremiePlafond = {
  __typename?: 'PremiePlafond';
  /** Hun bedragen samen na het plafond, in euro. */
  bedragNaPlafond: Scalars['Float']['output'];
  /** Hun bedragen samen vóór het plafond, in euro. */
  bedragVoorPlafond: Scalars['Float']['output'];
  /**
   * De betrouwbaarheid van het plafond in de regelset: confirmed (twee onafhankelijke bronnen), single-source
   * (één bron) of conflict (de bronnen spreken elkaar tegen).
   */
  bronStatus: Scalars['String']['output'];
  /** De bronnen van het plafond (publieke pagina's waaruit de regelset het afleidde). */
  bronnen: Array<PremieBron>;
  /** Wie het plafond deelt: de maatregelen van het dossier, of die van de woning over een aantal jaren. */
  geldtVoor: PlafondBereik;
  /** De code van het plafond in de regelset, bv. MVP-2026/DAK/PER_DOSSIER. */
  id: Scalars['String']['output'];
  /** De maatregelen die het plafond dekt, in de volgorde waarin ze het krijgen. */
  maatregelIds: Array<Scalars['ID']['output']>;
  /** Het gedeelde maximum: in euro, of bij AANTAL een aantal premies. */
  maximum: Scalars['Float']['output'];
  /** Wat het plafond zegt, in gewone taal, bv. 'Het maximum van de premie voor dak geldt voor alle maatregelen voor dak van het dossier samen.' */
  omschrijving: Scalars['String']['output'];
  /** Bij WONING_PERIODE: over hoeveel jaar het plafond loopt (bv. 10); null bij DOSSIER. */
  periodeJaren?: Maybe<Scalars['Int']['output']>;
  /** Het regime van de regelset waartoe het plafond behoort, bv. MVP-2026. */
  regime: Scalars['String']['output'];
  /** Wat het plafond begrenst: het maximum van de regel, een vast bedrag of een aantal premies. */
  soort: PlafondSoort;
  /** Of het plafond een bedrag verlaagde. */
  toegepast: Scalars['Boolean']['output'];
  /** Waarom de regelset dit plafond heeft, en wat de hub niet weet. */
  toelichting?: Maybe<Scalars['String']['output']>;
  /** De werkcategorieën waarvan de maatregelen het plafond delen. */
  werkcategorieen: Array<Werkcategorie>;
};

/**
 * Wat een premiesimulatie nodig heeft: de inkomenscategorie (of een andere doelgroep), de woning en de
 * geplande maatregelen. Niets hiervan wordt bewaard.
 */
export type PremieSimulatieInput = {
  /** Het bouwjaar van de woning (of van de aansluiting op het elektriciteitsnet), voor de ouderdomsvoorwaarde. */
  bouwjaar?: InputMaybe<Scalars['Int']['input']>;
  /** De aanvraagdatum voor de maatregelen zonder eigen aanvraagdatum; standaard vandaag in België. */
  datum?: InputMaybe<Scalars['Date']['input']>;
  /** Reken met deze doelgroep in plaats van de inkomenscategorie, bv. VERHUURDER_WOONMAATSCHAPPIJ. */
  doelgroep?: InputMaybe<PremieDoelgroep>;
  /** Het EPC-label van de woning (informatief). */
  epcLabel?: InputMaybe<EpcLabel>;
  /** De inkomenscategorie van de aanvrager; zonder categorie of doelgroep rekent de simulatie geen bedragen (GEGEVENS_ONTBREKEN). */
  inkomenscategorie?: InputMaybe<Inkomenscategorie>;
  /** De geplande maatregelen (hoogstens 30): elk krijgt één premie, in deze volgorde. */
  maatregelen: Array<PremieSimulatieMaatregelInput>;
};

/** Eén geplande maatregel van een premiesimulatie. */
export type PremieSimulatieMaatregelInput = {
  /** Een eigen aanvraagdatum voor deze maatregel (bv. een maatregel die vroeger aangevraagd wordt dan de andere). */
  aanvraagdatum?: InputMaybe<Scalars['Date']['input']>;
  /** Het bedrag in euro exclusief btw (de factuur of de offerte). */
  bedragExclBtw?: InputMaybe<Scalars['Float']['input']>;
  /** De werkcategorie van Mijn VerbouwPremie waaronder de maatregel valt. */
  categorie: Werkcategorie;
  /** De datum van de (laatste) factuur, als die er al is: de termijn voor de aanvraag loopt vanaf die dag. */
  factuurdatum?: InputMaybe<Scalars['Date']['input']>;
  /** Een eigen id om de premie terug te vinden (`Premie.maatregelId`); standaard het volgnummer 1, 2, ... */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Oppervlakte in m² (meer dan 0), voor maatregelen die per m² gerekend worden. */
  oppervlakteM2?: InputMaybe<Scalars['Float']['input']>;
  /** Het type warmtepomp of de manier van muurisolatie, waar het bedrag van afhangt. */
  uitvoering?: InputMaybe<MaatregelUitvoering>;
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

/**
 * Een telling van premies: hoeveel dossiers en maatregelen, en de som van hun bedragen. Een groep van 1 tot
 * `drempel` - 1 dossiers wordt onderdrukt (k-anonimiteit): alle cijfers null en `onderdrukt: true`; een lege
 * groep toont 0.
 */
export type PremieTelling = {
  __typename?: 'PremieTelling';
  /** Het aantal dossiers; null als de groep onderdrukt is. */
  aantalDossiers?: Maybe<Scalars['Int']['output']>;
  /** Het aantal maatregelen (een dossier kan er meer hebben in één werkcategorie); null als de groep onderdrukt is. */
  aantalMaatregelen?: Maybe<Scalars['Int']['output']>;
  /**
   * Hoeveel maatregelen geen bedrag hebben en dus niet meetellen in `bedrag`: bij `geadviseerd` een advies
   * zonder bedrag (GEGEVENS_ONTBREKEN of REGEL_ONBEKEND), bij `aangevraagd` een aanvraag waarvoor de hub geen
   * bedrag kon berekenen, bij `toegekend` en `uitbetaald` een bedrag dat het premieloket niet meldde. Null als
   * de groep onderdrukt is.
   */
  aantalZonderBedrag?: Maybe<Scalars['Int']['output']>;
  /**
   * De som van de bedragen in euro (op de cent) van de maatregelen die een bedrag hebben; 0 voor een lege
   * groep. Null als de groep onderdrukt is, of als geen enkele maatregel van de groep een bedrag heeft.
   */
  bedrag?: Maybe<Scalars['Float']['output']>;
  /** Of de groep onderdrukt is omdat ze te klein is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
};

/** De woning zoals het advies ze kent: uit de authentieke bronnen (het EPC), of opgegeven in een simulatie. */
export type PremieWoningInvoer = {
  __typename?: 'PremieWoningInvoer';
  /** ObjectId van het adres in het adressenregister; null in een simulatie. */
  adresId?: Maybe<Scalars['ID']['output']>;
  /** Het bouwjaar volgens het EPC; null als het niet gekend is (dan ontbreekt de ouderdom van de woning). */
  bouwjaar?: Maybe<Scalars['Int']['output']>;
  /** Het attestnummer van het EPC waarmee gerekend werd. */
  epcCertificaatnummer?: Maybe<Scalars['String']['output']>;
  /** Het label van het geldige EPC; null zonder geldig EPC. */
  epcLabel?: Maybe<EpcLabel>;
  /** Waar label en bouwjaar vandaan komen, of waarom ze ontbreken, bv. 'Geen geldig EPC beschikbaar: ...'. */
  herkomst: Scalars['String']['output'];
};

/** Hoe zwaar een probleem van een premieaanvraag weegt. */
export type ProbleemErnst =
  /** De aanvraag kan zo niet ingediend worden. */
  | 'BLOKKEREND'
  /** De aanvraag kan ingediend worden, maar het premieloket kijkt hier naar (of het bedrag is onzeker). */
  | 'WAARSCHUWING';

/** Een product uit de IPDC-catalogus (eigendom van de ipdc-subgraph). */
export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Eén premieaanvraag. Voor de burger die ze indiende (zijn rijksregisternummer), de SPOC, de
   * energieconsulent, de renovatiebegeleider van het dossier bij het indienen, en Mijn Burgerprofiel
   * (de link in de notificatie wijst hierheen). Anderen krijgen FORBIDDEN; wie niet alles mag zien, krijgt
   * ook FORBIDDEN voor een id dat niet bestaat, de anderen NOT_FOUND.
   */
  premieAanvraag?: Maybe<PremieAanvraag>;
  /**
   * Een indicatieve premiesimulatie zonder dossier: dezelfde regels en dezelfde uitleg als
   * `Dossier.premieAdvies`, berekend met wat de vrager opgeeft (inkomenscategorie of doelgroep, bouwjaar en
   * EPC-label van de woning, de maatregelen). Open voor iedereen, ook zonder aanmelden (bv. een
   * premiecalculator op de website van de stad): een simulatie leest geen persoonsgegevens en bewaart niets.
   *
   * Ongeldige invoer geeft BAD_USER_INPUT met alle problemen in `extensions.problems` en het eerste veld in
   * `extensions.field`, bv. een oppervlakte van 0, een uitvoering die niet bij de werkcategorie past of een
   * datum waarop geen regime geldt. Hoogstens 30 maatregelen.
   */
  premieSimulatie: PremieAdvies;
};


export type QueryPremieAanvraagArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPremieSimulatieArgs = {
  input: PremieSimulatieInput;
};

export type Statistieken = {
  __typename?: 'Statistieken';
  dossierIds: Array<Scalars['ID']['output']>;
  drempel: Scalars['Int']['output'];
  /**
   * De premies van Mijn VerbouwPremie van de dossiers die in de periode liepen (dezelfde dossiers als
   * `aantalBegeleideWoningen`), per werkcategorie in de volgorde van de werkcategorieën; elke categorie staat
   * er altijd, ook zonder premies. Zonder persoonsgegevens: enkel aantallen en sommen in euro. Het is de
   * huidige stand van die dossiers, ongeacht wanneer het advies berekend of de aanvraag ingediend werd.
   *
   * - `geadviseerd`: het indicatieve premieadvies zoals de hub het laatst berekende, per maatregel. De hub
   *   bewaart dat advies telkens iemand `Dossier.premieAdvies` opvraagt zoals de burger het ziet (zonder
   *   `doelgroep`, op vandaag). Een maatregel waarvoor dat nooit gebeurde, telt niet mee; een maatregel die
   *   niet in aanmerking komt, telt mee met 0 euro. Het advies rekent met de regelset van de hub (zie
   *   `PremieAdvies`): het is een schatting, geen beslissing.
   * - `aangevraagd`: de premieaanvragen die via de hub ingediend werden en die het premieloket ontving (met
   *   een dossiernummer, ook de latere afgewezen), per maatregel de laatste, met het bedrag dat de hub bij het
   *   indienen verwachtte (`PremieAanvraag.verwachtBedrag`).
   * - `toegekend`: daarvan de aanvragen die GOEDGEKEURD of UITBETAALD zijn, met het bedrag dat het
   *   premieloket toekende.
   * - `uitbetaald`: daarvan de aanvragen die UITBETAALD zijn, met het gestorte bedrag.
   *
   * Premies die buiten de hub aangevraagd werden, kent de hub niet. Kleine groepen worden onderdrukt met
   * dezelfde `drempel` als de andere cijfers (zie `Statistieken`), elke telling apart, op het aantal dossiers.
   * Voor analisten, de SPOC en de energieconsulent; anderen krijgen null met FORBIDDEN. Null met een fout als
   * de premie-subgraph niet antwoordt, of met QUERY_TOO_COSTLY als de selectie te veel dossiers telt (verfijn
   * dan de filter).
   */
  premies?: Maybe<Array<PremieCijfers>>;
  sleutel: Scalars['ID']['output'];
};

/** Of Mijn VerbouwLening mogelijk is. */
export type VerbouwLeningMogelijkheid =
  /** Volgens de bronnen van de regelset kan deze doelgroep Mijn VerbouwLening aanvragen. */
  | 'MOGELIJK'
  /** Volgens de bronnen van de regelset komt deze doelgroep niet in aanmerking. */
  | 'NIET_MOGELIJK'
  /** De inkomenscategorie is niet gekend, of de bronnen zeggen het niet voor deze doelgroep. */
  | 'ONBEKEND';

/**
 * Mijn VerbouwLening: de lening van het Energiehuis naast de premie, voor de doelgroep van het advies. De
 * regelset haalt deze gegevens uit publieke pagina's van 2022 tot 2024 (zie `bronnen`); wat ze niet zeggen,
 * staat in `onbekend`. Het Energiehuis beslist.
 */
export type VerbouwLeningOptie = {
  __typename?: 'VerbouwLeningOptie';
  /**
   * De betrouwbaarheid van wat over deze doelgroep gezegd wordt: confirmed (twee onafhankelijke bronnen),
   * single-source (één bron) of conflict (de bronnen spreken elkaar tegen).
   */
  bronStatus: Scalars['String']['output'];
  /** De publieke pagina's waaruit de regelset deze gegevens haalt. */
  bronnen: Array<PremieBron>;
  /** Het hoogste bedrag dat geleend kan worden, in euro. */
  maxBedrag?: Maybe<Scalars['Float']['output']>;
  /** De langste looptijd, in jaren. */
  maxLooptijdJaren?: Maybe<Scalars['Int']['output']>;
  /** Of de doelgroep van het advies de lening kan aanvragen; ONBEKEND als de doelgroep niet gekend is of de bronnen het niet zeggen. */
  mogelijkheid: VerbouwLeningMogelijkheid;
  /** De naam van de lening: Mijn VerbouwLening. */
  naam: Scalars['String']['output'];
  /** Wat de lening is en hoe ze werkt, bv. aan te vragen vóór de start van de werken; de premie dient als vervroegde terugbetaling. */
  omschrijving: Scalars['String']['output'];
  /** Wat de bronnen niet zeggen, bv. de rentevoet van dit jaar. */
  onbekend: Array<Scalars['String']['output']>;
  /** Het IPDC-product Mijn VerbouwLening. */
  product: Product;
  /** Waarom, voor deze doelgroep. */
  toelichting: Scalars['String']['output'];
};

/** Een document dat de regel voor deze werkcategorie vraagt, en of het er is. */
export type VereistDocument = {
  __typename?: 'VereistDocument';
  /** Of een document van die soort aan een factuur van de maatregel gekoppeld is; zo niet, blokkeert ATTEST_ONTBREEKT het indienen. */
  aanwezig: Scalars['Boolean']['output'];
  /** Wat het document moet zijn, bv. 'een keuringsverslag van de elektrische installatie'. */
  omschrijving: Scalars['String']['output'];
  /** De soort document die aan een factuur gekoppeld moet zijn, meestal ATTEST. */
  soort: DocumentSoort;
};

/** Een werkcategorie van Mijn VerbouwPremie. */
export type Werkcategorie =
  /** Asbest laten verwijderen. */
  | 'ASBESTVERWIJDERING'
  /** Binnenrenovatie (bv. binnenmuren, trappen, plafonds). */
  | 'BINNENRENOVATIE'
  /** Isolatie van buitenmuren (spouw, binnen- of buitenkant). */
  | 'BUITENMUUR'
  /** Dakisolatie en dakwerken. */
  | 'DAK'
  /** Elektriciteit en sanitair vernieuwen. */
  | 'ELEKTRICITEIT_EN_SANITAIR'
  /** Nieuwe ramen, beglazing en buitendeuren. */
  | 'RAMEN_EN_DEUREN'
  /** Een ventilatiesysteem. */
  | 'VENTILATIE'
  /** Vloerisolatie (op volle grond, boven een kelder of kruipruimte). */
  | 'VLOER'
  /** Een warmtepomp voor de verwarming. */
  | 'WARMTEPOMP'
  /** Een warmtepompboiler voor sanitair warm water. */
  | 'WARMTEPOMPBOILER'
  /** Een zonneboiler. */
  | 'ZONNEBOILER';

/** Een woning uit de authentieke bronnen (eigendom van de woningpas-subgraph). */
export type Woning = {
  __typename?: 'Woning';
  adres?: Maybe<Adres>;
  adresId: Scalars['ID']['output'];
  epc?: Maybe<Epc>;
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
  PremieAanvraag: PremieAanvraag;
  Statistieken: Statistieken;
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
        | GraphQLRecursivePick<FederationTypes['Dossier'], {"referentie":true,"renovatiebegeleider":{"id":true},"burger":{"id":true,"insz":true,"voornaam":true,"achternaam":true},"woning":{"adresId":true,"adres":{"volledigAdres":true},"epc":{"certificaatnummer":true,"bouwjaar":true}},"maatregelen":{"id":true,"categorie":true,"omschrijving":true,"uitvoering":true,"oppervlakteM2":true,"bedragExclBtw":true,"facturen":{"id":true,"nummer":true,"datum":true,"aannemer":{"naam":true,"kbo":true},"bedragExclBtw":true,"betaaldOp":true,"documenten":{"id":true,"soort":true,"titel":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Dossier'], {"referentie":true,"renovatiebegeleider":{"id":true},"burger":{"id":true,"insz":true,"voornaam":true,"achternaam":true},"woning":{"adresId":true,"adres":{"volledigAdres":true},"epc":{"certificaatnummer":true,"bouwjaar":true}},"maatregelen":{"id":true,"categorie":true,"omschrijving":true,"uitvoering":true,"oppervlakteM2":true,"bedragExclBtw":true,"facturen":{"id":true,"nummer":true,"datum":true,"aannemer":{"naam":true,"kbo":true},"bedragExclBtw":true,"betaaldOp":true,"documenten":{"id":true,"soort":true,"titel":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Dossier'], {"referentie":true,"renovatiebegeleider":{"id":true},"burger":{"id":true},"woning":{"adresId":true,"epc":{"certificaatnummer":true,"label":true,"bouwjaar":true}},"maatregelen":{"id":true,"categorie":true,"uitvoering":true,"oppervlakteM2":true,"bedragExclBtw":true,"facturen":{"datum":true}}}>
        | GraphQLRecursivePick<FederationTypes['Dossier'], {"referentie":true,"renovatiebegeleider":{"id":true},"burger":{"id":true},"woning":{"adresId":true,"epc":{"certificaatnummer":true,"label":true,"bouwjaar":true}},"maatregelen":{"id":true,"categorie":true,"uitvoering":true,"oppervlakteM2":true,"bedragExclBtw":true,"facturen":{"datum":true}}}>
        | GraphQLRecursivePick<FederationTypes['Dossier'], {"renovatiebegeleider":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['Dossier'], {"renovatiebegeleider":{"id":true},"burger":{"id":true},"woning":{"adresId":true,"epc":{"certificaatnummer":true,"label":true,"bouwjaar":true}},"maatregelen":{"id":true,"categorie":true,"uitvoering":true,"oppervlakteM2":true,"bedragExclBtw":true,"facturen":{"datum":true}}}>
        | GraphQLRecursivePick<FederationTypes['Dossier'], {"burger":{"id":true},"woning":{"adresId":true,"epc":{"certificaatnummer":true,"label":true,"bouwjaar":true}},"maatregelen":{"id":true,"categorie":true,"uitvoering":true,"oppervlakteM2":true,"bedragExclBtw":true,"facturen":{"datum":true}}}> ) );
  Maatregel:
    ( { __typename: 'Maatregel' }
    & GraphQLRecursivePick<FederationTypes['Maatregel'], {"id":true}> );
  PremieAanvraag:
    ( { __typename: 'PremieAanvraag' }
    & GraphQLRecursivePick<FederationTypes['PremieAanvraag'], {"id":true}> );
  Statistieken:
    ( { __typename: 'Statistieken' }
    & GraphQLRecursivePick<FederationTypes['Statistieken'], {"sleutel":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Statistieken'], {"drempel":true,"dossierIds":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Aannemer: ResolverTypeWrapper<Aannemer>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AanvraagdatumHerkomst: AanvraagdatumHerkomst;
  Adres: ResolverTypeWrapper<Adres>;
  Burger: ResolverTypeWrapper<BurgerModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Datum: ResolverTypeWrapper<Scalars['Datum']['output']>;
  DienPremieAanvraagInInput: DienPremieAanvraagInInput;
  Document: ResolverTypeWrapper<Document>;
  DocumentSoort: DocumentSoort;
  Dossier: ResolverTypeWrapper<DossierModel>;
  Epc: ResolverTypeWrapper<Epc>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EpcLabel: EpcLabel;
  Factuur: ResolverTypeWrapper<Factuur>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Inkomenscategorie: Inkomenscategorie;
  Maatregel: ResolverTypeWrapper<MaatregelModel>;
  MaatregelUitvoering: MaatregelUitvoering;
  Medewerker: ResolverTypeWrapper<Medewerker>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PlafondBereik: PlafondBereik;
  PlafondSoort: PlafondSoort;
  Premie: ResolverTypeWrapper<PremieModel>;
  PremieAanvraag: ResolverTypeWrapper<PremieAanvraagModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PremieAanvraagAannemer: ResolverTypeWrapper<PremieAanvraagAannemer>;
  PremieAanvraagDocument: ResolverTypeWrapper<PremieAanvraagDocument>;
  PremieAanvraagFactuur: ResolverTypeWrapper<PremieAanvraagFactuur>;
  PremieAanvraagProbleem: ResolverTypeWrapper<PremieAanvraagProbleem>;
  PremieAanvraagProbleemCode: PremieAanvraagProbleemCode;
  PremieAanvraagStatus: PremieAanvraagStatus;
  PremieAanvraagStatusWijziging: ResolverTypeWrapper<PremieAanvraagStatusWijzigingModel>;
  PremieAanvraagVoorstel: ResolverTypeWrapper<PremieAanvraagVoorstelModel>;
  PremieAanvraagWoning: ResolverTypeWrapper<PremieAanvraagWoning>;
  PremieAanvrager: ResolverTypeWrapper<PremieAanvrager>;
  PremieAdvies: ResolverTypeWrapper<PremieAdviesModel>;
  PremieAdviesInvoer: ResolverTypeWrapper<PremieAdviesInvoer>;
  PremieBegrenzing: PremieBegrenzing;
  PremieBron: ResolverTypeWrapper<PremieBronModel>;
  PremieCijfers: ResolverTypeWrapper<PremieCijfers>;
  PremieDoelgroep: PremieDoelgroep;
  PremieMaatregelInvoer: ResolverTypeWrapper<PremieMaatregelInvoer>;
  PremiePlafond: ResolverTypeWrapper<PremiePlafondModel>;
  PremieSimulatieInput: PremieSimulatieInput;
  PremieSimulatieMaatregelInput: PremieSimulatieMaatregelInput;
  PremieStatus: PremieStatus;
  PremieTelling: ResolverTypeWrapper<PremieTelling>;
  PremieWoningInvoer: ResolverTypeWrapper<PremieWoningInvoer>;
  ProbleemErnst: ProbleemErnst;
  Product: ResolverTypeWrapper<Product>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Statistieken: ResolverTypeWrapper<StatistiekenModel>;
  VerbouwLeningMogelijkheid: VerbouwLeningMogelijkheid;
  VerbouwLeningOptie: ResolverTypeWrapper<VerbouwLeningOptieModel>;
  VereistDocument: ResolverTypeWrapper<VereistDocument>;
  Werkcategorie: Werkcategorie;
  Woning: ResolverTypeWrapper<Woning>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Aannemer: Aannemer;
  String: Scalars['String']['output'];
  Adres: Adres;
  Burger: BurgerModel;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Datum: Scalars['Datum']['output'];
  DienPremieAanvraagInInput: DienPremieAanvraagInInput;
  Document: Document;
  Dossier: DossierModel;
  Epc: Epc;
  Int: Scalars['Int']['output'];
  Factuur: Factuur;
  Float: Scalars['Float']['output'];
  Maatregel: MaatregelModel;
  Medewerker: Medewerker;
  Mutation: Record<PropertyKey, never>;
  Premie: PremieModel;
  PremieAanvraag: PremieAanvraagModel;
  Boolean: Scalars['Boolean']['output'];
  PremieAanvraagAannemer: PremieAanvraagAannemer;
  PremieAanvraagDocument: PremieAanvraagDocument;
  PremieAanvraagFactuur: PremieAanvraagFactuur;
  PremieAanvraagProbleem: PremieAanvraagProbleem;
  PremieAanvraagStatusWijziging: PremieAanvraagStatusWijzigingModel;
  PremieAanvraagVoorstel: PremieAanvraagVoorstelModel;
  PremieAanvraagWoning: PremieAanvraagWoning;
  PremieAanvrager: PremieAanvrager;
  PremieAdvies: PremieAdviesModel;
  PremieAdviesInvoer: PremieAdviesInvoer;
  PremieBron: PremieBronModel;
  PremieCijfers: PremieCijfers;
  PremieMaatregelInvoer: PremieMaatregelInvoer;
  PremiePlafond: PremiePlafondModel;
  PremieSimulatieInput: PremieSimulatieInput;
  PremieSimulatieMaatregelInput: PremieSimulatieMaatregelInput;
  PremieTelling: PremieTelling;
  PremieWoningInvoer: PremieWoningInvoer;
  Product: Product;
  Query: Record<PropertyKey, never>;
  Statistieken: StatistiekenModel;
  VerbouwLeningOptie: VerbouwLeningOptieModel;
  VereistDocument: VereistDocument;
  Woning: Woning;
}>;

export type BurgerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Burger'] = ResolversParentTypes['Burger'], FederationReferenceType extends FederationReferenceTypes['Burger'] = FederationReferenceTypes['Burger']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Burger']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inkomenscategorie?: Resolver<Maybe<ResolversTypes['Inkomenscategorie']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DatumScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Datum'], any> {
  name: 'Datum';
}

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DossierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dossier'] = ResolversParentTypes['Dossier'], FederationReferenceType extends FederationReferenceTypes['Dossier'] = FederationReferenceTypes['Dossier']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dossier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  premieAanvraagVoorstel?: Resolver<Maybe<ResolversTypes['PremieAanvraagVoorstel']>, ParentType, ContextType, RequireFields<DossierPremieAanvraagVoorstelArgs, 'maatregelId'>>;
  premieAanvragen?: Resolver<Array<ResolversTypes['PremieAanvraag']>, ParentType, ContextType>;
  premieAdvies?: Resolver<Maybe<ResolversTypes['PremieAdvies']>, ParentType, ContextType, Partial<DossierPremieAdviesArgs>>;
}>;

export type FactuurResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Factuur'] = ResolversParentTypes['Factuur']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MaatregelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Maatregel'] = ResolversParentTypes['Maatregel'], FederationReferenceType extends FederationReferenceTypes['Maatregel'] = FederationReferenceTypes['Maatregel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Maatregel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  premieAanvragen?: Resolver<Array<ResolversTypes['PremieAanvraag']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  dienPremieAanvraagIn?: Resolver<ResolversTypes['PremieAanvraag'], ParentType, ContextType, RequireFields<MutationDienPremieAanvraagInArgs, 'input'>>;
}>;

export type PremieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Premie'] = ResolversParentTypes['Premie']> = ResolversObject<{
  aanvraagdatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  aanvraagdatumHerkomst?: Resolver<ResolversTypes['AanvraagdatumHerkomst'], ParentType, ContextType>;
  bedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  begrenzingen?: Resolver<Array<ResolversTypes['PremieBegrenzing']>, ParentType, ContextType>;
  berekening?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bronStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bronnen?: Resolver<Array<ResolversTypes['PremieBron']>, ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Werkcategorie'], ParentType, ContextType>;
  invoer?: Resolver<ResolversTypes['PremieMaatregelInvoer'], ParentType, ContextType>;
  maatregelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ontbreekt?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  regelId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PremieStatus'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voorwaarden?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremieAanvraagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvraag'] = ResolversParentTypes['PremieAanvraag'], FederationReferenceType extends FederationReferenceTypes['PremieAanvraag'] = FederationReferenceTypes['PremieAanvraag']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PremieAanvraag']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aangevraagdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actieNodig?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Werkcategorie'], ParentType, ContextType>;
  dossier?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType>;
  dossiernummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ean?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  historiek?: Resolver<Array<ResolversTypes['PremieAanvraagStatusWijziging']>, ParentType, ContextType>;
  iban?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingediendOp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maatregel?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType>;
  problemen?: Resolver<Array<ResolversTypes['PremieAanvraagProbleem']>, ParentType, ContextType>;
  reden?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PremieAanvraagStatus'], ParentType, ContextType>;
  toegekendBedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  uitbetaaldBedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  verwachtBedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type PremieAanvraagAannemerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvraagAannemer'] = ResolversParentTypes['PremieAanvraagAannemer']> = ResolversObject<{
  kbo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PremieAanvraagDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvraagDocument'] = ResolversParentTypes['PremieAanvraagDocument']> = ResolversObject<{
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['DocumentSoort'], ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PremieAanvraagFactuurResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvraagFactuur'] = ResolversParentTypes['PremieAanvraagFactuur']> = ResolversObject<{
  aannemer?: Resolver<ResolversTypes['PremieAanvraagAannemer'], ParentType, ContextType>;
  bedragExclBtw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  betaaldOp?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  documenten?: Resolver<Array<ResolversTypes['PremieAanvraagDocument']>, ParentType, ContextType>;
  factuurId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nummer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PremieAanvraagProbleemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvraagProbleem'] = ResolversParentTypes['PremieAanvraagProbleem']> = ResolversObject<{
  boodschap?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['PremieAanvraagProbleemCode'], ParentType, ContextType>;
  ernst?: Resolver<ResolversTypes['ProbleemErnst'], ParentType, ContextType>;
  factuurId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PremieAanvraagStatusWijzigingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvraagStatusWijziging'] = ResolversParentTypes['PremieAanvraagStatusWijziging']> = ResolversObject<{
  op?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PremieAanvraagStatus'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremieAanvraagVoorstelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvraagVoorstel'] = ResolversParentTypes['PremieAanvraagVoorstel']> = ResolversObject<{
  aanvraagdatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  aanvrager?: Resolver<ResolversTypes['PremieAanvrager'], ParentType, ContextType>;
  bestaandeAanvraag?: Resolver<Maybe<ResolversTypes['PremieAanvraag']>, ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Werkcategorie'], ParentType, ContextType>;
  dossierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facturen?: Resolver<Array<ResolversTypes['PremieAanvraagFactuur']>, ParentType, ContextType>;
  geldigTot?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kanIngediendWorden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maatregelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oppervlakteM2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  problemen?: Resolver<Array<ResolversTypes['PremieAanvraagProbleem']>, ParentType, ContextType>;
  regelId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totaalFactuurExclBtw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vereisteDocumenten?: Resolver<Array<ResolversTypes['VereistDocument']>, ParentType, ContextType>;
  verwachtBedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  voorstel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  woning?: Resolver<ResolversTypes['PremieAanvraagWoning'], ParentType, ContextType>;
}>;

export type PremieAanvraagWoningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvraagWoning'] = ResolversParentTypes['PremieAanvraagWoning']> = ResolversObject<{
  adres?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adresId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  bouwjaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  epcCertificaatnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremieAanvragerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAanvrager'] = ResolversParentTypes['PremieAanvrager']> = ResolversObject<{
  achternaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  burgerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insz?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voornaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PremieAdviesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAdvies'] = ResolversParentTypes['PremieAdvies']> = ResolversObject<{
  datum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  doelgroep?: Resolver<Maybe<ResolversTypes['PremieDoelgroep']>, ParentType, ContextType>;
  indicatief?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inkomenscategorie?: Resolver<Maybe<ResolversTypes['Inkomenscategorie']>, ParentType, ContextType>;
  invoer?: Resolver<ResolversTypes['PremieAdviesInvoer'], ParentType, ContextType>;
  ontbreekt?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  plafonds?: Resolver<Array<ResolversTypes['PremiePlafond']>, ParentType, ContextType>;
  premies?: Resolver<Array<ResolversTypes['Premie']>, ParentType, ContextType>;
  regelsetVersie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regimeGeldigTot?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  regimeGeldigVan?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  verbouwLening?: Resolver<Maybe<ResolversTypes['VerbouwLeningOptie']>, ParentType, ContextType>;
}>;

export type PremieAdviesInvoerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieAdviesInvoer'] = ResolversParentTypes['PremieAdviesInvoer']> = ResolversObject<{
  doelgroep?: Resolver<Maybe<ResolversTypes['PremieDoelgroep']>, ParentType, ContextType>;
  inkomenscategorie?: Resolver<Maybe<ResolversTypes['Inkomenscategorie']>, ParentType, ContextType>;
  inkomenscategorieHerkomst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  woning?: Resolver<ResolversTypes['PremieWoningInvoer'], ParentType, ContextType>;
}>;

export type PremieBronResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieBron'] = ResolversParentTypes['PremieBron']> = ResolversObject<{
  datum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vindplaats?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PremieCijfersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieCijfers'] = ResolversParentTypes['PremieCijfers']> = ResolversObject<{
  aangevraagd?: Resolver<ResolversTypes['PremieTelling'], ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Werkcategorie'], ParentType, ContextType>;
  geadviseerd?: Resolver<ResolversTypes['PremieTelling'], ParentType, ContextType>;
  toegekend?: Resolver<ResolversTypes['PremieTelling'], ParentType, ContextType>;
  uitbetaald?: Resolver<ResolversTypes['PremieTelling'], ParentType, ContextType>;
}>;

export type PremieMaatregelInvoerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieMaatregelInvoer'] = ResolversParentTypes['PremieMaatregelInvoer']> = ResolversObject<{
  bedragExclBtw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  laatsteFactuurdatum?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  oppervlakteM2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  uitvoering?: Resolver<Maybe<ResolversTypes['MaatregelUitvoering']>, ParentType, ContextType>;
}>;

export type PremiePlafondResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiePlafond'] = ResolversParentTypes['PremiePlafond']> = ResolversObject<{
  bedragNaPlafond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bedragVoorPlafond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bronStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bronnen?: Resolver<Array<ResolversTypes['PremieBron']>, ParentType, ContextType>;
  geldtVoor?: Resolver<ResolversTypes['PlafondBereik'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maatregelIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  maximum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodeJaren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  regime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['PlafondSoort'], ParentType, ContextType>;
  toegepast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  werkcategorieen?: Resolver<Array<ResolversTypes['Werkcategorie']>, ParentType, ContextType>;
}>;

export type PremieTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieTelling'] = ResolversParentTypes['PremieTelling']> = ResolversObject<{
  aantalDossiers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aantalMaatregelen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aantalZonderBedrag?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PremieWoningInvoerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremieWoningInvoer'] = ResolversParentTypes['PremieWoningInvoer']> = ResolversObject<{
  adresId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  bouwjaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  epcCertificaatnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  epcLabel?: Resolver<Maybe<ResolversTypes['EpcLabel']>, ParentType, ContextType>;
  herkomst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  premieAanvraag?: Resolver<Maybe<ResolversTypes['PremieAanvraag']>, ParentType, ContextType, RequireFields<QueryPremieAanvraagArgs, 'id'>>;
  premieSimulatie?: Resolver<ResolversTypes['PremieAdvies'], ParentType, ContextType, RequireFields<QueryPremieSimulatieArgs, 'input'>>;
}>;

export type StatistiekenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statistieken'] = ResolversParentTypes['Statistieken'], FederationReferenceType extends FederationReferenceTypes['Statistieken'] = FederationReferenceTypes['Statistieken']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statistieken']> | FederationReferenceType, FederationReferenceType, ContextType>;
  premies?: Resolver<Maybe<Array<ResolversTypes['PremieCijfers']>>, ParentType, ContextType>;
  sleutel?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VerbouwLeningOptieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerbouwLeningOptie'] = ResolversParentTypes['VerbouwLeningOptie']> = ResolversObject<{
  bronStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bronnen?: Resolver<Array<ResolversTypes['PremieBron']>, ParentType, ContextType>;
  maxBedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxLooptijdJaren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mogelijkheid?: Resolver<ResolversTypes['VerbouwLeningMogelijkheid'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onbekend?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VereistDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VereistDocument'] = ResolversParentTypes['VereistDocument']> = ResolversObject<{
  aanwezig?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['DocumentSoort'], ParentType, ContextType>;
}>;

export type WoningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Woning'] = ResolversParentTypes['Woning']> = ResolversObject<{
  adresId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Burger?: BurgerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Datum?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  Dossier?: DossierResolvers<ContextType>;
  Factuur?: FactuurResolvers<ContextType>;
  Maatregel?: MaatregelResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Premie?: PremieResolvers<ContextType>;
  PremieAanvraag?: PremieAanvraagResolvers<ContextType>;
  PremieAanvraagAannemer?: PremieAanvraagAannemerResolvers<ContextType>;
  PremieAanvraagDocument?: PremieAanvraagDocumentResolvers<ContextType>;
  PremieAanvraagFactuur?: PremieAanvraagFactuurResolvers<ContextType>;
  PremieAanvraagProbleem?: PremieAanvraagProbleemResolvers<ContextType>;
  PremieAanvraagStatusWijziging?: PremieAanvraagStatusWijzigingResolvers<ContextType>;
  PremieAanvraagVoorstel?: PremieAanvraagVoorstelResolvers<ContextType>;
  PremieAanvraagWoning?: PremieAanvraagWoningResolvers<ContextType>;
  PremieAanvrager?: PremieAanvragerResolvers<ContextType>;
  PremieAdvies?: PremieAdviesResolvers<ContextType>;
  PremieAdviesInvoer?: PremieAdviesInvoerResolvers<ContextType>;
  PremieBron?: PremieBronResolvers<ContextType>;
  PremieCijfers?: PremieCijfersResolvers<ContextType>;
  PremieMaatregelInvoer?: PremieMaatregelInvoerResolvers<ContextType>;
  PremiePlafond?: PremiePlafondResolvers<ContextType>;
  PremieTelling?: PremieTellingResolvers<ContextType>;
  PremieWoningInvoer?: PremieWoningInvoerResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Statistieken?: StatistiekenResolvers<ContextType>;
  VerbouwLeningOptie?: VerbouwLeningOptieResolvers<ContextType>;
  VereistDocument?: VereistDocumentResolvers<ContextType>;
  Woning?: WoningResolvers<ContextType>;
}>;

