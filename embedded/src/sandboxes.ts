import type { Server } from 'node:http';
import { closeServer, createSandboxFaults, createSandboxHost, listen, type SandboxFaults } from '@hub/shared';
import { createBurgerprofielSandbox, createPartnerSandbox, type BurgerprofielSandbox, type PartnerSandbox } from '@hub/dossier/sandbox';
import { createWoningpasSandboxes } from '@hub/woningpas/sandbox';
import { createIpdcSandbox } from '@hub/ipdc/sandbox';
import { createMijnVerbouwPremieSandbox, type MijnVerbouwPremieSandbox, type TijdlijnStap } from '@hub/premies/sandbox';
import { createLocalIssuer, type DemoClient, type LocalIssuer } from './issuer.js';

export interface SandboxesOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Audience of the persona tokens of the local issuer: what the gateway expects. */
  audience: string;
  /** The service clients the local issuer knows (client-credentials grant). */
  clients: DemoClient[];
  /** The secret the partner sandbox checks the webhook signatures with. */
  partnerWebhookSecret: string;
  /** Latency added to every answer (benchmarks use 50 ms). */
  latencyMs?: number;
  /** Failures the sandboxes show on demand; default a fresh set. */
  faults?: SandboxFaults;
  /** Benchmarks: the woningpas sandboxes also answer for generated homes (see SYNTHETISCHE_ADRESIDS of @hub/woningpas/sandbox). */
  synthetischeWoningen?: boolean;
  /** Sees every call with its prefix and the URL after it (benchmarks count calls per home). */
  onRequest?: (prefix: string, url: URL) => void;
  /** The scripted timeline of the Mijn VerbouwPremie desk (default its STANDAARD_TIJDLIJN). */
  premieTijdlijn?: readonly TijdlijnStap[];
}

export interface RunningSandboxes {
  /** http://host:port; each sandbox under its prefix (basisregisters, veka, ipdc, idp, partners, burgerprofiel, ...). */
  baseUrl: string;
  issuer: LocalIssuer;
  /** Calls per sandbox prefix. */
  calls: Map<string, number>;
  faults: SandboxFaults;
  /** The sandboxes that receive what the hub sends. */
  receivers: { partners: PartnerSandbox; burgerprofiel: BurgerprofielSandbox; mijnverbouwpremie: MijnVerbouwPremieSandbox };
  httpServer: Server;
  close(): Promise<void>;
}

/**
 * The local stand-ins of every upstream of the hub and the local identity issuer, on one HTTP port:
 * what `startHub` runs for the embedded default, and what a benchmark runs as a process of its own
 * next to the gateway and subgraph processes.
 */
export async function startSandboxes(options: SandboxesOptions): Promise<RunningSandboxes> {
  const host = options.host ?? '127.0.0.1';
  let baseUrl = '';
  const issuer = await createLocalIssuer({ baseUrl: () => `${baseUrl}/idp`, audience: options.audience, clients: options.clients });
  const calls = new Map<string, number>();
  const faults = options.faults ?? createSandboxFaults();
  const partners = createPartnerSandbox({ secret: options.partnerWebhookSecret });
  const burgerprofiel = createBurgerprofielSandbox();
  // Dossier numbers start from the minute of the start, so that a restart (npm start keeps its data) gives new ones.
  const mijnverbouwpremie = createMijnVerbouwPremieSandbox({
    eersteVolgnummer: (Math.floor(Date.now() / 60_000) % 900_000) + 1,
    ...(options.premieTijdlijn ? { tijdlijn: options.premieTijdlijn } : {}),
  });
  const woningpas = createWoningpasSandboxes(options.synthetischeWoningen ? { synthetischeWoningen: true } : {});
  const httpServer = createSandboxHost([issuer, ...woningpas, createIpdcSandbox(), partners, burgerprofiel, mijnverbouwpremie], {
    calls,
    faults,
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
  });
  const port = await listen(httpServer, options.port, host);
  baseUrl = `http://${host}:${port}`;
  return { baseUrl, issuer, calls, faults, receivers: { partners, burgerprofiel, mijnverbouwpremie }, httpServer, close: () => closeServer(httpServer, 1000) };
}
