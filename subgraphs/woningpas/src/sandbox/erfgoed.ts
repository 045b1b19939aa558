import type { ServerResponse } from 'node:http';
import { sendJson, type Sandbox } from '@hub/shared';
import type { AanduidingsobjectFixture, Polygon } from './fixtures.js';

/** Whether a point lies inside a polygon's outline (ray casting). */
export function inPolygon(x: number, y: number, polygon: Polygon): boolean {
  const ring = polygon.coordinates[0] ?? [];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const problem = (res: ServerResponse, detail: string) =>
  sendJson(res, 400, { type: 'https://httpstatuses.io/400', title: 'Ongeldige vraag', status: 400, detail }, { 'content-type': 'application/problem+json' });

/**
 * The heritage lookup by location: a SANDBOX CONTRACT modelled on Onroerend Erfgoed's designated objects
 * (see src/clients/erfgoed.ts): `GET /aanduidingsobjecten?x=&y=&srid=31370` answers the designations
 * whose geometry covers the point, without their geometry. 400 for a missing or non-numeric coordinate
 * or another coordinate system. Public data: no credentials.
 */
export function createErfgoedSandbox(aanduidingsobjecten: AanduidingsobjectFixture[]): Sandbox {
  return {
    prefix: 'erfgoed',
    name: 'Onroerend Erfgoed, aanduidingsobjecten op ligging (sandbox-contract)',
    handle(req, res, url) {
      if (req.method !== 'GET' || url.pathname !== '/aanduidingsobjecten') return false;
      const x = Number(url.searchParams.get('x') ?? Number.NaN);
      const y = Number(url.searchParams.get('y') ?? Number.NaN);
      const srid = url.searchParams.get('srid') ?? '31370';
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        problem(res, 'Geef de ligging als x en y in Lambert 72 (EPSG:31370).');
        return true;
      }
      if (srid !== '31370') {
        problem(res, 'Enkel srid 31370 (Lambert 72) wordt ondersteund.');
        return true;
      }
      const gevonden = aanduidingsobjecten.filter((a) => inPolygon(x, y, a.geometrie)).map(({ geometrie: _g, ...rest }) => rest);
      sendJson(res, 200, { aanduidingsobjecten: gevonden });
      return true;
    },
  };
}
