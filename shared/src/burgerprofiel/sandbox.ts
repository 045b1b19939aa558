import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody, sendJson } from '../server/http.js';
import type { Sandbox } from '../server/sandbox-host.js';
import type { BurgerprofielNotificatie } from './client.js';

const Notificatie = z.object({
  ontvanger: z.object({ insz: z.string().regex(/^\d{11}$/) }),
  afzender: z.object({ organisatie: z.string().min(1), dienst: z.string().min(1) }),
  onderwerp: z.string().min(1).max(200),
  bericht: z.string().min(1).max(2000),
  zaak: z.object({
    id: z.string().min(1),
    referentie: z.string().min(1),
    titel: z.string().min(1),
    status: z.string().min(1),
    fase: z.string().min(1).nullable(),
    actieNodig: z.boolean(),
    actie: z.string().nullable(),
    link: z.url(),
    gewijzigdOp: z.string().min(1),
  }),
});

export interface OntvangenNotificatie {
  id: string;
  idempotencyKey: string;
  ontvangenOp: string;
  notificatie: BurgerprofielNotificatie;
}

export interface BurgerprofielSandbox extends Sandbox {
  ontvangen(insz?: string): OntvangenNotificatie[];
  readonly pogingen: { count: number };
  zetBeschikbaar(beschikbaar: boolean): void;
}

/**
 * Stand-in for Mijn Burgerprofiel's notification API (`POST /api/v2/notificaties`): requires a bearer
 * token and an idempotency key, validates the body, deduplicates, and lists what a citizen received
 * (`GET /api/v2/notificaties?insz=`).
 */
export function createBurgerprofielSandbox(): BurgerprofielSandbox {
  const received: OntvangenNotificatie[] = [];
  const pogingen = { count: 0 };
  let available = true;

  async function post(req: IncomingMessage, res: ServerResponse) {
    pogingen.count++;
    if (!available) {
      sendJson(res, 503, { title: 'Service Unavailable', status: 503 });
      return;
    }
    if (!/^Bearer \S+$/.test(req.headers.authorization ?? '')) {
      sendJson(res, 401, { title: 'Unauthorized', status: 401 });
      return;
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length < 8) {
      sendJson(res, 400, { title: 'Idempotency-Key ontbreekt', status: 400 });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, 100_000));
    } catch {
      sendJson(res, 400, { title: 'Geen geldige JSON', status: 400 });
      return;
    }
    const parsed = Notificatie.safeParse(body);
    if (!parsed.success) {
      sendJson(res, 422, { title: 'Ongeldige notificatie', status: 422, detail: parsed.error.issues.map((i) => i.path.join('.')).join(', ') });
      return;
    }
    const existing = received.find((r) => r.idempotencyKey === key);
    if (existing) {
      sendJson(res, 200, { id: existing.id });
      return;
    }
    const entry = { id: randomUUID(), idempotencyKey: key, ontvangenOp: new Date().toISOString(), notificatie: parsed.data };
    received.push(entry);
    sendJson(res, 201, { id: entry.id });
  }

  return {
    prefix: 'burgerprofiel',
    name: 'Mijn Burgerprofiel (notificaties)',
    pogingen,
    ontvangen: (insz) => received.filter((r) => !insz || r.notificatie.ontvanger.insz === insz),
    zetBeschikbaar(value) {
      available = value;
    },
    async handle(req, res, url) {
      if (url.pathname !== '/api/v2/notificaties') return false;
      if (req.method === 'POST') {
        await post(req, res);
        return true;
      }
      if (req.method === 'GET') {
        const insz = url.searchParams.get('insz') ?? undefined;
        sendJson(res, 200, { notificaties: received.filter((r) => !insz || r.notificatie.ontvanger.insz === insz).map((r) => ({ id: r.id, ...r.notificatie })) });
        return true;
      }
      return false;
    },
  };
}
