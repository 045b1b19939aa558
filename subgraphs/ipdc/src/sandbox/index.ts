import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Sandbox } from '@hub/shared';

/**
 * A local stand-in for IPDC, speaking its real contract from fixture files:
 * - `GET /doc/instantiesnapshot?limit=&pageNumber=N`: the instance snapshot LDES, pages
 *   `fixtures/instantiesnapshot-page-N.json` (written in exactly the shape of the real feed; `limit` is
 *   ignored, as the pages are fixed fragments);
 * - `GET /doc/instantie/{uuid}`: one instance, made from the newest snapshot of that product in the feed
 *   in the shape of the real instance document (`@type` Instantie, `@id` the product IRI,
 *   `gearchiveerd` a boolean, `laatstOntvangen`); 404 for an unknown uuid.
 * Without an `X-API-KEY` header (or with another key than `apiKey`, when given) it answers 401 like the
 * real API. The catalogue holds the Leuven renovation products of DEMO_PRODUCTS (shared/src/demo.ts).
 */
export interface IpdcSandboxOptions {
  /** The only API key accepted; unset = any non-empty key. */
  apiKey?: string;
}

type Json = Record<string, unknown>;

const PACKAGE_ROOT = new URL('../../', import.meta.url);
const FIXTURES = new URL('src/sandbox/fixtures/', PACKAGE_ROOT);
const PAGE_COUNT = 3;
const INSTANTIE_PATH = /^\/doc\/instantie\/([^/]+)$/;
const LD_JSON = { 'content-type': 'application/ld+json; charset=utf-8' };

export function createIpdcSandbox(options: IpdcSandboxOptions = {}): Sandbox {
  const pages = Array.from({ length: PAGE_COUNT }, (_, n) => readJson(`instantiesnapshot-page-${n}.json`));
  const instanties = instantiesFrom(pages);

  return {
    prefix: 'ipdc',
    name: 'IPDC (productencatalogus)',
    handle(req: IncomingMessage, res: ServerResponse, url: URL) {
      const instantie = INSTANTIE_PATH.exec(url.pathname);
      if (url.pathname !== '/doc/instantiesnapshot' && !instantie) return false;
      if (req.method !== 'GET') {
        sendJson(res, 405, { message: 'Method Not Allowed' }, { allow: 'GET' });
        return true;
      }
      const key = req.headers['x-api-key'];
      if (typeof key !== 'string' || key === '' || (options.apiKey !== undefined && key !== options.apiKey)) {
        sendJson(res, 401, { message: 'Unauthorized' });
        return true;
      }
      if (!acceptsJsonLd(req.headers.accept)) {
        sendJson(res, 406, { message: 'Not Acceptable: use Accept: application/ld+json' });
        return true;
      }
      if (instantie) {
        const found = instanties.get(decodeURIComponent(instantie[1]!).toLowerCase());
        if (found) sendJson(res, 200, found, LD_JSON);
        else sendJson(res, 404, { message: 'Not Found' });
        return true;
      }
      const pageNumber = url.searchParams.get('pageNumber') ?? '0';
      if (!/^\d+$/.test(pageNumber)) {
        sendJson(res, 400, { message: 'pageNumber must be a non-negative integer' });
        return true;
      }
      const page = pages[Number(pageNumber)];
      if (page) sendJson(res, 200, page, LD_JSON);
      else sendJson(res, 404, { message: 'Not Found' });
      return true;
    },
  };
}

function readJson(file: string): Json {
  return JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Json;
}

function acceptsJsonLd(accept: string | undefined): boolean {
  if (!accept) return true;
  return /application\/ld\+json|application\/json|\*\/\*/.test(accept);
}

/** Per product uuid, the instance document made from its newest snapshot. */
function instantiesFrom(pages: Json[]): Map<string, Json> {
  const newest = new Map<string, Json>();
  for (const member of pages.flatMap((p) => p.member as Json[])) {
    const id = String(member.isVersionOf).split('/').pop()!.toLowerCase();
    const current = newest.get(id);
    if (!current || Date.parse(String(member.generatedAtTime)) >= Date.parse(String(current.generatedAtTime))) newest.set(id, member);
  }
  return new Map([...newest].map(([id, snapshot]) => [id, toInstantie(snapshot)]));
}

function toInstantie(snapshot: Json): Json {
  const { '@id': _snapshot, '@type': _type, isVersionOf, generatedAtTime, aangemaaktDoor: _by, gearchiveerd, ...content } = snapshot;
  const linkedConcept = typeof content.linkedConcept === 'string' ? content.linkedConcept : undefined;
  return {
    '@context': ['https://ipdc.vlaanderen.be/ipdc-lpdc-im.jsonld'],
    '@id': isVersionOf,
    '@type': 'Instantie',
    ...content,
    ...(linkedConcept ? { linkedConceptId: linkedConcept.split('/').pop() } : {}),
    laatstOntvangen: generatedAtTime,
    gearchiveerd: gearchiveerd === true || gearchiveerd === 'true',
  };
}
