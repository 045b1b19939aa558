import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, verifyIdentity } from '@hub/shared';
import { identityOf, TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { measureReplay, planFetches } from '../src/load/replay.js';

describe('the gateway calls of an operation, replayed', () => {
  it('lets each call wait for the call that ended last before it started', () => {
    // dossier first; woningpas and premies in parallel after it; ipdc after premies (while woningpas still ran).
    const plan = planFetches([
      { subgraph: 'ipdc', query: '{ d }', startedAt: 41, durationMs: 5 },
      { subgraph: 'dossier', query: '{ a }', startedAt: 0, durationMs: 10 },
      { subgraph: 'woningpas', query: '{ b }', variables: { representations: [1] }, startedAt: 10.2, durationMs: 60 },
      { subgraph: 'premies', query: '{ c }', startedAt: 10.3, durationMs: 30 },
    ]);
    expect(plan).toEqual([
      { subgraph: 'dossier', body: '{"query":"{ a }"}', after: null },
      { subgraph: 'woningpas', body: '{"query":"{ b }","variables":{"representations":[1]}}', after: 0 },
      { subgraph: 'premies', body: '{"query":"{ c }"}', after: 0 },
      { subgraph: 'ipdc', body: '{"query":"{ d }"}', after: 2 },
    ]);
  });

  describe('against subgraphs', () => {
    const events: string[] = [];
    const identities = new Set<string>();
    let server: http.Server;
    let base: string;
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c));
        req.on('end', () => {
          const name = req.url!.slice(1);
          const { identity } = verifyIdentity(String(req.headers[IDENTITY_HEADER]), TEST_IDENTITY_SECRET);
          identities.add(identity.sub);
          events.push(`start ${name}`);
          setTimeout(() => {
            events.push(`end ${name}`);
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(name === 'premies' && JSON.parse(body).query.includes('kapot') ? '{"errors":[{"message":"x"}]}' : '{"data":{}}');
          }, name === 'dossier' ? 20 : 5);
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const urls = () => ({ dossier: `${base}/dossier`, premies: `${base}/premies` });

    it('sends each page the calls in the gateway order, with a signed identity, and measures whole pages', async () => {
      events.length = 0;
      const plan = [
        { subgraph: 'dossier', body: '{"query":"{ a }"}', after: null },
        { subgraph: 'premies', body: '{"query":"{ b }"}', after: 0 },
      ];
      const result = await measureReplay({ plan, urls: urls(), identity: identityOf('spoc'), identitySecret: TEST_IDENTITY_SECRET, connections: 1, durationS: 0.3, warmupS: 0 });
      expect(result.requests).toBeGreaterThan(3);
      expect(result.latencyMs.p50).toBeGreaterThanOrEqual(25);
      expect({ non2xx: result.non2xx, badAnswers: result.badAnswers, errors: result.errors }).toEqual({ non2xx: 0, badAnswers: 0, errors: 0 });
      // One connection: strictly one page after the other, premies only once dossier answered.
      expect(events.slice(0, 8)).toEqual(['start dossier', 'end dossier', 'start premies', 'end premies', 'start dossier', 'end dossier', 'start premies', 'end premies']);
      expect([...identities]).toEqual(['stad-sofie.claes']);
    });

    it('counts answers with GraphQL errors', async () => {
      const plan = [{ subgraph: 'premies', body: '{"query":"{ kapot }"}', after: null }];
      const result = await measureReplay({ plan, urls: urls(), identity: identityOf('spoc'), identitySecret: TEST_IDENTITY_SECRET, connections: 2, durationS: 0.2, warmupS: 0 });
      expect(result.badAnswers).toBe(result.requests);
      expect(result.requests).toBeGreaterThan(0);
    });
  });
});
