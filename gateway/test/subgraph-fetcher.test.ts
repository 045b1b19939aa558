import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphFetcher } from '@hub/gateway';

describe('the HTTP client of the gateway towards the subgraphs', () => {
  let server: http.Server;
  let url: string;
  let connections = 0;
  const received: Array<{ method?: string; headers: http.IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        received.push({ method: req.method, headers: req.headers, body });
        if (req.url === '/kapot') {
          res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/plain' }).end('upstream weg');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'private' }).end('{"data":{"ok":true}}');
      });
    });
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('posts the body with its headers and reads the answer as Apollo does', async () => {
    const fetcher = createSubgraphFetcher();
    const response = await fetcher(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-identity': 'token' }, body: '{"query":"{ ok }"}' });
    expect({ ok: response.ok, status: response.status, url: response.url, type: response.headers.get('Content-Type'), cache: response.headers.get('cache-control') }).toEqual({
      ok: true,
      status: 200,
      url: `${url}/graphql`,
      type: 'application/json',
      cache: 'private',
    });
    expect(await response.clone().text()).toBe('{"data":{"ok":true}}');
    expect(await response.json()).toEqual({ data: { ok: true } });
    const last = received.at(-1)!;
    expect({ method: last.method, body: last.body, identity: last.headers['x-hub-identity'], length: last.headers['content-length'] }).toEqual({
      method: 'POST',
      body: '{"query":"{ ok }"}',
      identity: 'token',
      length: '18',
    });
    fetcher.close();
  });

  it('keeps its connections: 200 calls, 8 at a time, over 8 connections', async () => {
    const fetcher = createSubgraphFetcher();
    const before = connections;
    for (let round = 0; round < 25; round++) {
      await Promise.all(Array.from({ length: 8 }, () => fetcher(`${url}/graphql`, { method: 'POST', body: '{}' }).then((r) => r.json())));
    }
    expect(connections - before).toBe(8);
    fetcher.close();
  });

  it('gives an error status as it came, and a refused connection as an error', async () => {
    const fetcher = createSubgraphFetcher();
    const response = await fetcher(`${url}/kapot`, { method: 'POST', body: '{}' });
    expect({ ok: response.ok, status: response.status, statusText: response.statusText, body: await response.text() }).toEqual({ ok: false, status: 502, statusText: 'Bad Gateway', body: 'upstream weg' });
    await expect(fetcher('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
    await expect(fetcher('ftp://127.0.0.1/graphql', { method: 'POST', body: '{}' })).rejects.toThrow('unsupported subgraph URL ftp://127.0.0.1/graphql');
    fetcher.close();
  });
});
