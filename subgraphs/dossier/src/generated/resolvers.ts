import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BurgerModel, DossierModel, MaatregelModel, VraagModel, WoningModel } from '../mappers.js';
import type { ToestemmingModel, PartnerToewijzingModel, PartnerAanvraagModel, DossierOvergangModel, OpmerkingModel, AuditRegelModel, PartnerOrganisatieModel } from '../lifecycle-mappers.js';
import type { MijlpaalModel, ContactmomentModel, AfsprakennotaModel, BeslissingModel, TrajectstapModel, DocumentModel, OfferteModel, FactuurModel, ActorModel } from '../journey-mappers.js';
import type { MedewerkerModel, LopendeZaakModel, StatistiekenModel } from '../overzicht-mappers.js';
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
  /** Een kalenderdag in ISO-8601 (JJJJ-MM-DD), bv. 2026-03-01: zonder uur en zonder tijdzone. */
  Datum: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Een aannemer, zoals op zijn offerte of factuur. */
export type Aannemer = {
  __typename?: 'Aannemer';
  /** Het ondernemingsnummer (KBO): 10 cijfers zonder scheidingstekens, bv. 0123456749. */
  kbo: Scalars['String']['output'];
  /** De naam van de aannemer. */
  naam: Scalars['String']['output'];
};

/** Een aannemer, zoals op zijn offerte of factuur. */
export type AannemerInput = {
  /** Het ondernemingsnummer (KBO), met of zonder punten en 'BE', bv. 0123.456.749; het controlegetal moet kloppen. */
  kbo: Scalars['String']['input'];
  /** Naam (niet leeg, hoogstens 200 tekens). */
  naam: Scalars['String']['input'];
};

/**
 * Wie iets registreerde of toevoegde in een dossier, zoals de identiteitsdienst hem of haar aanmeldde
 * op dat moment.
 */
export type Actor = {
  __typename?: 'Actor';
  /** De stadsdienst (bv. omgeving, erfgoed), als de actor een stadsdienst is. */
  dienst?: Maybe<Scalars['String']['output']>;
  /** De gebruikers-id (sub) bij de identiteitsdienst, bv. stad-lies.wouters. */
  id: Scalars['ID']['output'];
  /** De naam zoals de identiteitsdienst die gaf, als die gekend is. */
  naam?: Maybe<Scalars['String']['output']>;
  /** De partnerorganisatie, als de actor een partner is. */
  organisatie?: Maybe<PartnerOrganisatie>;
  /** De rol waarin het gebeurde: burger, spoc, energieconsulent, renovatiebegeleider, partner of stadsdienst. */
  rol: Scalars['String']['output'];
};

/** De afsprakennota: de renovatiestappen die de burger en de renovatiebegeleider afspraken. */
export type Afsprakennota = Mijlpaal & {
  __typename?: 'Afsprakennota';
  /** Wie de mijlpaal registreerde. */
  actor: Actor;
  /** Wanneer het gebeurde (niet wanneer het geregistreerd werd). */
  datum: Scalars['DateTime']['output'];
  /** Het document dat erbij hoort (bv. het DuBo-advies), als er een is. Partners: enkel met toestemming voor DOCUMENTEN. */
  document?: Maybe<Document>;
  /** Wanneer de mijlpaal in het CRM geregistreerd werd. */
  geregistreerdOp: Scalars['DateTime']['output'];
  /** Het id van de mijlpaal. */
  id: Scalars['ID']['output'];
  /** De soort mijlpaal (bepaalt het type). */
  soort: MijlpaalSoort;
  /** De afgesproken renovatiestappen, in volgorde. */
  stappen: Array<Scalars['String']['output']>;
  /** Vrije toelichting. */
  toelichting?: Maybe<Scalars['String']['output']>;
};

/** Wat er met een object gebeurde, in de audit log. */
export type AuditActie =
  /** Persoonsgegevens gelezen. */
  | 'LEZEN'
  /** Een poging geweigerd (bv. een burger of partner die een dossier vraagt dat niet het zijne is). */
  | 'WEIGERING'
  /** Iets gewijzigd of toegevoegd. */
  | 'WIJZIGEN';

/** Eén regel van de audit log: wie, wanneer, wat, in welk dossier en in welke request. */
export type AuditRegel = {
  __typename?: 'AuditRegel';
  /** Wat er gebeurde: lezen, wijzigen of een geweigerde poging. */
  actie: AuditActie;
  /** Bij een wijziging: wat er veranderde, in een paar woorden. */
  detail?: Maybe<Scalars['String']['output']>;
  /** Het id van de regel. */
  id: Scalars['ID']['output'];
  /** Het id van het object (of, bij een geweigerde vraag naar de zaken van een burger, het id van die burger). */
  objectId: Scalars['String']['output'];
  /** Het soort object (Dossier, Burger, Vraag, Toestemming, Document, ...). */
  objectType: Scalars['String']['output'];
  /** De partnerorganisatie of stadsdienst van wie het deed. */
  organisatie?: Maybe<Scalars['String']['output']>;
  /** Het request-id (ook in de logs van de hub), om een regel met een request te verbinden. */
  requestId: Scalars['String']['output'];
  /** De rollen waarmee die aangemeld was. */
  rollen: Array<Scalars['String']['output']>;
  /** De gebruikers-id (sub) van wie het deed. */
  sub: Scalars['String']['output'];
  /** Wanneer het gebeurde. */
  tijdstip: Scalars['DateTime']['output'];
};

/** Een pagina van de audit log van een dossier, nieuwste eerst. */
export type AuditRegelConnection = {
  __typename?: 'AuditRegelConnection';
  /** De regels van deze pagina. */
  edges: Array<AuditRegelEdge>;
  /** Of er nog een pagina volgt, en hoe je die vraagt. */
  pageInfo: PageInfo;
  /** Het aantal regels van het dossier in totaal (over alle pagina's). */
  totalCount: Scalars['Int']['output'];
};

/** Een regel van de audit log in een pagina. */
export type AuditRegelEdge = {
  __typename?: 'AuditRegelEdge';
  /** Een ondoorzichtige cursor die deze positie in de lijst aanduidt. */
  cursor: Scalars['String']['output'];
  /** De regel. */
  node: AuditRegel;
};

/** Waar `Maatregel.bedragExclBtw` vandaan komt. */
export type BedragBron =
  /** De som van de facturen van de maatregel. */
  | 'FACTUREN'
  /** Het bedrag van de gekozen offerte. */
  | 'GEKOZEN_OFFERTE'
  /** De raming uit het renovatieplan (`geraamdBedragExclBtw`). */
  | 'RAMING';

/** Het einde van een dossier: afgesloten of stopgezet, met een reden. */
export type BeeindigDossierInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** Waarom het dossier eindigt (niet leeg, hoogstens 1000 tekens). */
  reden: Scalars['String']['input'];
  /** De versie waarvan de wijziging vertrekt. */
  versie: Scalars['Int']['input'];
};

/** Welke partner niet meer aan welk dossier werkt. */
export type BeeindigPartnerToewijzingInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** De partner. */
  partner: PartnerOrganisatie;
};

/** Een beslissing of iets nodig is: een architect, een omgevingsvergunning, een inname van het openbaar domein. */
export type Beslissing = Mijlpaal & {
  __typename?: 'Beslissing';
  /** Wie de mijlpaal registreerde. */
  actor: Actor;
  /** Bij ARCHITECT_ADVIES: het advies van de renovatiebegeleider; anders null. */
  advies?: Maybe<Scalars['String']['output']>;
  /** Wanneer het gebeurde (niet wanneer het geregistreerd werd). */
  datum: Scalars['DateTime']['output'];
  /** Het document dat erbij hoort (bv. het DuBo-advies), als er een is. Partners: enkel met toestemming voor DOCUMENTEN. */
  document?: Maybe<Document>;
  /** Wanneer de mijlpaal in het CRM geregistreerd werd. */
  geregistreerdOp: Scalars['DateTime']['output'];
  /** Het id van de mijlpaal. */
  id: Scalars['ID']['output'];
  /** Of het nodig is (een architect, een omgevingsvergunning of een inname van het openbaar domein). */
  nodig: Scalars['Boolean']['output'];
  /** De soort mijlpaal (bepaalt het type). */
  soort: MijlpaalSoort;
  /** Vrije toelichting. */
  toelichting?: Maybe<Scalars['String']['output']>;
};

/**
 * Het burgerprofiel in het stedelijke CRM: de persoon die zijn woning wil renoveren.
 *
 * Wie mag een burger zien: de SPOC en de energieconsulent (alle burgers), de burger zelf (`ik`), de
 * renovatiebegeleider (de burgers van de dossiers die aan hem of haar zijn toegewezen), en een partner
 * wanneer de burger in een dossier dat aan die partner is toegewezen CONTACTGEGEVENS met hem deelt.
 * Andere rollen krijgen FORBIDDEN. Elke lezing komt in de audit log. Een burger die je niet mag zien en een id dat niet bestaat geven dezelfde
 * fout (FORBIDDEN "Geen toegang."), zodat een weigering nooit verraadt of iemand gekend is.
 */
export type Burger = {
  __typename?: 'Burger';
  /** De achternaam van de burger. */
  achternaam: Scalars['String']['output'];
  /** De dossiers van deze burger die de vrager mag zien, laatst gewijzigd eerst. */
  dossiers: Array<Dossier>;
  /** Het e-mailadres van de burger, als hij of zij het opgaf. */
  email?: Maybe<Scalars['String']['output']>;
  /** Het id van het burgerprofiel in het CRM. */
  id: Scalars['ID']['output'];
  /**
   * Het rijksregisternummer (INSZ, 11 cijfers zonder scheidingstekens). Enkel zichtbaar voor de SPOC,
   * de energieconsulent en de burger zelf; anderen krijgen FORBIDDEN op dit veld (de rest van het
   * antwoord blijft). Null als de burger het (nog) niet opgaf.
   */
  insz?: Maybe<Scalars['String']['output']>;
  /** Het telefoonnummer van de burger, als hij of zij het opgaf. */
  telefoon?: Maybe<Scalars['String']['output']>;
  /** De voornaam van de burger. */
  voornaam: Scalars['String']['output'];
  /** De vragen van deze burger die de vrager mag zien, nieuwste eerst. */
  vragen: Array<Vraag>;
};

/** Een burger met rijksregisternummer: gezocht op INSZ, en aangemaakt als het CRM hem nog niet kent. */
export type BurgerInput = {
  /** Nodig om een nieuw profiel aan te maken; een bestaand profiel wordt niet gewijzigd. */
  achternaam: Scalars['String']['input'];
  /** Het e-mailadres, voor een nieuw profiel. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Het rijksregisternummer (11 cijfers; punten, streepjes en spaties mogen). Een ongeldig nummer geeft BAD_USER_INPUT. */
  insz: Scalars['String']['input'];
  /** Het telefoonnummer, voor een nieuw profiel. */
  telefoon?: InputMaybe<Scalars['String']['input']>;
  /** Nodig om een nieuw profiel aan te maken; een bestaand profiel wordt niet gewijzigd. */
  voornaam: Scalars['String']['input'];
};

/** Naam en contactgegevens van iemand die (nog) geen burgerprofiel heeft. */
export type Contact = {
  __typename?: 'Contact';
  /** Het e-mailadres om de vrager te bereiken, als het opgegeven werd. */
  email?: Maybe<Scalars['String']['output']>;
  /** De naam zoals de vrager ze opgaf. */
  naam: Scalars['String']['output'];
  /** Het telefoonnummer om de vrager te bereiken, als het opgegeven werd. */
  telefoon?: Maybe<Scalars['String']['output']>;
};

/** Naam en contact van iemand die (nog) geen INSZ gaf. */
export type ContactInput = {
  /** Het e-mailadres van de vrager. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** De naam zoals de vrager ze opgaf (niet leeg). */
  naam: Scalars['String']['input'];
  /** Het telefoonnummer van de vrager. */
  telefoon?: InputMaybe<Scalars['String']['input']>;
};

/** Een contact met de burger: een regel van de contacthistoriek. */
export type Contactmoment = Mijlpaal & {
  __typename?: 'Contactmoment';
  /** Wie de mijlpaal registreerde. */
  actor: Actor;
  /** Wanneer het gebeurde (niet wanneer het geregistreerd werd). */
  datum: Scalars['DateTime']['output'];
  /** Het document dat erbij hoort (bv. het DuBo-advies), als er een is. Partners: enkel met toestemming voor DOCUMENTEN. */
  document?: Maybe<Document>;
  /** Wanneer de mijlpaal in het CRM geregistreerd werd. */
  geregistreerdOp: Scalars['DateTime']['output'];
  /** Het id van de mijlpaal. */
  id: Scalars['ID']['output'];
  /** Langs welk kanaal het contact verliep. */
  kanaal: Kanaal;
  /** Wat besproken of gevraagd werd. */
  samenvatting: Scalars['String']['output'];
  /** De soort mijlpaal (bepaalt het type). */
  soort: MijlpaalSoort;
  /** Vrije toelichting. */
  toelichting?: Maybe<Scalars['String']['output']>;
};

/** Welke rol de contactpersoon van een lopende zaak in het dossier heeft. */
export type Contactrol =
  /** De renovatiebegeleider van de stad die de burger begeleidt. */
  | 'RENOVATIEBEGELEIDER'
  /** De SPOC van het Energieloket die het dossier opvolgt (als geen renovatiebegeleider van de stad het begeleidt). */
  | 'SPOC';

/**
 * Een document in een dossier: enkel de gegevens erover; de inhoud download je met een GET op
 * `inhoudUrl` via de gateway, met dezelfde aanmelding als voor GraphQL.
 *
 * Opladen gebeurt in twee stappen, niet via GraphQL: (1) POST de bytes naar `/documenten/upload` op de
 * gateway, met het type in `Content-Type` (PDF, PNG, JPEG, Word .docx of Excel .xlsx; de inhoud moet bij
 * dat type passen) en de bestandsnaam in de query-parameter `bestandsnaam` (of de header
 * `x-bestandsnaam`, URL-gecodeerd). Hoogstens 15 MB (instelbaar). Het antwoord (201) is JSON:
 * `{ uploadId, sha256, grootte, mimeType, bestandsnaam, verlooptOp }`; fouten zijn 400 (geen
 * bestandsnaam, leeg), 401, 403, 413 (te groot) en 415 (type niet aanvaard, of inhoud past niet bij het
 * type). (2) Koppel de upload binnen 24 uur aan een dossier met `voegDocumentToe`: enkel wie de upload
 * deed, kan dat.
 *
 * Wie documenten ziet en downloadt: wie het dossier mag zien; een partner enkel met toestemming voor
 * DOCUMENTEN. Elke download komt in de audit log.
 */
export type Document = {
  __typename?: 'Document';
  /** De naam van het opgeladen bestand. */
  bestandsnaam: Scalars['String']['output'];
  /** De factuur waarbij het document hoort, als het eraan gekoppeld is. */
  factuur?: Maybe<Factuur>;
  /** De grootte in bytes. */
  grootte: Scalars['Int']['output'];
  /** Het id van het document. */
  id: Scalars['ID']['output'];
  /** Het pad op de gateway waar de inhoud te downloaden is: /documenten/{id}/inhoud. */
  inhoudUrl: Scalars['String']['output'];
  /** De maatregel waarbij het document hoort, als het aan een maatregel, offerte of factuur gekoppeld is. */
  maatregel?: Maybe<Maatregel>;
  /** Het type van de inhoud, vastgesteld uit de bytes (bv. application/pdf). */
  mimeType: Scalars['String']['output'];
  /** De offerte waarbij het document hoort, als het eraan gekoppeld is. */
  offerte?: Maybe<Offerte>;
  /** De SHA-256 van de inhoud (hexadecimaal); ook de ETag van de download. */
  sha256: Scalars['String']['output'];
  /** De soort document. */
  soort: DocumentSoort;
  /** De titel die bij het toevoegen gegeven werd. */
  titel: Scalars['String']['output'];
  /** Wie het document toevoegde. */
  toegevoegdDoor: Actor;
  /** Wanneer het document toegevoegd werd. */
  toegevoegdOp: Scalars['DateTime']['output'];
};

/** De soorten documenten in een dossier. */
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

/** De doorlooptijd van één fase: hoelang dossiers erin bleven. */
export type Doorlooptijd = {
  __typename?: 'Doorlooptijd';
  /** Het aantal verblijven in de fase die in de periode eindigden; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** De fase. */
  fase: DossierFase;
  /** De mediaan van de verblijfsduur in dagen (op 0,1 dag); null zonder verblijven of als de groep onderdrukt is. */
  mediaanDagen?: Maybe<Scalars['Float']['output']>;
  /** Of de groep onderdrukt is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
  /** Het 90e percentiel van de verblijfsduur in dagen (op 0,1 dag): 9 op 10 verblijven duurden niet langer. */
  p90Dagen?: Maybe<Scalars['Float']['output']>;
};

/**
 * Het renovatiedossier: één dossier per begeleidingstraject van één burger voor één woning.
 *
 * Wie mag een dossier zien: de SPOC en de energieconsulent (alle dossiers van de stad), de burger van
 * het dossier, en de renovatiebegeleider aan wie het is toegewezen. Een partner (Dialoog, Energiehuis,
 * Minder=Meer) ziet de dossiers die aan zijn organisatie zijn toegewezen, zolang de burger minstens één
 * soort gegevens met hem deelt, en daarvan enkel de delen waarvoor de burger toestemming gaf (zie
 * `zichtbareGegevens`; een ander deel vragen geeft FORBIDDEN op dat veld, en bij een verplicht veld zoals
 * `burger` of `woning` wordt het hele dossier null). Een stadsdienst ziet elk dossier, maar enkel wat
 * geen persoonsgegeven is: de woning en het renovatieplan (met de vlaggen zoals architect en
 * omgevingsvergunning), niet de burger, de vragen, documenten, offertes of toestemmingen. Aanmelden is
 * vereist (UNAUTHENTICATED). Analisten en Mijn Burgerprofiel krijgen FORBIDDEN. Een dossier dat je niet mag zien en
 * een id dat niet bestaat geven dezelfde fout (FORBIDDEN "Geen toegang."); enkel de SPOC en de
 * energieconsulent, die alles mogen zien, krijgen NOT_FOUND voor een id dat niet bestaat. Elke lezing
 * van een dossier en elke weigering komt in de audit log (zie `Query.auditTrail`).
 */
export type Dossier = {
  __typename?: 'Dossier';
  /** Of het dossier achterstallig is: lopend, met een volgende actie vóór vandaag (Belgische tijd). */
  achterstallig: Scalars['Boolean']['output'];
  /** Het adres van de woning in één regel, zoals het bij de opening uit woningpas' `adresZoeken` gekozen werd. Partners: WONINGGEGEVENS. */
  adres?: Maybe<Scalars['String']['output']>;
  /** Wanneer het dossier afgesloten of stopgezet werd. */
  afgeslotenOp?: Maybe<Scalars['DateTime']['output']>;
  /** Waarom het dossier afgesloten of stopgezet werd. Niet voor partners (FORBIDDEN op dit veld). */
  afsluitReden?: Maybe<Scalars['String']['output']>;
  /** Of een architect nodig is, volgens het laatste ARCHITECT_ADVIES; null zolang dat er niet is. Partners: RENOVATIEPLAN. */
  architectNodig?: Maybe<Scalars['Boolean']['output']>;
  /** De partnerorganisatie die de burger begeleidt (externe renovatiebegeleiding), in plaats van een renovatiebegeleider van de stad. */
  begeleidendePartner?: Maybe<PartnerOrganisatie>;
  /** De burger van het dossier. Partners: enkel met toestemming voor CONTACTGEGEVENS; stadsdiensten: FORBIDDEN. */
  burger: Burger;
  /** De contacthistoriek: de contactmomenten met de burger, nieuwste eerst. Niet voor partners (FORBIDDEN op dit veld). */
  contacthistoriek?: Maybe<Array<Contactmoment>>;
  /** De documenten van het dossier, nieuwste eerst, eventueel enkel van enkele soorten. Partners: enkel met toestemming voor DOCUMENTEN. */
  documenten?: Maybe<Array<Document>>;
  /** De fase van de klantreis waarin het dossier zit (of zat toen het eindigde). */
  fase: DossierFase;
  /** Wanneer het dossier geopend werd. */
  geopendOp: Scalars['DateTime']['output'];
  /** Het id van het dossier. */
  id: Scalars['ID']['output'];
  /** Of een inname van het openbaar domein nodig is, volgens de laatste mijlpaal INNAME_OPENBAAR_DOMEIN; null zolang die er niet is. Partners: RENOVATIEPLAN. */
  innameOpenbaarDomeinNodig?: Maybe<Scalars['Boolean']['output']>;
  /** Wanneer het dossier het laatst wijzigde (ook door een mijlpaal, document, offerte of factuur); de volgorde van de lijsten. */
  laatsteWijziging: Scalars['DateTime']['output'];
  /** De geplande maatregelen, in de volgorde van het renovatieplan. */
  maatregelen: Array<Maatregel>;
  /**
   * De mijlpalen van het traject, oudste eerst (op `datum`), eventueel enkel van enkele soorten. Partners:
   * enkel met toestemming voor RENOVATIEPLAN, en zonder de contactmomenten.
   */
  mijlpalen?: Maybe<Array<Mijlpaal>>;
  /** Of een omgevingsvergunning nodig is, volgens de laatste mijlpaal OMGEVINGSVERGUNNING; null zolang die er niet is. Partners: RENOVATIEPLAN. */
  omgevingsvergunningNodig?: Maybe<Scalars['Boolean']['output']>;
  /** Opmerkingen van medewerkers en stadsdiensten, oudste eerst. Enkel voor de SPOC, de energieconsulent en de renovatiebegeleider (anderen: FORBIDDEN op dit veld). */
  opmerkingen?: Maybe<Array<Opmerking>>;
  /** Elke fase- en statuswijziging sinds de opening, in volgorde (met wie, wanneer en waarom). */
  overgangen?: Maybe<Array<DossierOvergang>>;
  /** De aanvragen bij partners (DuBo-advies, begeleiding, lening) met hun leveringsstatus, oudste eerst. Een partner ziet enkel de zijne; een stadsdienst krijgt FORBIDDEN. */
  partnerAanvragen?: Maybe<Array<PartnerAanvraag>>;
  /** Welke partners aan het dossier werken of werkten, oudste toewijzing eerst. Een partner ziet enkel de zijne; een stadsdienst krijgt FORBIDDEN. */
  partnerToewijzingen?: Maybe<Array<PartnerToewijzing>>;
  /** De postcode van de woning. Partners: WONINGGEGEVENS. */
  postcode?: Maybe<Scalars['String']['output']>;
  /** Leesbare referentie, bv. REN-2026-000042: het jaar van opening en een volgnummer. */
  referentie: Scalars['String']['output'];
  /** De renovatiebegeleider aan wie het dossier is toegewezen, als die er is. */
  renovatiebegeleider?: Maybe<Medewerker>;
  /** De SPOC die het dossier opvolgt, als die toegewezen is. */
  spoc?: Maybe<Medewerker>;
  /** De toestemming van de burger om het begeleidingstraject te starten; null voor dossiers van voor het CRM ze bijhield. */
  startToestemming?: Maybe<StartToestemming>;
  /** Of het dossier loopt, afgesloten of stopgezet is. */
  status: DossierStatus;
  /**
   * Korte omschrijving van het traject. Ze noemt meestal het adres: een partner ziet ze enkel met
   * toestemming voor WONINGGEGEVENS, en krijgt anders de referentie.
   */
  titel: Scalars['String']['output'];
  /**
   * De toestemmingen van de burger om gegevens te delen met partners, met hun historiek (ingetrokken
   * toestemmingen blijven zichtbaar), oudste eerst. Een partner ziet enkel die voor zijn organisatie; een
   * stadsdienst krijgt FORBIDDEN op dit veld.
   */
  toestemmingen?: Maybe<Array<Toestemming>>;
  /**
   * Het versienummer van het dossier; het stijgt bij elke wijziging. Een wijziging vermeldt de versie
   * waarvan ze vertrok, zodat twee gelijktijdige wijzigingen elkaar niet ongemerkt overschrijven.
   */
  versie: Scalars['Int']['output'];
  /** De volgende actie die de SPOC of de renovatiebegeleider plande (zie `planVolgendeActie`). */
  volgendeActie?: Maybe<VolgendeActie>;
  /** De vragen die tot dit dossier leidden of erover gesteld werden, nieuwste eerst. */
  vragen: Array<Vraag>;
  /** De woning van het dossier (met haar gegevens uit de authentieke bronnen via woningpas). Partners: WONINGGEGEVENS. */
  woning: Woning;
  /**
   * Welke soorten gegevens van dit dossier de vrager mag zien: alle voor wie het hele dossier mag zien,
   * voor een partner enkel die waarvoor de burger nu toestemming geeft aan zijn organisatie, voor een
   * stadsdienst WONINGGEGEVENS en RENOVATIEPLAN (geen persoonsgegevens).
   */
  zichtbareGegevens: Array<Gegevenssoort>;
};


/**
 * Het renovatiedossier: één dossier per begeleidingstraject van één burger voor één woning.
 *
 * Wie mag een dossier zien: de SPOC en de energieconsulent (alle dossiers van de stad), de burger van
 * het dossier, en de renovatiebegeleider aan wie het is toegewezen. Een partner (Dialoog, Energiehuis,
 * Minder=Meer) ziet de dossiers die aan zijn organisatie zijn toegewezen, zolang de burger minstens één
 * soort gegevens met hem deelt, en daarvan enkel de delen waarvoor de burger toestemming gaf (zie
 * `zichtbareGegevens`; een ander deel vragen geeft FORBIDDEN op dat veld, en bij een verplicht veld zoals
 * `burger` of `woning` wordt het hele dossier null). Een stadsdienst ziet elk dossier, maar enkel wat
 * geen persoonsgegeven is: de woning en het renovatieplan (met de vlaggen zoals architect en
 * omgevingsvergunning), niet de burger, de vragen, documenten, offertes of toestemmingen. Aanmelden is
 * vereist (UNAUTHENTICATED). Analisten en Mijn Burgerprofiel krijgen FORBIDDEN. Een dossier dat je niet mag zien en
 * een id dat niet bestaat geven dezelfde fout (FORBIDDEN "Geen toegang."); enkel de SPOC en de
 * energieconsulent, die alles mogen zien, krijgen NOT_FOUND voor een id dat niet bestaat. Elke lezing
 * van een dossier en elke weigering komt in de audit log (zie `Query.auditTrail`).
 */
export type DossierDocumentenArgs = {
  soort?: InputMaybe<Array<DocumentSoort>>;
};


/**
 * Het renovatiedossier: één dossier per begeleidingstraject van één burger voor één woning.
 *
 * Wie mag een dossier zien: de SPOC en de energieconsulent (alle dossiers van de stad), de burger van
 * het dossier, en de renovatiebegeleider aan wie het is toegewezen. Een partner (Dialoog, Energiehuis,
 * Minder=Meer) ziet de dossiers die aan zijn organisatie zijn toegewezen, zolang de burger minstens één
 * soort gegevens met hem deelt, en daarvan enkel de delen waarvoor de burger toestemming gaf (zie
 * `zichtbareGegevens`; een ander deel vragen geeft FORBIDDEN op dat veld, en bij een verplicht veld zoals
 * `burger` of `woning` wordt het hele dossier null). Een stadsdienst ziet elk dossier, maar enkel wat
 * geen persoonsgegeven is: de woning en het renovatieplan (met de vlaggen zoals architect en
 * omgevingsvergunning), niet de burger, de vragen, documenten, offertes of toestemmingen. Aanmelden is
 * vereist (UNAUTHENTICATED). Analisten en Mijn Burgerprofiel krijgen FORBIDDEN. Een dossier dat je niet mag zien en
 * een id dat niet bestaat geven dezelfde fout (FORBIDDEN "Geen toegang."); enkel de SPOC en de
 * energieconsulent, die alles mogen zien, krijgen NOT_FOUND voor een id dat niet bestaat. Elke lezing
 * van een dossier en elke weigering komt in de audit log (zie `Query.auditTrail`).
 */
export type DossierMijlpalenArgs = {
  soort?: InputMaybe<Array<MijlpaalSoort>>;
};


/**
 * Het renovatiedossier: één dossier per begeleidingstraject van één burger voor één woning.
 *
 * Wie mag een dossier zien: de SPOC en de energieconsulent (alle dossiers van de stad), de burger van
 * het dossier, en de renovatiebegeleider aan wie het is toegewezen. Een partner (Dialoog, Energiehuis,
 * Minder=Meer) ziet de dossiers die aan zijn organisatie zijn toegewezen, zolang de burger minstens één
 * soort gegevens met hem deelt, en daarvan enkel de delen waarvoor de burger toestemming gaf (zie
 * `zichtbareGegevens`; een ander deel vragen geeft FORBIDDEN op dat veld, en bij een verplicht veld zoals
 * `burger` of `woning` wordt het hele dossier null). Een stadsdienst ziet elk dossier, maar enkel wat
 * geen persoonsgegeven is: de woning en het renovatieplan (met de vlaggen zoals architect en
 * omgevingsvergunning), niet de burger, de vragen, documenten, offertes of toestemmingen. Aanmelden is
 * vereist (UNAUTHENTICATED). Analisten en Mijn Burgerprofiel krijgen FORBIDDEN. Een dossier dat je niet mag zien en
 * een id dat niet bestaat geven dezelfde fout (FORBIDDEN "Geen toegang."); enkel de SPOC en de
 * energieconsulent, die alles mogen zien, krijgen NOT_FOUND voor een id dat niet bestaat. Elke lezing
 * van een dossier en elke weigering komt in de audit log (zie `Query.auditTrail`).
 */
export type DossierToestemmingenArgs = {
  enkelLopend?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Een pagina dossiers. */
export type DossierConnection = {
  __typename?: 'DossierConnection';
  /** De dossiers van deze pagina. */
  edges: Array<DossierEdge>;
  /** Of er nog een pagina volgt, en hoe je die vraagt. */
  pageInfo: PageInfo;
  /** Het aantal dossiers dat de vrager in totaal mag zien (over alle pagina's). */
  totalCount: Scalars['Int']['output'];
};

/** Een dossier in een pagina. */
export type DossierEdge = {
  __typename?: 'DossierEdge';
  /** Een ondoorzichtige cursor die deze positie in de lijst aanduidt. */
  cursor: Scalars['String']['output'];
  /** Het dossier. */
  node: Dossier;
};

/** De fase van de klantreis waarin het dossier zit (fasen 2 tot 6 van de klantreis renovatiebegeleiding). */
export type DossierFase =
  /** Fase 2: de vraag is geregistreerd, de burger gaf toestemming; het Energieloket neemt contact op. */
  | 'CONTACTNAME'
  /** Fase 4: premies en leningen; het premieadvies volgt uit het renovatieplan. */
  | 'FINANCIEREN'
  /** Fase 5: offertes vragen en vergelijken, een aannemer kiezen, het contract. */
  | 'LEVERANCIERS'
  /** Fase 3: duurzaam bouwadvies, renovatieplan en afsprakennota; is een architect of vergunning nodig? */
  | 'OPTIES'
  /** Fase 6: de werken worden uitgevoerd en betaald, premies worden aangevraagd. */
  | 'UITVOEREN_EN_BETALEN';

/**
 * Filters van de dossierlijst (`Query.dossiers`). Alle gegeven filters gelden samen; binnen een lijst
 * (bv. `fase: [OPTIES, FINANCIEREN]`) volstaat één waarde. Een lege lijst geeft BAD_USER_INPUT.
 */
export type DossierFilter = {
  /**
   * true: enkel achterstallige dossiers: lopend, met een volgende actie vóór vandaag (Belgische tijd);
   * false: enkel de andere.
   */
  achterstallig?: InputMaybe<Scalars['Boolean']['input']>;
  /** Dossiers in een van deze fasen. */
  fase?: InputMaybe<Array<DossierFase>>;
  /** De dossiers van woningen met een van deze postcodes. Niet voor partners. */
  postcode?: InputMaybe<Array<Scalars['String']['input']>>;
  /** De dossiers met deze renovatiebegeleider (sub). */
  renovatiebegeleider?: InputMaybe<Scalars['ID']['input']>;
  /** De dossiers met deze SPOC (sub). */
  spoc?: InputMaybe<Scalars['ID']['input']>;
  /** Dossiers met een van deze statussen. */
  status?: InputMaybe<Array<DossierStatus>>;
  /** De dossiers waarvan deze medewerker (sub, bv. stad-lies.wouters) de SPOC of de renovatiebegeleider is. */
  toegewezenAan?: InputMaybe<Scalars['ID']['input']>;
};

/** Een fase- of statuswijziging van een dossier (of de opening ervan: dan zijn `vanFase` en `vanStatus` null). */
export type DossierOvergang = {
  __typename?: 'DossierOvergang';
  /** Wie de wijziging deed. */
  door: Medewerker;
  /** De fase na de wijziging. */
  naarFase: DossierFase;
  /** De status na de wijziging. */
  naarStatus: DossierStatus;
  /** Wanneer de wijziging gebeurde. */
  op: Scalars['DateTime']['output'];
  /** Verplicht bij een stap terug, een afsluiting en een stopzetting. */
  reden?: Maybe<Scalars['String']['output']>;
  /** De fase voor de wijziging; null bij de opening. */
  vanFase?: Maybe<DossierFase>;
  /** De status voor de wijziging; null bij de opening. */
  vanStatus?: Maybe<DossierStatus>;
  /** De versie van het dossier na de wijziging. */
  versie: Scalars['Int']['output'];
};

/** Of een dossier loopt of beëindigd is (en hoe). */
export type DossierStatus =
  /** Het traject is volledig doorlopen. */
  | 'AFGESLOTEN'
  /** Het dossier loopt. */
  | 'LOPEND'
  /** Het traject werd voortijdig stopgezet. */
  | 'STOPGEZET';

/**
 * Een factuur van een aannemer voor (een deel van) een maatregel. Zichtbaar voor wie het dossier mag
 * zien; een partner enkel met toestemming voor OFFERTES_EN_FACTUREN.
 */
export type Factuur = {
  __typename?: 'Factuur';
  /** De aannemer die de factuur stuurde. */
  aannemer: Aannemer;
  /** Het bedrag in euro exclusief btw. */
  bedragExclBtw: Scalars['Float']['output'];
  /** Het bedrag in euro inclusief btw. */
  bedragInclBtw: Scalars['Float']['output'];
  /** Wanneer de factuur betaald werd; null zolang ze niet betaald is. */
  betaaldOp?: Maybe<Scalars['Datum']['output']>;
  /** De btw zoals op de factuur. */
  btwBedrag: Scalars['Float']['output'];
  /** De factuurdatum. */
  datum: Scalars['Datum']['output'];
  /** De documenten bij deze factuur (de factuur zelf, attesten), nieuwste eerst. Partners: enkel met toestemming voor DOCUMENTEN. */
  documenten?: Maybe<Array<Document>>;
  /** Het id van de factuur. */
  id: Scalars['ID']['output'];
  /** De maatregel waarvoor de factuur is. */
  maatregel: Maatregel;
  /** Het factuurnummer van de aannemer. */
  nummer: Scalars['String']['output'];
  /** Wanneer de factuur in het CRM toegevoegd werd. */
  toegevoegdOp: Scalars['DateTime']['output'];
};

/** Hoeveel lopende dossiers in één maand in één fase kwamen. */
export type FaseMaandTelling = {
  __typename?: 'FaseMaandTelling';
  /** Het aantal; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** De fase waarin ze kwamen. */
  fase: DossierFase;
  /** De maand als JJJJ-MM, bv. 2026-01. */
  maand: Scalars['String']['output'];
  /** Of de groep onderdrukt is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
};

/** Een aantal dossiers in één fase. */
export type FaseTelling = {
  __typename?: 'FaseTelling';
  /** Het aantal; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** De fase. */
  fase: DossierFase;
  /** Of de groep onderdrukt is omdat ze te klein is (of omdat ze anders uit een totaal af te leiden zou zijn). */
  onderdrukt: Scalars['Boolean']['output'];
};

/**
 * Een soort gegevens van een dossier die de burger met een partner deelt (of niet):
 * elke soort is een afzonderlijke toestemming per partner.
 */
export type Gegevenssoort =
  /** Naam, e-mail en telefoon van de burger (`Dossier.burger`); ook meegestuurd met een aanvraag bij de partner. */
  | 'CONTACTGEGEVENS'
  /** De documenten van het dossier. */
  | 'DOCUMENTEN'
  /** De offertes en facturen. */
  | 'OFFERTES_EN_FACTUREN'
  /** Het premieadvies en de premieaanvragen. */
  | 'PREMIEGEGEVENS'
  /** Het renovatieplan: de geplande maatregelen (`maatregelen`). */
  | 'RENOVATIEPLAN'
  /** De woning: `woning` (en daarmee adres en EPC uit de authentieke bronnen), `adres`, `postcode` en de `titel`. */
  | 'WONINGGEGEVENS';

/** Een vraag die zonder dossier afgehandeld wordt. */
export type HandelVraagAfInput = {
  /** Waarom er geen dossier komt, bv. 'Beantwoord aan de telefoon: info over premies gegeven'. */
  reden: Scalars['String']['input'];
  /** Het id van de vraag. */
  vraagId: Scalars['ID']['input'];
};

/** Langs welk kanaal een vraag binnenkwam. */
export type Kanaal =
  /** Het contactformulier op de website van de stad (de burger vulde het zelf in). */
  | 'CONTACTFORMULIER'
  /** Het digitale loket van de stad, waar de burger aangemeld een vraag stelt. */
  | 'DIGITAAL_LOKET'
  /** Een e-mail aan het Energieloket. */
  | 'EMAIL'
  /** Een bezoek aan het loket van het Energieloket. */
  | 'FYSIEK_LOKET'
  /** Een telefoongesprek met het Energieloket. */
  | 'TELEFOON';

/** Een aantal dossiers per kanaal van de vraag waaruit ze ontstonden. */
export type KanaalTelling = {
  __typename?: 'KanaalTelling';
  /** Het aantal; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** Het kanaal; null voor dossiers die zonder geregistreerde vraag geopend werden. */
  kanaal?: Maybe<Kanaal>;
  /** Of de groep onderdrukt is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
};

/** Een vraag en de burger aan wie ze gekoppeld wordt; geef precies één van `burgerId` en `burger`. */
export type KoppelVraagAanBurgerInput = {
  /** een burger met INSZ, gekoppeld op INSZ of aangemaakt. */
  burger?: InputMaybe<BurgerInput>;
  /** Een burger die het CRM al kent; of: */
  burgerId?: InputMaybe<Scalars['ID']['input']>;
  /** Het id van de vraag (die nog aan geen burger gekoppeld is). */
  vraagId: Scalars['ID']['input'];
};

/** Een aantal open vragen van een leeftijdsklasse: minstens `vanDagen` en minder dan `totDagen` dagen oud. */
export type LeeftijdTelling = {
  __typename?: 'LeeftijdTelling';
  /** Het aantal; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** Of de groep onderdrukt is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
  /** De bovengrens in dagen (niet inbegrepen); null voor de oudste klasse. */
  totDagen?: Maybe<Scalars['Int']['output']>;
  /** De ondergrens in dagen (inbegrepen). */
  vanDagen: Scalars['Int']['output'];
};

/** De verzending van een aanvraag naar de partner (via de transactionele outbox van het CRM). */
export type Levering = {
  __typename?: 'Levering';
  /** Wanneer de partner de ontvangst bevestigde; null zolang dat niet gebeurde. */
  afgeleverdOp?: Maybe<Scalars['DateTime']['output']>;
  /** Hoeveel keer de hub de aanvraag al probeerde af te leveren. */
  pogingen: Scalars['Int']['output'];
  /** Hoe ver de verzending staat. */
  status: LeveringStatus;
  /** Wanneer de volgende poging gepland is (enkel bij VERZONDEN_WACHTEND). */
  volgendePoging?: Maybe<Scalars['DateTime']['output']>;
};

/** Hoe ver de automatische verzending van een aanvraag naar de partner staat. */
export type LeveringStatus =
  /** De partner bevestigde de ontvangst. */
  | 'AFGELEVERD'
  /** Definitief mislukt (de partner weigerde de aanvraag, of te veel pogingen): een medewerker moet ingrijpen. */
  | 'MISLUKT'
  /** Nog niet afgeleverd: de hub probeert het opnieuw, met toenemende wachttijd, tot het lukt. */
  | 'VERZONDEN_WACHTEND';

/**
 * Een lopende zaak van een burger zoals Mijn Burgerprofiel ze toont: een renovatiedossier, in de vorm
 * van een zaakstatus (wat, hoe ver, wat moet de burger doen, wie is de contactpersoon, waar lees je meer).
 */
export type LopendeZaak = {
  __typename?: 'LopendeZaak';
  /** Wat de burger nu moet doen, in één zin; null als er niets van hem of haar verwacht wordt. */
  actie?: Maybe<Scalars['String']['output']>;
  /** Of de burger nu iets moet doen (enkel bij een lopend dossier). */
  actieNodig: Scalars['Boolean']['output'];
  /** Wanneer het dossier afgesloten of stopgezet werd; null zolang het loopt. */
  afgeslotenOp?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Wie de burger kan contacteren over het dossier: de renovatiebegeleider van de stad als die het
   * begeleidt, anders de SPOC; null als geen van beiden toegewezen is. Naam, e-mail en telefoon komen uit
   * de personeelsgids.
   */
  contactpersoon?: Maybe<Medewerker>;
  /** Welke rol de contactpersoon heeft; null zonder contactpersoon. */
  contactrol?: Maybe<Contactrol>;
  /** De fase van de klantreis waarin het dossier zit (of zat toen het eindigde). */
  fase: DossierFase;
  /** De fase in gewone taal, zoals de burger ze leest, bv. Financieren. */
  faseNaam: Scalars['String']['output'];
  /** Wanneer het dossier geopend werd. */
  geopendOp: Scalars['DateTime']['output'];
  /** Het id van het renovatiedossier (hetzelfde als `Dossier.id`). */
  id: Scalars['ID']['output'];
  /** Wanneer het dossier het laatst wijzigde. */
  laatsteWijziging: Scalars['DateTime']['output'];
  /** De link naar het dossier op de website van de stad (de basis is instelbaar met DOSSIER_DEEPLINK_BASE). */
  link: Scalars['String']['output'];
  /** De leesbare referentie van het dossier, bv. REN-2026-000042. */
  referentie: Scalars['String']['output'];
  /** Of het dossier loopt, afgesloten of stopgezet is. */
  status: DossierStatus;
  /** Korte omschrijving van het traject, bv. Renovatie rijwoning Tiensestraat 120. */
  titel: Scalars['String']['output'];
};

/** Een aantal dossiers in één maand. */
export type MaandTelling = {
  __typename?: 'MaandTelling';
  /** Het aantal; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** De maand als JJJJ-MM, bv. 2026-01. */
  maand: Scalars['String']['output'];
  /** Of de groep onderdrukt is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
};

/**
 * Een geplande renovatiemaatregel in een dossier, per werkcategorie. Zichtbaar voor wie het dossier
 * mag zien; een partner enkel met toestemming voor RENOVATIEPLAN.
 *
 * De status volgt GEPLAND -> OFFERTE -> BESTELD -> UITGEVOERD (van OFFERTE kan ze terug naar GEPLAND).
 * Een offerte toevoegen zet een geplande maatregel op OFFERTE; een offerte kiezen zet ze op BESTELD;
 * facturen horen bij bestelde of uitgevoerde maatregelen.
 */
export type Maatregel = {
  __typename?: 'Maatregel';
  /** Waar `bedragExclBtw` vandaan komt; null als er geen bedrag is. */
  bedragBron?: Maybe<BedragBron>;
  /**
   * Het best gekende bedrag in euro, exclusief btw: de som van de facturen als die er zijn, anders het
   * bedrag van de gekozen offerte, anders de raming uit het renovatieplan (zie `bedragBron`). Hiermee
   * rekent het premieadvies.
   */
  bedragExclBtw?: Maybe<Scalars['Float']['output']>;
  /** De werkcategorie van Mijn VerbouwPremie waartoe de maatregel behoort. */
  categorie: Werkcategorie;
  /** De facturen voor deze maatregel, op factuurdatum. Partners: enkel met toestemming voor OFFERTES_EN_FACTUREN. */
  facturen?: Maybe<Array<Factuur>>;
  /** De raming uit het renovatieplan, in euro exclusief btw. */
  geraamdBedragExclBtw?: Maybe<Scalars['Float']['output']>;
  /** Het id van de maatregel. */
  id: Scalars['ID']['output'];
  /** De offertes voor deze maatregel, in de volgorde waarin ze toegevoegd werden. Partners: enkel met toestemming voor OFFERTES_EN_FACTUREN. */
  offertes?: Maybe<Array<Offerte>>;
  /** Wat er gedaan wordt, bv. Dakisolatie hellend dak (Rd ≥ 4,5). */
  omschrijving: Scalars['String']['output'];
  /** Oppervlakte in m², voor maatregelen die per m² gerekend worden (dak, muur, vloer, ramen). */
  oppervlakteM2?: Maybe<Scalars['Float']['output']>;
  /** Hoe ver de maatregel staat. */
  status: MaatregelStatus;
  /**
   * Hoe de maatregel uitgevoerd wordt, waar de premie van afhangt: het type warmtepomp (WARMTEPOMP_*) bij een
   * warmtepomp, de manier van isoleren (MUUR_*) bij een buitenmuur; null als het (nog) niet gekend is of niet
   * van toepassing. Het premieadvies vraagt het waar het bedrag ervan afhangt.
   */
  uitvoering?: Maybe<MaatregelUitvoering>;
  /** De plaats in het renovatieplan (1, 2, ...). */
  volgorde: Scalars['Int']['output'];
};

/** Hoe ver een maatregel staat: GEPLAND -> OFFERTE -> BESTELD -> UITGEVOERD. */
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

/**
 * Een medewerker van de stad (SPOC, energieconsulent, renovatiebegeleider of iemand van een stadsdienst),
 * zoals de identiteitsdienst van de stad hem of haar kent, met de contactgegevens uit de personeelsgids
 * van het Energieloket (zie `registreerMedewerker`). Staat de medewerker niet in de gids, dan zijn
 * `naam`, `email`, `telefoon` en `dienst` null.
 */
export type Medewerker = {
  __typename?: 'Medewerker';
  /** De dienst of het team, bv. Energieloket of Erfgoed. */
  dienst?: Maybe<Scalars['String']['output']>;
  /** Het zakelijke e-mailadres waarop burgers en collega's de medewerker bereiken. */
  email?: Maybe<Scalars['String']['output']>;
  /** De gebruikers-id (sub) bij de identiteitsdienst van de stad, bv. stad-sofie.claes. */
  id: Scalars['ID']['output'];
  /** De naam zoals de personeelsgids ze geeft, bv. Sofie Claes. */
  naam?: Maybe<Scalars['String']['output']>;
  /** Het zakelijke telefoonnummer, bv. +32 16 27 22 00. */
  telefoon?: Maybe<Scalars['String']['output']>;
};

/** Een medewerker in de personeelsgids: alle gegevens samen (wat je weglaat, wordt leeg). */
export type MedewerkerInput = {
  /** De dienst of het team (hoogstens 100 tekens), bv. Energieloket. */
  dienst?: InputMaybe<Scalars['String']['input']>;
  /** Het zakelijke e-mailadres (hoogstens 254 tekens). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** De gebruikers-id (sub) bij de identiteitsdienst van de stad, bv. stad-sofie.claes. */
  id: Scalars['ID']['input'];
  /** De naam (niet leeg, hoogstens 200 tekens). */
  naam: Scalars['String']['input'];
  /** Het zakelijke telefoonnummer (hoogstens 30 tekens), bv. +32 16 27 22 00. */
  telefoon?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Een stap in het begeleidingstraject van een dossier, met wanneer ze gebeurde en wie ze registreerde.
 * De soort bepaalt het type: `Contactmoment` (CONTACTMOMENT), `Afsprakennota` (AFSPRAKENNOTA),
 * `Beslissing` (ARCHITECT_ADVIES, OMGEVINGSVERGUNNING, INNAME_OPENBAAR_DOMEIN) en `Trajectstap` (de andere).
 */
export type Mijlpaal = {
  /** Wie de mijlpaal registreerde. */
  actor: Actor;
  /** Wanneer het gebeurde (niet wanneer het geregistreerd werd). */
  datum: Scalars['DateTime']['output'];
  /** Het document dat erbij hoort (bv. het DuBo-advies), als er een is. Partners: enkel met toestemming voor DOCUMENTEN. */
  document?: Maybe<Document>;
  /** Wanneer de mijlpaal in het CRM geregistreerd werd. */
  geregistreerdOp: Scalars['DateTime']['output'];
  /** Het id van de mijlpaal. */
  id: Scalars['ID']['output'];
  /** De soort mijlpaal (bepaalt het type). */
  soort: MijlpaalSoort;
  /** Vrije toelichting. */
  toelichting?: Maybe<Scalars['String']['output']>;
};

/** Een mijlpaal van het traject; welke velden nodig zijn, hangt af van de soort. */
export type MijlpaalInput = {
  /** ARCHITECT_ADVIES (verplicht): het advies (hoogstens 2000 tekens). */
  advies?: InputMaybe<Scalars['String']['input']>;
  /** Wanneer het gebeurde; standaard nu. Niet in de toekomst. */
  datum?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Een document van dit dossier dat erbij hoort (eerst opladen en toevoegen met `voegDocumentToe`). Bij
   * DUBO_ADVIES_ONTVANGEN van soort ADVIES, bij RENOVATIEPLAN_OPGEMAAKT RENOVATIEPLAN, bij AFSPRAKENNOTA AFSPRAKENNOTA.
   */
  documentId?: InputMaybe<Scalars['ID']['input']>;
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** CONTACTMOMENT (verplicht): langs welk kanaal. */
  kanaal?: InputMaybe<Kanaal>;
  /** ARCHITECT_ADVIES, OMGEVINGSVERGUNNING, INNAME_OPENBAAR_DOMEIN (verplicht): of het nodig is. */
  nodig?: InputMaybe<Scalars['Boolean']['input']>;
  /** CONTACTMOMENT (verplicht): wat besproken werd (hoogstens 2000 tekens). */
  samenvatting?: InputMaybe<Scalars['String']['input']>;
  /** De soort mijlpaal. */
  soort: MijlpaalSoort;
  /** AFSPRAKENNOTA (verplicht): de afgesproken stappen, in volgorde (1 tot 50, elk hoogstens 500 tekens). */
  stappen?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Vrije toelichting (hoogstens 2000 tekens). */
  toelichting?: InputMaybe<Scalars['String']['input']>;
};

/** De soorten mijlpalen van het begeleidingstraject (fasen 2 tot 6 van de klantreis). */
export type MijlpaalSoort =
  /** De afsprakennota: welke renovatiestappen uitgevoerd zullen worden (`stappen`); het document (soort AFSPRAKENNOTA) hoort erbij. */
  | 'AFSPRAKENNOTA'
  /** Het advies van de renovatiebegeleider of een architect nodig is (`nodig`, `advies`). */
  | 'ARCHITECT_ADVIES'
  /** Een contact met de burger (telefoon, mail, loket, ...): de contacthistoriek. Met `kanaal` en `samenvatting`. */
  | 'CONTACTMOMENT'
  /** Het duurzaam bouwadvies (DuBo-advies) van Dialoog is ontvangen; het document (soort ADVIES) hoort erbij. */
  | 'DUBO_ADVIES_ONTVANGEN'
  /** Het huisbezoek (bv. van Dialoog voor het duurzaam bouwadvies). */
  | 'HUISBEZOEK'
  /** Of voor de werken een inname van het openbaar domein nodig is (bv. voor een stelling of container) (`nodig`). */
  | 'INNAME_OPENBAAR_DOMEIN'
  /** Of voor de werken een omgevingsvergunning nodig is (`nodig`). */
  | 'OMGEVINGSVERGUNNING'
  /** Het renovatieplan werd met de burger besproken. */
  | 'RENOVATIEPLAN_BESPROKEN'
  /** De renovatiebegeleider maakte het renovatieplan op; het document (soort RENOVATIEPLAN) hoort erbij. */
  | 'RENOVATIEPLAN_OPGEMAAKT';

/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Beëindigt de toewijzing van een partner aan een dossier: vanaf nu ziet de partner het dossier niet meer. SPOC, energieconsulent. */
  beeindigPartnerToewijzing: PartnerToewijzing;
  /**
   * De burger deelt soorten gegevens van zijn dossier met een partner: de burger zelf (aangemeld, wijze
   * DIGITAAL) of een medewerker namens de burger (met de wijze waarop de burger ze gaf). Een soort die al
   * gedeeld is, blijft ongewijzigd. Geeft de toestemmingen van het dossier voor die partner, met historiek.
   */
  geefToestemming: Array<Toestemming>;
  /** Handelt een vraag af zonder dossier, met een reden (status AFGEHANDELD). SPOC, energieconsulent. */
  handelVraagAf: Vraag;
  /**
   * De keuze van de burger: de offerte (ONTVANGEN, niet verlopen) wordt GEKOZEN, de andere open offertes van
   * de maatregel (en een eerder gekozen) AFGEWEZEN, en de maatregel BESTELD. Zolang er geen facturen zijn, kan
   * nog een andere offerte gekozen worden. Zelfde rollen.
   */
  kiesOfferte: Offerte;
  /** Koppelt een vraag zonder burgerprofiel aan een bestaande burger (`burgerId`) of aan een burger op INSZ (`burger`). SPOC, energieconsulent. */
  koppelVraagAanBurger: Vraag;
  /**
   * Opent een dossier, enkel met de geregistreerde toestemming van de burger om het traject te starten
   * (SPOC, energieconsulent). Vanuit een vraag (`vraagId`: burger en woning komen van de vraag, die de
   * status DOSSIER_GEOPEND krijgt) of rechtstreeks (`burgerId` of `burger`, en `woning`). Het dossier start in
   * de fase CONTACTNAME; Mijn Burgerprofiel krijgt een melding.
   */
  openDossier: Dossier;
  /** Zet de maatregelen van een dossier in een nieuwe volgorde (zelfde rollen); geeft ze in die volgorde. */
  ordenMaatregelen: Array<Maatregel>;
  /**
   * Plaatst een opmerking bij een dossier: een stadsdienst (bv. erfgoed, over vergunningen), de SPOC, de
   * energieconsulent, of de renovatiebegeleider van het dossier.
   */
  plaatsOpmerking: Opmerking;
  /**
   * Plant de volgende actie van een dossier (of wist ze, met `op: null`). Een lopend dossier waarvan de
   * volgende actie voor vandaag ligt, is achterstallig. SPOC, energieconsulent, renovatiebegeleider van het dossier.
   */
  planVolgendeActie: Dossier;
  /** Registreert (of verbetert) wanneer een factuur betaald werd. Zelfde rollen. */
  registreerBetaling: Factuur;
  /**
   * Zet een medewerker in de personeelsgids, of vervangt zijn gegevens (op `id`, de gebruikers-id): naam,
   * e-mail, telefoon en dienst, zoals Mijn Burgerprofiel ze als contact van een dossier toont. Een
   * weggelaten e-mail, telefoon of dienst wordt leeg. SPOC, energieconsulent; de wijziging komt in de audit log.
   */
  registreerMedewerker: Medewerker;
  /**
   * Registreert een mijlpaal van het traject (met de gegevens van zijn soort, zie `MijlpaalInput`). De SPOC,
   * de energieconsulent en de renovatiebegeleider van het dossier (ook een partner die de burger begeleidt)
   * registreren elke soort; een partner die aan het dossier toegewezen is zijn levering
   * (DUBO_ADVIES_ONTVANGEN, HUISBEZOEK); een stadsdienst OMGEVINGSVERGUNNING en INNAME_OPENBAAR_DOMEIN.
   */
  registreerMijlpaal: Mijlpaal;
  /** Registreert dat een aangevraagde offerte ontvangen is, met haar bedrag (AANGEVRAAGD -> ONTVANGEN). Zelfde rollen. */
  registreerOfferteOntvangst: Offerte;
  /**
   * Een partner registreert wat hij opleverde voor een aanvraag aan zijn organisatie (bv. het DuBo-advies),
   * één keer. Ook de SPOC en de energieconsulent kunnen dit namens de partner doen.
   */
  registreerPartnerResultaat: PartnerAanvraag;
  /**
   * Registreert een vraag die via eender welk kanaal binnenkwam (SPOC, energieconsulent). De burger wordt
   * op INSZ gezocht en anders aangemaakt (`burger`), of gekozen (`burgerId`); wie (nog) geen INSZ geeft,
   * wordt met naam en contact geregistreerd (`contact`) en later gekoppeld. Geef precies één van de drie.
   * De vraag komt in de inbox (status NIEUW).
   */
  registreerVraag: Vraag;
  /** Sluit een lopend dossier in de fase UITVOEREN_EN_BETALEN af (AFGESLOTEN), met een reden. Zelfde rollen als `wijzigFase`. */
  sluitDossierAf: Dossier;
  /**
   * Een aangemelde burger stelt zelf een vraag (contactformulier of digitaal loket), voor zichzelf: het
   * INSZ komt uit de aanmelding. Kent het CRM de burger nog niet, dan zijn voornaam en achternaam nodig.
   */
  stelVraag: Vraag;
  /**
   * De burger trekt toestemmingen in (zelfde rollen als `geefToestemming`). Vanaf nu ziet de partner die
   * gegevens niet meer; de historiek blijft. Geeft de toestemmingen van het dossier voor die partner.
   */
  trekToestemmingIn: Array<Toestemming>;
  /**
   * Koppelt een upload (POST /documenten/upload, zie `Document`) als document aan een dossier. De SPOC, de
   * energieconsulent en de renovatiebegeleider voegen elke soort toe; de burger van het dossier offertes,
   * contracten, facturen, attesten en andere documenten; een toegewezen partner zijn advies (ADVIES).
   */
  voegDocumentToe: Document;
  /**
   * Voegt een factuur toe aan een maatregel die BESTELD of UITGEVOERD is. Zelfde rollen als `voegOfferteToe`.
   * Hetzelfde factuurnummer van dezelfde aannemer twee keer geeft CONFLICT.
   */
  voegFactuurToe: Factuur;
  /** Voegt een geplande maatregel toe, achteraan het renovatieplan (status GEPLAND). SPOC, energieconsulent, renovatiebegeleider van het dossier. */
  voegMaatregelToe: Maatregel;
  /**
   * Voegt een offerte toe aan een maatregel die GEPLAND of OFFERTE is (een geplande wordt OFFERTE). De burger
   * van het dossier, de SPOC, de energieconsulent of de renovatiebegeleider. Een ongeldig KBO-nummer geeft
   * BAD_USER_INPUT (`input.aannemer.kbo`).
   */
  voegOfferteToe: Offerte;
  /**
   * Vraagt een partner om DuBo-advies, begeleiding of een lening, en verzendt de aanvraag automatisch
   * (via de outbox, opnieuw geprobeerd tot ze afgeleverd is). De partner wordt aan het dossier toegewezen.
   * SPOC, energieconsulent, en de renovatiebegeleider van het dossier.
   */
  vraagPartnerAan: PartnerAanvraag;
  /**
   * Wijst een SPOC en/of een renovatiebegeleider toe: een medewerker van de stad (`renovatiebegeleider`)
   * of een partnerorganisatie voor externe begeleiding (`partner`, die dan ook aan het dossier toegewezen
   * wordt). SPOC, energieconsulent.
   */
  wijsDossierToe: Dossier;
  /** Wijst een open offerte af (AANGEVRAAGD of ONTVANGEN -> AFGEWEZEN). Een gekozen offerte wijs je af door een andere te kiezen. Zelfde rollen. */
  wijsOfferteAf: Offerte;
  /** Wijst een vraag toe aan een medewerker (status IN_BEHANDELING): ze verlaat de inbox. SPOC, energieconsulent. */
  wijsVraagToe: Vraag;
  /**
   * Brengt een lopend dossier naar een andere fase: vooruit één stap, of één stap terug met een reden.
   * Elke andere overgang geeft INVALID_TRANSITION. SPOC, energieconsulent, en de renovatiebegeleider van
   * het dossier (of de partner die de burger begeleidt, zie `begeleidendePartner`). Mijn Burgerprofiel
   * krijgt een melding (met de actie die van de burger verwacht wordt).
   */
  wijzigFase: Dossier;
  /** Wijzigt de gegevens van een maatregel (zelfde rollen). */
  wijzigMaatregel: Maatregel;
  /** Brengt een maatregel naar een andere status (zelfde rollen); een overgang die niet mag, geeft INVALID_TRANSITION. */
  wijzigMaatregelStatus: Maatregel;
  /** Zet een lopend dossier in eender welke fase stop (STOPGEZET), met een reden. Zelfde rollen als `wijzigFase`. */
  zetDossierStop: Dossier;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationBeeindigPartnerToewijzingArgs = {
  input: BeeindigPartnerToewijzingInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationGeefToestemmingArgs = {
  input: ToestemmingInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationHandelVraagAfArgs = {
  input: HandelVraagAfInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationKiesOfferteArgs = {
  offerteId: Scalars['ID']['input'];
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationKoppelVraagAanBurgerArgs = {
  input: KoppelVraagAanBurgerInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationOpenDossierArgs = {
  input: OpenDossierInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationOrdenMaatregelenArgs = {
  input: OrdenMaatregelenInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationPlaatsOpmerkingArgs = {
  input: PlaatsOpmerkingInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationPlanVolgendeActieArgs = {
  input: PlanVolgendeActieInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationRegistreerBetalingArgs = {
  input: RegistreerBetalingInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationRegistreerMedewerkerArgs = {
  input: MedewerkerInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationRegistreerMijlpaalArgs = {
  input: MijlpaalInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationRegistreerOfferteOntvangstArgs = {
  input: RegistreerOfferteOntvangstInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationRegistreerPartnerResultaatArgs = {
  input: RegistreerPartnerResultaatInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationRegistreerVraagArgs = {
  input: RegistreerVraagInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationSluitDossierAfArgs = {
  input: BeeindigDossierInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationStelVraagArgs = {
  input: StelVraagInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationTrekToestemmingInArgs = {
  input: ToestemmingInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationVoegDocumentToeArgs = {
  input: VoegDocumentToeInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationVoegFactuurToeArgs = {
  input: VoegFactuurToeInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationVoegMaatregelToeArgs = {
  input: VoegMaatregelToeInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationVoegOfferteToeArgs = {
  input: VoegOfferteToeInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationVraagPartnerAanArgs = {
  input: VraagPartnerAanInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationWijsDossierToeArgs = {
  input: WijsDossierToeInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationWijsOfferteAfArgs = {
  offerteId: Scalars['ID']['input'];
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationWijsVraagToeArgs = {
  input: WijsVraagToeInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationWijzigFaseArgs = {
  input: WijzigFaseInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationWijzigMaatregelArgs = {
  input: WijzigMaatregelInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationWijzigMaatregelStatusArgs = {
  input: WijzigMaatregelStatusInput;
};


/**
 * Wijzigingen in het CRM. Elke wijziging gebeurt in één transactie: wat ze moet verzenden (een aanvraag
 * bij een partner, een melding aan Mijn Burgerprofiel) en haar regel in de audit log worden samen met de
 * wijziging bewaard, of helemaal niet. Foute invoer geeft BAD_USER_INPUT met `extensions.field` en wijzigt
 * niets. Wijzigingen van een dossier vermelden de `versie` waarvan ze vertrekken: is het dossier intussen
 * gewijzigd, dan volgt CONFLICT (laad het opnieuw). Een wijziging die de klantreis niet toelaat geeft
 * INVALID_TRANSITION met de huidige en de gevraagde toestand in de boodschap.
 */
export type MutationZetDossierStopArgs = {
  input: BeeindigDossierInput;
};

/**
 * Een offerte van een aannemer voor een maatregel. Zichtbaar voor wie het dossier mag zien; een partner
 * enkel met toestemming voor OFFERTES_EN_FACTUREN.
 */
export type Offerte = {
  __typename?: 'Offerte';
  /** De aannemer die de offerte maakte. */
  aannemer: Aannemer;
  /** Bedrag in euro exclusief btw; null zolang de offerte enkel aangevraagd is. */
  bedragExclBtw?: Maybe<Scalars['Float']['output']>;
  /** Bedrag inclusief btw. */
  bedragInclBtw?: Maybe<Scalars['Float']['output']>;
  /** De btw op het bedrag aan dat tarief, afgerond op de cent. */
  btwBedrag?: Maybe<Scalars['Float']['output']>;
  /** Btw-tarief in procent (0, 6, 12 of 21). */
  btwTarief?: Maybe<Scalars['Float']['output']>;
  /** De datum van de offerte. */
  datum?: Maybe<Scalars['Datum']['output']>;
  /** De documenten bij deze offerte (de offerte zelf, het contract), nieuwste eerst. Partners: enkel met toestemming voor DOCUMENTEN. */
  documenten?: Maybe<Array<Document>>;
  /** Tot wanneer de offerte geldig is, als ze dat vermeldt. */
  geldigTot?: Maybe<Scalars['Datum']['output']>;
  /** Het id van de offerte. */
  id: Scalars['ID']['output'];
  /** De maatregel waarvoor de offerte is. */
  maatregel: Maatregel;
  /** Hoe ver de offerte staat. */
  status: OfferteStatus;
  /** Wanneer de offerte in het CRM toegevoegd werd. */
  toegevoegdOp: Scalars['DateTime']['output'];
  /** Of de geldigheid (`geldigTot`) voor vandaag verstreken is; een verlopen offerte kan niet meer gekozen worden. */
  verlopen: Scalars['Boolean']['output'];
};

/**
 * Hoe ver een offerte staat. AANGEVRAAGD -> ONTVANGEN (met bedrag) -> GEKOZEN of AFGEWEZEN. Een offerte
 * kiezen (`kiesOfferte`) wijst de andere open offertes van de maatregel af.
 */
export type OfferteStatus =
  /** Gevraagd aan de aannemer, nog niet ontvangen. */
  | 'AANGEVRAAGD'
  /** Niet gekozen. */
  | 'AFGEWEZEN'
  /** De burger koos deze offerte: de maatregel is besteld. */
  | 'GEKOZEN'
  /** Ontvangen, met bedrag, btw-tarief en datum. */
  | 'ONTVANGEN';

/** Een nieuw dossier; geef precies één van `vraagId`, `burgerId` en `burger`. */
export type OpenDossierInput = {
  /** een burger met INSZ, gekoppeld op INSZ of aangemaakt. */
  burger?: InputMaybe<BurgerInput>;
  /** een burger die het CRM al kent; of: */
  burgerId?: InputMaybe<Scalars['ID']['input']>;
  /** De SPOC (sub); standaard de vrager als die SPOC is. */
  spoc?: InputMaybe<Scalars['ID']['input']>;
  /** Korte omschrijving van het traject (niet leeg, hoogstens 200 tekens). */
  titel: Scalars['String']['input'];
  /** De toestemming van de burger om het traject te starten (verplicht). */
  toestemming: StartToestemmingInput;
  /** Een vraag waaruit het dossier ontstaat (ze moet aan een burger gekoppeld zijn); of: */
  vraagId?: InputMaybe<Scalars['ID']['input']>;
  /** De woning; bij een vraag standaard de woning van de vraag. */
  woning?: InputMaybe<WoningInput>;
};

/** De vragen die nog op behandeling wachten. */
export type OpenVragen = {
  __typename?: 'OpenVragen';
  /** Het aantal open vragen; null als het onder de drempel ligt. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** Per leeftijd (hoelang geleden de vraag binnenkwam, op `Statistieken.berekendOp`), jongste eerst. */
  perLeeftijd: Array<LeeftijdTelling>;
  /** Per status: NIEUW (in de inbox) en IN_BEHANDELING. */
  perStatus: Array<VraagStatusTelling>;
};

/** Een opmerking bij een dossier, van een medewerker of een stadsdienst. */
export type Opmerking = {
  __typename?: 'Opmerking';
  /** Wie de opmerking plaatste. */
  auteur: Medewerker;
  /** De stadsdienst van de auteur (bv. erfgoed), als die bij een stadsdienst werkt. */
  dienst?: Maybe<Scalars['String']['output']>;
  /** Wanneer de opmerking geplaatst werd. */
  geplaatstOp: Scalars['DateTime']['output'];
  /** Het id van de opmerking. */
  id: Scalars['ID']['output'];
  /** De opmerking. */
  tekst: Scalars['String']['output'];
};

/** De nieuwe volgorde van de maatregelen van een dossier. */
export type OrdenMaatregelenInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** Alle maatregelen van het dossier, elk precies één keer, in de nieuwe volgorde. */
  maatregelIds: Array<Scalars['ID']['input']>;
};

/** Hoe je de volgende pagina van een lijst vraagt (cursorpaginering). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** De cursor van het laatste element van deze pagina: geef die als `after` om de volgende pagina te vragen. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Of er na deze pagina nog dossiers volgen. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Een aanvraag bij een partner (DuBo-advies bij Dialoog, begeleiding of een lening bij het Energiehuis),
 * automatisch verzonden op het moment van registratie. De contactgegevens van de burger gaan enkel mee
 * als de burger toestemming gaf voor CONTACTGEGEVENS aan die partner; het adres enkel met
 * WONINGGEGEVENS.
 */
export type PartnerAanvraag = {
  __typename?: 'PartnerAanvraag';
  /** De medewerker die de aanvraag registreerde. */
  aangevraagdDoor: Medewerker;
  /** Wanneer de aanvraag geregistreerd (en verzonden) werd. */
  aangevraagdOp: Scalars['DateTime']['output'];
  /** Het id van de aanvraag. */
  id: Scalars['ID']['output'];
  /** De verzending naar de partner. */
  levering: Levering;
  /** Wanneer de partner zijn resultaat opleverde; null zolang dat niet gebeurde. */
  opgeleverdOp?: Maybe<Scalars['DateTime']['output']>;
  /** De partner aan wie de aanvraag gericht is. */
  partner: PartnerOrganisatie;
  /** Wat de partner opleverde (bv. 'DuBo-advies bezorgd na huisbezoek'); null zolang de partner niets registreerde. */
  resultaat?: Maybe<Scalars['String']['output']>;
  /** Wat de partner moet doen. */
  soort: PartnerAanvraagSoort;
  /** De uitleg voor de partner, als die er is. */
  toelichting?: Maybe<Scalars['String']['output']>;
};

/** Wat een partner voor het dossier moet doen. */
export type PartnerAanvraagSoort =
  /** Een duurzaam bouwadvies (Dialoog), met huisbezoek. */
  | 'DUBO_ADVIES'
  /** Een Mijn VerbouwLening (Energiehuis). */
  | 'LENING'
  /** Externe renovatiebegeleiding (Energiehuis, Minder=Meer). */
  | 'RENOVATIEBEGELEIDING';

/** Een partnerorganisatie waarmee het Energieloket samenwerkt. */
export type PartnerOrganisatie =
  /** Dialoog: duurzaam bouwadvies (DuBo-advies). */
  | 'dialoog'
  /** Het Energiehuis (IGO): renovatiebegeleiding en Mijn VerbouwLening. */
  | 'energiehuis'
  /** Minder=Meer: renovatiebegeleiding. */
  | 'minder-meer';

/** Een partnerorganisatie die aan een dossier werkt (of werkte). */
export type PartnerToewijzing = {
  __typename?: 'PartnerToewijzing';
  /** Wanneer de toewijzing beëindigd werd; null zolang ze loopt. */
  beeindigdOp?: Maybe<Scalars['DateTime']['output']>;
  /** Of de partner nog aan het dossier werkt (niet beëindigd). */
  lopend: Scalars['Boolean']['output'];
  /** De partnerorganisatie. */
  partner: PartnerOrganisatie;
  /** De medewerker die de partner toewees. */
  toegewezenDoor: Medewerker;
  /** Wanneer de partner aan het dossier toegewezen werd. */
  toegewezenOp: Scalars['DateTime']['output'];
};

/** Een opmerking bij een dossier. */
export type PlaatsOpmerkingInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** De opmerking (niet leeg, hoogstens 2000 tekens). */
  tekst: Scalars['String']['input'];
};

/** De volgende actie van een dossier. */
export type PlanVolgendeActieInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** Wat er moet gebeuren (hoogstens 300 tekens). */
  omschrijving?: InputMaybe<Scalars['String']['input']>;
  /** Tegen wanneer (vandaag of later); null wist de volgende actie. */
  op?: InputMaybe<Scalars['Datum']['input']>;
  /** De versie waarvan de wijziging vertrekt. */
  versie: Scalars['Int']['input'];
};

/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type Query = {
  __typename?: 'Query';
  /**
   * Wie de gegevens van een dossier las, wijzigde of vergeefs probeerde te lezen, nieuwste eerst. Enkel
   * voor de SPOC en de energieconsulent.
   */
  auditTrail: AuditRegelConnection;
  /** Eén burgerprofiel (zie `Burger` voor wie wat mag zien). */
  burger?: Maybe<Burger>;
  /** Eén dossier. Een burger ziet enkel zijn eigen dossiers (zie `Dossier` voor wie wat mag zien). */
  dossier?: Maybe<Dossier>;
  /**
   * De dossiers die de vrager mag zien, laatst gewijzigd eerst (bij gelijke tijd op id). Een burger ziet
   * zijn eigen dossiers, een renovatiebegeleider de aan hem of haar toegewezen dossiers, een partner de
   * aan zijn organisatie toegewezen dossiers waarvoor de burger toestemming gaf. Met filters en een
   * zoekterm; `totalCount` telt de gefilterde lijst. Gebruik bij een volgende pagina dezelfde filters.
   */
  dossiers: DossierConnection;
  /** Het eigen burgerprofiel van de aangemelde burger; null als het CRM de burger (nog) niet kent of de vrager geen burger is. */
  ik?: Maybe<Burger>;
  /**
   * De lopende zaken van een burger, in de vorm die Mijn Burgerprofiel (de zaakstatusdienst) verwacht:
   * zijn lopende renovatiedossiers en die welke de laatste 30 dagen (instelbaar) afgesloten of
   * stopgezet werden, laatst gewijzigd eerst. Een burger vraagt zijn eigen zaken: zonder `insz`, of met
   * zijn eigen INSZ (een ander INSZ geeft FORBIDDEN). De dienst Mijn Burgerprofiel (rol burgerprofiel)
   * vraagt ze voor de burger die hij noemt: `insz` is dan verplicht. Een ontbrekend of ongeldig INSZ geeft
   * BAD_USER_INPUT (`extensions.field` = insz); andere rollen krijgen FORBIDDEN, wie niet aangemeld is
   * UNAUTHENTICATED. Kent het CRM de burger niet, dan is de lijst leeg. Elke gelezen zaak komt in de
   * audit log, met wie vroeg (de burger of de dienst); een weigering ook.
   */
  lopendeZaken: Array<LopendeZaak>;
  /** De personeelsgids: de medewerkers met hun contactgegevens, op naam. Enkel voor de SPOC en de energieconsulent. */
  medewerkers: Array<Medewerker>;
  /**
   * Cijfers over de renovatiebegeleiding, zonder persoonsgegevens: aantallen, bedragen en doorlooptijden
   * per groep, met kleine groepen onderdrukt (zie `Statistieken`). Voor analisten, de SPOC en de
   * energieconsulent; anderen krijgen FORBIDDEN. Een ongeldige filter geeft BAD_USER_INPUT.
   */
  statistieken: Statistieken;
  /** Eén vraag (zie `Vraag` voor wie wat mag zien). */
  vraag?: Maybe<Vraag>;
  /**
   * De inbox van het Energieloket: de vragen die nog niemand opnam (status NIEUW), oudste eerst. Een vraag
   * verlaat de inbox als ze toegewezen wordt, er een dossier uit ontstaat, of ze afgehandeld wordt. Enkel
   * voor de SPOC en de energieconsulent.
   */
  vragenInbox: VraagConnection;
};


/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dossierId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type QueryBurgerArgs = {
  id: Scalars['ID']['input'];
};


/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type QueryDossierArgs = {
  id: Scalars['ID']['input'];
};


/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type QueryDossiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DossierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  zoek?: InputMaybe<Scalars['String']['input']>;
};


/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type QueryLopendeZakenArgs = {
  insz?: InputMaybe<Scalars['String']['input']>;
};


/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type QueryStatistiekenArgs = {
  filter?: InputMaybe<StatistiekFilter>;
};


/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type QueryVraagArgs = {
  id: Scalars['ID']['input'];
};


/** Wat je uit het CRM van het Energieloket kan lezen. Wie wat mag zien, staat bij elk type. */
export type QueryVragenInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** De betaling van een factuur. */
export type RegistreerBetalingInput = {
  /** Wanneer de factuur betaald werd (niet in de toekomst, niet voor de factuurdatum). */
  betaaldOp: Scalars['Datum']['input'];
  /** Het id van de factuur. */
  factuurId: Scalars['ID']['input'];
};

/** De ontvangst van een aangevraagde offerte, met haar bedrag. */
export type RegistreerOfferteOntvangstInput = {
  /** Het bedrag in euro exclusief btw (0 of meer, hoogstens 2 decimalen). */
  bedragExclBtw: Scalars['Float']['input'];
  /** 0, 6, 12 of 21. */
  btwTarief: Scalars['Float']['input'];
  /** De datum van de offerte; niet in de toekomst. */
  datum: Scalars['Datum']['input'];
  /** Niet voor `datum`. */
  geldigTot?: InputMaybe<Scalars['Datum']['input']>;
  /** Het id van de offerte. */
  offerteId: Scalars['ID']['input'];
};

/** Wat een partner opleverde voor een aanvraag. */
export type RegistreerPartnerResultaatInput = {
  /** Het id van de aanvraag. */
  aanvraagId: Scalars['ID']['input'];
  /** Standaard nu; niet in de toekomst. */
  opgeleverdOp?: InputMaybe<Scalars['DateTime']['input']>;
  /** Wat opgeleverd werd (niet leeg, hoogstens 2000 tekens). */
  resultaat: Scalars['String']['input'];
};

/** Een vraag die het Energieloket registreert; geef precies één van `burgerId`, `burger` en `contact`. */
export type RegistreerVraagInput = {
  /** Een burger met INSZ: gekoppeld op INSZ, of aangemaakt. */
  burger?: InputMaybe<BurgerInput>;
  /** Een burger die het CRM al kent. */
  burgerId?: InputMaybe<Scalars['ID']['input']>;
  /** Wie geen INSZ gaf: naam en contact, om de vraag later te koppelen. */
  contact?: InputMaybe<ContactInput>;
  /** Langs welk kanaal de vraag binnenkwam. */
  kanaal: Kanaal;
  /** Waarover de vraag gaat (niet leeg, hoogstens 500 tekens). */
  onderwerp: Scalars['String']['input'];
  /** Wanneer de vraag binnenkwam (niet in de toekomst); standaard nu. */
  ontvangenOp?: InputMaybe<Scalars['DateTime']['input']>;
  /** De woning waarover de vraag gaat, als die gekend is. */
  woning?: InputMaybe<WoningInput>;
};

/** De toestemming van de burger om een begeleidingstraject (en dus een dossier) te starten. */
export type StartToestemming = {
  __typename?: 'StartToestemming';
  /** Wanneer de burger de toestemming gaf. */
  gegevenOp: Scalars['DateTime']['output'];
  /** De medewerker die ze registreerde. */
  geregistreerdDoor: Medewerker;
  /** Hoe de burger de toestemming gaf. */
  wijze: ToestemmingWijze;
};

/** Hoe en wanneer de burger toestemde om het begeleidingstraject te starten; de medewerker die het registreert, is de vrager. */
export type StartToestemmingInput = {
  /** Standaard nu; niet in de toekomst. */
  gegevenOp?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hoe de burger toestemde. */
  wijze: ToestemmingWijze;
};

/**
 * Welke cijfers: een periode en postcodes. Alles is optioneel; wat je weglaat, beperkt niets. Een lege
 * lijst postcodes, een ongeldige postcode of een `tot` voor `van` geeft BAD_USER_INPUT met
 * `extensions.field`.
 */
export type StatistiekFilter = {
  /** Enkel woningen met een van deze postcodes (4 cijfers, hoogstens 50). */
  postcodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** De laatste dag van de periode (Belgische kalenderdag, inbegrepen). */
  tot?: InputMaybe<Scalars['Datum']['input']>;
  /** De eerste dag van de periode (Belgische kalenderdag, inbegrepen). */
  van?: InputMaybe<Scalars['Datum']['input']>;
};

/**
 * Cijfers over de renovatiebegeleiding van de stad, voor beleid en opvolging: enkel aantallen, bedragen en
 * doorlooptijden per groep, nooit namen, INSZ of adressen. Elk cijfer telt op de datum die erbij past (zie
 * elk veld), binnen de periode `van`–`tot` (Belgische kalenderdagen, beide inbegrepen) en voor woningen met
 * een van de `postcodes`.
 *
 * Kleine groepen worden onderdrukt (k-anonimiteit): een groep van 1 tot `drempel` - 1 dossiers, vragen,
 * verblijven of maatregelen krijgt `aantal: null` (en geen bedragen of doorlooptijden) en
 * `onderdrukt: true`; een lege groep toont 0. Een totaal onder de drempel is null. Waar een totaal
 * getoond wordt, wordt ook de kleinste andere groep onderdrukt als anders precies één onderdrukte groep
 * uit het totaal af te leiden is.
 *
 * Andere subgraphs voegen cijfers toe aan dit type (bv. premies en EPC-labels van begeleide woningen):
 * het is een entiteit met `sleutel`, de vaste schrijfwijze van de filter, als sleutel.
 */
export type Statistieken = {
  __typename?: 'Statistieken';
  /**
   * Het aantal woningen met een dossier dat in de periode liep: geopend voor het einde van de periode en
   * niet beëindigd voor het begin ervan. Null als het onder de drempel ligt.
   */
  aantalBegeleideWoningen?: Maybe<Scalars['Int']['output']>;
  /** Het aantal dossiers dat in de periode geopend werd; null als het onder de drempel ligt. */
  aantalDossiers?: Maybe<Scalars['Int']['output']>;
  /**
   * Intern (niet zichtbaar voor clients): de woningen (adresIds) van `aantalBegeleideWoningen`, oplopend,
   * voor de subgraph die er cijfers per woning bij maakt (EPC-labels, via @requires). Hoogstens 5000
   * (instelbaar met STATISTIEK_ID_LIMIET): een grotere selectie geeft QUERY_TOO_COSTLY, verfijn dan de
   * filter. Die subgraph past zelf `drempel` toe op zijn cijfers.
   */
  begeleideWoningen: Array<Scalars['ID']['output']>;
  /** Wanneer de cijfers berekend werden; de leeftijd van de open vragen telt tot dan. */
  berekendOp: Scalars['DateTime']['output'];
  /**
   * Hoelang dossiers in elke fase bleven (de doorlooptijd per fase), in de volgorde van de klantreis: de
   * mediaan en het 90e percentiel in dagen over de verblijven die in de periode eindigden, doordat het
   * dossier naar een andere fase ging of afgesloten werd (een stopzetting telt niet mee). Een dossier dat
   * twee keer in een fase kwam, telt met twee verblijven. Uit de fasegeschiedenis: een verblijf waarvan het
   * begin niet geregistreerd is (dossiers van voor het CRM die bijhield), telt niet mee.
   */
  doorlooptijden: Array<Doorlooptijd>;
  /**
   * Intern (niet zichtbaar voor clients): de dossiers die in de periode liepen (zoals voor
   * `aantalBegeleideWoningen`), op id, voor de subgraph die er cijfers per dossier bij maakt (premies, via
   * @requires). Dezelfde limiet als `begeleideWoningen`.
   */
  dossierIds: Array<Scalars['ID']['output']>;
  /**
   * De dossiers die in de periode geopend werden en nog lopen (status LOPEND), per fase waarin ze nu
   * zitten, in de volgorde van de klantreis. Afgesloten en stopgezette dossiers staan in `dossiersPerStatus`.
   */
  dossiersPerFase: Array<FaseTelling>;
  /**
   * De dossiers die in de periode geopend werden, per kanaal van de vraag waaruit ze ontstonden; de groep
   * met `kanaal: null` zijn dossiers die zonder geregistreerde vraag geopend werden.
   */
  dossiersPerKanaal: Array<KanaalTelling>;
  /**
   * De dossiers die in de periode geopend werden, per maand van opening (Belgische tijd), oudste eerst:
   * elke maand van de eerste maand met een dossier tot de laatste maand van de periode (hoogstens tot nu).
   */
  dossiersPerMaand: Array<MaandTelling>;
  /** De dossiers die in de periode geopend werden, per status. */
  dossiersPerStatus: Array<StatusTelling>;
  /** De k-anonimiteitsdrempel: een groep van minder dan zoveel (maar niet nul) wordt onderdrukt. */
  drempel: Scalars['Int']['output'];
  /**
   * De fasen in de tijd: per maand (oudste eerst, zoals `dossiersPerMaand`) en per fase hoeveel lopende
   * dossiers in die maand in die fase kwamen. Een opening telt als instroom in CONTACTNAME, een stap terug
   * als instroom in de vorige fase. Telt de faseovergangen in de periode, ongeacht wanneer het dossier
   * geopend werd. Enkel de primaire onderdrukking geldt hier.
   */
  faseInstroomPerMaand: Array<FaseMaandTelling>;
  /** De vragen die nog niet afgehandeld zijn (NIEUW of IN_BEHANDELING) en in de periode binnenkwamen. */
  openVragen: OpenVragen;
  /** De postcodes waartoe de cijfers beperkt zijn, oplopend; null: alle. */
  postcodes?: Maybe<Array<Scalars['String']['output']>>;
  /**
   * De filter in vaste schrijfwijze: JSON met, in deze volgorde, `van` en `tot` (JJJJ-MM-DD of null) en
   * `postcodes` (oplopend, zonder dubbels, of null), bv. {"van":"2026-01-01","tot":null,"postcodes":["3000","3010"]}.
   * Dezelfde filter geeft altijd dezelfde sleutel.
   */
  sleutel: Scalars['ID']['output'];
  /** De laatste dag van de periode (inbegrepen); null: geen einde. */
  tot?: Maybe<Scalars['Datum']['output']>;
  /**
   * De maatregelen die in de periode uitgevoerd werden (de dag dat ze de status UITGEVOERD kregen), per
   * werkcategorie, in de volgorde van de werkcategorieën.
   */
  uitgevoerdeMaatregelen: Array<WerkcategorieCijfers>;
  /** De eerste dag van de periode (inbegrepen); null: geen begin. */
  van?: Maybe<Scalars['Datum']['output']>;
};

/** Een aantal dossiers met één status. */
export type StatusTelling = {
  __typename?: 'StatusTelling';
  /** Het aantal; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** Of de groep onderdrukt is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
  /** De status. */
  status: DossierStatus;
};

/** Een vraag die een aangemelde burger zelf stelt. */
export type StelVraagInput = {
  /** Nodig als het CRM je nog niet kent. */
  achternaam?: InputMaybe<Scalars['String']['input']>;
  /** Voor een nieuw profiel. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** CONTACTFORMULIER of DIGITAAL_LOKET (andere kanalen registreert het Energieloket zelf). */
  kanaal: Kanaal;
  /** Waarover de vraag gaat (niet leeg, hoogstens 500 tekens). */
  onderwerp: Scalars['String']['input'];
  /** Voor een nieuw profiel. */
  telefoon?: InputMaybe<Scalars['String']['input']>;
  /** Nodig als het CRM je nog niet kent. */
  voornaam?: InputMaybe<Scalars['String']['input']>;
  /** De woning waarover de vraag gaat, als de burger ze koos. */
  woning?: InputMaybe<WoningInput>;
};

/**
 * Een toestemming van de burger om één soort gegevens van een dossier te delen met één partner. Een
 * toestemming wordt nooit verwijderd: intrekken zet `ingetrokkenOp`; opnieuw geven maakt een nieuwe.
 * Vanaf het moment van intrekking ziet de partner die gegevens niet meer.
 */
export type Toestemming = {
  __typename?: 'Toestemming';
  /** De medewerker die de toestemming namens de burger registreerde; null als de burger ze zelf gaf. */
  gegevenDoor?: Maybe<Medewerker>;
  /** Wanneer de burger de toestemming gaf. */
  gegevenOp: Scalars['DateTime']['output'];
  /** Hoe de burger de toestemming gaf. */
  gegevenWijze: ToestemmingWijze;
  /** Het id van de toestemming. */
  id: Scalars['ID']['output'];
  /** De medewerker die de intrekking namens de burger registreerde; null als de burger ze zelf introk (of ze nog loopt). */
  ingetrokkenDoor?: Maybe<Medewerker>;
  /** Wanneer de burger de toestemming introk; null zolang ze loopt. */
  ingetrokkenOp?: Maybe<Scalars['DateTime']['output']>;
  /** Hoe de burger de toestemming introk; null zolang ze loopt. */
  ingetrokkenWijze?: Maybe<ToestemmingWijze>;
  /** Of de toestemming nu loopt (niet ingetrokken). */
  lopend: Scalars['Boolean']['output'];
  /** De partner met wie de burger de gegevens deelt. */
  partner: PartnerOrganisatie;
  /** Welke soort gegevens de burger deelt. */
  soort: Gegevenssoort;
};

/** Welke soorten gegevens van een dossier de burger met een partner deelt (of niet meer). */
export type ToestemmingInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** De partner. */
  partner: PartnerOrganisatie;
  /** De soorten gegevens (niet leeg). */
  soorten: Array<Gegevenssoort>;
  /**
   * Hoe de burger het liet weten. Verplicht voor een medewerker die het namens de burger registreert; een
   * burger die het zelf doet, laat het weg (DIGITAAL).
   */
  wijze?: InputMaybe<ToestemmingWijze>;
};

/** Hoe de burger een toestemming gaf (of introk). */
export type ToestemmingWijze =
  /** Digitaal: door de burger zelf (aangemeld) of per e-mail. */
  | 'DIGITAAL'
  /** Mondeling, bv. aan de telefoon of aan het loket; een medewerker registreerde ze. */
  | 'MONDELING'
  /** Op papier of per ondertekende brief; een medewerker registreerde ze. */
  | 'SCHRIFTELIJK';

/** Een stap zonder bijkomende gegevens: huisbezoek, DuBo-advies ontvangen, renovatieplan opgemaakt of besproken. */
export type Trajectstap = Mijlpaal & {
  __typename?: 'Trajectstap';
  /** Wie de mijlpaal registreerde. */
  actor: Actor;
  /** Wanneer het gebeurde (niet wanneer het geregistreerd werd). */
  datum: Scalars['DateTime']['output'];
  /** Het document dat erbij hoort (bv. het DuBo-advies), als er een is. Partners: enkel met toestemming voor DOCUMENTEN. */
  document?: Maybe<Document>;
  /** Wanneer de mijlpaal in het CRM geregistreerd werd. */
  geregistreerdOp: Scalars['DateTime']['output'];
  /** Het id van de mijlpaal. */
  id: Scalars['ID']['output'];
  /** De soort mijlpaal (bepaalt het type). */
  soort: MijlpaalSoort;
  /** Vrije toelichting. */
  toelichting?: Maybe<Scalars['String']['output']>;
};

/** Een opgeladen bestand dat als document aan een dossier gekoppeld wordt. */
export type VoegDocumentToeInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** aan een factuur van het dossier (hoogstens één van de drie). */
  factuurId?: InputMaybe<Scalars['ID']['input']>;
  /** Koppel het document aan een maatregel van het dossier; of: */
  maatregelId?: InputMaybe<Scalars['ID']['input']>;
  /** aan een offerte van het dossier; of: */
  offerteId?: InputMaybe<Scalars['ID']['input']>;
  /** De soort document. */
  soort: DocumentSoort;
  /** Titel (niet leeg, hoogstens 200 tekens). */
  titel: Scalars['String']['input'];
  /** De `uploadId` uit het antwoord van POST /documenten/upload; enkel wie opliep, kan ze koppelen. */
  uploadId: Scalars['ID']['input'];
};

/** Een factuur van een aannemer voor een maatregel. */
export type VoegFactuurToeInput = {
  /** De aannemer. */
  aannemer: AannemerInput;
  /** Het bedrag in euro exclusief btw (0 of meer, hoogstens 2 decimalen). */
  bedragExclBtw: Scalars['Float']['input'];
  /** Als ze al betaald is: wanneer (niet in de toekomst, niet voor de factuurdatum). */
  betaaldOp?: InputMaybe<Scalars['Datum']['input']>;
  /** De btw zoals op de factuur (hoogstens 21 % van het bedrag). */
  btwBedrag: Scalars['Float']['input'];
  /** De factuurdatum; niet in de toekomst. */
  datum: Scalars['Datum']['input'];
  /** Het id van de maatregel. */
  maatregelId: Scalars['ID']['input'];
  /** Het factuurnummer van de aannemer (hoogstens 50 tekens); per aannemer uniek. */
  nummer: Scalars['String']['input'];
};

/** Een nieuwe maatregel in het renovatieplan. */
export type VoegMaatregelToeInput = {
  /** De werkcategorie van Mijn VerbouwPremie. */
  categorie: Werkcategorie;
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** De raming in euro exclusief btw (0 of meer, hoogstens 2 decimalen). */
  geraamdBedragExclBtw?: InputMaybe<Scalars['Float']['input']>;
  /** Omschrijving (niet leeg, hoogstens 500 tekens). */
  omschrijving: Scalars['String']['input'];
  /** Oppervlakte in m² (meer dan 0, hoogstens 2 decimalen). */
  oppervlakteM2?: InputMaybe<Scalars['Float']['input']>;
  /** Het type warmtepomp of de manier van muurisolatie; moet bij de werkcategorie passen (anders BAD_USER_INPUT). */
  uitvoering?: InputMaybe<MaatregelUitvoering>;
};

/** Een offerte van een aannemer voor een maatregel. */
export type VoegOfferteToeInput = {
  /** De aannemer. */
  aannemer: AannemerInput;
  /** Het bedrag in euro exclusief btw (0 of meer, hoogstens 2 decimalen); verplicht bij ONTVANGEN. */
  bedragExclBtw?: InputMaybe<Scalars['Float']['input']>;
  /** 0, 6, 12 of 21. */
  btwTarief?: InputMaybe<Scalars['Float']['input']>;
  /** De datum van de offerte; niet in de toekomst. */
  datum?: InputMaybe<Scalars['Datum']['input']>;
  /** Niet voor `datum`. */
  geldigTot?: InputMaybe<Scalars['Datum']['input']>;
  /** Het id van de maatregel. */
  maatregelId: Scalars['ID']['input'];
  /** AANGEVRAAGD (standaard: nog geen bedrag) of ONTVANGEN (dan zijn bedrag, btw-tarief en datum verplicht). */
  status?: InputMaybe<OfferteStatus>;
};

/** De volgende actie die de SPOC of de renovatiebegeleider plande. */
export type VolgendeActie = {
  __typename?: 'VolgendeActie';
  /** Wat er moet gebeuren. */
  omschrijving?: Maybe<Scalars['String']['output']>;
  /** Tegen wanneer. */
  op: Scalars['Datum']['output'];
};

/**
 * Een vraag van een burger aan het Energieloket, geregistreerd zodat ze nooit verloren gaat.
 * Zichtbaar voor de SPOC en de energieconsulent, voor de burger die ze stelde, en voor de
 * renovatiebegeleider van het dossier waaraan ze gekoppeld is.
 */
export type Vraag = {
  __typename?: 'Vraag';
  /** Het adres van de woning in één regel, zoals het bij de registratie uit woningpas' `adresZoeken` gekozen werd. */
  adres?: Maybe<Scalars['String']['output']>;
  /** Wanneer de vraag zonder dossier afgehandeld werd (status AFGEHANDELD); anders null. */
  afgehandeldOp?: Maybe<Scalars['DateTime']['output']>;
  /** Waarom de vraag zonder dossier afgehandeld werd (status AFGEHANDELD). */
  afhandelReden?: Maybe<Scalars['String']['output']>;
  /** De burger die de vraag stelde; null zolang de vraag aan geen burgerprofiel gekoppeld is. */
  burger?: Maybe<Burger>;
  /**
   * Wie de vraag stelde, zolang ze aan geen burgerprofiel gekoppeld is (de burger gaf nog geen INSZ):
   * naam en contactgegevens om de burger te bereiken. Null voor een vraag die bij registratie meteen aan
   * een burger gekoppeld werd.
   */
  contact?: Maybe<Contact>;
  /** Het dossier dat uit deze vraag ontstond, als dat er is. */
  dossier?: Maybe<Dossier>;
  /** De medewerker die de vraag registreerde; null als de burger ze zelf indiende (contactformulier, digitaal loket). */
  geregistreerdDoor?: Maybe<Medewerker>;
  /** Het id van de vraag. */
  id: Scalars['ID']['output'];
  /** Langs welk kanaal de vraag binnenkwam. */
  kanaal: Kanaal;
  /** Waarover de vraag gaat, in een zin. */
  onderwerp: Scalars['String']['output'];
  /** Wanneer de vraag binnenkwam (niet wanneer ze geregistreerd werd). */
  ontvangenOp: Scalars['DateTime']['output'];
  /** De postcode van de woning (4 cijfers). */
  postcode?: Maybe<Scalars['String']['output']>;
  /** Hoe ver de behandeling van de vraag staat. */
  status: VraagStatus;
  /** De medewerker die de vraag behandelt (status IN_BEHANDELING). */
  toegewezenAan?: Maybe<Medewerker>;
  /** De woning waarover de vraag gaat, als die gekend is. */
  woning?: Maybe<Woning>;
};

/** Een pagina vragen. */
export type VraagConnection = {
  __typename?: 'VraagConnection';
  /** De vragen van deze pagina. */
  edges: Array<VraagEdge>;
  /** Of er nog een pagina volgt, en hoe je die vraagt. */
  pageInfo: PageInfo;
  /** Het aantal vragen in totaal (over alle pagina's). */
  totalCount: Scalars['Int']['output'];
};

/** Een vraag in een pagina. */
export type VraagEdge = {
  __typename?: 'VraagEdge';
  /** Een ondoorzichtige cursor die deze positie in de lijst aanduidt. */
  cursor: Scalars['String']['output'];
  /** De vraag. */
  node: Vraag;
};

/** Een aanvraag bij een partner. */
export type VraagPartnerAanInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** De partner die het moet doen. */
  partner: PartnerOrganisatie;
  /** Wat de partner moet doen; de partner moet die dienst aanbieden (Dialoog: DUBO_ADVIES; Energiehuis: RENOVATIEBEGELEIDING, LENING; Minder=Meer: RENOVATIEBEGELEIDING). */
  soort: PartnerAanvraagSoort;
  /** Uitleg voor de partner (hoogstens 2000 tekens). */
  toelichting?: InputMaybe<Scalars['String']['input']>;
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

/** Een aantal vragen met één status. */
export type VraagStatusTelling = {
  __typename?: 'VraagStatusTelling';
  /** Het aantal; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** Of de groep onderdrukt is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
  /** De status. */
  status: VraagStatus;
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

/** De uitgevoerde maatregelen van één werkcategorie. */
export type WerkcategorieCijfers = {
  __typename?: 'WerkcategorieCijfers';
  /** Het aantal uitgevoerde maatregelen; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /**
   * De som van hun best gekende bedragen in euro exclusief btw (zoals `Maatregel.bedragExclBtw`: de
   * facturen, anders de gekozen offerte, anders de raming); null als geen enkele een bedrag heeft, of als
   * de groep onderdrukt is.
   */
  bedragExclBtw?: Maybe<Scalars['Float']['output']>;
  /** De werkcategorie. */
  categorie: Werkcategorie;
  /** De som van hun facturen in euro exclusief btw; null zonder facturen, of als de groep onderdrukt is. */
  gefactureerdExclBtw?: Maybe<Scalars['Float']['output']>;
  /** Of de groep onderdrukt is (zie `Statistieken`). */
  onderdrukt: Scalars['Boolean']['output'];
};

/** Wie een dossier opvolgt; geef minstens één van `spoc`, `renovatiebegeleider` en `partner`. */
export type WijsDossierToeInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** Een partnerorganisatie voor externe begeleiding; niet samen met `renovatiebegeleider`. */
  partner?: InputMaybe<PartnerOrganisatie>;
  /** Een renovatiebegeleider van de stad (sub); niet samen met `partner`. */
  renovatiebegeleider?: InputMaybe<Scalars['ID']['input']>;
  /** De SPOC (sub). */
  spoc?: InputMaybe<Scalars['ID']['input']>;
  /** De versie waarvan de wijziging vertrekt. */
  versie: Scalars['Int']['input'];
};

/** Welke vraag aan welke medewerker. */
export type WijsVraagToeInput = {
  /** De gebruikers-id (sub) van de medewerker, bv. stad-sofie.claes. */
  medewerker: Scalars['ID']['input'];
  /** Het id van de vraag. */
  vraagId: Scalars['ID']['input'];
};

/** Een faseovergang van een dossier. */
export type WijzigFaseInput = {
  /** Het id van het dossier. */
  dossierId: Scalars['ID']['input'];
  /** De nieuwe fase: de volgende, of de vorige (met een reden). */
  fase: DossierFase;
  /** Verplicht bij een stap terug. */
  reden?: InputMaybe<Scalars['String']['input']>;
  /** De versie waarvan de wijziging vertrekt. */
  versie: Scalars['Int']['input'];
};

/** Een gedeeltelijke wijziging: een weggelaten veld blijft; null wist een optioneel veld. */
export type WijzigMaatregelInput = {
  /** De nieuwe werkcategorie. */
  categorie?: InputMaybe<Werkcategorie>;
  /** De nieuwe raming in euro exclusief btw (0 of meer, hoogstens 2 decimalen); null wist ze. */
  geraamdBedragExclBtw?: InputMaybe<Scalars['Float']['input']>;
  /** Het id van de maatregel. */
  maatregelId: Scalars['ID']['input'];
  /** De nieuwe omschrijving (niet leeg, hoogstens 500 tekens). */
  omschrijving?: InputMaybe<Scalars['String']['input']>;
  /** De nieuwe oppervlakte in m² (meer dan 0, hoogstens 2 decimalen); null wist ze. */
  oppervlakteM2?: InputMaybe<Scalars['Float']['input']>;
  /**
   * Het type warmtepomp of de manier van muurisolatie (null wist ze). Moet passen bij de werkcategorie, ook
   * bij een nieuwe `categorie`: past de bestaande uitvoering niet bij de nieuwe categorie, geef dan ook deze.
   */
  uitvoering?: InputMaybe<MaatregelUitvoering>;
};

/** Een statusovergang van een maatregel. */
export type WijzigMaatregelStatusInput = {
  /** Het id van de maatregel. */
  maatregelId: Scalars['ID']['input'];
  /** De nieuwe status: GEPLAND -> OFFERTE -> BESTELD -> UITGEVOERD, of van OFFERTE terug naar GEPLAND. */
  status: MaatregelStatus;
};

/** Een woning (eigendom van de woningpas-subgraph), hier uitgebreid met haar dossiers. */
export type Woning = {
  __typename?: 'Woning';
  /** Het objectId van het adres in het Gebouwen- en Adressenregister: de sleutel van de woning. */
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

/**
 * De woning zoals de client ze uit woningpas' `adresZoeken` koos: het `adresId` (de sleutel van de woning)
 * en het adres en de postcode zoals ze daar getoond werden (voor lijsten en zoeken in het CRM).
 */
export type WoningInput = {
  /** Het adres in één regel, bv. 'Tiensestraat 120, 3000 Leuven'. */
  adres: Scalars['String']['input'];
  /** Het objectId van het adres in het adressenregister (enkel cijfers). */
  adresId: Scalars['ID']['input'];
  /** Belgische postcode, 4 cijfers. */
  postcode: Scalars['String']['input'];
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
  Document: Document;
  Dossier: Dossier;
  Factuur: Factuur;
  Maatregel: Maatregel;
  Offerte: Offerte;
  Statistieken: Statistieken;
  Vraag: Vraag;
  Woning: Woning;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Burger:
    ( { __typename: 'Burger' }
    & GraphQLRecursivePick<FederationTypes['Burger'], {"id":true}> );
  Document:
    ( { __typename: 'Document' }
    & GraphQLRecursivePick<FederationTypes['Document'], {"id":true}> );
  Dossier:
    ( { __typename: 'Dossier' }
    & GraphQLRecursivePick<FederationTypes['Dossier'], {"id":true}> );
  Factuur:
    ( { __typename: 'Factuur' }
    & GraphQLRecursivePick<FederationTypes['Factuur'], {"id":true}> );
  Maatregel:
    ( { __typename: 'Maatregel' }
    & GraphQLRecursivePick<FederationTypes['Maatregel'], {"id":true}> );
  Offerte:
    ( { __typename: 'Offerte' }
    & GraphQLRecursivePick<FederationTypes['Offerte'], {"id":true}> );
  Statistieken:
    ( { __typename: 'Statistieken' }
    & GraphQLRecursivePick<FederationTypes['Statistieken'], {"sleutel":true}> );
  Vraag:
    ( { __typename: 'Vraag' }
    & GraphQLRecursivePick<FederationTypes['Vraag'], {"id":true}> );
  Woning:
    ( { __typename: 'Woning' }
    & GraphQLRecursivePick<FederationTypes['Woning'], {"adresId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Aannemer: ResolverTypeWrapper<Aannemer>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AannemerInput: AannemerInput;
  Actor: ResolverTypeWrapper<ActorModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Afsprakennota: ResolverTypeWrapper<AfsprakennotaModel>;
  AuditActie: AuditActie;
  AuditRegel: ResolverTypeWrapper<AuditRegelModel>;
  AuditRegelConnection: ResolverTypeWrapper<Omit<AuditRegelConnection, 'edges'> & { edges: Array<ResolversTypes['AuditRegelEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditRegelEdge: ResolverTypeWrapper<Omit<AuditRegelEdge, 'node'> & { node: ResolversTypes['AuditRegel'] }>;
  BedragBron: BedragBron;
  BeeindigDossierInput: BeeindigDossierInput;
  BeeindigPartnerToewijzingInput: BeeindigPartnerToewijzingInput;
  Beslissing: ResolverTypeWrapper<BeslissingModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Burger: ResolverTypeWrapper<BurgerModel>;
  BurgerInput: BurgerInput;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  Contactmoment: ResolverTypeWrapper<ContactmomentModel>;
  Contactrol: Contactrol;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Datum: ResolverTypeWrapper<Scalars['Datum']['output']>;
  Document: ResolverTypeWrapper<DocumentModel>;
  DocumentSoort: DocumentSoort;
  Doorlooptijd: ResolverTypeWrapper<Doorlooptijd>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Dossier: ResolverTypeWrapper<DossierModel>;
  DossierConnection: ResolverTypeWrapper<Omit<DossierConnection, 'edges'> & { edges: Array<ResolversTypes['DossierEdge']> }>;
  DossierEdge: ResolverTypeWrapper<Omit<DossierEdge, 'node'> & { node: ResolversTypes['Dossier'] }>;
  DossierFase: DossierFase;
  DossierFilter: DossierFilter;
  DossierOvergang: ResolverTypeWrapper<DossierOvergangModel>;
  DossierStatus: DossierStatus;
  Factuur: ResolverTypeWrapper<FactuurModel>;
  FaseMaandTelling: ResolverTypeWrapper<FaseMaandTelling>;
  FaseTelling: ResolverTypeWrapper<FaseTelling>;
  Gegevenssoort: Gegevenssoort;
  HandelVraagAfInput: HandelVraagAfInput;
  Kanaal: Kanaal;
  KanaalTelling: ResolverTypeWrapper<KanaalTelling>;
  KoppelVraagAanBurgerInput: KoppelVraagAanBurgerInput;
  LeeftijdTelling: ResolverTypeWrapper<LeeftijdTelling>;
  Levering: ResolverTypeWrapper<Levering>;
  LeveringStatus: LeveringStatus;
  LopendeZaak: ResolverTypeWrapper<LopendeZaakModel>;
  MaandTelling: ResolverTypeWrapper<MaandTelling>;
  Maatregel: ResolverTypeWrapper<MaatregelModel>;
  MaatregelStatus: MaatregelStatus;
  MaatregelUitvoering: MaatregelUitvoering;
  Medewerker: ResolverTypeWrapper<MedewerkerModel>;
  MedewerkerInput: MedewerkerInput;
  Mijlpaal: ResolverTypeWrapper<MijlpaalModel>;
  MijlpaalInput: MijlpaalInput;
  MijlpaalSoort: MijlpaalSoort;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Offerte: ResolverTypeWrapper<OfferteModel>;
  OfferteStatus: OfferteStatus;
  OpenDossierInput: OpenDossierInput;
  OpenVragen: ResolverTypeWrapper<OpenVragen>;
  Opmerking: ResolverTypeWrapper<OpmerkingModel>;
  OrdenMaatregelenInput: OrdenMaatregelenInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerAanvraag: ResolverTypeWrapper<PartnerAanvraagModel>;
  PartnerAanvraagSoort: PartnerAanvraagSoort;
  PartnerOrganisatie: ResolverTypeWrapper<PartnerOrganisatieModel>;
  PartnerToewijzing: ResolverTypeWrapper<PartnerToewijzingModel>;
  PlaatsOpmerkingInput: PlaatsOpmerkingInput;
  PlanVolgendeActieInput: PlanVolgendeActieInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegistreerBetalingInput: RegistreerBetalingInput;
  RegistreerOfferteOntvangstInput: RegistreerOfferteOntvangstInput;
  RegistreerPartnerResultaatInput: RegistreerPartnerResultaatInput;
  RegistreerVraagInput: RegistreerVraagInput;
  StartToestemming: ResolverTypeWrapper<Omit<StartToestemming, 'geregistreerdDoor'> & { geregistreerdDoor: ResolversTypes['Medewerker'] }>;
  StartToestemmingInput: StartToestemmingInput;
  StatistiekFilter: StatistiekFilter;
  Statistieken: ResolverTypeWrapper<StatistiekenModel>;
  StatusTelling: ResolverTypeWrapper<StatusTelling>;
  StelVraagInput: StelVraagInput;
  Toestemming: ResolverTypeWrapper<ToestemmingModel>;
  ToestemmingInput: ToestemmingInput;
  ToestemmingWijze: ToestemmingWijze;
  Trajectstap: ResolverTypeWrapper<TrajectstapModel>;
  VoegDocumentToeInput: VoegDocumentToeInput;
  VoegFactuurToeInput: VoegFactuurToeInput;
  VoegMaatregelToeInput: VoegMaatregelToeInput;
  VoegOfferteToeInput: VoegOfferteToeInput;
  VolgendeActie: ResolverTypeWrapper<VolgendeActie>;
  Vraag: ResolverTypeWrapper<VraagModel>;
  VraagConnection: ResolverTypeWrapper<Omit<VraagConnection, 'edges'> & { edges: Array<ResolversTypes['VraagEdge']> }>;
  VraagEdge: ResolverTypeWrapper<Omit<VraagEdge, 'node'> & { node: ResolversTypes['Vraag'] }>;
  VraagPartnerAanInput: VraagPartnerAanInput;
  VraagStatus: VraagStatus;
  VraagStatusTelling: ResolverTypeWrapper<VraagStatusTelling>;
  Werkcategorie: Werkcategorie;
  WerkcategorieCijfers: ResolverTypeWrapper<WerkcategorieCijfers>;
  WijsDossierToeInput: WijsDossierToeInput;
  WijsVraagToeInput: WijsVraagToeInput;
  WijzigFaseInput: WijzigFaseInput;
  WijzigMaatregelInput: WijzigMaatregelInput;
  WijzigMaatregelStatusInput: WijzigMaatregelStatusInput;
  Woning: ResolverTypeWrapper<WoningModel>;
  WoningInput: WoningInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Aannemer: Aannemer;
  String: Scalars['String']['output'];
  AannemerInput: AannemerInput;
  Actor: ActorModel;
  ID: Scalars['ID']['output'];
  Afsprakennota: AfsprakennotaModel;
  AuditRegel: AuditRegelModel;
  AuditRegelConnection: Omit<AuditRegelConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditRegelEdge']> };
  Int: Scalars['Int']['output'];
  AuditRegelEdge: Omit<AuditRegelEdge, 'node'> & { node: ResolversParentTypes['AuditRegel'] };
  BeeindigDossierInput: BeeindigDossierInput;
  BeeindigPartnerToewijzingInput: BeeindigPartnerToewijzingInput;
  Beslissing: BeslissingModel;
  Boolean: Scalars['Boolean']['output'];
  Burger: BurgerModel;
  BurgerInput: BurgerInput;
  Contact: Contact;
  ContactInput: ContactInput;
  Contactmoment: ContactmomentModel;
  DateTime: Scalars['DateTime']['output'];
  Datum: Scalars['Datum']['output'];
  Document: DocumentModel;
  Doorlooptijd: Doorlooptijd;
  Float: Scalars['Float']['output'];
  Dossier: DossierModel;
  DossierConnection: Omit<DossierConnection, 'edges'> & { edges: Array<ResolversParentTypes['DossierEdge']> };
  DossierEdge: Omit<DossierEdge, 'node'> & { node: ResolversParentTypes['Dossier'] };
  DossierFilter: DossierFilter;
  DossierOvergang: DossierOvergangModel;
  Factuur: FactuurModel;
  FaseMaandTelling: FaseMaandTelling;
  FaseTelling: FaseTelling;
  HandelVraagAfInput: HandelVraagAfInput;
  KanaalTelling: KanaalTelling;
  KoppelVraagAanBurgerInput: KoppelVraagAanBurgerInput;
  LeeftijdTelling: LeeftijdTelling;
  Levering: Levering;
  LopendeZaak: LopendeZaakModel;
  MaandTelling: MaandTelling;
  Maatregel: MaatregelModel;
  Medewerker: MedewerkerModel;
  MedewerkerInput: MedewerkerInput;
  Mijlpaal: MijlpaalModel;
  MijlpaalInput: MijlpaalInput;
  Mutation: Record<PropertyKey, never>;
  Offerte: OfferteModel;
  OpenDossierInput: OpenDossierInput;
  OpenVragen: OpenVragen;
  Opmerking: OpmerkingModel;
  OrdenMaatregelenInput: OrdenMaatregelenInput;
  PageInfo: PageInfo;
  PartnerAanvraag: PartnerAanvraagModel;
  PartnerToewijzing: PartnerToewijzingModel;
  PlaatsOpmerkingInput: PlaatsOpmerkingInput;
  PlanVolgendeActieInput: PlanVolgendeActieInput;
  Query: Record<PropertyKey, never>;
  RegistreerBetalingInput: RegistreerBetalingInput;
  RegistreerOfferteOntvangstInput: RegistreerOfferteOntvangstInput;
  RegistreerPartnerResultaatInput: RegistreerPartnerResultaatInput;
  RegistreerVraagInput: RegistreerVraagInput;
  StartToestemming: Omit<StartToestemming, 'geregistreerdDoor'> & { geregistreerdDoor: ResolversParentTypes['Medewerker'] };
  StartToestemmingInput: StartToestemmingInput;
  StatistiekFilter: StatistiekFilter;
  Statistieken: StatistiekenModel;
  StatusTelling: StatusTelling;
  StelVraagInput: StelVraagInput;
  Toestemming: ToestemmingModel;
  ToestemmingInput: ToestemmingInput;
  Trajectstap: TrajectstapModel;
  VoegDocumentToeInput: VoegDocumentToeInput;
  VoegFactuurToeInput: VoegFactuurToeInput;
  VoegMaatregelToeInput: VoegMaatregelToeInput;
  VoegOfferteToeInput: VoegOfferteToeInput;
  VolgendeActie: VolgendeActie;
  Vraag: VraagModel;
  VraagConnection: Omit<VraagConnection, 'edges'> & { edges: Array<ResolversParentTypes['VraagEdge']> };
  VraagEdge: Omit<VraagEdge, 'node'> & { node: ResolversParentTypes['Vraag'] };
  VraagPartnerAanInput: VraagPartnerAanInput;
  VraagStatusTelling: VraagStatusTelling;
  WerkcategorieCijfers: WerkcategorieCijfers;
  WijsDossierToeInput: WijsDossierToeInput;
  WijsVraagToeInput: WijsVraagToeInput;
  WijzigFaseInput: WijzigFaseInput;
  WijzigMaatregelInput: WijzigMaatregelInput;
  WijzigMaatregelStatusInput: WijzigMaatregelStatusInput;
  Woning: WoningModel;
  WoningInput: WoningInput;
}>;

export type AannemerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Aannemer'] = ResolversParentTypes['Aannemer']> = ResolversObject<{
  kbo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  dienst?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisatie?: Resolver<Maybe<ResolversTypes['PartnerOrganisatie']>, ParentType, ContextType>;
  rol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AfsprakennotaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Afsprakennota'] = ResolversParentTypes['Afsprakennota']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  datum?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  geregistreerdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['MijlpaalSoort'], ParentType, ContextType>;
  stappen?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditRegelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRegel'] = ResolversParentTypes['AuditRegel']> = ResolversObject<{
  actie?: Resolver<ResolversTypes['AuditActie'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisatie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rollen?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tijdstip?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AuditRegelConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRegelConnection'] = ResolversParentTypes['AuditRegelConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRegelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditRegelEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRegelEdge'] = ResolversParentTypes['AuditRegelEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRegel'], ParentType, ContextType>;
}>;

export type BeslissingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Beslissing'] = ResolversParentTypes['Beslissing']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  advies?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datum?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  geregistreerdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodig?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['MijlpaalSoort'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  telefoon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactmomentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contactmoment'] = ResolversParentTypes['Contactmoment']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  datum?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  geregistreerdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kanaal?: Resolver<ResolversTypes['Kanaal'], ParentType, ContextType>;
  samenvatting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['MijlpaalSoort'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DatumScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Datum'], any> {
  name: 'Datum';
}

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'], FederationReferenceType extends FederationReferenceTypes['Document'] = FederationReferenceTypes['Document']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Document']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bestandsnaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factuur?: Resolver<Maybe<ResolversTypes['Factuur']>, ParentType, ContextType>;
  grootte?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inhoudUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maatregel?: Resolver<Maybe<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerte?: Resolver<Maybe<ResolversTypes['Offerte']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['DocumentSoort'], ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toegevoegdDoor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  toegevoegdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DoorlooptijdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Doorlooptijd'] = ResolversParentTypes['Doorlooptijd']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fase?: Resolver<ResolversTypes['DossierFase'], ParentType, ContextType>;
  mediaanDagen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  p90Dagen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type DossierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dossier'] = ResolversParentTypes['Dossier'], FederationReferenceType extends FederationReferenceTypes['Dossier'] = FederationReferenceTypes['Dossier']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dossier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  achterstallig?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  adres?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  afgeslotenOp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  afsluitReden?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  architectNodig?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  begeleidendePartner?: Resolver<Maybe<ResolversTypes['PartnerOrganisatie']>, ParentType, ContextType>;
  burger?: Resolver<ResolversTypes['Burger'], ParentType, ContextType>;
  contacthistoriek?: Resolver<Maybe<Array<ResolversTypes['Contactmoment']>>, ParentType, ContextType>;
  documenten?: Resolver<Maybe<Array<ResolversTypes['Document']>>, ParentType, ContextType, Partial<DossierDocumentenArgs>>;
  fase?: Resolver<ResolversTypes['DossierFase'], ParentType, ContextType>;
  geopendOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  innameOpenbaarDomeinNodig?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  laatsteWijziging?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  maatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  mijlpalen?: Resolver<Maybe<Array<ResolversTypes['Mijlpaal']>>, ParentType, ContextType, Partial<DossierMijlpalenArgs>>;
  omgevingsvergunningNodig?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  opmerkingen?: Resolver<Maybe<Array<ResolversTypes['Opmerking']>>, ParentType, ContextType>;
  overgangen?: Resolver<Maybe<Array<ResolversTypes['DossierOvergang']>>, ParentType, ContextType>;
  partnerAanvragen?: Resolver<Maybe<Array<ResolversTypes['PartnerAanvraag']>>, ParentType, ContextType>;
  partnerToewijzingen?: Resolver<Maybe<Array<ResolversTypes['PartnerToewijzing']>>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referentie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  renovatiebegeleider?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  spoc?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  startToestemming?: Resolver<Maybe<ResolversTypes['StartToestemming']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toestemmingen?: Resolver<Maybe<Array<ResolversTypes['Toestemming']>>, ParentType, ContextType, RequireFields<DossierToestemmingenArgs, 'enkelLopend'>>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volgendeActie?: Resolver<Maybe<ResolversTypes['VolgendeActie']>, ParentType, ContextType>;
  vragen?: Resolver<Array<ResolversTypes['Vraag']>, ParentType, ContextType>;
  woning?: Resolver<ResolversTypes['Woning'], ParentType, ContextType>;
  zichtbareGegevens?: Resolver<Array<ResolversTypes['Gegevenssoort']>, ParentType, ContextType>;
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

export type DossierOvergangResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DossierOvergang'] = ResolversParentTypes['DossierOvergang']> = ResolversObject<{
  door?: Resolver<ResolversTypes['Medewerker'], ParentType, ContextType>;
  naarFase?: Resolver<ResolversTypes['DossierFase'], ParentType, ContextType>;
  naarStatus?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reden?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vanFase?: Resolver<Maybe<ResolversTypes['DossierFase']>, ParentType, ContextType>;
  vanStatus?: Resolver<Maybe<ResolversTypes['DossierStatus']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FactuurResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Factuur'] = ResolversParentTypes['Factuur'], FederationReferenceType extends FederationReferenceTypes['Factuur'] = FederationReferenceTypes['Factuur']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Factuur']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aannemer?: Resolver<ResolversTypes['Aannemer'], ParentType, ContextType>;
  bedragExclBtw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bedragInclBtw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  betaaldOp?: Resolver<Maybe<ResolversTypes['Datum']>, ParentType, ContextType>;
  btwBedrag?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  datum?: Resolver<ResolversTypes['Datum'], ParentType, ContextType>;
  documenten?: Resolver<Maybe<Array<ResolversTypes['Document']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maatregel?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType>;
  nummer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toegevoegdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FaseMaandTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FaseMaandTelling'] = ResolversParentTypes['FaseMaandTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fase?: Resolver<ResolversTypes['DossierFase'], ParentType, ContextType>;
  maand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type FaseTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FaseTelling'] = ResolversParentTypes['FaseTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fase?: Resolver<ResolversTypes['DossierFase'], ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type KanaalTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KanaalTelling'] = ResolversParentTypes['KanaalTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kanaal?: Resolver<Maybe<ResolversTypes['Kanaal']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LeeftijdTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeeftijdTelling'] = ResolversParentTypes['LeeftijdTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totDagen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vanDagen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeveringResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Levering'] = ResolversParentTypes['Levering']> = ResolversObject<{
  afgeleverdOp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pogingen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeveringStatus'], ParentType, ContextType>;
  volgendePoging?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type LopendeZaakResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LopendeZaak'] = ResolversParentTypes['LopendeZaak']> = ResolversObject<{
  actie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actieNodig?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  afgeslotenOp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactpersoon?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  contactrol?: Resolver<Maybe<ResolversTypes['Contactrol']>, ParentType, ContextType>;
  fase?: Resolver<ResolversTypes['DossierFase'], ParentType, ContextType>;
  faseNaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  geopendOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laatsteWijziging?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referentie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MaandTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MaandTelling'] = ResolversParentTypes['MaandTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MaatregelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Maatregel'] = ResolversParentTypes['Maatregel'], FederationReferenceType extends FederationReferenceTypes['Maatregel'] = FederationReferenceTypes['Maatregel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Maatregel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bedragBron?: Resolver<Maybe<ResolversTypes['BedragBron']>, ParentType, ContextType>;
  bedragExclBtw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Werkcategorie'], ParentType, ContextType>;
  facturen?: Resolver<Maybe<Array<ResolversTypes['Factuur']>>, ParentType, ContextType>;
  geraamdBedragExclBtw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offertes?: Resolver<Maybe<Array<ResolversTypes['Offerte']>>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oppervlakteM2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MaatregelStatus'], ParentType, ContextType>;
  uitvoering?: Resolver<Maybe<ResolversTypes['MaatregelUitvoering']>, ParentType, ContextType>;
  volgorde?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MedewerkerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Medewerker'] = ResolversParentTypes['Medewerker']> = ResolversObject<{
  dienst?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  telefoon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MijlpaalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mijlpaal'] = ResolversParentTypes['Mijlpaal']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Afsprakennota' | 'Beslissing' | 'Contactmoment' | 'Trajectstap', ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  beeindigPartnerToewijzing?: Resolver<ResolversTypes['PartnerToewijzing'], ParentType, ContextType, RequireFields<MutationBeeindigPartnerToewijzingArgs, 'input'>>;
  geefToestemming?: Resolver<Array<ResolversTypes['Toestemming']>, ParentType, ContextType, RequireFields<MutationGeefToestemmingArgs, 'input'>>;
  handelVraagAf?: Resolver<ResolversTypes['Vraag'], ParentType, ContextType, RequireFields<MutationHandelVraagAfArgs, 'input'>>;
  kiesOfferte?: Resolver<ResolversTypes['Offerte'], ParentType, ContextType, RequireFields<MutationKiesOfferteArgs, 'offerteId'>>;
  koppelVraagAanBurger?: Resolver<ResolversTypes['Vraag'], ParentType, ContextType, RequireFields<MutationKoppelVraagAanBurgerArgs, 'input'>>;
  openDossier?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType, RequireFields<MutationOpenDossierArgs, 'input'>>;
  ordenMaatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType, RequireFields<MutationOrdenMaatregelenArgs, 'input'>>;
  plaatsOpmerking?: Resolver<ResolversTypes['Opmerking'], ParentType, ContextType, RequireFields<MutationPlaatsOpmerkingArgs, 'input'>>;
  planVolgendeActie?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType, RequireFields<MutationPlanVolgendeActieArgs, 'input'>>;
  registreerBetaling?: Resolver<ResolversTypes['Factuur'], ParentType, ContextType, RequireFields<MutationRegistreerBetalingArgs, 'input'>>;
  registreerMedewerker?: Resolver<ResolversTypes['Medewerker'], ParentType, ContextType, RequireFields<MutationRegistreerMedewerkerArgs, 'input'>>;
  registreerMijlpaal?: Resolver<ResolversTypes['Mijlpaal'], ParentType, ContextType, RequireFields<MutationRegistreerMijlpaalArgs, 'input'>>;
  registreerOfferteOntvangst?: Resolver<ResolversTypes['Offerte'], ParentType, ContextType, RequireFields<MutationRegistreerOfferteOntvangstArgs, 'input'>>;
  registreerPartnerResultaat?: Resolver<ResolversTypes['PartnerAanvraag'], ParentType, ContextType, RequireFields<MutationRegistreerPartnerResultaatArgs, 'input'>>;
  registreerVraag?: Resolver<ResolversTypes['Vraag'], ParentType, ContextType, RequireFields<MutationRegistreerVraagArgs, 'input'>>;
  sluitDossierAf?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType, RequireFields<MutationSluitDossierAfArgs, 'input'>>;
  stelVraag?: Resolver<ResolversTypes['Vraag'], ParentType, ContextType, RequireFields<MutationStelVraagArgs, 'input'>>;
  trekToestemmingIn?: Resolver<Array<ResolversTypes['Toestemming']>, ParentType, ContextType, RequireFields<MutationTrekToestemmingInArgs, 'input'>>;
  voegDocumentToe?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationVoegDocumentToeArgs, 'input'>>;
  voegFactuurToe?: Resolver<ResolversTypes['Factuur'], ParentType, ContextType, RequireFields<MutationVoegFactuurToeArgs, 'input'>>;
  voegMaatregelToe?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType, RequireFields<MutationVoegMaatregelToeArgs, 'input'>>;
  voegOfferteToe?: Resolver<ResolversTypes['Offerte'], ParentType, ContextType, RequireFields<MutationVoegOfferteToeArgs, 'input'>>;
  vraagPartnerAan?: Resolver<ResolversTypes['PartnerAanvraag'], ParentType, ContextType, RequireFields<MutationVraagPartnerAanArgs, 'input'>>;
  wijsDossierToe?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType, RequireFields<MutationWijsDossierToeArgs, 'input'>>;
  wijsOfferteAf?: Resolver<ResolversTypes['Offerte'], ParentType, ContextType, RequireFields<MutationWijsOfferteAfArgs, 'offerteId'>>;
  wijsVraagToe?: Resolver<ResolversTypes['Vraag'], ParentType, ContextType, RequireFields<MutationWijsVraagToeArgs, 'input'>>;
  wijzigFase?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType, RequireFields<MutationWijzigFaseArgs, 'input'>>;
  wijzigMaatregel?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType, RequireFields<MutationWijzigMaatregelArgs, 'input'>>;
  wijzigMaatregelStatus?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType, RequireFields<MutationWijzigMaatregelStatusArgs, 'input'>>;
  zetDossierStop?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType, RequireFields<MutationZetDossierStopArgs, 'input'>>;
}>;

export type OfferteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offerte'] = ResolversParentTypes['Offerte'], FederationReferenceType extends FederationReferenceTypes['Offerte'] = FederationReferenceTypes['Offerte']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offerte']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aannemer?: Resolver<ResolversTypes['Aannemer'], ParentType, ContextType>;
  bedragExclBtw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bedragInclBtw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  btwBedrag?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  btwTarief?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  datum?: Resolver<Maybe<ResolversTypes['Datum']>, ParentType, ContextType>;
  documenten?: Resolver<Maybe<Array<ResolversTypes['Document']>>, ParentType, ContextType>;
  geldigTot?: Resolver<Maybe<ResolversTypes['Datum']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maatregel?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferteStatus'], ParentType, ContextType>;
  toegevoegdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verlopen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type OpenVragenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenVragen'] = ResolversParentTypes['OpenVragen']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  perLeeftijd?: Resolver<Array<ResolversTypes['LeeftijdTelling']>, ParentType, ContextType>;
  perStatus?: Resolver<Array<ResolversTypes['VraagStatusTelling']>, ParentType, ContextType>;
}>;

export type OpmerkingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Opmerking'] = ResolversParentTypes['Opmerking']> = ResolversObject<{
  auteur?: Resolver<ResolversTypes['Medewerker'], ParentType, ContextType>;
  dienst?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geplaatstOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tekst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerAanvraagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerAanvraag'] = ResolversParentTypes['PartnerAanvraag']> = ResolversObject<{
  aangevraagdDoor?: Resolver<ResolversTypes['Medewerker'], ParentType, ContextType>;
  aangevraagdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levering?: Resolver<ResolversTypes['Levering'], ParentType, ContextType>;
  opgeleverdOp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerOrganisatie'], ParentType, ContextType>;
  resultaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['PartnerAanvraagSoort'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerOrganisatieResolvers = { DIALOOG: 'dialoog', ENERGIEHUIS: 'energiehuis', MINDER_MEER: 'minder-meer' };

export type PartnerToewijzingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerToewijzing'] = ResolversParentTypes['PartnerToewijzing']> = ResolversObject<{
  beeindigdOp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lopend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerOrganisatie'], ParentType, ContextType>;
  toegewezenDoor?: Resolver<ResolversTypes['Medewerker'], ParentType, ContextType>;
  toegewezenOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditTrail?: Resolver<ResolversTypes['AuditRegelConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'dossierId' | 'first'>>;
  burger?: Resolver<Maybe<ResolversTypes['Burger']>, ParentType, ContextType, RequireFields<QueryBurgerArgs, 'id'>>;
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType, RequireFields<QueryDossierArgs, 'id'>>;
  dossiers?: Resolver<ResolversTypes['DossierConnection'], ParentType, ContextType, RequireFields<QueryDossiersArgs, 'first'>>;
  ik?: Resolver<Maybe<ResolversTypes['Burger']>, ParentType, ContextType>;
  lopendeZaken?: Resolver<Array<ResolversTypes['LopendeZaak']>, ParentType, ContextType, Partial<QueryLopendeZakenArgs>>;
  medewerkers?: Resolver<Array<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  statistieken?: Resolver<ResolversTypes['Statistieken'], ParentType, ContextType, Partial<QueryStatistiekenArgs>>;
  vraag?: Resolver<Maybe<ResolversTypes['Vraag']>, ParentType, ContextType, RequireFields<QueryVraagArgs, 'id'>>;
  vragenInbox?: Resolver<ResolversTypes['VraagConnection'], ParentType, ContextType, RequireFields<QueryVragenInboxArgs, 'first'>>;
}>;

export type StartToestemmingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartToestemming'] = ResolversParentTypes['StartToestemming']> = ResolversObject<{
  gegevenOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  geregistreerdDoor?: Resolver<ResolversTypes['Medewerker'], ParentType, ContextType>;
  wijze?: Resolver<ResolversTypes['ToestemmingWijze'], ParentType, ContextType>;
}>;

export type StatistiekenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statistieken'] = ResolversParentTypes['Statistieken'], FederationReferenceType extends FederationReferenceTypes['Statistieken'] = FederationReferenceTypes['Statistieken']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statistieken']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aantalBegeleideWoningen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aantalDossiers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  begeleideWoningen?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  berekendOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  doorlooptijden?: Resolver<Array<ResolversTypes['Doorlooptijd']>, ParentType, ContextType>;
  dossierIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  dossiersPerFase?: Resolver<Array<ResolversTypes['FaseTelling']>, ParentType, ContextType>;
  dossiersPerKanaal?: Resolver<Array<ResolversTypes['KanaalTelling']>, ParentType, ContextType>;
  dossiersPerMaand?: Resolver<Array<ResolversTypes['MaandTelling']>, ParentType, ContextType>;
  dossiersPerStatus?: Resolver<Array<ResolversTypes['StatusTelling']>, ParentType, ContextType>;
  drempel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  faseInstroomPerMaand?: Resolver<Array<ResolversTypes['FaseMaandTelling']>, ParentType, ContextType>;
  openVragen?: Resolver<ResolversTypes['OpenVragen'], ParentType, ContextType>;
  postcodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  sleutel?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tot?: Resolver<Maybe<ResolversTypes['Datum']>, ParentType, ContextType>;
  uitgevoerdeMaatregelen?: Resolver<Array<ResolversTypes['WerkcategorieCijfers']>, ParentType, ContextType>;
  van?: Resolver<Maybe<ResolversTypes['Datum']>, ParentType, ContextType>;
}>;

export type StatusTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusTelling'] = ResolversParentTypes['StatusTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
}>;

export type ToestemmingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Toestemming'] = ResolversParentTypes['Toestemming']> = ResolversObject<{
  gegevenDoor?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  gegevenOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gegevenWijze?: Resolver<ResolversTypes['ToestemmingWijze'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingetrokkenDoor?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  ingetrokkenOp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ingetrokkenWijze?: Resolver<Maybe<ResolversTypes['ToestemmingWijze']>, ParentType, ContextType>;
  lopend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerOrganisatie'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['Gegevenssoort'], ParentType, ContextType>;
}>;

export type TrajectstapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Trajectstap'] = ResolversParentTypes['Trajectstap']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  datum?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  geregistreerdOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['MijlpaalSoort'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolgendeActieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolgendeActie'] = ResolversParentTypes['VolgendeActie']> = ResolversObject<{
  omschrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['Datum'], ParentType, ContextType>;
}>;

export type VraagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vraag'] = ResolversParentTypes['Vraag'], FederationReferenceType extends FederationReferenceTypes['Vraag'] = FederationReferenceTypes['Vraag']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vraag']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adres?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  afgehandeldOp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  afhandelReden?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  burger?: Resolver<Maybe<ResolversTypes['Burger']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType>;
  geregistreerdDoor?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kanaal?: Resolver<ResolversTypes['Kanaal'], ParentType, ContextType>;
  onderwerp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ontvangenOp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VraagStatus'], ParentType, ContextType>;
  toegewezenAan?: Resolver<Maybe<ResolversTypes['Medewerker']>, ParentType, ContextType>;
  woning?: Resolver<Maybe<ResolversTypes['Woning']>, ParentType, ContextType>;
}>;

export type VraagConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VraagConnection'] = ResolversParentTypes['VraagConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VraagEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VraagEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VraagEdge'] = ResolversParentTypes['VraagEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Vraag'], ParentType, ContextType>;
}>;

export type VraagStatusTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VraagStatusTelling'] = ResolversParentTypes['VraagStatusTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VraagStatus'], ParentType, ContextType>;
}>;

export type WerkcategorieCijfersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WerkcategorieCijfers'] = ResolversParentTypes['WerkcategorieCijfers']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bedragExclBtw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Werkcategorie'], ParentType, ContextType>;
  gefactureerdExclBtw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WoningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Woning'] = ResolversParentTypes['Woning'], FederationReferenceType extends FederationReferenceTypes['Woning'] = FederationReferenceTypes['Woning']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Woning']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adresId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dossiers?: Resolver<Array<ResolversTypes['Dossier']>, ParentType, ContextType>;
  heeftToegang?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Aannemer?: AannemerResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  Afsprakennota?: AfsprakennotaResolvers<ContextType>;
  AuditRegel?: AuditRegelResolvers<ContextType>;
  AuditRegelConnection?: AuditRegelConnectionResolvers<ContextType>;
  AuditRegelEdge?: AuditRegelEdgeResolvers<ContextType>;
  Beslissing?: BeslissingResolvers<ContextType>;
  Burger?: BurgerResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Contactmoment?: ContactmomentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Datum?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  Doorlooptijd?: DoorlooptijdResolvers<ContextType>;
  Dossier?: DossierResolvers<ContextType>;
  DossierConnection?: DossierConnectionResolvers<ContextType>;
  DossierEdge?: DossierEdgeResolvers<ContextType>;
  DossierOvergang?: DossierOvergangResolvers<ContextType>;
  Factuur?: FactuurResolvers<ContextType>;
  FaseMaandTelling?: FaseMaandTellingResolvers<ContextType>;
  FaseTelling?: FaseTellingResolvers<ContextType>;
  KanaalTelling?: KanaalTellingResolvers<ContextType>;
  LeeftijdTelling?: LeeftijdTellingResolvers<ContextType>;
  Levering?: LeveringResolvers<ContextType>;
  LopendeZaak?: LopendeZaakResolvers<ContextType>;
  MaandTelling?: MaandTellingResolvers<ContextType>;
  Maatregel?: MaatregelResolvers<ContextType>;
  Medewerker?: MedewerkerResolvers<ContextType>;
  Mijlpaal?: MijlpaalResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Offerte?: OfferteResolvers<ContextType>;
  OpenVragen?: OpenVragenResolvers<ContextType>;
  Opmerking?: OpmerkingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerAanvraag?: PartnerAanvraagResolvers<ContextType>;
  PartnerOrganisatie?: PartnerOrganisatieResolvers;
  PartnerToewijzing?: PartnerToewijzingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StartToestemming?: StartToestemmingResolvers<ContextType>;
  Statistieken?: StatistiekenResolvers<ContextType>;
  StatusTelling?: StatusTellingResolvers<ContextType>;
  Toestemming?: ToestemmingResolvers<ContextType>;
  Trajectstap?: TrajectstapResolvers<ContextType>;
  VolgendeActie?: VolgendeActieResolvers<ContextType>;
  Vraag?: VraagResolvers<ContextType>;
  VraagConnection?: VraagConnectionResolvers<ContextType>;
  VraagEdge?: VraagEdgeResolvers<ContextType>;
  VraagStatusTelling?: VraagStatusTellingResolvers<ContextType>;
  WerkcategorieCijfers?: WerkcategorieCijfersResolvers<ContextType>;
  Woning?: WoningResolvers<ContextType>;
}>;

