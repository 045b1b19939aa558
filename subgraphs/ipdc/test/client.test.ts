import { ErrorCode, UpstreamError, type UpstreamCall } from '@hub/shared';
import nock from 'nock';
import { afterEach, beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import { createIpdcClient } from '../src/clients/ipdc-client.js';
import { API_KEY, FEED_URL, IPDC_URL, referenceFile, silentLogger, testClient } from './helpers.js';

// The IPDC client against the real contract (reference samples served by nock).

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const INSTANTIE = 'e8843fda-b3a8-4334-905c-8e49eb12203b';
const LD_HEADERS = { reqheaders: { 'x-api-key': API_KEY, accept: 'application/ld+json' } };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    if (err instanceof UpstreamError) return { code: err.code, source: err.extensions.source, message: err.message, detail: err.detail };
    throw err;
  }
  throw new Error('expected a failure');
}

function feedPage(n: number, body: unknown) {
  return nock(FEED_URL, LD_HEADERS).get('/doc/instantiesnapshot').query({ limit: '25', pageNumber: String(n) }).reply(200, body as nock.Body);
}

describe('getInstantie', () => {
  it('sends the API key and asks for JSON-LD; maps the instance', async () => {
    const scope = nock(IPDC_URL, LD_HEADERS).get(`/doc/instantie/${INSTANTIE}`).reply(200, referenceFile('ipdc-doc-instantie-e8843fda.jsonld'), {
      'content-type': 'application/ld+json',
    });
    const versie = await testClient().getInstantie(INSTANTIE);
    expect(scope.isDone()).toBe(true);
    expect([versie?.gearchiveerd, versie?.product.id, versie?.product.naam.en, versie?.product.type]).toEqual([
      false,
      INSTANTIE,
      'titel en',
      'ADVIES_BEGELEIDING',
    ]);
  });

  it('answers undefined for an instance IPDC does not know (404)', async () => {
    const calls: UpstreamCall[] = [];
    nock(IPDC_URL).get(`/doc/instantie/${INSTANTIE}`).reply(404, { message: 'Not Found' });
    expect(await testClient({ calls }).getInstantie(INSTANTIE)).toBeUndefined();
    expect(calls.map(({ durationMs: _d, ...c }) => c)).toEqual([{ source: 'ipdc', method: 'GET', path: `/doc/instantie/${INSTANTIE}`, status: 404 }]);
  });

  it('turns a wrong shape, invalid JSON, another instance and HTTP failures into errors naming ipdc', async () => {
    const raw = referenceFile<Raw>('ipdc-doc-instantie-e8843fda.jsonld');
    const client = testClient();
    const path = `/doc/instantie/${INSTANTIE}`;

    nock(IPDC_URL).get(path).reply(200, { ...raw, naam: 'geen taalmap' });
    expect(await failure(client.getInstantie(INSTANTIE))).toEqual({
      code: ErrorCode.UPSTREAM_BAD_RESPONSE,
      source: 'ipdc',
      message: 'De bron ipdc gaf een antwoord in een onverwachte vorm.',
      detail: 'naam: Invalid input: expected record, received string',
    });

    nock(IPDC_URL).get(path).reply(200, '<html>onderhoud</html>');
    expect(await failure(client.getInstantie(INSTANTIE))).toMatchObject({ code: ErrorCode.UPSTREAM_BAD_RESPONSE, source: 'ipdc', detail: 'invalid JSON' });

    nock(IPDC_URL).get(path).reply(200, { ...raw, '@id': 'http://data.lblod.info/id/public-service/c31c343e-836c-4674-8efa-991cc2078493' });
    expect(await failure(client.getInstantie(INSTANTIE))).toEqual({
      code: ErrorCode.UPSTREAM_BAD_RESPONSE,
      source: 'ipdc',
      message: 'De bron ipdc gaf een antwoord in een onverwachte vorm.',
      detail: `asked for instance ${INSTANTIE}, got http://data.lblod.info/id/public-service/c31c343e-836c-4674-8efa-991cc2078493`,
    });

    nock(IPDC_URL).get(path).reply(503);
    expect(await failure(client.getInstantie(INSTANTIE))).toMatchObject({ code: ErrorCode.UPSTREAM_UNAVAILABLE, source: 'ipdc' });

    nock(IPDC_URL).get(path).reply(401, { message: 'Unauthorized' });
    expect(await failure(client.getInstantie(INSTANTIE))).toMatchObject({ code: ErrorCode.UPSTREAM_REJECTED, source: 'ipdc' });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('never puts something other than a uuid in the path', async () => {
    await expect(testClient().getInstantie('../instantiesnapshot')).rejects.toThrow('not an IPDC instance id');
  });
});

describe('readSnapshotPage', () => {
  it('gives one page: its snapshots in feed order and the pages its next relations point at', async () => {
    const calls: UpstreamCall[] = [];
    const scope = feedPage(1, referenceFile('instancesnapshot-ldes-page-1.json'));
    const page = await testClient({ calls }).readSnapshotPage(1);
    expect(scope.isDone()).toBe(true);
    expect([page.pageNumber, page.next, page.snapshots.map((s) => [s.product.id, s.gearchiveerd])]).toEqual([
      1,
      [2],
      [
        ['c31c343e-836c-4674-8efa-991cc2078493', false],
        ['2e018424-7af6-4798-8026-0e627a8694d8', false],
        ['2e018424-7af6-4798-8026-0e627a8694d8', true],
      ],
    ]);
    expect(calls.map((c) => [c.path, c.status])).toEqual([['/doc/instantiesnapshot', 200]]);
  });

  it('gives no next page on the last page', async () => {
    feedPage(2, referenceFile('instancesnapshot-ldes-page-2.json'));
    expect((await testClient().readSnapshotPage(2)).next).toEqual([]);
  });
});

describe('readSnapshots', () => {
  it('follows the next relations to the last page, always on the configured feed host', async () => {
    // The sample pages point at http://hostname/...: only their page numbers are used.
    const scopes = [0, 1, 2].map((n) => feedPage(n, referenceFile(`instancesnapshot-ldes-page-${n}.json`)));
    const calls: UpstreamCall[] = [];
    const snapshots = await testClient({ calls }).readSnapshots();
    expect(scopes.map((s) => s.isDone())).toEqual([true, true, true]);
    expect(calls.map((c) => [c.path, c.status])).toEqual([
      ['/doc/instantiesnapshot', 200],
      ['/doc/instantiesnapshot', 200],
      ['/doc/instantiesnapshot', 200],
    ]);
    expect(snapshots.map((s) => s.snapshotUri.split('/').pop())).toEqual([
      '6e9334cb-272c-443d-8b0a-1b02149a5126',
      '84d1e739-d20c-4986-84d8-331bd58feb09',
      '42f89ef6-338c-44c3-819f-5ab22a44bbe6',
      '6e9334cb-272c-443d-8b0a-1b02149a5127',
      'a62cee64-9086-4864-9be9-1f72798a8c72',
      'f9aceb0a-5225-4b0c-be55-e14a2954347a',
      '1e9d08b6-c298-4884-a201-bf5f17f30bb3',
      '24daf042-bdca-408d-80aa-caf724114103',
    ]);
  });

  it('reads each page once, even when a relation points back', async () => {
    const page0 = referenceFile<Raw>('instancesnapshot-ldes-page-0.json');
    const page1 = referenceFile<Raw>('instancesnapshot-ldes-page-1.json');
    page1.view.relation = [{ '@type': 'GreaterThanOrEqualToRelation', node: 'http://hostname/doc/instancesnapshot?pageNumber=0', path: 'generatedAtTime' }];
    feedPage(0, page0);
    feedPage(1, page1);
    expect(await testClient().readSnapshots()).toHaveLength(6);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses a relation without a page number, a malformed page and an endless feed', async () => {
    const page0 = referenceFile<Raw>('instancesnapshot-ldes-page-0.json');
    feedPage(0, { ...page0, view: { relation: [{ '@type': 'GreaterThanOrEqualToRelation', node: 'http://hostname/doc/instancesnapshot?after=2024' }] } });
    expect(await failure(testClient().readSnapshots())).toEqual({
      code: ErrorCode.UPSTREAM_BAD_RESPONSE,
      source: 'ipdc',
      message: 'De bron ipdc gaf een antwoord in een onverwachte vorm.',
      detail: 'a feed relation points at http://hostname/doc/instancesnapshot?after=2024, which names no page number',
    });

    const { isVersionOf: _dropped, ...withoutVersion } = page0.member[0];
    feedPage(0, { ...page0, member: [withoutVersion] });
    expect(await failure(testClient().readSnapshots())).toEqual({
      code: ErrorCode.UPSTREAM_BAD_RESPONSE,
      source: 'ipdc',
      message: 'De bron ipdc gaf een antwoord in een onverwachte vorm.',
      detail: 'member.0.isVersionOf: Invalid input: expected string, received undefined',
    });

    feedPage(0, { error: 'no such feed' });
    expect(await failure(testClient().readSnapshots())).toMatchObject({ code: ErrorCode.UPSTREAM_BAD_RESPONSE, source: 'ipdc' });

    const next = (n: number) => ({ ...page0, member: [], view: { relation: [{ '@type': 'GreaterThanOrEqualToRelation', node: `x?pageNumber=${n}` }] } });
    for (let n = 0; n < 3; n++) feedPage(n, next(n + 1));
    const limited = createIpdcClient({ ipdcUrl: IPDC_URL, ipdcFeedUrl: FEED_URL, ipdcApiKey: API_KEY, upstreamTimeoutMs: 2000, maxPages: 3 }, silentLogger());
    expect(await failure(limited.readSnapshots())).toMatchObject({ code: ErrorCode.UPSTREAM_BAD_RESPONSE, detail: 'the feed has more than 3 pages' });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('skips unknown codes and logs each code once, with the number of products using it', async () => {
    const page = referenceFile<Raw>('instancesnapshot-ldes-page-2.json');
    page.view.relation = [];
    page.member[0].themas = ['BouwenWonen', 'Klimaat'];
    page.member[1].themas = ['Klimaat'];
    page.member[1].type = 'Subsidie';
    feedPage(0, page);
    const logger = silentLogger();
    const warn = vi.spyOn(logger, 'warn');
    const snapshots = await testClient({ logger }).readSnapshots();
    expect(snapshots.map((s) => [s.product.themas, s.product.type])).toEqual([
      [['BOUWEN_WONEN'], undefined],
      [[], undefined],
    ]);
    expect(warn.mock.calls).toEqual([
      [{ codelijst: 'thema', code: 'Klimaat', producten: 2, voorbeeld: 'ad3abd4f-d4aa-4e92-99e4-ef2dc2376bf6' }, 'unknown IPDC code skipped'],
      [{ codelijst: 'type', code: 'Subsidie', producten: 1, voorbeeld: '645dcaec-7f27-44b7-85ba-b3ffe58c6328' }, 'unknown IPDC code skipped'],
    ]);
  });
});
