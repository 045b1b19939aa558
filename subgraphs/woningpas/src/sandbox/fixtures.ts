import { readFileSync } from 'node:fs';

/**
 * The sandbox's data, read at start from JSON files next to the code (relative to the package root, so
 * that it works from src/ and dist/ alike). The files hold exactly what the real services answer.
 */
const FIXTURES = new URL('../../src/sandbox/fixtures/', import.meta.url);

/** One address as `GET /v2/adressen/{objectId}` answers it (only the fields the sandbox reads are typed). */
export interface AdresFixture {
  identificator: { objectId: string };
  gemeente: { gemeentenaam: { geografischeNaam: { spelling: string } } };
  postinfo: { objectId: string };
  straatnaam: { straatnaam: { geografischeNaam: { spelling: string } } };
  huisnummer: string;
  busnummer?: string;
  [field: string]: unknown;
}

/** One certificate: the fields of `CertificaatDetail` plus those only the search (`Certificaat`) shows. */
export interface CertificaatFixture {
  id: number;
  attestnummer: string;
  status: string;
  epcEenheidType: string;
  bestemming: string;
  datumIngediend: string;
  datumGeldigheid: string;
  gebouwId: number;
  gebouweenheidId: number;
  gebouwType: string;
  bouwjaar: number;
  aardVanWerken?: string;
  isNieuwbouwNaSloop: boolean;
  adres: { arId: number; straat: string; huisnummer: string; busnummer?: string; postcode: string; gemeente: string; land: string; crabcode?: unknown };
  score: unknown;
  aanbevelingen: unknown[];
}

/** One building unit as the register's detail knows it: the list item plus the addresses it is linked to. */
export interface GebouweenheidFixture {
  identificator: { objectId: string };
  gebouweenheidStatus: string;
  adressen: Array<{ objectId: string; detail: string }>;
  [field: string]: unknown;
}

/** One `Mvp.Werk` of the VEKA datadiensten (only the fields the sandbox reads are typed). */
export interface WerkFixture {
  gebouweenheidId: number;
  [field: string]: unknown;
}

/** A polygon in Lambert 72 (EPSG:31370), GeoJSON-style: the first ring is the outline. */
export interface Polygon {
  type: 'Polygon';
  coordinates: Array<Array<[number, number]>>;
}

/** One designated heritage object of the heritage sandbox: the contract's fields plus its geometry. */
export interface AanduidingsobjectFixture {
  id: number;
  geometrie: Polygon;
  [field: string]: unknown;
}

/** One Omgevingsloket project of the permit sandbox. */
export interface ProjectFixture {
  projectnummer: string;
  adresIds: string[];
  [field: string]: unknown;
}

function read<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as T;
}

export const loadAdressen = () => read<AdresFixture[]>('adressen.json');
export const loadCertificaten = () => read<CertificaatFixture[]>('certificaten.json');
export const loadGebouweenheden = () => read<GebouweenheidFixture[]>('gebouweenheden.json');
export const loadWerken = () => read<WerkFixture[]>('werken.json');
export const loadAanduidingsobjecten = () => read<AanduidingsobjectFixture[]>('aanduidingsobjecten.json');
export const loadProjecten = () => read<ProjectFixture[]>('projecten.json');
