import { createHash } from 'node:crypto';
import { detectType, isToegelatenType, mediaTypeOf, TOEGELATEN_TYPES, type ToegelatenType } from './bestandstype.js';

/** Why an upload is refused, with the HTTP status it is answered with. */
export class UploadGeweigerd extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'UploadGeweigerd';
  }
}

export interface UploadLimieten {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
}

/** What is known of a checked upload before it is stored. */
export interface GecontroleerdBestand {
  bestandsnaam: string;
  mimeType: ToegelatenType;
  grootte: number;
  sha256: string;
}

const TYPES_TEKST = Object.values(TOEGELATEN_TYPES).join(', ');

/**
 * The file name of an upload (query parameter `bestandsnaam`, or the `x-bestandsnaam` header,
 * URL-encoded): without a path, without control characters, 1 to 200 characters.
 */
export function bestandsnaamVan(query: string | null, header: string | string[] | undefined): string {
  let raw = query ?? (typeof header === 'string' ? header : null);
  if (raw === null) throw new UploadGeweigerd(400, "Geef de bestandsnaam mee: de query-parameter 'bestandsnaam' of de header 'x-bestandsnaam'.");
  if (query === null) {
    try {
      raw = decodeURIComponent(raw);
    } catch {
      throw new UploadGeweigerd(400, "De header 'x-bestandsnaam' is geen geldig URL-gecodeerde naam.");
    }
  }
  // eslint-disable-next-line no-control-regex
  const naam = (raw.split(/[/\\]/).at(-1) ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (naam === '' || naam === '.' || naam === '..') throw new UploadGeweigerd(400, 'De bestandsnaam is leeg.');
  if (naam.length > 200) throw new UploadGeweigerd(400, 'De bestandsnaam is te lang: hoogstens 200 tekens.');
  return naam;
}

/** The declared Content-Type, which must be one of the accepted types (checked before the body is read). */
export function aangegevenType(contentType: string | undefined): ToegelatenType {
  const type = mediaTypeOf(contentType);
  if (type === null) throw new UploadGeweigerd(415, `Geef het type van het bestand mee in de header Content-Type (${TYPES_TEKST}).`);
  if (!isToegelatenType(type)) throw new UploadGeweigerd(415, `Bestanden van type ${type} worden niet aanvaard: enkel ${TYPES_TEKST}.`);
  return type;
}

/** A declared length above the limit is refused before anything is read. */
export function checkAangegevenGrootte(contentLength: string | undefined, limieten: UploadLimieten): void {
  if (contentLength !== undefined && Number(contentLength) > limieten.maxBytes) throw teGroot(limieten);
}

export const teGroot = (limieten: UploadLimieten) =>
  new UploadGeweigerd(413, `Het bestand is groter dan ${limieten.maxBytes} bytes (${(limieten.maxBytes / 1024 / 1024).toFixed(1)} MB).`);

/** Checks the bytes: not empty, and of the declared type according to their content; computes the SHA-256. */
export function controleer(bytes: Buffer, bestandsnaam: string, aangegeven: ToegelatenType): GecontroleerdBestand {
  if (bytes.length === 0) throw new UploadGeweigerd(400, 'Het bestand is leeg.');
  const echt = detectType(bytes);
  if (echt === null) throw new UploadGeweigerd(415, `De inhoud van het bestand is geen ${TYPES_TEKST}.`);
  if (echt !== aangegeven) {
    throw new UploadGeweigerd(415, `Het bestand is aangegeven als ${TOEGELATEN_TYPES[aangegeven]}, maar de inhoud is ${TOEGELATEN_TYPES[echt]}.`);
  }
  return { bestandsnaam, mimeType: echt, grootte: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
