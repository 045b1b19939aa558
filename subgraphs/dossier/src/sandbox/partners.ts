import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { readBody, sendJson, type Sandbox } from '@hub/shared';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from '../delivery/partner-webhook.js';
import type { PartnerAanvraagPayload } from '../delivery/contracts.js';

export interface OntvangenAanvraag {
  referentie: string;
  idempotencyKey: string;
  ontvangenOp: string;
  aanvraag: PartnerAanvraagPayload;
}

export interface PartnerSandbox extends Sandbox {
  /** What each partner received, once per idempotency key. */
  ontvangen(partner: string): OntvangenAanvraag[];
  /** Every POST that reached the sandbox, duplicates and refusals included. */
  readonly pogingen: Map<string, number>;
  /** Takes a partner's endpoint down (503) or up again. */
  zetBeschikbaar(partner: string, beschikbaar: boolean): void;
}

const PREFIX = { dialoog: 'DIA', energiehuis: 'EH', 'minder-meer': 'MM' } as Record<string, string>;

/**
 * Stand-in for the partners' webhook endpoints (Dialoog, Energiehuis, Minder=Meer): checks the signature
 * and its freshness, deduplicates on the idempotency key, answers with the partner's reference.
 * `GET /{partner}/aanvragen` lists what arrived (for demos and tests).
 */
export function createPartnerSandbox(options: { secret: string; now?: () => Date }): PartnerSandbox {
  const received = new Map<string, OntvangenAanvraag[]>();
  const down = new Set<string>();
  const pogingen = new Map<string, number>();
  const now = options.now ?? (() => new Date());

  async function receive(req: IncomingMessage, res: ServerResponse, partner: string) {
    pogingen.set(partner, (pogingen.get(partner) ?? 0) + 1);
    if (down.has(partner)) {
      sendJson(res, 503, { fout: 'tijdelijk niet beschikbaar' }, { 'retry-after': '1' });
      return;
    }
    const body = await readBody(req, 1_000_000);
    const timestamp = String(req.headers[TIMESTAMP_HEADER] ?? '');
    const signature = String(req.headers[SIGNATURE_HEADER] ?? '');
    const expected = signWebhook(options.secret, timestamp, body);
    if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      sendJson(res, 401, { fout: 'ongeldige handtekening' });
      return;
    }
    if (Math.abs(now().getTime() / 1000 - Number(timestamp)) > 300) {
      sendJson(res, 401, { fout: 'verlopen tijdstempel' });
      return;
    }
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (typeof key !== 'string' || key.length < 8) {
      sendJson(res, 400, { fout: 'Idempotency-Key ontbreekt' });
      return;
    }
    let aanvraag: PartnerAanvraagPayload;
    try {
      aanvraag = JSON.parse(body) as PartnerAanvraagPayload;
    } catch {
      sendJson(res, 400, { fout: 'geen geldige JSON' });
      return;
    }
    if (aanvraag.partner !== partner || !aanvraag.aanvraagId || !aanvraag.dossier?.id || !aanvraag.soort) {
      sendJson(res, 422, { fout: 'onvolledige aanvraag' });
      return;
    }
    const list = received.get(partner) ?? [];
    const existing = list.find((r) => r.idempotencyKey === key);
    if (existing) {
      sendJson(res, 200, { ontvangen: true, referentie: existing.referentie });
      return;
    }
    const referentie = `${PREFIX[partner] ?? 'P'}-${now().getUTCFullYear()}-${String(list.length + 1).padStart(4, '0')}`;
    list.push({ referentie, idempotencyKey: key, ontvangenOp: now().toISOString(), aanvraag });
    received.set(partner, list);
    sendJson(res, 201, { ontvangen: true, referentie });
  }

  return {
    prefix: 'partners',
    name: 'partners (Dialoog, Energiehuis, Minder=Meer)',
    pogingen,
    ontvangen: (partner) => [...(received.get(partner) ?? [])],
    zetBeschikbaar(partner, beschikbaar) {
      if (beschikbaar) down.delete(partner);
      else down.add(partner);
    },
    async handle(req, res, url) {
      const match = /^\/([a-z-]+)\/aanvragen$/.exec(url.pathname);
      if (!match || !(match[1]! in PREFIX)) return false;
      if (req.method === 'POST') {
        await receive(req, res, match[1]!);
        return true;
      }
      if (req.method === 'GET') {
        sendJson(res, 200, { aanvragen: received.get(match[1]!) ?? [] });
        return true;
      }
      return false;
    },
  };
}
