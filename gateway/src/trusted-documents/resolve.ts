import type { HTTPGraphQLRequest } from '@apollo/server';
import { ErrorCode, type Identity } from '@hub/shared';
import { documentIdOf, isDocumentId, type TrustedDocuments } from './manifest.js';

export interface TrustedDocumentPolicy {
  documents: TrustedDocuments;
  /** Callers with one of these roles may only run trusted documents, by id. */
  requiredFor: ReadonlySet<string>;
}

/** A refusal before anything is parsed or run. */
export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
  headers?: Record<string, string>;
}

export type Resolution = { request: HTTPGraphQLRequest; refusal?: undefined } | { refusal: Refusal; request?: undefined };

/** The parts of a GraphQL-over-HTTP request that name its document. */
interface DocumentParts {
  documentId?: unknown;
  query?: unknown;
  extensions?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const badRequest = (message: string): Refusal => ({ status: 400, code: ErrorCode.BAD_REQUEST, message });
const TRUSTED_DOCUMENT_REQUIRED: Refusal = {
  status: 403,
  code: ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
  message: 'Deze client mag enkel vertrouwde documenten uitvoeren: stuur het documentId (sha256:…) van een geregistreerde operatie, geen query.',
};
// As Apollo Server answers an unknown APQ hash, so that Apollo clients then send the query with it.
const NOT_FOUND: Refusal = {
  status: 200,
  code: ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  message: 'Onbekend document: dit documentId staat niet in de lijst van vertrouwde documenten.',
  headers: { 'cache-control': 'private, no-cache, must-revalidate' },
};

function readParts(request: HTTPGraphQLRequest): DocumentParts | undefined {
  if (request.method === 'POST') {
    if (!isRecord(request.body)) return undefined;
    const { documentId, query, extensions } = request.body;
    return { documentId, query, ...(isRecord(extensions) ? { extensions } : {}) };
  }
  const params = new URLSearchParams(request.search);
  let extensions: unknown;
  const rawExtensions = params.get('extensions');
  if (rawExtensions !== null) {
    try {
      extensions = JSON.parse(rawExtensions);
    } catch {
      extensions = undefined; // Apollo Server refuses it further on
    }
  }
  return {
    ...(params.has('documentId') ? { documentId: params.get('documentId') } : {}),
    ...(params.has('query') ? { query: params.get('query') } : {}),
    ...(isRecord(extensions) ? { extensions } : {}),
  };
}

/** The request as Apollo Server should see it: the document as `query`, no `documentId`, no APQ extension. */
function withDocument(request: HTTPGraphQLRequest, query: string): HTTPGraphQLRequest {
  if (request.method === 'POST') {
    const { documentId: _id, extensions, ...body } = request.body as Record<string, unknown>;
    const { persistedQuery: _pq, ...rest } = isRecord(extensions) ? extensions : {};
    return { ...request, body: { ...body, query, ...(Object.keys(rest).length ? { extensions: rest } : {}) } };
  }
  const params = new URLSearchParams(request.search);
  params.delete('documentId');
  params.set('query', query);
  const extensions = params.get('extensions');
  if (extensions !== null) {
    const { persistedQuery: _pq, ...rest } = JSON.parse(extensions) as Record<string, unknown>;
    if (Object.keys(rest).length) params.set('extensions', JSON.stringify(rest));
    else params.delete('extensions');
  }
  return { ...request, search: `?${params.toString()}` };
}

/**
 * Decides which document a request runs, before Apollo Server parses anything:
 * - a `documentId` (GraphQL over HTTP persisted documents: `sha256:<hex>`, in the body or the query
 *   string) or an Apollo APQ hash (`extensions.persistedQuery.sha256Hash`) runs the trusted document
 *   with that id; an unknown id gives PERSISTED_QUERY_NOT_FOUND;
 * - a query with its own hash (the APQ retry) runs as sent, once the hash is checked;
 * - callers with a role of `requiredFor` may only run trusted documents: anything else gives
 *   TRUSTED_DOCUMENT_REQUIRED;
 * - everyone else's free-form queries pass unchanged.
 * The gateway keeps no cache of registered queries: the manifest is the only store.
 */
export function resolveTrustedDocument(request: HTTPGraphQLRequest, identity: Identity, policy: TrustedDocumentPolicy): Resolution {
  const restricted = identity.rollen.some((rol) => policy.requiredFor.has(rol));
  const parts = readParts(request);
  if (!parts) return restricted ? { refusal: TRUSTED_DOCUMENT_REQUIRED } : { request };

  let id: string | undefined;
  if (parts.documentId !== undefined && parts.documentId !== null) {
    if (!isDocumentId(parts.documentId)) return { refusal: badRequest('documentId moet de vorm sha256:<64 hexadecimale tekens in kleine letters> hebben.') };
    id = parts.documentId;
  }
  const persisted = parts.extensions?.persistedQuery;
  if (persisted !== undefined && persisted !== null) {
    if (!isRecord(persisted) || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(persisted.sha256Hash)) {
      return { refusal: badRequest('extensions.persistedQuery moet { "version": 1, "sha256Hash": "<64 hexadecimale tekens>" } zijn.') };
    }
    const apqId = `sha256:${persisted.sha256Hash.toLowerCase()}`;
    if (id !== undefined && id !== apqId) return { refusal: badRequest('documentId en extensions.persistedQuery noemen een ander document.') };
    id = apqId;
  }
  if (id === undefined) return restricted ? { refusal: TRUSTED_DOCUMENT_REQUIRED } : { request };

  const trusted = policy.documents.get(id);
  if (parts.query !== undefined && parts.query !== null) {
    if (typeof parts.query !== 'string' || documentIdOf(parts.query) !== id) {
      return { refusal: badRequest('De meegestuurde query heeft een andere SHA-256 dan het documentId.') };
    }
    if (!trusted && restricted) return { refusal: TRUSTED_DOCUMENT_REQUIRED };
    return { request: withDocument(request, parts.query) };
  }
  if (!trusted) return { refusal: NOT_FOUND };
  return { request: withDocument(request, trusted) };
}
