import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson, type Sandbox } from '@hub/shared';
import { z } from 'zod';
import {
  LOKET_STATUSSEN,
  LoketAanvraag,
  type LoketAanvraagStatus,
  type LoketOntvangst,
  type LoketStatus,
  type LoketStatusWijziging,
} from '../clients/mijnverbouwpremie-contract.js';

/** A step of the scripted timeline: `naMs` after the submission the application gets `status`. */
export interface TijdlijnStap {
  naMs: number;
  status: LoketStatus;
  toelichting?: string;
}

/**
 * The default script: in treatment after a minute, approved (the amount the hub expected) after three,
 * paid after six. Without an expected amount the script stops in treatment: a case handler must decide.
 */
export const STANDAARD_TIJDLIJN: readonly TijdlijnStap[] = [
  { naMs: 60_000, status: 'IN_BEHANDELING', toelichting: 'Een dossierbehandelaar bekijkt je aanvraag.' },
  { naMs: 3 * 60_000, status: 'GOEDGEKEURD', toelichting: 'De premie is toegekend.' },
  { naMs: 6 * 60_000, status: 'UITBETAALD', toelichting: 'De premie is gestort.' },
];

/** An application the sandbox received, with where it stands. */
export interface SandboxAanvraag {
  dossiernummer: string;
  idempotencyKey: string;
  ontvangenOp: string;
  aanvraag: LoketAanvraag;
  status: LoketStatus;
  bedragToegekend: number | null;
  bedragUitbetaald: number | null;
  reden: string | null;
  historiek: LoketStatusWijziging[];
  /** False once a test (or a person) set a status by hand: the script no longer moves it. */
  gescript: boolean;
}

/** A status change a test asks for (the test control). */
export interface StatusWijziging {
  status: LoketStatus;
  bedragToegekend?: number;
  bedragUitbetaald?: number;
  reden?: string;
  toelichting?: string;
}

export class SandboxStatusError extends Error {
  constructor(
    readonly httpStatus: 404 | 409 | 422,
    message: string,
  ) {
    super(message);
  }
}

export interface MijnVerbouwPremieSandbox extends Sandbox {
  /** What the desk received, oldest first (the scripted timeline applied up to now). */
  aanvragen(): SandboxAanvraag[];
  /** POST /aanvragen attempts, answered or not. */
  readonly pogingen: { count: number };
  /** Off: every call answers 503 (the desk is down). */
  zetBeschikbaar(beschikbaar: boolean): void;
  /** Test control: moves an application to a status, as a case handler would (valid transitions only). */
  zetStatus(dossiernummer: string, wijziging: StatusWijziging): LoketAanvraagStatus;
}

/** The transitions a case handler can make. */
const OVERGANGEN: Record<LoketStatus, readonly LoketStatus[]> = {
  INGEDIEND: ['IN_BEHANDELING', 'AFGEWEZEN'],
  IN_BEHANDELING: ['BIJKOMENDE_INFO_GEVRAAGD', 'GOEDGEKEURD', 'AFGEWEZEN'],
  BIJKOMENDE_INFO_GEVRAAGD: ['IN_BEHANDELING', 'AFGEWEZEN'],
  GOEDGEKEURD: ['UITBETAALD'],
  UITBETAALD: [],
  AFGEWEZEN: [],
};

const StatusWijzigingSchema = z.strictObject({
  status: z.enum(LOKET_STATUSSEN),
  bedragToegekend: z.number().nonnegative().optional(),
  bedragUitbetaald: z.number().nonnegative().optional(),
  reden: z.string().min(1).max(1000).optional(),
  toelichting: z.string().min(1).max(1000).optional(),
});

/**
 * Stand-in for the Mijn VerbouwPremie desk, speaking the hub's adapter contract
 * (clients/mijnverbouwpremie-contract.ts): requires a bearer token and an Idempotency-Key, validates the
 * application, gives a dossier number YY-MVP-NNNNNN, deduplicates on the key, and moves applications along
 * a scripted timeline (or as a test says: `zetStatus`, or `POST /_sandbox/aanvragen/{nr}/status`).
 */
export function createMijnVerbouwPremieSandbox(
  options: { tijdlijn?: readonly TijdlijnStap[]; now?: () => Date; eersteVolgnummer?: number } = {},
): MijnVerbouwPremieSandbox {
  const now = options.now ?? (() => new Date());
  const tijdlijn = [...(options.tijdlijn ?? STANDAARD_TIJDLIJN)].sort((a, b) => a.naMs - b.naMs);
  const byNummer = new Map<string, SandboxAanvraag>();
  const byKey = new Map<string, SandboxAanvraag>();
  const pogingen = { count: 0 };
  let volgnummer = options.eersteVolgnummer ?? 1;
  let beschikbaar = true;

  function wijzig(a: SandboxAanvraag, status: LoketStatus, op: Date, extra: Omit<StatusWijziging, 'status'>) {
    if (status === 'GOEDGEKEURD') a.bedragToegekend = extra.bedragToegekend ?? a.aanvraag.verwachtBedrag;
    if (status === 'UITBETAALD') a.bedragUitbetaald = extra.bedragUitbetaald ?? a.bedragToegekend;
    if (status === 'AFGEWEZEN' || status === 'BIJKOMENDE_INFO_GEVRAAGD') a.reden = extra.reden ?? null;
    else a.reden = null;
    a.status = status;
    a.historiek.push({ status, op: op.toISOString(), toelichting: extra.toelichting ?? extra.reden ?? null });
  }

  /** Applies the steps of the script that are due (each once, in order, dated when they were due). */
  function volgScript(a: SandboxAanvraag) {
    if (!a.gescript) return;
    const start = Date.parse(a.ontvangenOp);
    for (const stap of tijdlijn) {
      const op = start + stap.naMs;
      if (op > now().getTime()) break;
      if (a.historiek.some((h) => h.status === stap.status)) continue;
      if (!OVERGANGEN[a.status].includes(stap.status)) break;
      if (stap.status === 'GOEDGEKEURD' && a.aanvraag.verwachtBedrag === null) break;
      wijzig(a, stap.status, new Date(op), stap.toelichting ? { toelichting: stap.toelichting } : {});
    }
  }

  const statusVan = (a: SandboxAanvraag): LoketAanvraagStatus => {
    volgScript(a);
    return {
      dossiernummer: a.dossiernummer,
      status: a.status,
      bedragToegekend: a.bedragToegekend,
      bedragUitbetaald: a.bedragUitbetaald,
      reden: a.reden,
      historiek: a.historiek.map((h) => ({ ...h })),
    };
  };
  const ontvangst = (a: SandboxAanvraag): LoketOntvangst => ({ dossiernummer: a.dossiernummer, status: 'INGEDIEND', ingediendOp: a.ontvangenOp });

  function zetStatus(dossiernummer: string, wijziging: StatusWijziging): LoketAanvraagStatus {
    const a = byNummer.get(dossiernummer);
    if (!a) throw new SandboxStatusError(404, `Onbekend dossiernummer ${dossiernummer}`);
    volgScript(a);
    if (!OVERGANGEN[a.status].includes(wijziging.status)) {
      throw new SandboxStatusError(409, `Van ${a.status} kan een aanvraag niet naar ${wijziging.status}`);
    }
    if (wijziging.status === 'GOEDGEKEURD' && wijziging.bedragToegekend === undefined && a.aanvraag.verwachtBedrag === null) {
      throw new SandboxStatusError(422, 'GOEDGEKEURD vraagt een bedragToegekend (de aanvraag heeft geen verwacht bedrag)');
    }
    if ((wijziging.status === 'AFGEWEZEN' || wijziging.status === 'BIJKOMENDE_INFO_GEVRAAGD') && !wijziging.reden) {
      throw new SandboxStatusError(422, `${wijziging.status} vraagt een reden`);
    }
    a.gescript = false;
    const { status, ...extra } = wijziging;
    wijzig(a, status, now(), extra);
    return statusVan(a);
  }

  async function post(req: IncomingMessage, res: ServerResponse) {
    pogingen.count++;
    if (!/^Bearer \S+$/.test(req.headers.authorization ?? '')) return sendJson(res, 401, { title: 'Unauthorized', status: 401 });
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length < 8 || key.length > 200) {
      return sendJson(res, 400, { title: 'Idempotency-Key ontbreekt of is ongeldig', status: 400 });
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, 1_000_000));
    } catch {
      return sendJson(res, 400, { title: 'Geen geldige JSON', status: 400 });
    }
    const parsed = LoketAanvraag.safeParse(body);
    if (!parsed.success) {
      return sendJson(res, 422, { title: 'Ongeldige aanvraag', status: 422, detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    }
    const existing = byKey.get(key);
    if (existing) {
      if (JSON.stringify(existing.aanvraag) !== JSON.stringify(parsed.data)) {
        return sendJson(res, 409, { title: 'Deze Idempotency-Key werd al gebruikt voor een andere aanvraag', status: 409 });
      }
      return sendJson(res, 200, ontvangst(existing));
    }
    const at = now();
    const dossiernummer = `${String(at.getUTCFullYear() % 100).padStart(2, '0')}-MVP-${String(volgnummer++ % 1_000_000).padStart(6, '0')}`;
    const a: SandboxAanvraag = {
      dossiernummer,
      idempotencyKey: key,
      ontvangenOp: at.toISOString(),
      aanvraag: parsed.data,
      status: 'INGEDIEND',
      bedragToegekend: null,
      bedragUitbetaald: null,
      reden: null,
      historiek: [{ status: 'INGEDIEND', op: at.toISOString(), toelichting: 'Aanvraag ontvangen.' }],
      gescript: true,
    };
    byNummer.set(dossiernummer, a);
    byKey.set(key, a);
    sendJson(res, 201, ontvangst(a));
  }

  async function control(req: IncomingMessage, res: ServerResponse, dossiernummer: string) {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, 10_000));
    } catch {
      return sendJson(res, 400, { title: 'Geen geldige JSON', status: 400 });
    }
    const parsed = StatusWijzigingSchema.safeParse(body);
    if (!parsed.success) return sendJson(res, 422, { title: 'Ongeldige statuswijziging', status: 422 });
    try {
      sendJson(res, 200, zetStatus(dossiernummer, parsed.data as StatusWijziging));
    } catch (err) {
      if (!(err instanceof SandboxStatusError)) throw err;
      sendJson(res, err.httpStatus, { title: err.message, status: err.httpStatus });
    }
  }

  return {
    prefix: 'mijnverbouwpremie',
    name: 'Mijn VerbouwPremie (premieloket)',
    pogingen,
    aanvragen: () =>
      [...byNummer.values()].map((a) => {
        volgScript(a);
        return structuredClone(a);
      }),
    zetBeschikbaar(value) {
      beschikbaar = value;
    },
    zetStatus,
    async handle(req, res, url) {
      const control_ = /^\/_sandbox\/aanvragen\/([^/]+)\/status$/.exec(url.pathname);
      if (control_ && req.method === 'POST') {
        await control(req, res, decodeURIComponent(control_[1]!));
        return true;
      }
      const one = /^\/aanvragen\/([^/]+)$/.exec(url.pathname);
      const isPost = url.pathname === '/aanvragen' && req.method === 'POST';
      if (!isPost && !(one && req.method === 'GET')) return false;
      if (isPost && !beschikbaar) pogingen.count++;
      if (!beschikbaar) sendJson(res, 503, { title: 'Service Unavailable', status: 503 });
      else if (isPost) await post(req, res);
      else if (!/^Bearer \S+$/.test(req.headers.authorization ?? '')) sendJson(res, 401, { title: 'Unauthorized', status: 401 });
      else {
        const a = byNummer.get(decodeURIComponent(one![1]!));
        if (!a) sendJson(res, 404, { title: 'Onbekend dossiernummer', status: 404 });
        else sendJson(res, 200, statusVan(a));
      }
      return true;
    },
  };
}
