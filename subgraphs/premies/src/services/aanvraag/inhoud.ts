import { createHash } from 'node:crypto';
import { notFound } from '@hub/shared';
import type { Werkcategorie } from '../../regels/schema.js';
import type { VoorstelRepresentatie } from './representatie.js';

export type DocumentSoort = 'ADVIES' | 'RENOVATIEPLAN' | 'AFSPRAKENNOTA' | 'OFFERTE' | 'CONTRACT' | 'FACTUUR' | 'ATTEST' | 'ANDERE';

export interface AanvraagDocument {
  documentId: string;
  soort: DocumentSoort;
  titel: string;
}

export interface AanvraagFactuur {
  factuurId: string;
  nummer: string;
  datum: string;
  aannemer: { naam: string; kbo: string };
  bedragExclBtw: number;
  betaaldOp: string | null;
  documenten: AanvraagDocument[];
}

/**
 * The content of an application, as the governments know it: taken from the dossier (CRM) and the
 * authentic sources, never typed by the citizen. This is what the draft token signs; the application
 * date and the expected amount are not part of it (they are determined again on the day of submission).
 */
export interface AanvraagInhoud {
  dossierReferentie: string;
  /** The coach assigned to the dossier when the draft was made (may then follow the application). */
  begeleiderSub: string | null;
  aanvrager: { burgerId: string; insz: string | null; voornaam: string; achternaam: string };
  woning: { adresId: string; adres: string | null; bouwjaar: number | null; epcCertificaatnummer: string | null };
  maatregel: { id: string; categorie: Werkcategorie; omschrijving: string; uitvoering: string | null; oppervlakteM2: number | null };
  /** The work categories of all measures of the dossier (rules that apply only together with another). */
  categorieenInDossier: Werkcategorie[];
  /** The invoices of the measure, by date and number. */
  facturen: AanvraagFactuur[];
}

/** Builds the content of an application for one measure from the dossier representation; NOT_FOUND for a measure not in the dossier. */
export function bouwInhoud(rep: VoorstelRepresentatie, maatregelId: string): AanvraagInhoud {
  const maatregel = rep.maatregelen.find((m) => m.id.toLowerCase() === maatregelId.toLowerCase());
  if (!maatregel) throw notFound('Maatregel in dit dossier');
  const facturen = (maatregel.facturen ?? [])
    .map(
      (f): AanvraagFactuur => ({
        factuurId: f.id,
        nummer: f.nummer,
        datum: f.datum,
        aannemer: { naam: f.aannemer.naam, kbo: f.aannemer.kbo },
        bedragExclBtw: f.bedragExclBtw,
        betaaldOp: f.betaaldOp,
        documenten: (f.documenten ?? [])
          .map((d) => ({ documentId: d.id, soort: d.soort, titel: d.titel }))
          .sort((a, b) => a.documentId.localeCompare(b.documentId)),
      }),
    )
    .sort((a, b) => a.datum.localeCompare(b.datum) || a.nummer.localeCompare(b.nummer) || a.factuurId.localeCompare(b.factuurId));
  return {
    dossierReferentie: rep.referentie,
    begeleiderSub: rep.renovatiebegeleider?.id ?? null,
    aanvrager: { burgerId: rep.burger.id, insz: rep.burger.insz, voornaam: rep.burger.voornaam, achternaam: rep.burger.achternaam },
    woning: {
      adresId: rep.woning.adresId,
      adres: rep.woning.adres?.volledigAdres ?? null,
      bouwjaar: rep.woning.epc?.bouwjaar ?? null,
      epcCertificaatnummer: rep.woning.epc?.certificaatnummer ?? null,
    },
    maatregel: { id: maatregel.id, categorie: maatregel.categorie, omschrijving: maatregel.omschrijving, uitvoering: maatregel.uitvoering, oppervlakteM2: maatregel.oppervlakteM2 },
    categorieenInDossier: [...new Set(rep.maatregelen.map((m) => m.categorie))].sort(),
    facturen,
  };
}

/** The sum of the invoices excl. VAT, exactly in cents. */
export function totaalFacturen(inhoud: AanvraagInhoud): number {
  return inhoud.facturen.reduce((cents, f) => cents + Math.round(f.bedragExclBtw * 100), 0) / 100;
}

/** JSON with the keys of every object sorted: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The fingerprint of a submission: what it asks and for whom (dossier, measure, content, EAN, IBAN).
 * The same idempotency key with another fingerprint is another submission: a CONFLICT.
 */
export function inhoudHash(input: { dossierId: string; maatregelId: string; inhoud: AanvraagInhoud; ean: string; iban: string }): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}
