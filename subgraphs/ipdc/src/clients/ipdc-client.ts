import { createHttpClient, ErrorCode, UpstreamError, type Logger, type UpstreamCall } from '@hub/shared';
import { isUuid, type ProductSnapshot, type ProductVersie } from '../domain/product.js';
import { shortCode } from './codes.js';
import { InstantieLd, SnapshotPageLd } from './ipdc-schemas.js';
import { instantieToVersie, productIdOf, snapshotToProductSnapshot, type UnknownCode } from './mapping.js';

/** The name of this upstream in errors (`extensions.source`) and logs. */
export const IPDC_SOURCE = 'ipdc';

/** IPDC as the hub uses it: one instance, and the whole instance snapshot feed. */
export interface IpdcClient {
  /** `GET /doc/instantie/{uuid}`; undefined when IPDC does not know the instance (404). */
  getInstantie(id: string): Promise<ProductVersie | undefined>;
  /**
   * `GET /doc/instantiesnapshot?limit=&pageNumber=N`: one page of the instance snapshot feed, its
   * snapshots in feed order and the page numbers its next-page relations (GreaterThan(OrEqualTo)Relation)
   * point at. The replica follows the feed page by page with this.
   */
  readSnapshotPage(pageNumber: number): Promise<SnapshotPage>;
  /**
   * Reads the whole instance snapshot feed from its first page, following the next-page relations
   * until there is none; every snapshot in feed order.
   */
  readSnapshots(): Promise<ProductSnapshot[]>;
}

/** One page of the instance snapshot feed. */
export interface SnapshotPage {
  pageNumber: number;
  snapshots: ProductSnapshot[];
  /** The page numbers the page's next-page relations point at (none on the last page). */
  next: number[];
}

export interface IpdcClientOptions {
  ipdcUrl: string;
  ipdcFeedUrl: string;
  ipdcApiKey: string;
  upstreamTimeoutMs: number;
  /** Page size asked of the feed (the real feed serves 25). */
  pageSize?: number;
  /** A feed longer than this is taken for a broken one (guards against endless paging). */
  maxPages?: number;
}

const NEXT_RELATIONS = new Set(['GreaterThanOrEqualToRelation', 'GreaterThanRelation']);

/**
 * The IPDC client: `Accept: application/ld+json` and `X-API-KEY` on every call, responses validated
 * with the JSON-LD schemas, codes mapped to the schema's enums (unknown codes are skipped and logged).
 * Feed pages are always requested from the configured feed host: a page's relation only tells which
 * page number comes next, so the API key never goes to a host named in a response.
 */
export function createIpdcClient(config: IpdcClientOptions, logger: Logger, onCall?: (call: UpstreamCall) => void): IpdcClient {
  const common = {
    source: IPDC_SOURCE,
    timeoutMs: config.upstreamTimeoutMs,
    headers: { Accept: 'application/ld+json', 'X-API-KEY': config.ipdcApiKey },
    logger,
    ...(onCall ? { onCall } : {}),
  };
  const api = createHttpClient({ ...common, baseURL: config.ipdcUrl });
  const feed = createHttpClient({ ...common, baseURL: config.ipdcFeedUrl });
  const pageSize = config.pageSize ?? 25;
  const maxPages = config.maxPages ?? 10_000;

  async function readSnapshotPage(pageNumber: number): Promise<SnapshotPage> {
    const unknown: UnknownCode[] = [];
    const page = await feed.getJson('/doc/instantiesnapshot', { params: { limit: pageSize, pageNumber }, schema: SnapshotPageLd });
    if (!page) throw badResponse(`empty feed page ${pageNumber}`);
    const snapshots = page.member.map((member) => snapshotToProductSnapshot(member, (u) => unknown.push(u)));
    const next = page.view.relation.filter((r) => NEXT_RELATIONS.has(shortCode(r['@type']))).map((r) => pageNumberOf(r.node));
    logUnknownCodes(logger, unknown);
    return { pageNumber, snapshots, next: [...new Set(next)] };
  }

  return {
    async getInstantie(id) {
      if (!isUuid(id)) throw new Error(`not an IPDC instance id: ${id}`);
      const unknown: UnknownCode[] = [];
      const ld = await api.getJson(`/doc/instantie/${id}`, { schema: InstantieLd, emptyStatuses: [404] });
      if (!ld) return undefined;
      if (productIdOf(ld['@id']) !== id.toLowerCase()) {
        throw badResponse(`asked for instance ${id}, got ${ld['@id']}`);
      }
      const versie = instantieToVersie(ld, (u) => unknown.push(u));
      logUnknownCodes(logger, unknown);
      return versie;
    },

    readSnapshotPage,

    async readSnapshots() {
      const snapshots: ProductSnapshot[] = [];
      const queue = [0];
      const visited = new Set<number>();
      for (let pageNumber = queue.shift(); pageNumber !== undefined; pageNumber = queue.shift()) {
        if (visited.has(pageNumber)) continue;
        if (visited.size >= maxPages) throw badResponse(`the feed has more than ${maxPages} pages`);
        visited.add(pageNumber);
        const page = await readSnapshotPage(pageNumber);
        snapshots.push(...page.snapshots);
        queue.push(...page.next);
      }
      logger.debug({ pages: visited.size, snapshots: snapshots.length }, 'read the IPDC instance snapshot feed');
      return snapshots;
    },
  };
}

/** The page number a relation's node points at, e.g. http://host/doc/instancesnapshot?pageNumber=1. */
function pageNumberOf(node: string): number {
  let value: string | null = null;
  try {
    value = new URL(node, 'http://feed.invalid').searchParams.get('pageNumber');
  } catch {
    // not a URL: handled below
  }
  if (value === null || !/^\d{1,9}$/.test(value)) throw badResponse(`a feed relation points at ${node}, which names no page number`);
  return Number(value);
}

export function badResponse(detail: string): UpstreamError {
  return new UpstreamError(IPDC_SOURCE, ErrorCode.UPSTREAM_BAD_RESPONSE, `De bron ${IPDC_SOURCE} gaf een antwoord in een onverwachte vorm.`, detail);
}

/** One warning per code the hub does not know, with how many products use it. */
function logUnknownCodes(logger: Logger, unknown: UnknownCode[]): void {
  const byCode = new Map<string, { list: string; code: string; products: Set<string> }>();
  for (const u of unknown) {
    const key = `${u.list}:${u.code}`;
    const entry = byCode.get(key) ?? { list: u.list, code: u.code, products: new Set<string>() };
    entry.products.add(u.productId);
    byCode.set(key, entry);
  }
  for (const { list, code, products } of byCode.values()) {
    logger.warn({ codelijst: list, code, producten: products.size, voorbeeld: [...products][0] }, 'unknown IPDC code skipped');
  }
}
