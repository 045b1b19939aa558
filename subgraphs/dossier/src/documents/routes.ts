import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, HubError, type BaseContext, type Identity, type Logger } from '@hub/shared';
import { flushAudit } from '../audit/index.js';
import type { Context } from '../context.js';
import { aangegevenType, bestandsnaamVan, checkAangegevenGrootte, controleer, teGroot, UploadGeweigerd, type UploadLimieten } from './upload.js';

export interface DocumentRoutesOptions {
  limieten: UploadLimieten;
  logger: Logger;
  /** The request context (services, audit) for the caller, as for a GraphQL request. */
  createContext: (base: BaseContext) => Context | Promise<Context>;
}

/** An answer of a document endpoint, sent once the request's audit rows are written. */
interface Antwoord {
  status: number;
  headers: Record<string, string>;
  body?: Buffer;
}

const DOWNLOAD = /^\/documenten\/([^/]+)\/inhoud$/;

/**
 * The document endpoints of the dossier subgraph (reached through the gateway, with a signed identity):
 * - POST /documenten/upload: the raw bytes of one file, its type in Content-Type and its name in the
 *   query parameter `bestandsnaam` (or the header `x-bestandsnaam`, URL-encoded). Checked before it is
 *   stored: the caller may upload (401, 403), the name (400), the declared type (415), the size (413,
 *   from Content-Length before reading, and while reading), and the type of the bytes themselves (415).
 *   A refused upload writes nothing. Answers 201 with the upload (see DocumentService.opladen).
 * - GET /documenten/{id}/inhoud: the bytes, for whoever may see the document, with its Content-Type,
 *   Content-Disposition (attachment) and its SHA-256 as ETag (If-None-Match: 304). Audited, refusals too.
 * The reads and refusals a request audited are written before its answer goes out (as GraphQL requests
 * do): a download is in the audit log before its first byte reaches the client.
 */
export function documentRoutes(options: DocumentRoutesOptions) {
  return async (req: IncomingMessage, res: ServerResponse, call: { url: URL; identity: Identity; requestId: string }): Promise<boolean> => {
    const { url } = call;
    const download = DOWNLOAD.exec(url.pathname);
    if (url.pathname !== '/documenten/upload' && !download) return false;
    const method = download ? 'GET' : 'POST';
    if (req.method !== method) {
      req.resume();
      send(res, foutAntwoord(405, ErrorCode.BAD_REQUEST, `Gebruik ${method}.`, { allow: method }));
      return true;
    }
    const ctx = await options.createContext({ identity: call.identity, requestId: call.requestId, logger: options.logger });
    let antwoord: Antwoord;
    try {
      antwoord = download ? await inhoud(req, ctx, veiligDecoderen(download[1]!)) : await upload(req, ctx, url, options.limieten);
    } catch (err) {
      antwoord = fout(err, ctx);
    }
    if (!req.complete) req.resume();
    await flushAudit(ctx.audit, options.logger, call.requestId);
    send(res, antwoord);
    return true;
  };
}

async function upload(req: IncomingMessage, ctx: Context, url: URL, limieten: UploadLimieten): Promise<Antwoord> {
  ctx.documenten.magOpladen();
  const bestandsnaam = bestandsnaamVan(url.searchParams.get('bestandsnaam'), req.headers['x-bestandsnaam']);
  const type = aangegevenType(req.headers['content-type']);
  checkAangegevenGrootte(req.headers['content-length'], limieten);
  const bytes = await readBytes(req, limieten);
  const bestand = controleer(bytes, bestandsnaam, type);
  return json(201, await ctx.documenten.opladen(bestand, bytes));
}

async function inhoud(req: IncomingMessage, ctx: Context, id: string): Promise<Antwoord> {
  const { document, bytes } = await ctx.documenten.inhoud(id);
  const headers = { etag: `"${document.sha256}"`, 'cache-control': 'private, no-cache', 'x-content-type-options': 'nosniff' };
  if (ifNoneMatch(req.headers['if-none-match'], headers.etag)) return { status: 304, headers };
  return {
    status: 200,
    headers: {
      ...headers,
      'content-type': document.mimeType,
      'content-length': String(bytes.length),
      'content-disposition': contentDisposition(document.bestandsnaam),
    },
    body: bytes,
  };
}

/** An expected refusal as its HTTP status with a GraphQL-shaped error body; anything else is logged and masked. */
function fout(err: unknown, ctx: Context): Antwoord {
  if (err instanceof UploadGeweigerd) {
    return foutAntwoord(err.status, err.status === 413 ? ErrorCode.BAD_REQUEST : ErrorCode.BAD_USER_INPUT, err.message, err.status === 413 ? { connection: 'close' } : {});
  }
  if (err instanceof HubError) return foutAntwoord(STATUS[err.code] ?? 400, err.code, err.message);
  ctx.logger.error({ err, requestId: ctx.requestId }, 'document endpoint failed');
  return json(500, {
    errors: [{ message: 'Er liep iets onverwacht mis. Vermeld het request-id als je contact opneemt.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: ctx.requestId } }],
  });
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
};

const foutAntwoord = (status: number, code: string, message: string, headers: Record<string, string> = {}): Antwoord => {
  const answer = json(status, { errors: [{ message, extensions: { code } }] });
  return { ...answer, headers: { ...answer.headers, ...headers } };
};

function json(status: number, body: unknown): Antwoord {
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(bytes.length) }, body: bytes };
}

function send(res: ServerResponse, antwoord: Antwoord): void {
  res.writeHead(antwoord.status, antwoord.headers);
  res.end(antwoord.body);
}

/** Reads the body up to the limit; beyond it, stops collecting and refuses (413). */
function readBytes(req: IncomingMessage, limieten: UploadLimieten): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limieten.maxBytes) {
        req.off('data', onData);
        chunks.length = 0;
        reject(teGroot(limieten));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A path segment decoded; a malformed escape stays as it is (and is then no valid id: 400). */
function veiligDecoderen(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** attachment, with an ASCII fallback name and the exact name in RFC 5987 encoding. */
export function contentDisposition(bestandsnaam: string): string {
  const ascii = bestandsnaam.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_').trim() || 'document';
  const encoded = encodeURIComponent(bestandsnaam).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
