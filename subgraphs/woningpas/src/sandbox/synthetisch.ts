import { SYNTHETISCHE_ADRESIDS, SYNTHETISCHE_STRATEN, synthetischeWoning } from '@hub/shared/demo';
import type { AdresFixture, CertificaatFixture, GebouweenheidFixture } from './fixtures.js';

/**
 * Generated homes for benchmarks and load tests: the sandboxes can answer for any address id in a
 * reserved range, with a deterministic address, building unit and EPC per id, so that a load test can
 * use thousands of distinct homes. The range lies far above the ids of the fixture homes (and of the
 * real register, whose ids have at most 8 digits today); the fixture homes are never affected.
 */
export { SYNTHETISCHE_ADRESIDS };

/** Every tenth generated home has no EPC at all (the search answers 204, like VEKA for a home without one). */
const ZONDER_EPC = 10;
const EENHEID_BASIS = 9_900_000_000;
const GEBOUW_BASIS = 9_800_000_000;
const API = 'https://api.basisregisters.vlaanderen.be/v2';
const STRATEN = SYNTHETISCHE_STRATEN;

const LABELS = ['A+', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
/** A kengetal (kWh/(m²jaar)) inside the band of each label. */
const KENGETAL = { 'A+': 0, A: 60, B: 140, C: 220, D: 310, E: 410, F: 520 } as const;

/** A small deterministic hash of the home's number (so labels and years do not follow the street order). */
const meng = (n: number) => {
  let h = (n + 0x9e3779b9) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** The address id of generated home number `n` (0 to 999 999). */
export function synthetischAdresId(n: number): string {
  return synthetischeWoning(n).adresId;
}

/** The number of the generated home with this address id, or undefined outside the reserved range. */
function nummerVanAdres(adresId: string | undefined): number | undefined {
  if (!adresId || !/^\d{9}$/.test(adresId)) return undefined;
  const id = Number(adresId);
  return id >= SYNTHETISCHE_ADRESIDS.van && id <= SYNTHETISCHE_ADRESIDS.tot ? id - SYNTHETISCHE_ADRESIDS.van : undefined;
}

function nummerVanEenheid(eenheidId: string | undefined): number | undefined {
  if (!eenheidId || !/^\d{10}$/.test(eenheidId)) return undefined;
  const n = Number(eenheidId) - EENHEID_BASIS;
  return n >= 0 && n <= SYNTHETISCHE_ADRESIDS.tot - SYNTHETISCHE_ADRESIDS.van ? n : undefined;
}

/** Attestnummer of a generated certificate: `YYYYMMDD-{address id, 10 digits}-RES-1`. */
function nummerVanAttest(attestnummer: string | undefined): number | undefined {
  const match = attestnummer ? /^\d{8}-(\d{10})-RES-1$/.exec(attestnummer) : null;
  return match ? nummerVanAdres(String(Number(match[1]))) : undefined;
}

function woning(n: number) {
  const { straat, huisnummer, adresId } = synthetischeWoning(n);
  return { straat, huisnummer, adresId, eenheidId: String(EENHEID_BASIS + n) };
}

function adres(n: number): AdresFixture {
  const { straat, huisnummer, adresId } = woning(n);
  const x = (straat.x + (n % 97) * 1.5).toFixed(2);
  const y = (straat.y + (Math.floor(n / STRATEN.length) % 89) * 1.5).toFixed(2);
  const naam = (spelling: string) => ({ geografischeNaam: { spelling, taal: 'nl' } });
  // The whole answer of the register (the fixture type names only the fields the sandbox reads).
  const detail = {
    '@context': 'https://docs.basisregisters.vlaanderen.be/context/adres/2023-03-13/adres_detail.jsonld',
    '@type': 'Adres',
    identificator: { id: `https://data.vlaanderen.be/id/adres/${adresId}`, naamruimte: 'https://data.vlaanderen.be/id/adres', objectId: adresId, versieId: '2024-01-15T10:00:00+01:00' },
    gemeente: { objectId: '24062', detail: `${API}/gemeenten/24062`, gemeentenaam: naam('Leuven') },
    postinfo: { objectId: straat.postcode, detail: `${API}/postinfo/${straat.postcode}` },
    straatnaam: { objectId: straat.objectId, detail: `${API}/straatnamen/${straat.objectId}`, straatnaam: naam(straat.naam) },
    huisnummer,
    volledigAdres: naam(`${straat.naam} ${huisnummer}, ${straat.postcode} Leuven`),
    adresPositie: {
      geometrie: {
        type: 'Point',
        gml: `<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/31370" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>${x} ${y}</gml:pos></gml:Point>`,
      },
      positieGeometrieMethode: 'aangeduidDoorBeheerder',
      positieSpecificatie: 'ingang',
    },
    adresStatus: 'inGebruik',
    officieelToegekend: true,
  };
  return detail;
}

function gebouweenheid(n: number): GebouweenheidFixture {
  const { adresId, eenheidId } = woning(n);
  const eenheid = {
    '@type': 'Gebouweenheid',
    identificator: { id: `https://data.vlaanderen.be/id/gebouweenheid/${eenheidId}`, naamruimte: 'https://data.vlaanderen.be/id/gebouweenheid', objectId: eenheidId, versieId: '2024-01-15T10:00:00+01:00' },
    detail: `${API}/gebouweenheden/${eenheidId}`,
    gebouweenheidStatus: 'gerealiseerd',
    functie: 'wonen',
    adressen: [{ objectId: adresId, detail: `${API}/adressen/${adresId}` }],
  };
  return eenheid;
}

function certificaat(n: number): CertificaatFixture | undefined {
  if (n % ZONDER_EPC === ZONDER_EPC - 1) return undefined;
  const { straat, huisnummer, adresId, eenheidId } = woning(n);
  const h = meng(n);
  const label = LABELS[h % LABELS.length]!;
  const ingediend = new Date(Date.UTC(2021, 0, 1) + (h % 1400) * 86_400_000).toISOString().slice(0, 10);
  const geldig = `${Number(ingediend.slice(0, 4)) + 10}${ingediend.slice(4)}`.replace(/-02-29$/, '-02-28');
  return {
    id: SYNTHETISCHE_ADRESIDS.van + n,
    attestnummer: `${ingediend.replaceAll('-', '')}-${adresId.padStart(10, '0')}-RES-1`,
    status: 'GELDIG',
    epcEenheidType: 'EENGEZINSWONING',
    bestemming: 'residentieel',
    datumIngediend: `${ingediend}T10:00:00+01:00`,
    datumGeldigheid: `${geldig}T00:00:00+01:00`,
    gebouwId: GEBOUW_BASIS + n,
    gebouweenheidId: Number(eenheidId),
    gebouwType: 'Eengezinswoning',
    bouwjaar: 1900 + (h % 120),
    isNieuwbouwNaSloop: false,
    adres: { arId: Number(adresId), straat: straat.naam, huisnummer, postcode: straat.postcode, gemeente: 'Leuven', land: 'België' },
    score: { label: { waarde: label }, kengetal: { waarde: KENGETAL[label] + (h % 60), meeteenheid: 'kWh/(m²jaar)' } },
    aanbevelingen:
      label === 'A+' || label === 'A'
        ? []
        : [
            {
              categorie: 'dak',
              type: 'isolatie',
              subtype: 'hellend dak',
              prioriteit: 1,
              huidigeSituatie: 'Het hellend dak is niet of weinig geïsoleerd.',
              uitvoeringsmethodes: [{ omschrijving: 'Isolatie tussen en onder de kepers (Rd ≥ 4,5 m²K/W)', geschattePrijsvorkVan: 6000, geschattePrijsvorkTot: 11000 }],
            },
          ],
  };
}

/** What the sandboxes ask of the generated homes; each answers undefined (or nothing) outside the reserved range. */
export interface SynthetischeWoningen {
  /** The address with this id. */
  adres(adresId: string): AdresFixture | undefined;
  /** The building units of the address with this id (one per generated home). */
  gebouweenheden(adresObjectId: string): GebouweenheidFixture[];
  /** The certificates a search with these criteria may find: by building unit or attestnummer (not by address). */
  certificaten(criteria: { gebouwEenheidId?: string | undefined; attestnummer?: string | undefined }): CertificaatFixture[];
  /** The certificate with this attestnummer. */
  certificaat(attestnummer: string): CertificaatFixture | undefined;
}

export function createSynthetischeWoningen(): SynthetischeWoningen {
  return {
    adres(adresId) {
      const n = nummerVanAdres(adresId);
      return n === undefined ? undefined : adres(n);
    },
    gebouweenheden(adresObjectId) {
      const n = nummerVanAdres(adresObjectId);
      return n === undefined ? [] : [gebouweenheid(n)];
    },
    certificaten(criteria) {
      const n = criteria.gebouwEenheidId !== undefined ? nummerVanEenheid(criteria.gebouwEenheidId) : nummerVanAttest(criteria.attestnummer);
      const gevonden = n === undefined ? undefined : certificaat(n);
      return gevonden ? [gevonden] : [];
    },
    certificaat(attestnummer) {
      const n = nummerVanAttest(attestnummer);
      const gevonden = n === undefined ? undefined : certificaat(n);
      return gevonden?.attestnummer === attestnummer ? gevonden : undefined;
    },
  };
}
