import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, openPglite } from '@hub/shared';
import { seedDemoData } from '@hub/embedded';
import { openDossierDatabase } from '@hub/dossier';
import { openPremiesDatabase } from '@hub/premies';
import { insertBenchData, type BenchDataOptions } from '../data.js';
import { freePort, launch, type Launched } from '../processes/launch.js';
import type { SandboxesProcessConfig, SandboxesReady } from '../processes/sandboxes-main.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const benchProcess = (name: string) => fileURLToPath(new URL(`../../dist/processes/${name}`, import.meta.url));
const AUDIENCE = 'renovatiehub';

export type SubgraphName = 'dossier' | 'woningpas' | 'ipdc' | 'premies';
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ['dossier', 'woningpas', 'ipdc', 'premies'];

export interface SeparateHub {
  urls: { gateway: string; hive: string; sandbox: string; subgraphs: Record<SubgraphName, string> };
  /** The measured processes: our gateway, Hive Gateway, each subgraph and the sandboxes. */
  pids: Record<'gateway' | 'hive' | SubgraphName | 'sandboxes', number>;
  identitySecret: string;
  /** Calls per sandbox prefix since the sandboxes started. */
  sandboxCalls(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/** Prepares the databases the subgraph processes open: migrated, demo data and bench data in. */
async function prepareDatabases(dir: string, data: BenchDataOptions) {
  const silent = createLogger('bench', 'silent');
  const dossierLite = await openPglite(join(dir, 'dossier'));
  const premiesLite = await openPglite(join(dir, 'premies'));
  try {
    const dossierDb = await openDossierDatabase({ pglite: dossierLite, logger: silent });
    const premiesDb = await openPremiesDatabase({ pglite: premiesLite, logger: silent });
    await seedDemoData(dossierDb, premiesDb);
    await insertBenchData(dossierDb, data);
    await dossierDb.destroy();
    await premiesDb.destroy();
  } finally {
    await dossierLite.close();
    await premiesLite.close();
  }
}

/**
 * The hub as production runs it: every subgraph and the gateway a process of its own, started by its
 * thin `dist/index.js` from environment variables (each with its own embedded database), the upstream
 * sandboxes in another process, and Hive Gateway next to our gateway on the same subgraphs.
 */
export async function startSeparateHub(options: { dir: string; logDir: string; sandboxLatencyMs: number; data: BenchDataOptions }): Promise<SeparateHub> {
  const started: Launched[] = [];
  const stop = async () => {
    for (const p of started.reverse()) await p.stop();
  };
  try {
    mkdirSync(options.dir, { recursive: true });
    await prepareDatabases(options.dir, options.data);
    const identitySecret = randomBytes(32).toString('hex');
    const woningpasClient = { clientId: 'renovatiehub-woningpas', clientSecret: randomBytes(16).toString('hex') };
    const dossierClient = { clientId: 'renovatiehub-dossier', clientSecret: randomBytes(16).toString('hex') };
    const premiesClient = { clientId: 'renovatiehub-premies', clientSecret: randomBytes(16).toString('hex') };
    const premiesBurgerprofielClient = { clientId: 'renovatiehub-premies-burgerprofiel', clientSecret: randomBytes(16).toString('hex') };
    const partnerWebhookSecret = randomBytes(24).toString('hex');
    const log = (name: string) => join(options.logDir, `${name}.log`);

    const sandboxConfig: SandboxesProcessConfig = {
      port: await freePort(),
      latencyMs: options.sandboxLatencyMs,
      audience: AUDIENCE,
      clients: [
        { realm: 'acm', ...woningpasClient, audience: 'veka' },
        { realm: 'acm', ...dossierClient, audience: 'burgerprofiel' },
        { realm: 'acm', ...premiesClient, audience: 'mijnverbouwpremie' },
        { realm: 'acm', ...premiesBurgerprofielClient, audience: 'burgerprofiel' },
      ],
      partnerWebhookSecret,
    };
    const sandboxes = await launch<SandboxesReady>('sandboxes', benchProcess('sandboxes-main.js'), {
      env: { BENCH_SANDBOXES: JSON.stringify(sandboxConfig) },
      logFile: log('sandboxes'),
      ipc: true,
    });
    started.push(sandboxes.process);
    const { baseUrl: sandbox, issuers } = sandboxes.ready;

    const common = { NODE_ENV: 'production', HOST: '127.0.0.1', HUB_IDENTITY_SECRET: identitySecret };
    const ports = { dossier: await freePort(), woningpas: await freePort(), ipdc: await freePort(), premies: await freePort() };
    const env: Record<SubgraphName, Record<string, string>> = {
      dossier: {
        PGLITE_DATA_DIR: join(options.dir, 'dossier'),
        PARTNER_WEBHOOKS: JSON.stringify(Object.fromEntries(['dialoog', 'energiehuis', 'minder-meer'].map((p) => [p, `${sandbox}/partners/${p}/aanvragen`]))),
        PARTNER_WEBHOOK_SECRET: partnerWebhookSecret,
        BURGERPROFIEL_URL: `${sandbox}/burgerprofiel`,
        BURGERPROFIEL_TOKEN_URL: `${issuers.acm}/token`,
        BURGERPROFIEL_CLIENT_ID: dossierClient.clientId,
        BURGERPROFIEL_CLIENT_SECRET: dossierClient.clientSecret,
      },
      woningpas: {
        ADRESSENREGISTER_URL: `${sandbox}/basisregisters`,
        VEKA_DOSSIER_API_URL: `${sandbox}/veka`,
        VEKA_DATADIENSTEN_URL: `${sandbox}/veka-datadiensten`,
        VEKA_TOKEN_URL: `${issuers.acm}/token`,
        VEKA_CLIENT_ID: woningpasClient.clientId,
        VEKA_CLIENT_SECRET: woningpasClient.clientSecret,
        ERFGOED_URL: `${sandbox}/erfgoed`,
        VERGUNNINGEN_URL: `${sandbox}/omgevingsloket`,
      },
      ipdc: { PGLITE_DATA_DIR: join(options.dir, 'ipdc'), IPDC_URL: `${sandbox}/ipdc`, IPDC_FEED_URL: `${sandbox}/ipdc`, IPDC_API_KEY: 'sandbox' },
      premies: {
        PGLITE_DATA_DIR: join(options.dir, 'premies'),
        // Applications at the Mijn VerbouwPremie desk and notifications to Mijn Burgerprofiel (not part of the workloads).
        PREMIE_VOORSTEL_SECRET: randomBytes(32).toString('hex'),
        MIJNVERBOUWPREMIE_URL: `${sandbox}/mijnverbouwpremie`,
        MIJNVERBOUWPREMIE_TOKEN_URL: `${issuers.acm}/token`,
        MIJNVERBOUWPREMIE_CLIENT_ID: premiesClient.clientId,
        MIJNVERBOUWPREMIE_CLIENT_SECRET: premiesClient.clientSecret,
        BURGERPROFIEL_URL: `${sandbox}/burgerprofiel`,
        BURGERPROFIEL_TOKEN_URL: `${issuers.acm}/token`,
        BURGERPROFIEL_CLIENT_ID: premiesBurgerprofielClient.clientId,
        BURGERPROFIEL_CLIENT_SECRET: premiesBurgerprofielClient.clientSecret,
      },
    };
    const subgraphs = {} as Record<SubgraphName, string>;
    const pids = {} as SeparateHub['pids'];
    pids.sandboxes = sandboxes.process.pid;
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const { process } = await launch(name, join(root, `subgraphs/${name}/dist/index.js`), {
          env: { ...common, PORT: String(ports[name]), ...env[name] },
          logFile: log(name),
          readyUrl: `http://127.0.0.1:${ports[name]}/ready`,
        });
        started.push(process);
        pids[name] = process.pid;
        subgraphs[name] = `http://127.0.0.1:${ports[name]}/graphql`;
      }),
    );

    const gatewayEnv = {
      ...common,
      SUBGRAPH_DOSSIER_URL: subgraphs.dossier,
      SUBGRAPH_WONINGPAS_URL: subgraphs.woningpas,
      SUBGRAPH_IPDC_URL: subgraphs.ipdc,
      SUBGRAPH_PREMIES_URL: subgraphs.premies,
      OIDC_ACM_ISSUER: issuers.acm,
      OIDC_ACM_JWKS_URL: `${issuers.acm}/jwks`,
      OIDC_ACM_AUDIENCE: AUDIENCE,
      OIDC_STAD_ISSUER: issuers.stad,
      OIDC_STAD_JWKS_URL: `${issuers.stad}/jwks`,
      OIDC_STAD_AUDIENCE: AUDIENCE,
    };
    const gatewayPort = await freePort();
    const gateway = await launch('gateway', join(root, 'gateway/dist/index.js'), {
      env: { ...gatewayEnv, PORT: String(gatewayPort) },
      logFile: log('gateway'),
      readyUrl: `http://127.0.0.1:${gatewayPort}/ready`,
    });
    started.push(gateway.process);
    pids.gateway = gateway.process.pid;
    const hive = await launch<{ url: string }>('hive', benchProcess('hive-main.js'), {
      env: { ...gatewayEnv, PORT: String(await freePort()) },
      logFile: log('hive'),
      ipc: true,
    });
    started.push(hive.process);
    pids.hive = hive.process.pid;

    return {
      urls: { gateway: `http://127.0.0.1:${gatewayPort}/graphql`, hive: `${hive.ready.url}/graphql`, sandbox, subgraphs },
      pids,
      identitySecret,
      sandboxCalls: async () => (await sandboxes.process.ask<{ calls: Record<string, number> }>({ type: 'calls' })).calls,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
