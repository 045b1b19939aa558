import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The committed manifest of trusted documents (`npm run codegen` writes it from operations/). */
export const TRUSTED_DOCUMENTS_PATH = fileURLToPath(new URL('../../trusted-documents.json', import.meta.url));

const ID = /^sha256:[0-9a-f]{64}$/;

/** The id of a document: `sha256:` and the hexadecimal SHA-256 of its exact text (UTF-8). */
export function documentIdOf(document: string): string {
  return `sha256:${createHash('sha256').update(document, 'utf8').digest('hex')}`;
}

/** Whether a value has the form of a document id (`sha256:` and 64 lowercase hexadecimal characters). */
export const isDocumentId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);

/** The documents the gateway runs by id: id → document text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/**
 * Reads and checks a manifest: a JSON object of `"sha256:<hex>": "<document>"`, every id the hash of
 * its document. A wrong manifest stops the gateway at start, naming every bad entry.
 */
export function parseTrustedDocuments(json: string, source = 'trusted documents'): TrustedDocuments {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new Error(`${source}: not valid JSON (${(err as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${source}: expected an object of "sha256:<hex>": "<document>"`);
  }
  const problems: string[] = [];
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(parsed)) {
    if (!isDocumentId(id)) problems.push(`${id}: not of the form sha256:<64 lowercase hex characters>`);
    else if (typeof document !== 'string' || document.trim() === '') problems.push(`${id}: the document must be a non-empty string`);
    else if (documentIdOf(document) !== id) problems.push(`${id}: is not the SHA-256 of its document`);
    else documents.set(id, document);
  }
  if (problems.length) throw new Error(`${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return documents;
}

/** Loads the manifest from a file (default: the committed `gateway/trusted-documents.json`). */
export function loadTrustedDocuments(file: string = TRUSTED_DOCUMENTS_PATH): TrustedDocuments {
  return parseTrustedDocuments(readFileSync(file, 'utf8'), file);
}
