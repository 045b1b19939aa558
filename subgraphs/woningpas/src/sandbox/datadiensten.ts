import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Sandbox } from '@hub/shared';
import type { WerkFixture } from './fixtures.js';

const WERKEN = '/api/datadiensten/v1/mvp/werken';

const problem = (res: ServerResponse, status: number, title: string, detail: string) =>
  sendJson(res, status, { type: `https://httpstatuses.io/${status}`, title, status, detail }, { 'content-type': 'application/problem+json' });

const hasBearer = (req: IncomingMessage) => /^Bearer\s+\S+/i.test(req.headers.authorization ?? '');

/**
 * The VEKA datadiensten' Mijn VerbouwPremie works over the fixture works: `GET /api/datadiensten/v1/mvp/werken
 * ?gebouweenheidId=` answers `{ werken: [...] }` (an empty list for a unit without works). Like the real
 * service it refuses (403) a call without a bearer token (any token will do here) and answers 400 for a
 * missing or non-numeric gebouweenheidId (the contract's required int64).
 */
export function createDatadienstenSandbox(werken: WerkFixture[]): Sandbox {
  return {
    prefix: 'veka-datadiensten',
    name: 'VEKA datadiensten, Mijn VerbouwPremie-werken (sandbox)',
    handle(req, res, url) {
      if (req.method !== 'GET' || url.pathname !== WERKEN) return false;
      if (!hasBearer(req)) {
        problem(res, 403, 'Forbidden', 'Een geldig toegangstoken is vereist.');
        return true;
      }
      const gebouweenheidId = url.searchParams.get('gebouweenheidId')?.trim() ?? '';
      if (!/^\d{1,18}$/.test(gebouweenheidId)) {
        problem(res, 400, 'Ongeldige request', "De parameter 'gebouweenheidId' is verplicht en is een getal.");
        return true;
      }
      sendJson(res, 200, { werken: werken.filter((w) => String(w.gebouweenheidId) === gebouweenheidId) });
      return true;
    },
  };
}
