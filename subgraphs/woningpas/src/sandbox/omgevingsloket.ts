import { sendJson, type Sandbox } from '@hub/shared';
import type { ProjectFixture } from './fixtures.js';

/**
 * The permit lookup by address: a SANDBOX CONTRACT modelled on the Omgevingsloket's projects (see
 * src/clients/vergunningen.ts): `GET /projecten?adresId=` answers the projects linked to that address
 * register id (an empty list when there are none); 400 for a missing or non-numeric adresId.
 */
export function createOmgevingsloketSandbox(projecten: ProjectFixture[]): Sandbox {
  return {
    prefix: 'omgevingsloket',
    name: 'Omgevingsloket, projecten per adres (sandbox-contract)',
    handle(req, res, url) {
      if (req.method !== 'GET' || url.pathname !== '/projecten') return false;
      const adresId = url.searchParams.get('adresId')?.trim() ?? '';
      if (!/^\d{1,12}$/.test(adresId)) {
        sendJson(res, 400, { type: 'https://httpstatuses.io/400', title: 'Ongeldige vraag', status: 400, detail: "De parameter 'adresId' is verplicht en is een getal." }, { 'content-type': 'application/problem+json' });
        return true;
      }
      sendJson(res, 200, { projecten: projecten.filter((p) => p.adresIds.includes(adresId)) });
      return true;
    },
  };
}
