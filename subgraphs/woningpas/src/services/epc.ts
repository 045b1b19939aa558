import type { Logger } from '@hub/shared';
import type { Certificaat, CertificaatDetail, EpcClient, VekaLabel } from '../clients/epc.js';
import type { AdresModel, EpcAanbevelingModel, EpcLabelValue, EpcModel } from '../models.js';
import type { Rechtsgrond } from './reden.js';

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

/**
 * The certificates of a search that may be this home's valid EPC, newest first: still valid on `vandaag`
 * (YYYY-MM-DD) and, when the search lists addresses, at this exact address (the search is broader: a
 * building with apartments answers for every box).
 */
export function kandidaatCertificaten(lijst: Certificaat[], adres: AdresModel, vandaag: string): Certificaat[] {
  return lijst
    .filter((c) => (datum(c.datumGeldigheid) ?? vandaag) >= vandaag)
    .filter((c) => !c.adressen || c.adressen.length === 0 || c.adressen.some((a) => zelfdeAdres(a, adres)))
    .sort(
      (a, b) =>
        (datum(b.datumIngediend) ?? '').localeCompare(datum(a.datumIngediend) ?? '') ||
        (datum(b.datumGeldigheid) ?? '').localeCompare(datum(a.datumGeldigheid) ?? ''),
    );
}

/** Whether a certificate's detail is about this home: its address register id when it has one, else its address. */
export function detailHoortBijWoning(detail: CertificaatDetail, adres: AdresModel): boolean {
  if (detail.adres?.arId != null) return String(detail.adres.arId) === adres.adresId;
  if (detail.adres) return zelfdeAdres(detail.adres, adres);
  return true;
}

function naarAanbevelingen(detail: CertificaatDetail): EpcAanbevelingModel[] {
  const aanbevelingen: EpcAanbevelingModel[] = [];
  for (const a of detail.aanbevelingen ?? []) {
    if (!a.categorie) continue;
    aanbevelingen.push({
      categorie: a.categorie,
      type: a.type ?? null,
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

export interface EpcZoekerDeps {
  client: EpcClient;
  logger: Logger;
  /** Today's date as YYYY-MM-DD (injectable for tests). */
  vandaag: () => string;
}

/**
 * Finds a home's valid EPC: search VEKA by the register's address (valid, residential), keep the
 * certificates at this exact address, newest first, and take the first whose detail is about this home.
 * Null when there is none. Every VEKA call carries the caller's legal purpose; the lookup is logged with it.
 */
export async function zoekGeldigEpc(deps: EpcZoekerDeps, adres: AdresModel, grond: Rechtsgrond): Promise<EpcModel | null> {
  deps.logger.info({ adresId: adres.adresId, rol: grond.rol, reden: grond.reden }, 'EPC opgevraagd bij VEKA');
  const lijst = await deps.client.geldigeCertificaten(
    {
      straat: adres.straatnaam,
      huisnummer: adres.huisnummer,
      busnummer: adres.busnummer ?? undefined,
      postcode: adres.postcode,
      gemeente: adres.gemeentenaam,
    },
    grond.reden,
  );
  const vandaag = deps.vandaag();
  for (const kandidaat of kandidaatCertificaten(lijst, adres, vandaag)) {
    const detail = await deps.client.certificaat(kandidaat.attestnummer, grond.reden);
    if (detail && detail.datumGeldigheid.slice(0, 10) >= vandaag && detailHoortBijWoning(detail, adres)) {
      deps.logger.debug({ adresId: adres.adresId, attestnummer: detail.attestnummer }, 'geldig EPC gevonden');
      return naarEpc(detail);
    }
  }
  deps.logger.debug({ adresId: adres.adresId, gevonden: lijst.length }, 'geen geldig EPC');
  return null;
}
