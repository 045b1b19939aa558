import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, verifyIdentity } from '@hub/shared';
import { TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import { loadLimits } from '@hub/gateway';
import { startTestGateway, startTestIssuer, type TestGateway } from './helpers.js';

describe('gateway: document endpoints forwarded to the dossier subgraph', () => {
  let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
  let gateway: TestGateway;
  let dossier: http.Server;
  const seen: Array<{ method: string; url: string; identity: unknown; bytes: number; type?: string }> = [];

  beforeAll(async () => {
    issuer = await startTestIssuer();
    dossier = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        seen.push({
          method: req.method!,
          url: req.url!,
          identity: verifyIdentity(String(req.headers[IDENTITY_HEADER]), TEST_IDENTITY_SECRET).identity,
          bytes: body.length,
          ...(req.headers['content-type'] ? { type: req.headers['content-type'] } : {}),
        });
        if (req.method === 'POST') {
          res.writeHead(201, { 'content-type': 'application/json', 'x-internal': 'not forwarded' });
          res.end(JSON.stringify({ uploadId: 'u1', sha256: createHash('sha256').update(body).digest('hex'), grootte: body.length }));
        } else {
          res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="plan.pdf"', etag: '"abc"' });
          res.end('%PDF-1.7 inhoud');
        }
      });
    });
    await new Promise<void>((r) => dossier.listen(0, '127.0.0.1', r));
    const dossierUrl = `http://127.0.0.1:${(dossier.address() as AddressInfo).port}/graphql`;
    gateway = await startTestGateway({
      subgraphUrl: { dossier: dossierUrl, woningpas: dossierUrl, ipdc: dossierUrl, premies: dossierUrl },
      issuer,
      limits: { ...loadLimits(), maxUploadBytes: 1000 },
    });
  });
  afterAll(async () => {
    await gateway?.close();
    dossier?.closeAllConnections();
    await new Promise<void>((r) => dossier?.close(() => r()));
    await issuer?.close();
  });

  it('streams an upload through with the signed identity and returns the subgraph\'s answer', async () => {
    const token = await issuer.sign({ sub: 'stad-lies', roles: ['renovatiebegeleider'] });
    const body = Buffer.from('%PDF-1.7 een renovatieplan');
    const response = await fetch(`${gateway.url}/documenten/upload?bestandsnaam=plan.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
      body,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-internal')).toBeNull();
    expect(await response.json()).toEqual({ uploadId: 'u1', sha256: createHash('sha256').update(body).digest('hex'), grootte: body.length });
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      url: '/documenten/upload?bestandsnaam=plan.pdf',
      identity: { sub: 'stad-lies', rollen: ['renovatiebegeleider'], issuer: 'stad' },
      bytes: body.length,
      type: 'application/pdf',
    });
  });

  it('streams a download with its content headers', async () => {
    const response = await fetch(`${gateway.url}/documenten/0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0001/inhoud`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="plan.pdf"');
    expect(response.headers.get('etag')).toBe('"abc"');
    expect(await response.text()).toBe('%PDF-1.7 inhoud');
    expect(seen.at(-1)).toMatchObject({ method: 'GET', identity: { sub: 'anoniem', rollen: [] } });
  });

  it('refuses an upload over the gateway limit without forwarding it, and unknown document paths', async () => {
    const before = seen.length;
    const big = await fetch(`${gateway.url}/documenten/upload`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: Buffer.alloc(2000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ errors: [{ message: 'Het bestand is groter dan 1000 bytes.', extensions: { code: 'BAD_REQUEST' } }] });
    const other = await fetch(`${gateway.url}/documenten/../../admin`);
    expect(other.status).toBe(404);
    const bad = await fetch(`${gateway.url}/documenten/upload`, { method: 'POST', headers: { authorization: 'Bearer nope' }, body: 'x' });
    expect(bad.status).toBe(401);
    expect(seen.length).toBe(before);
  });
});
