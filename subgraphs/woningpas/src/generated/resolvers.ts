import type { GraphQLResolveInfo } from 'graphql';
import type { WoningRef, AdresModel, EpcModel, AdresKandidaatModel, EpcAanbevelingModel, EpcStatusModel, GebouweenheidModel, EerderPremiewerkModel, ErfgoedstatusModel, ErfgoedAanduidingModel, VergunningstoestandModel, VergunningModel, StatistiekenRef, EpcLabelCijfersModel, EpcLabelTellingModel, Getoond } from '../models.js';
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
  /** De naam van de gemeente volgens het register, bv. 'Leuven', ook voor een adres in een deelgemeente (Heverlee, postcode 3001). */
  gemeentenaam: Scalars['String']['output'];
  /** Het huisnummer, met een eventuele letter of toevoeging, bv. '96' of '12A'. */
  huisnummer: Scalars['String']['output'];
  /** Of de gemeente het adres officieel heeft toegekend. */
  officieelToegekend: Scalars['Boolean']['output'];
  /** De ligging van het adres in Belgische Lambert 72-coördinaten (EPSG:31370); null als het register er geen geeft. */
  positie?: Maybe<Lambert72Punt>;
  /** De postcode (4 cijfers), bv. '3000'. */
  postcode: Scalars['String']['output'];
  /** Status van het adres in het register: voorgesteld, inGebruik, gehistoreerd of afgekeurd. */
  status: Scalars['String']['output'];
  /** De straatnaam zoals het register ze spelt, bv. 'Naamsestraat'. */
  straatnaam: Scalars['String']['output'];
  /** Het adres in één regel, zoals het register het spelt, bv. 'Naamsestraat 96, 3000 Leuven'. */
  volledigAdres: Scalars['String']['output'];
};

/** Een kandidaat-adres uit de adresmatch van het adressenregister. */
export type AdresKandidaat = {
  __typename?: 'AdresKandidaat';
  /** ObjectId van het adres in het adressenregister: de sleutel van de woning (zie `Query.woning`). */
  adresId: Scalars['ID']['output'];
  /** Hoe goed het adres overeenkomt met de zoekvraag: 100 is een exacte match. */
  score: Scalars['Float']['output'];
  /** Het adres in één regel, zoals het register het spelt, bv. 'Naamsestraat 96 bus 2, 3000 Leuven'. */
  volledigAdres: Scalars['String']['output'];
  /** De woning op dit adres. */
  woning: Woning;
};

/**
 * Een werk waarvoor al een Mijn VerbouwPremie werd aangevraagd, volgens de datadiensten van VEKA. Precies
 * één van de technische delen (dak, buitenmuur, ...) is ingevuld: dat van de `categorie`.
 */
export type EerderPremiewerk = {
  __typename?: 'EerderPremiewerk';
  /** Het premiestelsel waaronder het werk gekend is, bv. 'Mijn VerbouwPremie'. */
  bron?: Maybe<Scalars['String']['output']>;
  /** De technische gegevens van een muurisolatie; null als het werk geen buitenmuur betreft. */
  buitenmuur?: Maybe<PremiewerkBuitenmuur>;
  /** De werkcategorie, afgeleid uit het technische deel dat VEKA invulde. */
  categorie: PremiewerkCategorie;
  /** De technische gegevens van een dakisolatie; null als het werk geen dakwerk is. */
  dak?: Maybe<PremiewerkIsolatie>;
  /** Het dossiernummer van de premieaanvraag: jaar, MVP en volgnummer, bv. '23-MVP-000001'. */
  dossierNummer?: Maybe<Scalars['String']['output']>;
  /** De gegevens van werken aan elektriciteit of sanitair; null voor een ander soort werk. */
  elektriciteitEnSanitair?: Maybe<PremiewerkElektriciteitEnSanitair>;
  /** De datum van de factuur (ISO-8601). */
  facturatieDatum?: Maybe<Scalars['String']['output']>;
  /** De technische gegevens van een gascondensatieketel; null voor een ander soort werk. */
  gascondensatieketel?: Maybe<PremiewerkGascondensatieketel>;
  /** De technische gegevens van een installatie voor hernieuwbare energie; null voor een ander soort werk. */
  hernieuwbareEnergie?: Maybe<PremiewerkHernieuwbareEnergie>;
  /** De netbeheerder, waar die voor het werk telt. */
  netbeheerder?: Maybe<Scalars['String']['output']>;
  /** De technische gegevens van nieuwe ramen en deuren; null voor een ander soort werk. */
  ramenEnDeuren?: Maybe<PremiewerkRamenEnDeuren>;
  /** Het soort werk zoals VEKA het noemt, bv. 'navullenSpouwmuur' of 'elektriciteit'. */
  type?: Maybe<Scalars['String']['output']>;
  /** Wie het werk uitvoerde volgens de aanvraag, bv. 'aannemer'. */
  uitvoerder?: Maybe<Scalars['String']['output']>;
  /** Wanneer het werk uitgevoerd werd (ISO-8601). */
  uitvoeringsdatum?: Maybe<Scalars['String']['output']>;
  /** De technische gegevens van een ventilatiesysteem; null voor een ander soort werk. */
  ventilatie?: Maybe<PremiewerkVentilatie>;
  /** De technische gegevens van een vloerisolatie; null als het werk geen vloer betreft. */
  vloer?: Maybe<PremiewerkIsolatie>;
  /** Het id van het werk bij VEKA. */
  werkId?: Maybe<Scalars['ID']['output']>;
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
  /** Het energielabel (A+ tot F) zoals VEKA het op het certificaat zet. */
  label: EpcLabel;
};

/** Een renovatieadvies uit het EPC: wat de energiedeskundige aanraadt voor één deel van de woning. */
export type EpcAanbeveling = {
  __typename?: 'EpcAanbeveling';
  /** Het deel van de woning. */
  categorie: EpcAanbevelingCategorie;
  /** De huidige toestand zoals de energiedeskundige die vaststelde. */
  huidigeSituatie?: Maybe<Scalars['String']['output']>;
  /** Volgorde van belang volgens het EPC: 1 is het eerst aan te pakken. */
  prioriteit?: Maybe<Scalars['Int']['output']>;
  /** Verfijning van de categorie, bv. 'hellend dak' of 'spouwmuur'. */
  subtype?: Maybe<Scalars['String']['output']>;
  /** Het soort ingreep; null als het EPC er geen noemt. */
  type?: Maybe<EpcAanbevelingType>;
  /** Mogelijke manieren om het advies uit te voeren, met een geschatte prijsvork. */
  uitvoeringsmethodes: Array<EpcUitvoeringsmethode>;
  /** De categorie zoals VEKA ze schrijft, bv. 'dak' of 'muren'. */
  vekaCategorie: Scalars['String']['output'];
  /** Het soort ingreep zoals VEKA het schrijft, bv. 'isolatie'. */
  vekaType?: Maybe<Scalars['String']['output']>;
};

/** Het deel van de woning waarop een EPC-advies slaat (de rubrieken van het residentiële EPC). */
export type EpcAanbevelingCategorie =
  /** Een rubriek die de hub (nog) niet kent: zie `vekaCategorie`. */
  | 'ANDERE'
  /** Het dak (hellend of plat) of de zoldervloer. */
  | 'DAK'
  /** Buitendeuren en poorten. */
  | 'DEUREN'
  /** De luchtdichtheid van de gebouwschil (minder tocht en warmteverlies). */
  | 'LUCHTDICHTHEID'
  /** Buitenmuren en gevels. */
  | 'MUREN'
  /** De installatie voor warm water in keuken en badkamer. */
  | 'SANITAIR_WARM_WATER'
  /** Ramen en beglazing. */
  | 'VENSTERS'
  /** Ventilatie van de woning (toevoer en afvoer van lucht). */
  | 'VENTILATIE'
  /** De verwarmingsinstallatie (ketel, warmtepomp, afgifte, regeling). */
  | 'VERWARMING'
  /** Vloeren boven kelder, kruipruimte of buitenlucht, of op volle grond. */
  | 'VLOEREN'
  /** Een zonneboiler: warm water met zonnecollectoren. */
  | 'ZONNEBOILER'
  /** Fotovoltaïsche zonnepanelen. */
  | 'ZONNEPANELEN';

/** Het soort ingreep dat een EPC-advies aanraadt. */
export type EpcAanbevelingType =
  /** Een soort dat de hub (nog) niet kent: zie `vekaType`. */
  | 'ANDERE'
  /** Isoleren of bijisoleren, bv. dakisolatie. */
  | 'ISOLATIE'
  /** Iets plaatsen dat er nog niet is, bv. zonnepanelen of ventilatie. */
  | 'PLAATSING'
  /** Een bestaande installatie uitbreiden. */
  | 'UITBREIDING'
  /** Iets bestaands vervangen door iets zuinigers, bv. enkel glas door hoogrendementsglas. */
  | 'VERVANGING';

/** Het aantal begeleide woningen in een groep zonder label: zonder geldig EPC, of onbekend. */
export type EpcGroepTelling = {
  __typename?: 'EpcGroepTelling';
  /** Het aantal woningen; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** Of de groep onderdrukt is (zie `EpcLabelCijfers`). */
  onderdrukt: Scalars['Boolean']['output'];
};

/**
 * Energielabel van een residentieel EPC, van A+ (zeer zuinig) tot F (zeer energieverslindend). Het label
 * komt van VEKA en volgt uit het kengetal (het berekende primaire energieverbruik in kWh/m² per jaar,
 * zie `Epc.energiescore`); de grenzen hieronder zijn die van de Vlaamse schaal voor woningen.
 */
export type EpcLabel =
  /** A: kengetal meer dan 0 en hoogstens 100 kWh/m² per jaar; het Vlaamse doel voor elke woning tegen 2050. */
  | 'A'
  /** A+: energieneutraal of beter (kengetal 0 kWh/m² per jaar of minder). */
  | 'A_PLUS'
  /** B: kengetal meer dan 100 en hoogstens 200 kWh/m² per jaar. */
  | 'B'
  /** C: kengetal meer dan 200 en hoogstens 300 kWh/m² per jaar. */
  | 'C'
  /** D: kengetal meer dan 300 en hoogstens 400 kWh/m² per jaar. */
  | 'D'
  /** E: kengetal meer dan 400 en hoogstens 500 kWh/m² per jaar. */
  | 'E'
  /** F: kengetal meer dan 500 kWh/m² per jaar (zeer energieverslindend). */
  | 'F';

/**
 * De verdeling van de energielabels over de begeleide woningen. De groepen `perLabel`, `zonderGeldigEpc` en
 * `onbekend` tellen samen op tot `aantalWoningen`: een groep van 1 tot `drempel` - 1 woningen krijgt
 * `aantal: null` en `onderdrukt: true`, en als `aantalWoningen` getoond wordt en precies één groep onderdrukt
 * is, wordt ook de kleinste andere niet-lege groep onderdrukt (anders is ze uit het totaal af te leiden).
 */
export type EpcLabelCijfers = {
  __typename?: 'EpcLabelCijfers';
  /**
   * Het aantal begeleide woningen, elke woning één keer (hetzelfde aantal als `aantalBegeleideWoningen`);
   * null als het onder de drempel ligt.
   */
  aantalWoningen?: Maybe<Scalars['Int']['output']>;
  /**
   * De mediaan van de energiescore (het kengetal in kWh/m² per jaar, zie `Epc.energiescore`) van de woningen
   * met een geldig EPC, afgerond op 0,1. Null als minder woningen dan `drempel` een geldig EPC hebben.
   */
  mediaanEnergiescore?: Maybe<Scalars['Float']['output']>;
  /**
   * De woningen waarvan niet te bepalen was of ze een geldig EPC hebben: het adressenregister of de
   * EPC-databank van VEKA antwoordde niet of fout (ook als de hub die bron na herhaalde fouten even niet
   * aanspreekt), of het register kent het adres niet (meer). Dezelfde vraag later opnieuw stellen kan ze wel
   * tellen.
   */
  onbekend: EpcGroepTelling;
  /**
   * Per energielabel, in de volgorde A+, A, B, C, D, E, F: de woningen met een geldig EPC met dat label.
   * Elk label staat er altijd, ook met 0.
   */
  perLabel: Array<EpcLabelTelling>;
  /**
   * De woningen waarvoor VEKA geen geldig EPC kent: geen EPC, enkel een verlopen EPC, enkel EPC's van andere
   * wooneenheden, of meerdere wooneenheden op het adres zonder dat uit te maken is welke de woning is (zie
   * `GeenEpcReden`).
   */
  zonderGeldigEpc: EpcGroepTelling;
};

/** Het aantal begeleide woningen met een geldig EPC met één energielabel. */
export type EpcLabelTelling = {
  __typename?: 'EpcLabelTelling';
  /** Het aantal woningen; null als de groep onderdrukt is. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** Het energielabel. */
  label: EpcLabel;
  /** Of de groep onderdrukt is omdat ze te klein is (of omdat ze anders uit het totaal af te leiden zou zijn). */
  onderdrukt: Scalars['Boolean']['output'];
};

/** Of een woning een geldig EPC heeft, en zo niet, waarom niet. */
export type EpcStatus = {
  __typename?: 'EpcStatus';
  /** Waarom er geen geldig EPC is; null als er een is. */
  geenEpcReden?: Maybe<GeenEpcReden>;
  /** Of VEKA voor deze woning een EPC kent dat vandaag geldig is (dan is `Woning.epc` ingevuld). */
  heeftGeldigEpc: Scalars['Boolean']['output'];
  /**
   * Eén zin voor de gebruiker, bv. 'Geldig EPC tot 2034-03-18.' of 'Enkel een verlopen EPC (geldig tot
   * 2022-05-22).'
   */
  toelichting: Scalars['String']['output'];
  /** Bij ENKEL_VERLOPEN_EPC: tot wanneer het recentste verlopen EPC geldig was (ISO-8601-datum). */
  verlopenOp?: Maybe<Scalars['String']['output']>;
};

/** Een manier om een EPC-advies uit te voeren, met de geschatte kostprijs volgens het EPC. */
export type EpcUitvoeringsmethode = {
  __typename?: 'EpcUitvoeringsmethode';
  /** Bovengrens van de geschatte kostprijs, in euro inclusief btw. */
  geschattePrijsvorkTot?: Maybe<Scalars['Int']['output']>;
  /** Ondergrens van de geschatte kostprijs, in euro inclusief btw. */
  geschattePrijsvorkVan?: Maybe<Scalars['Int']['output']>;
  /** De manier van uitvoeren zoals het EPC ze omschrijft, bv. 'Isolatie tussen de kepers'. */
  omschrijving: Scalars['String']['output'];
};

/** Een erfgoedaanduiding (een besluit van Onroerend Erfgoed) die de ligging van de woning dekt. */
export type ErfgoedAanduiding = {
  __typename?: 'ErfgoedAanduiding';
  /** Wanneer het besluit ondertekend werd (ISO-8601). */
  besluitDatum?: Maybe<Scalars['String']['output']>;
  /** De permanente link naar het besluit. */
  besluitUri?: Maybe<Scalars['String']['output']>;
  /** Het id van het aanduidingsobject bij Onroerend Erfgoed. */
  id: Scalars['ID']['output'];
  /** De naam van het aanduidingsobject, bv. 'Groot Begijnhof'. */
  naam: Scalars['String']['output'];
  /** Het soort aanduiding. */
  soort: ErfgoedAanduidingSoort;
  /** Het soort zoals Onroerend Erfgoed het noemt. */
  soortNaam: Scalars['String']['output'];
  /** De permanente link naar het aanduidingsobject, bv. https://id.erfgoed.net/aanduidingsobjecten/200575. */
  uri: Scalars['String']['output'];
};

/** Het soort erfgoedaanduiding van Onroerend Erfgoed. */
export type ErfgoedAanduidingSoort =
  /** Een ander soort aanduiding: zie `soortNaam`. */
  | 'ANDERE'
  /** Beschermde archeologische site: bodemingrepen vragen een toelating van Onroerend Erfgoed. */
  | 'BESCHERMDE_ARCHEOLOGISCHE_SITE'
  /** Beschermd cultuurhistorisch landschap: werken die het landschap wijzigen vragen een toelating of advies. */
  | 'BESCHERMD_CULTUURHISTORISCH_LANDSCHAP'
  /** Beschermd monument: elke ingreep vraagt een toelating van Onroerend Erfgoed. */
  | 'BESCHERMD_MONUMENT'
  /** Beschermd stads- of dorpsgezicht: werken aan het uitzicht vragen een toelating of advies. */
  | 'BESCHERMD_STADS_OF_DORPSGEZICHT'
  /** Erfgoedlandschap: een aanduiding die doorwerkt in de ruimtelijke plannen en vergunningen (geen bescherming). */
  | 'ERFGOEDLANDSCHAP'
  /** UNESCO-werelderfgoed, bv. het Groot Begijnhof; de juridische bescherming loopt via een van de andere aanduidingen. */
  | 'UNESCO_WERELDERFGOED'
  /** Opgenomen in de vastgestelde inventaris van het bouwkundig erfgoed (zorgplicht, geen bescherming). */
  | 'VASTGESTELD_BOUWKUNDIG_ERFGOED';

/** De erfgoedstatus van een woning: de vlaggen en de aanduidingen waarop ze steunen. */
export type Erfgoedstatus = {
  __typename?: 'Erfgoedstatus';
  /** De aanduidingen die de woning dekken, recentste besluit eerst; een lege lijst als er geen zijn. */
  aanduidingen: Array<ErfgoedAanduiding>;
  /** Of de woning juridisch beschermd erfgoed is of erin ligt (monument, stads- of dorpsgezicht, landschap, archeologische site). */
  beschermd: Scalars['Boolean']['output'];
  /** Of de woning een beschermd monument is: elke ingreep vraagt een toelating van Onroerend Erfgoed. */
  beschermdMonument: Scalars['Boolean']['output'];
  /** Of de woning in een beschermd stads- of dorpsgezicht ligt: werken aan het uitzicht vragen een toelating of advies. */
  inBeschermdStadsOfDorpsgezicht: Scalars['Boolean']['output'];
  /** Of de woning in de vastgestelde inventaris van het bouwkundig erfgoed staat. */
  vastgesteldBouwkundigErfgoed: Scalars['Boolean']['output'];
};

/** Een gebouweenheid (bv. een woning of appartement) uit het Gebouwen- en Adressenregister. */
export type Gebouweenheid = {
  __typename?: 'Gebouweenheid';
  /** ObjectId van de gebouweenheid (https://data.vlaanderen.be/id/gebouweenheid/{gebouweenheidId}). */
  gebouweenheidId: Scalars['ID']['output'];
  /** De status van de gebouweenheid in het register. */
  status: GebouweenheidStatus;
};

/** De status van een gebouweenheid in het gebouwenregister. */
export type GebouweenheidStatus =
  /** Gehistoreerd: de gebouweenheid bestaat niet meer (gesloopt, samengevoegd of opgesplitst). */
  | 'GEHISTOREERD'
  /** Gepland: de gebouweenheid is vergund of aangevraagd maar nog niet gebouwd. */
  | 'GEPLAND'
  /** Gerealiseerd: de gebouweenheid bestaat en is in gebruik. */
  | 'GEREALISEERD'
  /** Niet gerealiseerd: de geplande gebouweenheid werd nooit gebouwd. */
  | 'NIET_GEREALISEERD';

/** Waarom een woning geen geldig EPC heeft. */
export type GeenEpcReden =
  /** Er zijn EPC's op hetzelfde huisnummer, maar voor andere wooneenheden (andere busnummers). */
  | 'ANDERE_WOONEENHEDEN'
  /** De woning heeft enkel een EPC waarvan de geldigheid verstreken is (zie `verlopenOp`). */
  | 'ENKEL_VERLOPEN_EPC'
  /** VEKA kent geen EPC voor deze woning. */
  | 'GEEN_EPC_GEVONDEN'
  /**
   * Op dit adres hebben meerdere wooneenheden een EPC, en het adres (zonder busnummer) wijst er geen
   * eenduidig aan. Kies het adres met busnummer (zie `adresZoeken`).
   */
  | 'MEERDERE_WOONEENHEDEN';

/** Een punt in Belgische Lambert 72-coördinaten (EPSG:31370), in meter. */
export type Lambert72Punt = {
  __typename?: 'Lambert72Punt';
  /** De x-coördinaat (oost), in meter. */
  x: Scalars['Float']['output'];
  /** De y-coördinaat (noord), in meter. */
  y: Scalars['Float']['output'];
};

/** Isolatie van een buitenmuur, zoals opgegeven bij de premieaanvraag. */
export type PremiewerkBuitenmuur = {
  __typename?: 'PremiewerkBuitenmuur';
  /** Bij spouwmuurisolatie: de breedte van de spouw, in mm. */
  dikteSpouw?: Maybe<Scalars['Float']['output']>;
  /** De warmtegeleiding van het isolatiemateriaal (lambda-waarde) in W/mK. */
  lambdaWaarde?: Maybe<Scalars['Float']['output']>;
  /** De geïsoleerde oppervlakte in m². */
  oppervlakte?: Maybe<Scalars['Float']['output']>;
  /** De oppervlakte met asbest in m². */
  oppervlakteAsbest?: Maybe<Scalars['Float']['output']>;
  /** De warmteweerstand van de isolatie (Rd-waarde) in m²K/W. */
  rdWaarde?: Maybe<Scalars['Float']['output']>;
  /** Het STS-nummer van de gecertificeerde spouwmuurisolatie. */
  stsNummer?: Maybe<Scalars['String']['output']>;
  /** Of er asbest verwijderd moest worden. */
  teVerwijderenAsbest?: Maybe<Scalars['Boolean']['output']>;
  /** Het soort muurisolatie, zoals VEKA het noemt. */
  type?: Maybe<Scalars['String']['output']>;
};

/** De werkcategorie van een eerder premiewerk, afgeleid uit de technische gegevens die VEKA meegeeft. */
export type PremiewerkCategorie =
  /** Een werk zonder technische gegevens: zie `type`. */
  | 'ANDERE'
  /** Isolatie van een buitenmuur (spouwmuur, buitengevel of binnenzijde): zie `buitenmuur`. */
  | 'BUITENMUUR'
  /** Dakisolatie (hellend of plat dak, zoldervloer): zie `dak`. */
  | 'DAK'
  /** Vernieuwen van de elektrische installatie of het sanitair: zie `elektriciteitEnSanitair`. */
  | 'ELEKTRICITEIT_EN_SANITAIR'
  /** Een gascondensatieketel: zie `gascondensatieketel`. */
  | 'GASCONDENSATIEKETEL'
  /** Warmtepomp, zonneboiler, warmtepompboiler, zonnepanelen en dergelijke. */
  | 'HERNIEUWBARE_ENERGIE'
  /** Nieuwe ramen, beglazing of buitendeuren: zie `ramenEnDeuren`. */
  | 'RAMEN_EN_DEUREN'
  /** Een ventilatiesysteem: zie `ventilatie`. */
  | 'VENTILATIE'
  /** Vloer- of kelderisolatie: zie `vloer`. */
  | 'VLOER';

/** Werken aan de elektrische installatie of het sanitair, zoals opgegeven bij de premieaanvraag. */
export type PremiewerkElektriciteitEnSanitair = {
  __typename?: 'PremiewerkElektriciteitEnSanitair';
  /** De netbeheerder van de aansluiting, bv. 'Fluvius'. */
  netbeheerder?: Maybe<Scalars['String']['output']>;
};

/** Een gascondensatieketel, zoals opgegeven bij de premieaanvraag. */
export type PremiewerkGascondensatieketel = {
  __typename?: 'PremiewerkGascondensatieketel';
  /** Of er een aardgasnet aanwezig is, zoals opgegeven bij de aanvraag. */
  aardgasnetAanwezig?: Maybe<Scalars['Boolean']['output']>;
  /** Het energielabel van de ketel. */
  productLabel?: Maybe<Scalars['String']['output']>;
  /** De leeftijd in jaren van de vervangen installatie. */
  teVervangenInstallatieLeeftijd?: Maybe<Scalars['Int']['output']>;
  /** Het soort installatie dat de ketel verving. */
  teVervangenInstallatieType?: Maybe<Scalars['String']['output']>;
  /** Het soort ketel zoals VEKA het noemt. */
  type?: Maybe<Scalars['String']['output']>;
  /** Het soort hoofdverwarming van de woning, zoals opgegeven bij de aanvraag. */
  typeHoofdverwarming?: Maybe<Scalars['String']['output']>;
  /** De vermogens van de ketel, in kW; een lege lijst als er geen opgegeven zijn. */
  vermogens: Array<PremiewerkVermogen>;
  /** Of de ketel een hoogrendementsketel verving. */
  vervangingHoogrendementsketel?: Maybe<Scalars['Boolean']['output']>;
};

/** Een installatie voor hernieuwbare energie (warmtepomp, zonneboiler, ...), zoals opgegeven bij de premieaanvraag. */
export type PremiewerkHernieuwbareEnergie = {
  __typename?: 'PremiewerkHernieuwbareEnergie';
  /** Of er een aardgasnet aanwezig is, zoals opgegeven bij de aanvraag (dat telt voor sommige premies, bv. voor een warmtepomp). */
  aardgasnetAanwezig?: Maybe<Scalars['Boolean']['output']>;
  /** De energie-efficiëntie(klasse) van het toestel, zoals opgegeven bij de aanvraag. */
  energieEfficientie?: Maybe<Scalars['String']['output']>;
  /** Waarvoor de installatie dient, zoals VEKA het noemt (bv. ruimteverwarming of sanitair warm water). */
  gebruik?: Maybe<Scalars['String']['output']>;
  /** De inhoud van het opslagvat (bv. van een zonneboiler of warmtepompboiler), zoals VEKA het opgeeft. */
  inhoud?: Maybe<Scalars['String']['output']>;
  /** De oppervlakte (bv. van zonnecollectoren) in m². */
  oppervlakte?: Maybe<Scalars['Float']['output']>;
  /** Het energielabel van het product. */
  productLabel?: Maybe<Scalars['String']['output']>;
  /** Het soort installatie zoals VEKA het noemt, bv. een warmtepomp, zonneboiler of warmtepompboiler. */
  type?: Maybe<Scalars['String']['output']>;
  /** Bij een warmtepomp: hoe ze aangedreven wordt, zoals VEKA het noemt (bv. elektrisch). */
  typeAandrijving?: Maybe<Scalars['String']['output']>;
  /** Het soort hoofdverwarming van de woning, zoals opgegeven bij de aanvraag. */
  typeHoofdverwarming?: Maybe<Scalars['String']['output']>;
  /** De vermogens van het toestel (bv. thermisch en elektrisch), in kW; een lege lijst als er geen opgegeven zijn. */
  vermogens: Array<PremiewerkVermogen>;
  /** Of de installatie een elektrische verwarming verving. */
  vervangingElektrischeVerwarming?: Maybe<Scalars['Boolean']['output']>;
};

/** Isolatie van een dak of vloer, zoals opgegeven bij de premieaanvraag. */
export type PremiewerkIsolatie = {
  __typename?: 'PremiewerkIsolatie';
  /** De geïsoleerde oppervlakte in m². */
  oppervlakte?: Maybe<Scalars['Float']['output']>;
  /** De oppervlakte met asbest in m². */
  oppervlakteAsbest?: Maybe<Scalars['Float']['output']>;
  /** De warmteweerstand van de isolatie (Rd-waarde) in m²K/W. */
  rdWaarde?: Maybe<Scalars['Float']['output']>;
  /** Of er asbest verwijderd moest worden. */
  teVerwijderenAsbest?: Maybe<Scalars['Boolean']['output']>;
  /** Het soort dak of vloer, zoals VEKA het noemt. */
  type?: Maybe<Scalars['String']['output']>;
};

/** Nieuwe ramen en deuren, zoals opgegeven bij de premieaanvraag. */
export type PremiewerkRamenEnDeuren = {
  __typename?: 'PremiewerkRamenEnDeuren';
  /** De oppervlakte in m². */
  oppervlakte?: Maybe<Scalars['Float']['output']>;
  /** Het soort beglazing dat vervangen werd, bv. 'enkel glas'. */
  soortBeglazingTerVervanging?: Maybe<Scalars['String']['output']>;
  /** Wat vervangen werd, zoals VEKA het noemt, bv. 'ramen' of 'deuren'. */
  type?: Maybe<Scalars['String']['output']>;
  /** De warmtedoorgangscoëfficiënt van het nieuwe glas (U-waarde) in W/m²K. */
  uWaarde?: Maybe<Scalars['Float']['output']>;
};

/** Een ventilatiesysteem, zoals opgegeven bij de premieaanvraag. */
export type PremiewerkVentilatie = {
  __typename?: 'PremiewerkVentilatie';
  /** Het energielabel van het ventilatietoestel. */
  productLabel?: Maybe<Scalars['String']['output']>;
  /** Het soort ventilatiesysteem zoals VEKA het noemt (bv. vraaggestuurde ventilatie of een systeem met warmteterugwinning). */
  type?: Maybe<Scalars['String']['output']>;
};

/** Een vermogen van een toestel, bv. het thermisch vermogen van een warmtepomp. */
export type PremiewerkVermogen = {
  __typename?: 'PremiewerkVermogen';
  /** Welk vermogen, zoals VEKA het noemt. */
  type?: Maybe<Scalars['String']['output']>;
  /** Het vermogen in kW. */
  waarde?: Maybe<Scalars['Float']['output']>;
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

export type Statistieken = {
  __typename?: 'Statistieken';
  begeleideWoningen: Array<Scalars['ID']['output']>;
  drempel: Scalars['Int']['output'];
  /**
   * De energielabels van de begeleide woningen (de woningen van `aantalBegeleideWoningen`), zonder
   * persoonsgegevens: per label van A+ tot F hoeveel woningen een geldig EPC met dat label hebben, hoeveel
   * er geen geldig EPC hebben en bij hoeveel het niet te bepalen was. Het EPC van elke woning is hetzelfde
   * als `Woning.epc` (geldig op de dag van de vraag), uit de EPC-databank van VEKA, gezocht via de
   * gebouweenheid of het adres uit het adressenregister; VEKA wordt bevraagd met een wettelijke reden voor
   * statistiek, en een EPC dat de hub recent opvroeg, wordt hergebruikt zonder nieuwe vraag aan VEKA.
   *
   * Kleine groepen worden onderdrukt met dezelfde `drempel` als de andere cijfers (zie `Statistieken`). Een
   * bron die voor sommige woningen niet antwoordt, maakt die woningen `onbekend`: het veld faalt daar niet
   * door. Voor analisten, de SPOC en de energieconsulent; anderen krijgen null met FORBIDDEN. Null met een
   * fout QUERY_TOO_COSTLY als de selectie te veel woningen telt (zie `aantalBegeleideWoningen`; verfijn de
   * filter). Met een koude cache kost elke woning enkele vragen aan het adressenregister en VEKA (een
   * beperkt aantal woningen tegelijk): een grote selectie kan dan even duren.
   */
  epcLabels?: Maybe<EpcLabelCijfers>;
  sleutel: Scalars['ID']['output'];
};

/** De procedure waarin een omgevingsvergunning behandeld wordt. */
export type VergunningProcedure =
  /** De gewone procedure, met openbaar onderzoek. */
  | 'GEWOON'
  /** De vereenvoudigde procedure, zonder openbaar onderzoek en met een kortere beslistermijn. */
  | 'VEREENVOUDIGD';

/** Het soort aanvraag in het Omgevingsloket. */
export type VergunningSoort =
  /** Een ander soort project: zie `onderwerp`. */
  | 'ANDERE'
  /** Een melding (meldingsplichtige handelingen). */
  | 'MELDING'
  /** Een aanvraag van een omgevingsvergunning (bv. voor stedenbouwkundige handelingen). */
  | 'OMGEVINGSVERGUNNING';

/** Waar een aanvraag in het Omgevingsloket staat. */
export type VergunningStatus =
  /** Een status die de hub (nog) niet kent: zie `statusOmschrijving`. */
  | 'ANDERE'
  /** De vergunning werd geweigerd. */
  | 'GEWEIGERD'
  /** Ingediend, nog niet in behandeling genomen (lopend). */
  | 'INGEDIEND'
  /** Ingetrokken of stopgezet door de aanvrager. */
  | 'INGETROKKEN'
  /** In behandeling bij de overheid (lopend). */
  | 'IN_BEHANDELING'
  /** Er loopt een beroep tegen de beslissing (lopend). */
  | 'IN_BEROEP'
  /** De vergunning werd verleend. */
  | 'VERGUND';

/** Een aanvraag (project) in het Omgevingsloket voor dit adres. */
export type Vergunningsaanvraag = {
  __typename?: 'Vergunningsaanvraag';
  /** Wanneer over de aanvraag beslist werd (ISO-8601); null zolang ze loopt. */
  beslistOp?: Maybe<Scalars['String']['output']>;
  /** Wanneer de aanvraag ingediend werd (ISO-8601). */
  ingediendOp?: Maybe<Scalars['String']['output']>;
  /** Waarover de aanvraag gaat, zoals de aanvrager het omschreef, bv. 'Renoveren van een eengezinswoning'. */
  onderwerp: Scalars['String']['output'];
  /** De procedure; null voor een melding of als de bron er geen noemt. */
  procedure?: Maybe<VergunningProcedure>;
  /** Het projectnummer in het Omgevingsloket, bv. 'OMV_2026087412'. */
  projectnummer: Scalars['String']['output'];
  /** Het soort aanvraag. */
  soort: VergunningSoort;
  /** Waar de aanvraag staat. */
  status: VergunningStatus;
  /** De status zoals de bron ze noemt. */
  statusOmschrijving: Scalars['String']['output'];
};

/** De vergunningstoestand van een woning. */
export type Vergunningstoestand = {
  __typename?: 'Vergunningstoestand';
  /** Alle aanvragen voor dit adres, recentste eerst. */
  aanvragen: Array<Vergunningsaanvraag>;
  /** Of er een aanvraag loopt (ingediend, in behandeling of in beroep). */
  heeftLopendeAanvraag: Scalars['Boolean']['output'];
  /** Of er ooit een vergunning verleend werd. */
  heeftVergunning: Scalars['Boolean']['output'];
};

/**
 * Een woning zoals de Vlaamse authentieke bronnen ze kennen. De sleutel is het `adresId`: het objectId
 * van het adres in het Gebouwen- en Adressenregister (https://data.vlaanderen.be/id/adres/{adresId}).
 * Andere subgraphs verwijzen naar een woning met enkel dit adresId.
 *
 * Wie de gegevens uit de authentieke bronnen (`adres`, `epc`, `epcStatus`, `gebouweenheid`,
 * `eerderePremiewerken`, `erfgoed`, `vergunningen`) mag zien, beslist het stedelijke CRM
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
   * De werken waarvoor al een Mijn VerbouwPremie werd aangevraagd voor de gebouweenheid van deze woning,
   * volgens de datadiensten van VEKA; recentste eerst, een lege lijst als er geen zijn. Null zonder fout
   * als de woning geen eigen gebouweenheid heeft (zie `gebouweenheid`). Null met een fout als de vrager
   * geen toegang heeft of geen wettelijke reden (FORBIDDEN), of een bron niet antwoordt (UPSTREAM_*, met
   * `extensions.source` = "veka-datadiensten" of "adressenregister"). Elke raadpleging wordt gelogd met de
   * wettelijke reden van de vrager.
   */
  eerderePremiewerken?: Maybe<Array<EerderPremiewerk>>;
  /**
   * Het geldige energieprestatiecertificaat (EPC) van de woning volgens de EPC-databank van VEKA.
   * Null zonder fout als de woning geen geldig EPC heeft: `epcStatus` zegt dan waarom. Null met een fout als
   * de vrager geen toegang heeft (FORBIDDEN) of de bron niet antwoordt (UPSTREAM_*, met `extensions.source`
   * = "epc"). Gezocht op de gebouweenheid van de woning, of op haar adres als VEKA daar niets kent.
   * Elke raadpleging gebeurt met een wettelijke reden die uit de rol van de vrager volgt.
   */
  epc?: Maybe<Epc>;
  /**
   * Of de woning een geldig EPC heeft en, zo niet, waarom niet (bv. enkel een verlopen EPC). Altijd ingevuld
   * als de bron antwoordt, ook als `epc` null is: toon `toelichting` aan de gebruiker. Dezelfde toegang en
   * dezelfde fouten als `epc`.
   */
  epcStatus?: Maybe<EpcStatus>;
  /**
   * Of de woning beschermd erfgoed is (monument, stads- of dorpsgezicht, ...) of in de inventaris van het
   * bouwkundig erfgoed staat, volgens Onroerend Erfgoed, op basis van de ligging van het adres. Dat bepaalt
   * welke werken een toelating of vergunning vragen. Null met een fout als de vrager geen toegang heeft
   * (FORBIDDEN), het adres of zijn ligging niet gekend is (NOT_FOUND) of de bron niet antwoordt (UPSTREAM_*,
   * `extensions.source` = "onroerend-erfgoed").
   */
  erfgoed?: Maybe<Erfgoedstatus>;
  /**
   * De gebouweenheid van de woning in het gebouwenregister (de sleutel van de VEKA-diensten). Null zonder
   * fout als het register op dit adres geen gebouweenheid kent, of meerdere in gebruik (een opgesplitst
   * huis zonder busnummers): dan is niet uit te maken welke de woning is. Null met een fout als de vrager
   * geen toegang heeft (FORBIDDEN) of het register niet antwoordt (UPSTREAM_*, `extensions.source` =
   * "adressenregister").
   */
  gebouweenheid?: Maybe<Gebouweenheid>;
  /** Of de vrager deze woning mag zien; beslist door de dossier-subgraph (het CRM). */
  heeftToegang: Scalars['Boolean']['output'];
  /**
   * De omgevingsvergunningen en meldingen voor dit adres, volgens het Omgevingsloket, met de vlaggen die
   * een stadsdienst of coach eerst wil zien (een lopende aanvraag, een verleende vergunning). Null met een
   * fout als de vrager geen toegang heeft (FORBIDDEN) of de bron niet antwoordt (UPSTREAM_*,
   * `extensions.source` = "omgevingsloket").
   */
  vergunningen?: Maybe<Vergunningstoestand>;
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
  Statistieken: Statistieken;
  Woning: Woning;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Statistieken:
    ( { __typename: 'Statistieken' }
    & GraphQLRecursivePick<FederationTypes['Statistieken'], {"sleutel":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Statistieken'], {"drempel":true,"begeleideWoningen":true}> ) );
  Woning:
    ( { __typename: 'Woning' }
    & GraphQLRecursivePick<FederationTypes['Woning'], {"adresId":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
        | GraphQLRecursivePick<FederationTypes['Woning'], {"heeftToegang":true}>
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
  EerderPremiewerk: ResolverTypeWrapper<EerderPremiewerkModel>;
  Epc: ResolverTypeWrapper<EpcModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EpcAanbeveling: ResolverTypeWrapper<EpcAanbevelingModel>;
  EpcAanbevelingCategorie: EpcAanbevelingCategorie;
  EpcAanbevelingType: EpcAanbevelingType;
  EpcGroepTelling: ResolverTypeWrapper<Getoond>;
  EpcLabel: EpcLabel;
  EpcLabelCijfers: ResolverTypeWrapper<EpcLabelCijfersModel>;
  EpcLabelTelling: ResolverTypeWrapper<EpcLabelTellingModel>;
  EpcStatus: ResolverTypeWrapper<EpcStatusModel>;
  EpcUitvoeringsmethode: ResolverTypeWrapper<EpcUitvoeringsmethode>;
  ErfgoedAanduiding: ResolverTypeWrapper<ErfgoedAanduidingModel>;
  ErfgoedAanduidingSoort: ErfgoedAanduidingSoort;
  Erfgoedstatus: ResolverTypeWrapper<ErfgoedstatusModel>;
  Gebouweenheid: ResolverTypeWrapper<GebouweenheidModel>;
  GebouweenheidStatus: GebouweenheidStatus;
  GeenEpcReden: GeenEpcReden;
  Lambert72Punt: ResolverTypeWrapper<Lambert72Punt>;
  PremiewerkBuitenmuur: ResolverTypeWrapper<PremiewerkBuitenmuur>;
  PremiewerkCategorie: PremiewerkCategorie;
  PremiewerkElektriciteitEnSanitair: ResolverTypeWrapper<PremiewerkElektriciteitEnSanitair>;
  PremiewerkGascondensatieketel: ResolverTypeWrapper<PremiewerkGascondensatieketel>;
  PremiewerkHernieuwbareEnergie: ResolverTypeWrapper<PremiewerkHernieuwbareEnergie>;
  PremiewerkIsolatie: ResolverTypeWrapper<PremiewerkIsolatie>;
  PremiewerkRamenEnDeuren: ResolverTypeWrapper<PremiewerkRamenEnDeuren>;
  PremiewerkVentilatie: ResolverTypeWrapper<PremiewerkVentilatie>;
  PremiewerkVermogen: ResolverTypeWrapper<PremiewerkVermogen>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Statistieken: ResolverTypeWrapper<StatistiekenRef>;
  VergunningProcedure: VergunningProcedure;
  VergunningSoort: VergunningSoort;
  VergunningStatus: VergunningStatus;
  Vergunningsaanvraag: ResolverTypeWrapper<VergunningModel>;
  Vergunningstoestand: ResolverTypeWrapper<VergunningstoestandModel>;
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
  EerderPremiewerk: EerderPremiewerkModel;
  Epc: EpcModel;
  Int: Scalars['Int']['output'];
  EpcAanbeveling: EpcAanbevelingModel;
  EpcGroepTelling: Getoond;
  EpcLabelCijfers: EpcLabelCijfersModel;
  EpcLabelTelling: EpcLabelTellingModel;
  EpcStatus: EpcStatusModel;
  EpcUitvoeringsmethode: EpcUitvoeringsmethode;
  ErfgoedAanduiding: ErfgoedAanduidingModel;
  Erfgoedstatus: ErfgoedstatusModel;
  Gebouweenheid: GebouweenheidModel;
  Lambert72Punt: Lambert72Punt;
  PremiewerkBuitenmuur: PremiewerkBuitenmuur;
  PremiewerkElektriciteitEnSanitair: PremiewerkElektriciteitEnSanitair;
  PremiewerkGascondensatieketel: PremiewerkGascondensatieketel;
  PremiewerkHernieuwbareEnergie: PremiewerkHernieuwbareEnergie;
  PremiewerkIsolatie: PremiewerkIsolatie;
  PremiewerkRamenEnDeuren: PremiewerkRamenEnDeuren;
  PremiewerkVentilatie: PremiewerkVentilatie;
  PremiewerkVermogen: PremiewerkVermogen;
  Query: Record<PropertyKey, never>;
  Statistieken: StatistiekenRef;
  Vergunningsaanvraag: VergunningModel;
  Vergunningstoestand: VergunningstoestandModel;
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

export type EerderPremiewerkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EerderPremiewerk'] = ResolversParentTypes['EerderPremiewerk']> = ResolversObject<{
  bron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buitenmuur?: Resolver<Maybe<ResolversTypes['PremiewerkBuitenmuur']>, ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['PremiewerkCategorie'], ParentType, ContextType>;
  dak?: Resolver<Maybe<ResolversTypes['PremiewerkIsolatie']>, ParentType, ContextType>;
  dossierNummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  elektriciteitEnSanitair?: Resolver<Maybe<ResolversTypes['PremiewerkElektriciteitEnSanitair']>, ParentType, ContextType>;
  facturatieDatum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gascondensatieketel?: Resolver<Maybe<ResolversTypes['PremiewerkGascondensatieketel']>, ParentType, ContextType>;
  hernieuwbareEnergie?: Resolver<Maybe<ResolversTypes['PremiewerkHernieuwbareEnergie']>, ParentType, ContextType>;
  netbeheerder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ramenEnDeuren?: Resolver<Maybe<ResolversTypes['PremiewerkRamenEnDeuren']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uitvoerder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uitvoeringsdatum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ventilatie?: Resolver<Maybe<ResolversTypes['PremiewerkVentilatie']>, ParentType, ContextType>;
  vloer?: Resolver<Maybe<ResolversTypes['PremiewerkIsolatie']>, ParentType, ContextType>;
  werkId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
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
  categorie?: Resolver<ResolversTypes['EpcAanbevelingCategorie'], ParentType, ContextType>;
  huidigeSituatie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prioriteit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['EpcAanbevelingType']>, ParentType, ContextType>;
  uitvoeringsmethodes?: Resolver<Array<ResolversTypes['EpcUitvoeringsmethode']>, ParentType, ContextType>;
  vekaCategorie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vekaType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EpcGroepTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpcGroepTelling'] = ResolversParentTypes['EpcGroepTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EpcLabelCijfersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpcLabelCijfers'] = ResolversParentTypes['EpcLabelCijfers']> = ResolversObject<{
  aantalWoningen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mediaanEnergiescore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onbekend?: Resolver<ResolversTypes['EpcGroepTelling'], ParentType, ContextType>;
  perLabel?: Resolver<Array<ResolversTypes['EpcLabelTelling']>, ParentType, ContextType>;
  zonderGeldigEpc?: Resolver<ResolversTypes['EpcGroepTelling'], ParentType, ContextType>;
}>;

export type EpcLabelTellingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpcLabelTelling'] = ResolversParentTypes['EpcLabelTelling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EpcLabel'], ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EpcStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpcStatus'] = ResolversParentTypes['EpcStatus']> = ResolversObject<{
  geenEpcReden?: Resolver<Maybe<ResolversTypes['GeenEpcReden']>, ParentType, ContextType>;
  heeftGeldigEpc?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verlopenOp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EpcUitvoeringsmethodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpcUitvoeringsmethode'] = ResolversParentTypes['EpcUitvoeringsmethode']> = ResolversObject<{
  geschattePrijsvorkTot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  geschattePrijsvorkVan?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErfgoedAanduidingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErfgoedAanduiding'] = ResolversParentTypes['ErfgoedAanduiding']> = ResolversObject<{
  besluitDatum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  besluitUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['ErfgoedAanduidingSoort'], ParentType, ContextType>;
  soortNaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErfgoedstatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Erfgoedstatus'] = ResolversParentTypes['Erfgoedstatus']> = ResolversObject<{
  aanduidingen?: Resolver<Array<ResolversTypes['ErfgoedAanduiding']>, ParentType, ContextType>;
  beschermd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  beschermdMonument?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inBeschermdStadsOfDorpsgezicht?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  vastgesteldBouwkundigErfgoed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type GebouweenheidResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Gebouweenheid'] = ResolversParentTypes['Gebouweenheid']> = ResolversObject<{
  gebouweenheidId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GebouweenheidStatus'], ParentType, ContextType>;
}>;

export type Lambert72PuntResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lambert72Punt'] = ResolversParentTypes['Lambert72Punt']> = ResolversObject<{
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PremiewerkBuitenmuurResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiewerkBuitenmuur'] = ResolversParentTypes['PremiewerkBuitenmuur']> = ResolversObject<{
  dikteSpouw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lambdaWaarde?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  oppervlakte?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  oppervlakteAsbest?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rdWaarde?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stsNummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teVerwijderenAsbest?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremiewerkElektriciteitEnSanitairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiewerkElektriciteitEnSanitair'] = ResolversParentTypes['PremiewerkElektriciteitEnSanitair']> = ResolversObject<{
  netbeheerder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremiewerkGascondensatieketelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiewerkGascondensatieketel'] = ResolversParentTypes['PremiewerkGascondensatieketel']> = ResolversObject<{
  aardgasnetAanwezig?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  productLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teVervangenInstallatieLeeftijd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  teVervangenInstallatieType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  typeHoofdverwarming?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vermogens?: Resolver<Array<ResolversTypes['PremiewerkVermogen']>, ParentType, ContextType>;
  vervangingHoogrendementsketel?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type PremiewerkHernieuwbareEnergieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiewerkHernieuwbareEnergie'] = ResolversParentTypes['PremiewerkHernieuwbareEnergie']> = ResolversObject<{
  aardgasnetAanwezig?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  energieEfficientie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gebruik?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inhoud?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oppervlakte?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  productLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  typeAandrijving?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  typeHoofdverwarming?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vermogens?: Resolver<Array<ResolversTypes['PremiewerkVermogen']>, ParentType, ContextType>;
  vervangingElektrischeVerwarming?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type PremiewerkIsolatieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiewerkIsolatie'] = ResolversParentTypes['PremiewerkIsolatie']> = ResolversObject<{
  oppervlakte?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  oppervlakteAsbest?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rdWaarde?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  teVerwijderenAsbest?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremiewerkRamenEnDeurenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiewerkRamenEnDeuren'] = ResolversParentTypes['PremiewerkRamenEnDeuren']> = ResolversObject<{
  oppervlakte?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  soortBeglazingTerVervanging?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uWaarde?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type PremiewerkVentilatieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiewerkVentilatie'] = ResolversParentTypes['PremiewerkVentilatie']> = ResolversObject<{
  productLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PremiewerkVermogenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PremiewerkVermogen'] = ResolversParentTypes['PremiewerkVermogen']> = ResolversObject<{
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waarde?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  adresZoeken?: Resolver<Array<ResolversTypes['AdresKandidaat']>, ParentType, ContextType, RequireFields<QueryAdresZoekenArgs, 'huisnummer' | 'straatnaam'>>;
  woning?: Resolver<Maybe<ResolversTypes['Woning']>, ParentType, ContextType, RequireFields<QueryWoningArgs, 'adresId'>>;
}>;

export type StatistiekenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statistieken'] = ResolversParentTypes['Statistieken'], FederationReferenceType extends FederationReferenceTypes['Statistieken'] = FederationReferenceTypes['Statistieken']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statistieken']> | FederationReferenceType, FederationReferenceType, ContextType>;
  epcLabels?: Resolver<Maybe<ResolversTypes['EpcLabelCijfers']>, ParentType, ContextType>;
  sleutel?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VergunningsaanvraagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vergunningsaanvraag'] = ResolversParentTypes['Vergunningsaanvraag']> = ResolversObject<{
  beslistOp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ingediendOp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onderwerp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  procedure?: Resolver<Maybe<ResolversTypes['VergunningProcedure']>, ParentType, ContextType>;
  projectnummer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['VergunningSoort'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VergunningStatus'], ParentType, ContextType>;
  statusOmschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VergunningstoestandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vergunningstoestand'] = ResolversParentTypes['Vergunningstoestand']> = ResolversObject<{
  aanvragen?: Resolver<Array<ResolversTypes['Vergunningsaanvraag']>, ParentType, ContextType>;
  heeftLopendeAanvraag?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  heeftVergunning?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WoningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Woning'] = ResolversParentTypes['Woning'], FederationReferenceType extends FederationReferenceTypes['Woning'] = FederationReferenceTypes['Woning']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Woning']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adres?: Resolver<Maybe<ResolversTypes['Adres']>, ParentType, ContextType>;
  adresId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eerderePremiewerken?: Resolver<Maybe<Array<ResolversTypes['EerderPremiewerk']>>, ParentType, ContextType>;
  epc?: Resolver<Maybe<ResolversTypes['Epc']>, ParentType, ContextType>;
  epcStatus?: Resolver<Maybe<ResolversTypes['EpcStatus']>, ParentType, ContextType>;
  erfgoed?: Resolver<Maybe<ResolversTypes['Erfgoedstatus']>, ParentType, ContextType>;
  gebouweenheid?: Resolver<Maybe<ResolversTypes['Gebouweenheid']>, ParentType, ContextType>;
  vergunningen?: Resolver<Maybe<ResolversTypes['Vergunningstoestand']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Adres?: AdresResolvers<ContextType>;
  AdresKandidaat?: AdresKandidaatResolvers<ContextType>;
  EerderPremiewerk?: EerderPremiewerkResolvers<ContextType>;
  Epc?: EpcResolvers<ContextType>;
  EpcAanbeveling?: EpcAanbevelingResolvers<ContextType>;
  EpcGroepTelling?: EpcGroepTellingResolvers<ContextType>;
  EpcLabelCijfers?: EpcLabelCijfersResolvers<ContextType>;
  EpcLabelTelling?: EpcLabelTellingResolvers<ContextType>;
  EpcStatus?: EpcStatusResolvers<ContextType>;
  EpcUitvoeringsmethode?: EpcUitvoeringsmethodeResolvers<ContextType>;
  ErfgoedAanduiding?: ErfgoedAanduidingResolvers<ContextType>;
  Erfgoedstatus?: ErfgoedstatusResolvers<ContextType>;
  Gebouweenheid?: GebouweenheidResolvers<ContextType>;
  Lambert72Punt?: Lambert72PuntResolvers<ContextType>;
  PremiewerkBuitenmuur?: PremiewerkBuitenmuurResolvers<ContextType>;
  PremiewerkElektriciteitEnSanitair?: PremiewerkElektriciteitEnSanitairResolvers<ContextType>;
  PremiewerkGascondensatieketel?: PremiewerkGascondensatieketelResolvers<ContextType>;
  PremiewerkHernieuwbareEnergie?: PremiewerkHernieuwbareEnergieResolvers<ContextType>;
  PremiewerkIsolatie?: PremiewerkIsolatieResolvers<ContextType>;
  PremiewerkRamenEnDeuren?: PremiewerkRamenEnDeurenResolvers<ContextType>;
  PremiewerkVentilatie?: PremiewerkVentilatieResolvers<ContextType>;
  PremiewerkVermogen?: PremiewerkVermogenResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Statistieken?: StatistiekenResolvers<ContextType>;
  Vergunningsaanvraag?: VergunningsaanvraagResolvers<ContextType>;
  Vergunningstoestand?: VergunningstoestandResolvers<ContextType>;
  Woning?: WoningResolvers<ContextType>;
}>;

