import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  createLogger,
  openPglite,
  type Logger,
  type SharedPglite,
  type SubgraphServer,
  type OutboxWorker,
  type SandboxFaults,
  type UpstreamCall,
} from '@hub/shared';
import { DEMO_PERSONAS } from '@hub/shared/demo';
import { composeSupergraph, createGateway, type GatewayConfig, createJwtVerifier, loadLimits, type GatewayServer, type SubgraphFetchObserver } from '@hub/gateway';
import * as dossier from '@hub/dossier';
import { createDossierOutboxWorker, loadDeliveryConfig } from '@hub/dossier/delivery';
import type { BurgerprofielSandbox, PartnerSandbox } from '@hub/dossier/sandbox';
import * as woningpas from '@hub/woningpas';
import * as ipdc from '@hub/ipdc';
import * as premies from '@hub/premies';
import type { MijnVerbouwPremieSandbox, TijdlijnStap } from '@hub/premies/sandbox';
import type { LocalIssuer } from './issuer.js';
import { startSandboxes } from './sandboxes.js';

export interface HubPorts {
  gateway: number;
  dossier: number;
  woningpas: number;
  ipdc: number;
  premies: number;
  sandbox: number;
}

export interface HubOptions {
  /** 0 picks a free port (tests). */
  ports: HubPorts;
  host?: string;
  /** Folder for the embedded database; unset = in memory (tests). Ignored with `databaseUrl`. */
  dataDir?: string;
  /** A real PostgreSQL instead of the embedded database. */
  databaseUrl?: string;
  /** Schema names, when not `dossier`, `premies` and `ipdc` (end-to-end tests on a shared PostgreSQL). */
  schemas?: { dossier: string; premies: string; ipdc?: string };
  /** Load the demo data when the database is new (no citizens yet); a later start keeps what it finds. */
  seed?: boolean;
  /** With `seed`: also the statistics demo (some 150 generated dossiers over 14 months), so analysts see real-looking figures. */
  seedStatistieken?: boolean;
  /** Roles that may only run trusted documents by id (TRUSTED_DOCUMENTS_REQUIRED_FOR of the gateway; default none). */
  trustedDocumentsRequiredFor?: GatewayConfig['trustedDocumentsRequiredFor'];
  /** Latency the sandboxes add to every answer (benchmarks use 50 ms). */
  sandboxLatencyMs?: number;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  mode?: 'development' | 'test';
  /** Largest document upload the dossier subgraph accepts (default DOCUMENT_DEFAULTS of the dossier subgraph). */
  documentMaxBytes?: number;
  /** How often the outbox worker looks for messages to deliver (default 500 ms); 0 = never by itself (tests drain). */
  outboxPollMs?: number;
  /** Observes every upstream call of the subgraphs (tests and benchmarks count them). */
  onUpstreamCall?: (call: UpstreamCall) => void;
  /** Failures the sandboxes show on demand (resilience tests); default: a fresh set, returned as `sandboxFaults`. */
  sandboxFaults?: SandboxFaults;
  /** The woningpas cache of the authentic sources: `memory` (default) or `none` (benchmarks measure both). */
  woningpasCache?: 'memory' | 'none';
  /** UPSTREAM_TIMEOUT_MS of the woningpas and ipdc subgraphs (default: their own, 3000 ms). */
  upstreamTimeoutMs?: number;
  /** Benchmarks: the woningpas sandboxes also answer for generated homes (SYNTHETISCHE_ADRESIDS of @hub/woningpas/sandbox). */
  syntheticHomes?: boolean;
  /** Sees every call of the gateway to a subgraph (tests and benchmarks count them). */
  onSubgraphFetch?: SubgraphFetchObserver;
  /** Sees every call to a sandbox with its prefix and full URL (benchmarks count upstream calls per home). */
  onSandboxRequest?: (prefix: string, url: URL) => void;
  /** How often the premie follower asks the Mijn VerbouwPremie desk for news (default 10 s); 0 = never by itself (tests run rounds). */
  premieVolgerIntervalMs?: number;
  /** The scripted timeline of the Mijn VerbouwPremie sandbox (default STANDAARD_TIJDLIJN; tests pass [] and move applications themselves). */
  premieTijdlijn?: readonly TijdlijnStap[];
}

export interface RunningHub {
  urls: { gateway: string; graphql: string; sandbox: string; subgraphs: Record<'dossier' | 'woningpas' | 'ipdc' | 'premies', string> };
  issuer: LocalIssuer;
  /** A bearer token for a demo persona (see shared/src/demo.ts). */
  personaToken(key: string): Promise<string>;
  /** Calls per sandbox prefix (basisregisters, veka, ipdc, idp, ...). */
  sandboxCalls: Map<string, number>;
  /** Makes a sandbox prefix fail on demand, e.g. `sandboxFaults.set('veka', { status: 503 })`. */
  sandboxFaults: SandboxFaults;
  dataSources: { dossier: DataSource; premies: DataSource; ipdc: DataSource };
  /** The CRM's outbox worker (tests drain it instead of waiting for its poll). */
  outbox: OutboxWorker;
  /** The premies outbox worker: submissions to Mijn VerbouwPremie, notifications to Mijn Burgerprofiel (tests drain it). */
  premiesOutbox: OutboxWorker;
  /** The follower of the applications at the Mijn VerbouwPremie desk (tests run `ronde()` instead of waiting). */
  premieVolger: premies.PremieVolger;
  /** The sandboxes that receive what the hub sends: partner webhooks, Mijn Burgerprofiel, the Mijn VerbouwPremie desk. */
  receivers: { partners: PartnerSandbox; burgerprofiel: BurgerprofielSandbox; mijnverbouwpremie: MijnVerbouwPremieSandbox };
  identitySecret: string;
  close(): Promise<void>;
}

const AUDIENCE = 'renovatiehub';
const WONINGPAS_CLIENT = { clientId: 'renovatiehub-woningpas', clientSecret: randomBytes(16).toString('hex') };
const DOSSIER_CLIENT = { clientId: 'renovatiehub-dossier', clientSecret: randomBytes(16).toString('hex') };
const PREMIES_CLIENT = { clientId: 'renovatiehub-premies', clientSecret: randomBytes(16).toString('hex') };
const PREMIES_BURGERPROFIEL_CLIENT = { clientId: 'renovatiehub-premies-burgerprofiel', clientSecret: randomBytes(16).toString('hex') };
const PREMIE_VOORSTEL_SECRET = randomBytes(32).toString('hex');
const PARTNER_WEBHOOK_SECRET = randomBytes(24).toString('hex');

/**
 * Starts the whole hub in this process on the embedded defaults: the local identity issuer and the
 * sandboxes of the upstream sources on one HTTP port, the embedded database (PGlite) shared by the
 * dossier and premies subgraphs (one schema each), the four subgraphs and the gateway, each on its own
 * port and talking HTTP, exactly as they would as separate processes.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const host = options.host ?? '127.0.0.1';
  const level = options.logLevel ?? 'warn';
  const log = (service: string): Logger => createLogger(service, level);
  const identitySecret = randomBytes(32).toString('hex');
  const cleanup: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  };

  try {
    // 1. Sandboxes of the upstream sources and the local identity issuer.
    const sandboxes = await startSandboxes({
      port: options.ports.sandbox,
      host,
      audience: AUDIENCE,
      clients: [
        { realm: 'acm', ...WONINGPAS_CLIENT, audience: 'veka' },
        { realm: 'acm', ...DOSSIER_CLIENT, audience: 'burgerprofiel' },
        { realm: 'acm', ...PREMIES_CLIENT, audience: 'mijnverbouwpremie' },
        { realm: 'acm', ...PREMIES_BURGERPROFIEL_CLIENT, audience: 'burgerprofiel' },
      ],
      partnerWebhookSecret: PARTNER_WEBHOOK_SECRET,
      ...(options.sandboxLatencyMs ? { latencyMs: options.sandboxLatencyMs } : {}),
      ...(options.sandboxFaults ? { faults: options.sandboxFaults } : {}),
      ...(options.syntheticHomes ? { synthetischeWoningen: true } : {}),
      ...(options.premieTijdlijn ? { premieTijdlijn: options.premieTijdlijn } : {}),
      ...(options.onSandboxRequest ? { onRequest: options.onSandboxRequest } : {}),
    });
    cleanup.push(() => sandboxes.close());
    const { issuer, calls: sandboxCalls, faults: sandboxFaults } = sandboxes;
    const { partners, burgerprofiel, mijnverbouwpremie } = sandboxes.receivers;
    const sandboxBase = sandboxes.baseUrl;

    // 2. The database: PostgreSQL when given, else one embedded PGlite shared by dossier and premies.
    let pglite: SharedPglite | undefined;
    if (!options.databaseUrl) {
      let dir: string | undefined;
      if (options.dataDir) {
        mkdirSync(options.dataDir, { recursive: true });
        dir = join(options.dataDir, 'pglite');
      }
      pglite = await openPglite(dir);
      cleanup.push(() => pglite!.close());
    }
    const dbOptions = { ...(options.databaseUrl ? { url: options.databaseUrl } : { pglite: pglite! }) };
    const dossierDb = await dossier.openDossierDatabase({ ...dbOptions, logger: log('dossier'), ...(options.schemas ? { schema: options.schemas.dossier } : {}) });
    cleanup.push(() => dossierDb.destroy());
    // What the CRM must send (partner requests, Mijn Burgerprofiel notifications) goes through its outbox.
    const outbox = createDossierOutboxWorker({
      dataSource: dossierDb,
      logger: log('dossier-outbox'),
      ...(options.onUpstreamCall ? { onCall: options.onUpstreamCall } : {}),
      config: loadDeliveryConfig({
        PARTNER_WEBHOOKS: JSON.stringify(
          Object.fromEntries(['dialoog', 'energiehuis', 'minder-meer'].map((p) => [p, `${sandboxBase}/partners/${p}/aanvragen`])),
        ),
        PARTNER_WEBHOOK_SECRET,
        BURGERPROFIEL_URL: `${sandboxBase}/burgerprofiel`,
        BURGERPROFIEL_TOKEN_URL: `${issuer.issuerUrl('acm')}/token`,
        BURGERPROFIEL_CLIENT_ID: DOSSIER_CLIENT.clientId,
        BURGERPROFIEL_CLIENT_SECRET: DOSSIER_CLIENT.clientSecret,
        DOSSIER_DEEPLINK_BASE: `${sandboxBase}/burgerprofiel/mijn-dossier/`,
        OUTBOX_POLL_MS: String(options.outboxPollMs || 500),
      }),
    });
    if (options.outboxPollMs !== 0) outbox.start();
    cleanup.push(() => outbox.stop());
    const premiesDb = await premies.openPremiesDatabase({ ...dbOptions, logger: log('premies'), ...(options.schemas ? { schema: options.schemas.premies } : {}) });
    cleanup.push(() => premiesDb.destroy());
    // Mijn VerbouwPremie applications: submissions and notifications through the premies outbox, a follower polling the desk.
    const premieAanvragen = premies.createPremieAanvraagDiensten({
      dataSource: premiesDb,
      logger: log('premies-aanvragen'),
      ...(options.onUpstreamCall ? { onCall: options.onUpstreamCall } : {}),
      config: premies.loadAanvraagConfig({
        PREMIE_VOORSTEL_SECRET,
        MIJNVERBOUWPREMIE_URL: `${sandboxBase}/mijnverbouwpremie`,
        MIJNVERBOUWPREMIE_TOKEN_URL: `${issuer.issuerUrl('acm')}/token`,
        MIJNVERBOUWPREMIE_CLIENT_ID: PREMIES_CLIENT.clientId,
        MIJNVERBOUWPREMIE_CLIENT_SECRET: PREMIES_CLIENT.clientSecret,
        PREMIE_VOLGER_INTERVAL_MS: String(options.premieVolgerIntervalMs ?? 10_000),
        BURGERPROFIEL_URL: `${sandboxBase}/burgerprofiel`,
        BURGERPROFIEL_TOKEN_URL: `${issuer.issuerUrl('acm')}/token`,
        BURGERPROFIEL_CLIENT_ID: PREMIES_BURGERPROFIEL_CLIENT.clientId,
        BURGERPROFIEL_CLIENT_SECRET: PREMIES_BURGERPROFIEL_CLIENT.clientSecret,
        PREMIE_DEEPLINK_BASE: `${sandboxBase}/burgerprofiel/mijn-premieaanvraag/`,
        OUTBOX_POLL_MS: String(options.outboxPollMs || 500),
      }),
    });
    if (options.outboxPollMs !== 0) premieAanvragen.outbox.start();
    if (options.premieVolgerIntervalMs !== 0) premieAanvragen.volger.start();
    cleanup.push(() => premieAanvragen.outbox.stop());
    cleanup.push(() => premieAanvragen.volger.stop());
    if (options.seed && (await isEmpty(dossierDb))) await seedDemoData(dossierDb, premiesDb, { statistieken: options.seedStatistieken ?? false });

    // 3. The subgraphs, configured as separate processes would be (the same config loaders).
    const common = { HUB_IDENTITY_SECRET: identitySecret, LOG_LEVEL: level, HOST: host };
    const upstreamTimeout = options.upstreamTimeoutMs ? { UPSTREAM_TIMEOUT_MS: String(options.upstreamTimeoutMs) } : {};
    const onCall = options.onUpstreamCall;
    const subgraphs: Array<[keyof HubPorts, SubgraphServer]> = [];

    const woningpasConfig = woningpas.loadWoningpasConfig({
      ...common,
      ...upstreamTimeout,
      ADRESSENREGISTER_URL: `${sandboxBase}/basisregisters`,
      VEKA_DOSSIER_API_URL: `${sandboxBase}/veka`,
      VEKA_TOKEN_URL: `${issuer.issuerUrl('acm')}/token`,
      VEKA_CLIENT_ID: WONINGPAS_CLIENT.clientId,
      VEKA_CLIENT_SECRET: WONINGPAS_CLIENT.clientSecret,
      VEKA_DATADIENSTEN_URL: `${sandboxBase}/veka-datadiensten`,
      ERFGOED_URL: `${sandboxBase}/erfgoed`,
      VERGUNNINGEN_URL: `${sandboxBase}/omgevingsloket`,
      ...(options.woningpasCache ? { CACHE_BACKEND: options.woningpasCache } : {}),
    });
    const woningpasLogger = log('woningpas');
    // The cache of the authentic sources' answers (in memory here; Redis with several replicas).
    const woningpasCache = await woningpas.createWoningpasCache(woningpasConfig, woningpasLogger);
    subgraphs.push([
      'woningpas',
      await woningpas.createServer({
        identitySecret,
        logger: woningpasLogger,
        clients: woningpas.createWoningpasClients(woningpasConfig, woningpasLogger, onCall),
        epcStatistiekParallel: woningpasConfig.EPC_STATISTIEK_PARALLEL,
        ...(woningpasCache ? { cache: woningpasCache } : {}),
      }),
    ]);
    if (woningpasCache) cleanup.push(() => woningpasCache.close());

    const ipdcConfig = ipdc.loadIpdcConfig({ ...common, ...upstreamTimeout, IPDC_URL: `${sandboxBase}/ipdc`, IPDC_FEED_URL: `${sandboxBase}/ipdc`, IPDC_API_KEY: 'sandbox' });
    const ipdcLogger = log('ipdc');
    // The replica of the IPDC catalogue, in the same database (its own schema), filled from the sandbox's feed.
    const ipdcDb = await ipdc.openIpdcDatabase({ ...dbOptions, logger: ipdcLogger, ...(options.schemas?.ipdc ? { schema: options.schemas.ipdc } : {}) });
    cleanup.push(() => ipdcDb.destroy());
    const ipdcClient = ipdc.createIpdcClient(ipdcConfig, ipdcLogger, onCall);
    const ipdcSync = ipdc.createIpdcSync({ dataSource: ipdcDb, ipdc: ipdcClient, logger: ipdcLogger, intervalMs: ipdcConfig.syncIntervalMs });
    cleanup.push(() => ipdcSync.stop());
    // The local sandbox answers at once: sync before serving, so the catalogue is there from the start; then every interval.
    await ipdcSync.syncNow();
    ipdcSync.start();
    subgraphs.push(['ipdc', await ipdc.createServer({ identitySecret, logger: ipdcLogger, ipdc: ipdcClient, dataSource: ipdcDb, sync: ipdcSync })]);

    subgraphs.push([
      'dossier',
      await dossier.createServer({
        identitySecret,
        logger: log('dossier'),
        dataSource: dossierDb,
        ...(options.documentMaxBytes ? { documenten: { maxBytes: options.documentMaxBytes } } : {}),
      }),
    ]);
    subgraphs.push([
      'premies',
      await premies.createServer({ identitySecret, logger: log('premies'), dataSource: premiesDb, regelset: premies.loadRegelset(), voorstel: premieAanvragen.voorstel }),
    ]);

    const subgraphUrls = {} as RunningHub['urls']['subgraphs'];
    for (const [name, server] of subgraphs) {
      cleanup.push(() => server.close());
      subgraphUrls[name as keyof typeof subgraphUrls] = await server.listen(options.ports[name], host);
    }

    // 4. The gateway, trusting the local issuer's two realms.
    const gatewayLogger = log('gateway');
    const gateway: GatewayServer = await createGateway({
      config: {
        mode: options.mode ?? 'development',
        identitySecret,
        subgraphUrls,
        graphiql: true,
        demoTokenUrl: `${sandboxBase}/idp/demo-token`,
        corsOrigins: [],
        ...(options.trustedDocumentsRequiredFor ? { trustedDocumentsRequiredFor: options.trustedDocumentsRequiredFor } : {}),
      },
      logger: gatewayLogger,
      supergraphSdl: composeSupergraph(),
      limits: loadLimits(),
      verifyToken: createJwtVerifier(
        [
          { kind: 'acm', issuer: issuer.issuerUrl('acm'), jwksUrl: `${issuer.issuerUrl('acm')}/jwks`, audience: AUDIENCE },
          { kind: 'stad', issuer: issuer.issuerUrl('stad'), jwksUrl: `${issuer.issuerUrl('stad')}/jwks`, audience: AUDIENCE },
        ],
        { insz: 'rrn', roles: 'roles', organisatie: 'organisatie', dienst: 'dienst' },
      ),
      demoPersonas: DEMO_PERSONAS.map((p) => ({ key: p.key, naam: p.naam, omschrijving: p.omschrijving, rollen: p.rollen })),
      ...(options.onSubgraphFetch ? { onSubgraphFetch: options.onSubgraphFetch } : {}),
    });
    cleanup.push(() => gateway.close());
    const gatewayUrl = await gateway.listen(options.ports.gateway, host);

    return {
      urls: { gateway: gatewayUrl, graphql: `${gatewayUrl}/graphql`, sandbox: sandboxBase, subgraphs: subgraphUrls },
      issuer,
      personaToken: (key) => issuer.personaToken(key),
      sandboxCalls,
      sandboxFaults,
      dataSources: { dossier: dossierDb, premies: premiesDb, ipdc: ipdcDb },
      outbox,
      premiesOutbox: premieAanvragen.outbox,
      premieVolger: premieAanvragen.volger,
      receivers: { partners, burgerprofiel, mijnverbouwpremie },
      identitySecret,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

async function isEmpty(dossierDb: DataSource): Promise<boolean> {
  const [row] = (await dossierDb.query('SELECT NOT EXISTS (SELECT 1 FROM burger) AS empty')) as Array<{ empty: boolean }>;
  return Boolean(row?.empty);
}

/** Loads the demo data of every service (idempotent: a second run changes nothing). */
export async function seedDemoData(dossierDb: DataSource, premiesDb: DataSource, opties: { statistieken?: boolean } = {}): Promise<void> {
  await dossier.seedDossierDemoData(dossierDb, { statistieken: opties.statistieken ?? false });
  await premies.seedPremiesDemoData(premiesDb);
}
