/**
 * The file types the CRM accepts for documents, recognised from their bytes (magic numbers), never
 * from the declared Content-Type or the file name alone: an upload is accepted only when its bytes are
 * one of these types AND the declared Content-Type names that same type.
 */

export const TOEGELATEN_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (xlsx)',
} as const;

export type ToegelatenType = keyof typeof TOEGELATEN_TYPES;

export const isToegelatenType = (value: string): value is ToegelatenType => Object.hasOwn(TOEGELATEN_TYPES, value);

/** The media type of a Content-Type header, without parameters, lower-cased ('image/jpg' is read as 'image/jpeg'). */
export function mediaTypeOf(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === '') return null;
  return type === 'image/jpg' ? 'image/jpeg' : type;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The accepted type of these bytes, or null when they are none of them. */
export function detectType(bytes: Buffer): ToegelatenType | null {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ZIP_LOCAL)) return officeTypeOf(zipEntryNames(bytes));
  return null;
}

const startsWith = (bytes: Buffer, prefix: Buffer) => bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);

/** A docx or xlsx is a ZIP with [Content_Types].xml and the main part under word/ or xl/. */
function officeTypeOf(names: string[] | null): ToegelatenType | null {
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (names.includes('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The entry names of a ZIP archive from its central directory (which the end-of-central-directory
 * record at the end points to); null when the archive is not well-formed. Reads only the directory,
 * never decompresses anything.
 */
export function zipEntryNames(bytes: Buffer): string[] | null {
  // The EOCD record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (offset + size > eocd) return null;
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > eocd || bytes.readUInt32LE(offset) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const end = offset + 46 + nameLength;
    if (end > eocd) return null;
    names.push(bytes.toString('utf8', offset + 46, end));
    offset = end + extraLength + commentLength;
  }
  return names;
}
