import { describe, expect, it } from 'vitest';
import { callsBetween, fetchCost, firstDifference, lookupOf, perOperation, upstreamCost } from '../src/checks.js';

describe('the cost of one request', () => {
  it('names a lookup by sandbox, path without ids and parameter names', () => {
    expect(lookupOf('basisregisters', '/v2/adressen/990000001')).toBe('basisregisters /v2/adressen/{id}');
    expect(lookupOf('veka', '/dossier-api/v1/extern/certificaten?reden=x&gebouwEenheidId=9900000001')).toBe('veka /dossier-api/v1/extern/certificaten?gebouwEenheidId&reden');
    expect(lookupOf('veka', '/dossier-api/v1/extern/certificaten?straat=a&huisnummer=1&reden=x')).toBe('veka /dossier-api/v1/extern/certificaten?huisnummer&reden&straat');
  });

  it('counts upstream calls per lookup and per home, finds repeated calls, and leaves out token requests', () => {
    const requests = [
      { prefix: 'idp', url: '/acm/token' },
      { prefix: 'basisregisters', url: '/v2/adressen/1' },
      { prefix: 'basisregisters', url: '/v2/adressen/2' },
      { prefix: 'basisregisters', url: '/v2/gebouweenheden?adresObjectId=1' },
      { prefix: 'basisregisters', url: '/v2/gebouweenheden?adresObjectId=1' },
    ];
    expect(upstreamCost(requests, 2)).toEqual({
      perLookup: { 'basisregisters /v2/adressen/{id}': 2, 'basisregisters /v2/gebouweenheden?adresObjectId': 2 },
      duplicates: ['basisregisters /v2/gebouweenheden?adresObjectId=1'],
      total: 4,
      maxPerHome: 1,
    });
    expect(upstreamCost([], 0)).toEqual({ perLookup: {}, duplicates: [], total: 0, maxPerHome: 0 });
  });

  it('counts the gateway calls per subgraph and which were entity fetches', () => {
    expect(
      fetchCost([
        { subgraph: 'dossier', entities: false },
        { subgraph: 'woningpas', entities: true },
        { subgraph: 'ipdc', entities: true },
        { subgraph: 'ipdc', entities: true },
      ]),
    ).toEqual({ perSubgraph: { dossier: 1, woningpas: 1, ipdc: 2 }, entities: { woningpas: 1, ipdc: 2 } });
  });

  it('divides counters by operations and subtracts snapshots', () => {
    expect(perOperation({ veka: 3, basisregisters: 0 }, 2)).toEqual({ veka: 1.5 });
    expect(perOperation({ veka: 3 }, 0)).toEqual({});
    expect(callsBetween({ veka: 2, idp: 1 }, { veka: 5, idp: 1, ipdc: 2 })).toEqual({ veka: 3, ipdc: 2 });
  });
});

describe('comparing two answers', () => {
  it('finds the first place where they differ', () => {
    const ours = { data: { dossier: { referentie: 'R', premies: [{ bedrag: 1, berekening: 'a' }] } } };
    expect(firstDifference(ours, structuredClone(ours))).toBeUndefined();
    expect(firstDifference(ours, { data: { dossier: { referentie: 'R', premies: [{ bedrag: 1, berekening: 'b' }] } } })).toEqual({
      path: '$.data.dossier.premies[0].berekening',
      ours: 'a',
      theirs: 'b',
    });
    expect(firstDifference(ours, { data: null })).toEqual({ path: '$.data', ours: ours.data, theirs: null });
  });
});
