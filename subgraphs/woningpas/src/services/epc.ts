import type { Certificaat, CertificaatDetail, EpcClient, VekaLabel } from '../clients/epc.js';
import type {
  AdresModel,
  EpcAanbevelingCategorieValue,
  EpcAanbevelingModel,
  EpcAanbevelingTypeValue,
  EpcLabelValue,
  EpcModel,
  EpcOpzoeking,
  GebouweenheidModel,
  GeenEpcRedenValue,
} from '../models.js';

const LABELS: Record<VekaLabel, EpcLabelValue> = { 'A+': 'A_PLUS', A: 'A', B: 'B', C: 'C', D: 'D', E: 'E', F: 'F' };

/** Street names and numbers compared the way people type them: case, accents, spaces and dashes do not count. */
export const normaliseer = (value: string | null | undefined) =>
  (value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

interface AdresVelden {
  straat?: string | null | undefined;
  huisnummer?: string | null | undefined;
  busnummer?: string | null | undefined;
  postcode?: string | null | undefined;
}

/** Whether an address on a certificate is this home: same street, number, box (or both none) and postcode. */
export function zelfdeAdres(velden: AdresVelden, adres: AdresModel): boolean {
  return (
    normaliseer(velden.straat) === normaliseer(adres.straatnaam) &&
    normaliseer(velden.huisnummer) === normaliseer(adres.huisnummer) &&
    normaliseer(velden.busnummer) === normaliseer(adres.busnummer) &&
    normaliseer(velden.postcode) === normaliseer(adres.postcode)
  );
}

const datum = (value: string | null | undefined) => value?.slice(0, 10);

/** What the EPC lookup knows of a home: its address and, when the register has exactly one in use, its building unit. */
export interface WoningVoorEpc {
  adres: AdresModel;
  eenheid: GebouweenheidModel | null;
}

/**
 * Whether a certificate of a search is about this home: by building unit when both the home and the
 * certificate name one (a unit can have several addresses), else by address (a search on a house
 * number answers for every box).
 */
export function certificaatVanWoning(c: Certificaat, woning: WoningVoorEpc): boolean {
  if (woning.eenheid && c.gebouweenheidId != null) return String(c.gebouweenheidId) === woning.eenheid.gebouweenheidId;
  return !c.adressen || c.adressen.length === 0 || c.adressen.some((a) => zelfdeAdres(a, woning.adres));
}

/** Whether a certificate of a search is still valid on `vandaag` (one without a date is checked on its detail). */
const geldigOp = (c: Certificaat, vandaag: string) => (datum(c.datumGeldigheid) ?? vandaag) >= vandaag;

/** Newest submission first, then the longest validity. */
const nieuwsteEerst = (a: Certificaat, b: Certificaat) =>
  (datum(b.datumIngediend) ?? '').localeCompare(datum(a.datumIngediend) ?? '') ||
  (datum(b.datumGeldigheid) ?? '').localeCompare(datum(a.datumGeldigheid) ?? '');

/** The certificates of a search that may be this home's valid EPC, newest first. */
export function kandidaatCertificaten(lijst: Certificaat[], woning: WoningVoorEpc, vandaag: string): Certificaat[] {
  return lijst.filter((c) => certificaatVanWoning(c, woning) && geldigOp(c, vandaag)).sort(nieuwsteEerst);
}

/** Whether a certificate's detail is about this home: its building unit, else its address register id, else its address. */
export function detailHoortBijWoning(detail: CertificaatDetail, woning: WoningVoorEpc): boolean {
  if (woning.eenheid && detail.gebouweenheidId != null) return String(detail.gebouweenheidId) === woning.eenheid.gebouweenheidId;
  if (detail.adres?.arId != null) return String(detail.adres.arId) === woning.adres.adresId;
  if (detail.adres) return zelfdeAdres(detail.adres, woning.adres);
  return true;
}

/** VEKA's words for the parts of a home (normalised), onto the categories of the schema. */
const CATEGORIEEN: Record<string, EpcAanbevelingCategorieValue> = {
  dak: 'DAK',
  daken: 'DAK',
  hellenddak: 'DAK',
  platdak: 'DAK',
  muur: 'MUREN',
  muren: 'MUREN',
  buitenmuren: 'MUREN',
  gevels: 'MUREN',
  vloer: 'VLOEREN',
  vloeren: 'VLOEREN',
  vensters: 'VENSTERS',
  ramen: 'VENSTERS',
  beglazing: 'VENSTERS',
  deuren: 'DEUREN',
  deurenenpoorten: 'DEUREN',
  verwarming: 'VERWARMING',
  sanitairwarmwater: 'SANITAIR_WARM_WATER',
  warmwater: 'SANITAIR_WARM_WATER',
  ventilatie: 'VENTILATIE',
  zonneboiler: 'ZONNEBOILER',
  zonnepanelen: 'ZONNEPANELEN',
  fotovoltaischepanelen: 'ZONNEPANELEN',
  pvpanelen: 'ZONNEPANELEN',
  luchtdichtheid: 'LUCHTDICHTHEID',
};

const TYPES: Record<string, EpcAanbevelingTypeValue> = {
  isolatie: 'ISOLATIE',
  isoleren: 'ISOLATIE',
  vervanging: 'VERVANGING',
  vervangen: 'VERVANGING',
  plaatsing: 'PLAATSING',
  plaatsen: 'PLAATSING',
  uitbreiding: 'UITBREIDING',
  uitbreiden: 'UITBREIDING',
};

export const categorieVan = (veka: string): EpcAanbevelingCategorieValue => CATEGORIEEN[normaliseer(veka)] ?? 'ANDERE';
export const typeVan = (veka: string | null | undefined): EpcAanbevelingTypeValue | null => (veka ? (TYPES[normaliseer(veka)] ?? 'ANDERE') : null);

function naarAanbevelingen(detail: CertificaatDetail): EpcAanbevelingModel[] {
  const aanbevelingen: EpcAanbevelingModel[] = [];
  for (const a of detail.aanbevelingen ?? []) {
    if (!a.categorie) continue;
    aanbevelingen.push({
      categorie: categorieVan(a.categorie),
      vekaCategorie: a.categorie,
      type: typeVan(a.type),
      vekaType: a.type ?? null,
      subtype: a.subtype ?? null,
      prioriteit: a.prioriteit ?? null,
      huidigeSituatie: a.huidigeSituatie ?? null,
      uitvoeringsmethodes: (a.uitvoeringsmethodes ?? []).flatMap((m) =>
        m.omschrijving
          ? [{ omschrijving: m.omschrijving, geschattePrijsvorkVan: m.geschattePrijsvorkVan ?? null, geschattePrijsvorkTot: m.geschattePrijsvorkTot ?? null }]
          : [],
      ),
    });
  }
  // Stable sort: equal priorities keep VEKA's order; advice without a priority goes last.
  return aanbevelingen.sort((a, b) => (a.prioriteit ?? Number.MAX_SAFE_INTEGER) - (b.prioriteit ?? Number.MAX_SAFE_INTEGER));
}

export function naarEpc(detail: CertificaatDetail): EpcModel {
  return {
    certificaatnummer: detail.attestnummer,
    label: LABELS[detail.score.label.waarde],
    energiescore: detail.score.kengetal.waarde,
    bouwjaar: detail.bouwjaar ?? null,
    gebouwType: detail.gebouwType ?? null,
    geldigTot: detail.datumGeldigheid.slice(0, 10),
    ingediendOp: datum(detail.datumIngediend) ?? null,
    gebouweenheidId: detail.gebouweenheidId == null ? null : String(detail.gebouweenheidId),
    aanbevelingen: naarAanbevelingen(detail),
  };
}

const TOELICHTING: Record<Exclude<GeenEpcRedenValue, 'ENKEL_VERLOPEN_EPC'>, string> = {
  GEEN_EPC_GEVONDEN: 'Geen EPC gevonden voor deze woning.',
  MEERDERE_WOONEENHEDEN:
    'Meerdere wooneenheden op dit adres hebben een EPC en het adres (zonder busnummer) wijst er geen eenduidig aan: kies het adres met busnummer.',
  ANDERE_WOONEENHEDEN: 'Geen EPC voor deze woning; wel voor andere wooneenheden op hetzelfde huisnummer.',
};

function geenEpc(reden: GeenEpcRedenValue, verlopenOp: string | null = null): EpcOpzoeking {
  const toelichting = reden === 'ENKEL_VERLOPEN_EPC' ? `Enkel een verlopen EPC (geldig tot ${verlopenOp}).` : TOELICHTING[reden];
  return { epc: null, status: { heeftGeldigEpc: false, geenEpcReden: reden, toelichting, verlopenOp } };
}

export interface EpcZoekerDeps {
  client: EpcClient;
  /** Today's date as YYYY-MM-DD (injectable for tests). */
  vandaag: () => string;
}

/** The certificates of the home's building unit; when VEKA knows none there (older EPCs), those at its address. */
async function zoekCertificaten(client: EpcClient, woning: WoningVoorEpc, reden: string): Promise<Certificaat[]> {
  if (woning.eenheid) {
    const perEenheid = await client.certificaten({ gebouwEenheidId: woning.eenheid.gebouweenheidId }, reden);
    if (perEenheid.length > 0) return perEenheid;
  }
  const { adres } = woning;
  return client.certificaten(
    { adres: { straat: adres.straatnaam, huisnummer: adres.huisnummer, busnummer: adres.busnummer ?? undefined, postcode: adres.postcode, gemeente: adres.gemeentenaam } },
    reden,
  );
}

/**
 * Finds a home's valid EPC: the certificates of its building unit (or at its address), those about this
 * home, valid today, newest first; the first whose detail is about this home is its EPC. Without one, the
 * reason: several units at the address with an EPC and nothing to tell them apart, only an expired EPC,
 * only EPCs of other units at the house number, or none at all. Every VEKA call carries `reden`.
 */
export async function zoekEpc(deps: EpcZoekerDeps, woning: WoningVoorEpc, reden: string): Promise<EpcOpzoeking> {
  const lijst = await zoekCertificaten(deps.client, woning, reden);
  const vandaag = deps.vandaag();
  const vanWoning = lijst.filter((c) => certificaatVanWoning(c, woning));
  const kandidaten = kandidaatCertificaten(vanWoning, woning, vandaag);
  const eenheden = new Set(kandidaten.flatMap((c) => (c.gebouweenheidId == null ? [] : [c.gebouweenheidId])));
  if (!woning.eenheid && eenheden.size > 1) return geenEpc('MEERDERE_WOONEENHEDEN');
  for (const kandidaat of kandidaten) {
    const detail = await deps.client.certificaat(kandidaat.attestnummer, reden);
    if (detail && detail.datumGeldigheid.slice(0, 10) >= vandaag && detailHoortBijWoning(detail, woning)) {
      const epc = naarEpc(detail);
      return { epc, status: { heeftGeldigEpc: true, geenEpcReden: null, toelichting: `Geldig EPC tot ${epc.geldigTot}.`, verlopenOp: null } };
    }
  }
  const verlopenOp = vanWoning
    .filter((c) => !geldigOp(c, vandaag))
    .map((c) => datum(c.datumGeldigheid)!)
    .sort()
    .at(-1);
  if (verlopenOp) return geenEpc('ENKEL_VERLOPEN_EPC', verlopenOp);
  if (vanWoning.length < lijst.length) return geenEpc('ANDERE_WOONEENHEDEN');
  return geenEpc('GEEN_EPC_GEVONDEN');
}
