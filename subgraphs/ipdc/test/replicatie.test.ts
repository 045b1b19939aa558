import { closeServer, createSandboxHost, ErrorCode, listen, type UpstreamCall } from '@hub/shared';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import type { Server } from 'node:http';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplicatieEntity } from '../src/entities/replicatie.js';
import { createIpdcSandbox } from '../src/sandbox/index.js';
import { createIpdcSync, type IpdcClient } from '../src/server.js';
import { API_KEY, FEED_URL, gatedFeed, ManualTimer, product, referenceFile, sandboxPage, silentLogger, snapshot, testClient, testDatabase } from './helpers.js';

// The replication of the instance snapshot feed into the replica: pages followed, newest snapshot wins,
// archived products kept as tombstones, a checkpoint per page, resume after a failure, a crash or a stop.

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Db = Awaited<ReturnType<typeof testDatabase>>;

const NOW = new Date('2026-03-15T08:00:00.000Z');
const ARCHIVED = 'a1f0c3e2-6b1d-4f5e-9c2a-000000000099';
const HERENT = 'a1f0c3e2-6b1d-4f5e-9c2a-000000000098';
const SNAPSHOT = 'http://data.lblod.info/id/public-service-snapshot/5b0e7a11-3c2d-4e6f-8a9b-0c1d2e3f4a';

/** The replica's rows, in a form that compares whole. */
const rows = (db: Db) =>
  db.dataSource.query(`
    SELECT id, productnummer, gearchiveerd, to_char(generated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS generated_at,
           snapshot_uri, pagina, positie, data->'naam'->>'nl' AS naam
    FROM product ORDER BY productnummer, id`);

const checkpoint = (db: Db) => db.dataSource.getRepository(ReplicatieEntity).findOneByOrFail({ feed: 'instantiesnapshot' });

/** The row versions of the replica's products: unchanged when nothing was written to them. */
const versions = (db: Db) => db.dataSource.query('SELECT id, xmin::text AS xmin FROM product ORDER BY id');

const newSync = (db: Db, ipdc: Pick<IpdcClient, 'readSnapshotPage'>, opts: { now?: () => Date; claimMs?: number } = {}) =>
  createIpdcSync({ dataSource: db.dataSource, ipdc, logger: silentLogger(), timer: new ManualTimer(), now: opts.now ?? (() => NOW), ...opts });

const feedPage = (n: number, body: unknown) =>
  nock(FEED_URL).get('/doc/instantiesnapshot').query({ limit: '25', pageNumber: String(n) }).reply(200, body as nock.Body);

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('a sync of the sandbox feed', () => {
  let host: Server;
  let db: Db;
  const sandboxCalls = new Map<string, number>();
  let base: string;
  const calls: UpstreamCall[] = [];

  beforeAll(async () => {
    host = createSandboxHost([createIpdcSandbox({ apiKey: API_KEY })], { calls: sandboxCalls });
    base = `http://127.0.0.1:${await listen(host, 0)}/ipdc`;
    db = await testDatabase();
  });
  afterAll(async () => {
    await db?.close();
    await closeServer(host, 100);
  });

  it('follows every page, keeps the newest snapshot per product and the archived one as a tombstone, and counts', async () => {
    const sync = newSync(db, testClient({ feedUrl: base, ipdcUrl: base, calls }));

    expect(await sync.syncNow()).toEqual({ uitkomst: 'VOLTOOID', paginas: [0, 1, 2], snapshots: 9, gewijzigd: 9 });

    expect(sandboxCalls.get('ipdc')).toBe(3);
    expect(calls.map((c) => [c.path, c.status])).toEqual([
      ['/doc/instantiesnapshot', 200],
      ['/doc/instantiesnapshot', 200],
      ['/doc/instantiesnapshot', 200],
    ]);
    expect(await rows(db)).toEqual([
      { id: ARCHIVED, productnummer: '70290', gearchiveerd: true, generated_at: '2025-03-31T07:05:12.771Z', snapshot_uri: `${SNAPSHOT}99`, pagina: 1, positie: 1, naam: 'Stedelijke premie voor dakisolatie' },
      { id: DEMO_PRODUCTS.energieloket, productnummer: '70305', gearchiveerd: false, generated_at: '2025-01-20T11:40:05.310Z', snapshot_uri: `${SNAPSHOT}05`, pagina: 0, positie: 1, naam: 'Energieloket Leuven' },
      // The snapshot of page 2 replaced the one of page 0.
      { id: DEMO_PRODUCTS.renovatiebegeleiding, productnummer: '70311', gearchiveerd: false, generated_at: '2025-06-02T14:03:10.502Z', snapshot_uri: `${SNAPSHOT}02`, pagina: 2, positie: 1, naam: 'Renovatiebegeleiding door het Energieloket' },
      { id: DEMO_PRODUCTS.duboAdvies, productnummer: '70312', gearchiveerd: false, generated_at: '2025-02-10T15:22:31.004Z', snapshot_uri: `${SNAPSHOT}03`, pagina: 0, positie: 3, naam: null },
      { id: DEMO_PRODUCTS.mijnVerbouwPremie, productnummer: '70320', gearchiveerd: false, generated_at: '2025-03-01T10:00:00.000Z', snapshot_uri: `${SNAPSHOT}04`, pagina: 1, positie: 0, naam: 'Mijn VerbouwPremie' },
      { id: DEMO_PRODUCTS.mijnVerbouwLening, productnummer: '70321', gearchiveerd: false, generated_at: '2025-04-14T12:31:09.942Z', snapshot_uri: `${SNAPSHOT}06`, pagina: 1, positie: 2, naam: 'Mijn VerbouwLening' },
      { id: HERENT, productnummer: '70415', gearchiveerd: false, generated_at: '2025-05-05T09:45:18.206Z', snapshot_uri: `${SNAPSHOT}07`, pagina: 2, positie: 0, naam: null },
    ]);
    expect(await checkpoint(db)).toEqual({
      feed: 'instantiesnapshot',
      // The last page can still grow: the next sync reads it again.
      pagina: 2,
      status: 'VOLTOOID',
      laatsteGeneratedAt: new Date('2025-06-02T14:03:10.502Z'),
      gestartOp: NOW,
      voltooidOp: NOW,
      paginasGelezen: 3,
      snapshotsGelezen: 9,
      productenGewijzigd: 9,
      foutCode: null,
      foutBron: null,
      foutBericht: null,
      foutOp: null,
      eigenaar: null,
      claimTot: null,
    });
  });

  it('reads only the last page again when nothing changed, and writes no product', async () => {
    const before = await versions(db);
    sandboxCalls.clear();
    db.queries.reset();
    const later = new Date('2026-03-15T08:15:00.000Z');

    expect(await newSync(db, testClient({ feedUrl: base }), { now: () => later }).syncNow()).toEqual({
      uitkomst: 'VOLTOOID',
      paginas: [2],
      snapshots: 2,
      gewijzigd: 0,
    });

    expect(sandboxCalls.get('ipdc')).toBe(1);
    expect(await versions(db)).toEqual(before);
    // Only the checkpoint is written: the claim, the page (a no-op upsert of products), the release.
    const writes = db.queries.statements
      .map((s) => /^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+(?:"?\w+"?\.)?"?(\w+)/i.exec(s))
      .filter((m) => m !== null)
      .map((m) => `${m[1]} ${m[2]}`);
    expect(writes).toEqual(['UPDATE replicatie', 'INSERT INTO product', 'UPDATE replicatie', 'UPDATE replicatie']);
    expect(await checkpoint(db)).toMatchObject({ pagina: 2, status: 'VOLTOOID', voltooidOp: later, paginasGelezen: 1, snapshotsGelezen: 2, productenGewijzigd: 0 });
  });

  it('replaces a product by its newer snapshot, ignores an older one that arrives later, and archives', async () => {
    const page2 = sandboxPage<Raw>(2);
    const page1 = sandboxPage<Raw>(1);
    const energieloket = page2.member.length;
    // Appended to the last page: a newer Energieloket, an older Mijn VerbouwPremie (out of order), and
    // Mijn VerbouwLening archived.
    const newer = { ...sandboxPage<Raw>(0).member[1], '@id': `${SNAPSHOT}e1`, generatedAtTime: '2025-07-01T08:00:00.000Z', naam: { nl: 'Energieloket Leuven (nieuw adres)' } };
    const older = { ...page1.member[0], '@id': `${SNAPSHOT}p0`, generatedAtTime: '2025-02-01T08:00:00.000Z', naam: { nl: 'Mijn VerbouwPremie (oud)' } };
    const archived = { ...page1.member[2], '@id': `${SNAPSHOT}l9`, generatedAtTime: '2025-07-02T08:00:00.000Z', gearchiveerd: 'true' };
    page2.member.push(newer, older, archived);
    const scope = feedPage(2, page2);

    expect(await newSync(db, testClient()).syncNow()).toEqual({ uitkomst: 'VOLTOOID', paginas: [2], snapshots: 5, gewijzigd: 2 });

    expect(scope.isDone()).toBe(true);
    const byId = new Map((await rows(db)).map((r: Raw) => [r.id, r]));
    expect(byId.get(DEMO_PRODUCTS.energieloket)).toEqual({
      id: DEMO_PRODUCTS.energieloket,
      productnummer: '70305',
      gearchiveerd: false,
      generated_at: '2025-07-01T08:00:00.000Z',
      snapshot_uri: `${SNAPSHOT}e1`,
      pagina: 2,
      positie: energieloket,
      naam: 'Energieloket Leuven (nieuw adres)',
    });
    expect(byId.get(DEMO_PRODUCTS.mijnVerbouwPremie)).toMatchObject({ generated_at: '2025-03-01T10:00:00.000Z', naam: 'Mijn VerbouwPremie', pagina: 1 });
    expect(byId.get(DEMO_PRODUCTS.mijnVerbouwLening)).toMatchObject({ gearchiveerd: true, generated_at: '2025-07-02T08:00:00.000Z' });
    expect(await checkpoint(db)).toMatchObject({ pagina: 2, laatsteGeneratedAt: new Date('2025-07-02T08:00:00.000Z') });
  });
});

describe('the reference feed of the real contract', () => {
  it('keeps the newest snapshot per product, and a product archived by its second snapshot on the same page as a tombstone', async () => {
    const db = await testDatabase();
    try {
      // The sample pages point at http://hostname/...: only their page numbers are used.
      const scopes = [0, 1, 2].map((n) => feedPage(n, referenceFile(`instancesnapshot-ldes-page-${n}.json`)));
      expect(await newSync(db, testClient()).syncNow()).toEqual({ uitkomst: 'VOLTOOID', paginas: [0, 1, 2], snapshots: 8, gewijzigd: 6 });
      expect(scopes.map((s) => s.isDone())).toEqual([true, true, true]);
      expect(
        await db.dataSource.query(
          `SELECT id, gearchiveerd, pagina, positie, data->'naam'->>'nl-be-x-informal' AS naam, themas, gebieden, geldig_vanaf, geldig_tot FROM product ORDER BY pagina, positie`,
        ),
      ).toEqual([
        { id: 'c0d6bf9a-fcc4-4d46-beb6-3f4d80f03bf3', gearchiveerd: false, pagina: 0, positie: 1, naam: 'Minimalistische instantie updatet', themas: [], gebieden: ['BE23444021'], geldig_vanaf: null, geldig_tot: null },
        { id: 'c17b67ac-c518-4f98-b73c-53b3c068ad21', gearchiveerd: false, pagina: 0, positie: 2, naam: 'Essentiële instantie', themas: [], gebieden: ['BE23444021'], geldig_vanaf: null, geldig_tot: null },
        {
          id: 'c31c343e-836c-4674-8efa-991cc2078493',
          gearchiveerd: false,
          pagina: 1,
          positie: 0,
          naam: 'Akte van Belgische nationaliteit',
          themas: ['BURGER_OVERHEID', 'CULTUUR_SPORT_VRIJE_TIJD'],
          gebieden: ['BE234', 'BE23444021'],
          geldig_vanaf: '2020-08-26',
          geldig_tot: '2025-07-12',
        },
        { id: '2e018424-7af6-4798-8026-0e627a8694d8', gearchiveerd: true, pagina: 1, positie: 2, naam: 'Instantie die gearchiveerd is', themas: [], gebieden: ['BE23444021'], geldig_vanaf: null, geldig_tot: null },
        // Older than the last snapshot of page 1, yet on page 2: a product of its own, so it counts.
        { id: 'ad3abd4f-d4aa-4e92-99e4-ef2dc2376bf6', gearchiveerd: false, pagina: 2, positie: 0, naam: 'Toelating voor losse standplaats op een openbare markt', themas: [], gebieden: ['BE23444021'], geldig_vanaf: null, geldig_tot: null },
        { id: '645dcaec-7f27-44b7-85ba-b3ffe58c6328', gearchiveerd: false, pagina: 2, positie: 1, naam: 'Registerplicht', themas: [], gebieden: ['BE23444021'], geldig_vanaf: null, geldig_tot: null },
      ]);
    } finally {
      await db.close();
    }
  });
});

describe('resuming', () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => db?.close());

  it('after a failure on page 2 resumes at page 2: pages 0 and 1 are not fetched again', async () => {
    const calls: UpstreamCall[] = [];
    feedPage(0, sandboxPage(0));
    feedPage(1, sandboxPage(1));
    feedPage(2, { ...sandboxPage<Raw>(2), member: 'geen lijst' });
    const failing = await newSync(db, testClient({ calls })).syncNow();

    expect(failing).toEqual({
      uitkomst: 'MISLUKT',
      paginas: [0, 1],
      snapshots: 7,
      gewijzigd: 7,
      fout: { code: ErrorCode.UPSTREAM_BAD_RESPONSE, bron: 'ipdc', bericht: 'De bron ipdc gaf een antwoord in een onverwachte vorm.' },
    });
    expect(calls.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(await checkpoint(db)).toMatchObject({
      pagina: 2,
      status: 'MISLUKT',
      voltooidOp: null,
      paginasGelezen: 2,
      foutCode: 'UPSTREAM_BAD_RESPONSE',
      foutBron: 'ipdc',
      foutOp: NOW,
      eigenaar: null,
      claimTot: null,
    });
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM product')).toEqual([{ n: 6 }]);

    calls.length = 0;
    const scope = feedPage(2, sandboxPage(2));
    expect(await newSync(db, testClient({ calls })).syncNow()).toEqual({ uitkomst: 'VOLTOOID', paginas: [2], snapshots: 2, gewijzigd: 2 });
    expect(scope.isDone()).toBe(true);
    expect(calls).toHaveLength(1);
    expect(await checkpoint(db)).toMatchObject({ pagina: 2, status: 'VOLTOOID', foutCode: null, foutBericht: null, foutOp: null });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses a feed whose next-page relation points back, without writing that page', async () => {
    const page2: Raw = { ...sandboxPage<Raw>(2), view: { relation: [{ '@type': 'GreaterThanOrEqualToRelation', node: 'x?pageNumber=1', path: 'generatedAtTime' }] } };
    page2.member = [{ ...page2.member[0], '@id': `${SNAPSHOT}zz`, generatedAtTime: '2025-12-01T00:00:00.000Z', naam: { nl: 'Niet bewaard' } }];
    feedPage(2, page2);
    const before = await versions(db);
    expect(await newSync(db, testClient()).syncNow()).toEqual({
      uitkomst: 'MISLUKT',
      paginas: [],
      snapshots: 0,
      gewijzigd: 0,
      fout: { code: ErrorCode.UPSTREAM_BAD_RESPONSE, bron: 'ipdc', bericht: 'De bron ipdc gaf een antwoord in een onverwachte vorm.' },
    });
    expect(await versions(db)).toEqual(before);
  });
});

describe('one sync at a time, across replicas', () => {
  const a = product('0b000000-0000-4000-8000-00000000000a', { naam: { nl: 'A' } });
  const b = product('0b000000-0000-4000-8000-00000000000b', { naam: { nl: 'B' } });
  const c = product('0b000000-0000-4000-8000-00000000000c', { naam: { nl: 'C' } });
  const pages = [[snapshot(a, '2025-01-01T00:00:00Z')], [snapshot(b, '2025-01-02T00:00:00Z')], [snapshot(c, '2025-01-03T00:00:00Z')]];
  let db: Db;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => db?.close());

  it('skips while another holds the feed, takes over a crashed sync when its claim expires, and resumes where it stopped', async () => {
    // Replica A commits page 0 and then hangs on page 1, as if its process died.
    const crashed = gatedFeed(pages);
    const hang = crashed.gate(1);
    const t0 = NOW.getTime();
    const syncA = newSync(db, crashed.feed, { now: () => new Date(t0), claimMs: 60_000 });
    const runA = syncA.syncNow();
    await hang.reached;

    // Replica B, 30 s later: A's claim holds; B reads nothing.
    const healthy = gatedFeed(pages);
    expect(await newSync(db, healthy.feed, { now: () => new Date(t0 + 30_000), claimMs: 60_000 }).syncNow()).toEqual({
      uitkomst: 'ELDERS_BEZIG',
      paginas: [],
      snapshots: 0,
      gewijzigd: 0,
    });
    expect(healthy.reads).toEqual([]);

    // After the claim expired, B takes over at the page A did not commit.
    expect(await newSync(db, healthy.feed, { now: () => new Date(t0 + 61_000), claimMs: 60_000 }).syncNow()).toEqual({
      uitkomst: 'VOLTOOID',
      paginas: [1, 2],
      snapshots: 2,
      gewijzigd: 2,
    });
    expect(healthy.reads).toEqual([1, 2]);

    // A wakes up with page 1 read: its claim is gone, so it keeps nothing and leaves B's checkpoint alone.
    const versionsBefore = await versions(db);
    const checkpointBefore = await checkpoint(db);
    hang.open();
    expect(await runA).toEqual({ uitkomst: 'ELDERS_BEZIG', paginas: [0], snapshots: 1, gewijzigd: 1 });
    expect(await versions(db)).toEqual(versionsBefore);
    expect(await checkpoint(db)).toEqual(checkpointBefore);
    expect(checkpointBefore).toMatchObject({ pagina: 2, status: 'VOLTOOID', eigenaar: null });
  });

  it('stops after the page it is on when asked to, and the next sync resumes after it', async () => {
    const fresh = await testDatabase();
    try {
      const gated = gatedFeed(pages);
      const slow = gated.gate(1);
      const sync = newSync(fresh, gated.feed);
      const running = sync.syncNow();
      await slow.reached;
      const stopped = sync.stop();
      slow.open();
      await stopped;
      expect(await running).toEqual({ uitkomst: 'ONDERBROKEN', paginas: [0, 1], snapshots: 2, gewijzigd: 2 });
      expect(await checkpoint(fresh)).toMatchObject({ pagina: 2, status: 'ONDERBROKEN', voltooidOp: null, eigenaar: null });

      const resumed = gatedFeed(pages);
      expect(await newSync(fresh, resumed.feed).syncNow()).toEqual({ uitkomst: 'VOLTOOID', paginas: [2], snapshots: 1, gewijzigd: 1 });
      expect(resumed.reads).toEqual([2]);
    } finally {
      await fresh.close();
    }
  });
});
