import { ConfigError } from '@hub/shared';
import { DEMO_PERSONAS } from '@hub/shared/demo';
import { startHub } from './hub.js';
import { loadStartConfig } from './start-config.js';

// `npm start`: the whole hub on the embedded defaults, in one process.

async function main() {
  const started = Date.now();
  const c = loadStartConfig(process.env);
  const hub = await startHub({
    ports: {
      gateway: c.GATEWAY_PORT,
      dossier: c.DOSSIER_PORT,
      woningpas: c.WONINGPAS_PORT,
      ipdc: c.IPDC_PORT,
      premies: c.PREMIES_PORT,
      sandbox: c.SANDBOX_PORT,
    },
    host: c.HUB_HOST,
    dataDir: c.HUB_DATA_DIR,
    ...(c.DATABASE_URL ? { databaseUrl: c.DATABASE_URL } : {}),
    seed: true,
    seedStatistieken: true,
    // the statistics demo lives in generated homes the sandboxes of the authentic sources also know
    syntheticHomes: true,
    trustedDocumentsRequiredFor: c.trustedDocumentsRequiredFor,
    sandboxLatencyMs: c.SANDBOX_LATENCY_MS,
    logLevel: c.LOG_LEVEL,
    mode: 'development',
  });
  const spoc = await hub.personaToken('spoc');
  const lines = [
    '',
    `Renovatiehub Leuven draait (klaar in ${((Date.now() - started) / 1000).toFixed(1)} s).`,
    '',
    `  GraphiQL:  ${hub.urls.gateway}/graphiql   (kies rechtsboven een demo-persona)`,
    `  GraphQL:   ${hub.urls.graphql}`,
    `  Gezondheid: ${hub.urls.gateway}/health  ·  ${hub.urls.gateway}/ready`,
    `  Subgraphs: ${Object.entries(hub.urls.subgraphs).map(([n, u]) => `${n} ${u}`).join(' · ')}`,
    `  Statistieken: ${hub.urls.gateway}/statistieken   (als analist, spoc of energieconsulent)`,
    `  Sandboxes en lokale identity provider: ${hub.urls.sandbox} (adressenregister, VEKA EPC en datadiensten, IPDC, Mijn VerbouwPremie, Mijn Burgerprofiel, partners, idp)`,
    `  Database:  ${c.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${c.HUB_DATA_DIR}/pglite`}`,
    '',
    'Demo-persona\'s (token: GET ' + `${hub.urls.sandbox}/idp/demo-token?persona=<key>):`,
    ...DEMO_PERSONAS.map((p) => `  ${p.key.padEnd(20)} ${p.naam.padEnd(20)} ${p.omschrijving}`),
    '',
    'Voorbeeld als spoc:',
    `  curl -s ${hub.urls.graphql} -H 'content-type: application/json' \\`,
    `    -H "authorization: Bearer $(curl -s '${hub.urls.sandbox}/idp/demo-token?persona=spoc' | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')" \\`,
    `    -d '{"query":"{ dossiers(first: 5) { totalCount edges { node { referentie fase woning { epc { label } } } } } }"}'`,
    '',
    `Een token voor spoc, 8 uur geldig:`,
    `  ${spoc}`,
    '',
    'Ctrl-C stopt alles.',
    '',
  ];
  process.stdout.write(lines.join('\n'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stdout.write(`\n${signal}: de hub stopt…\n`);
    hub.close().then(
      () => {
        process.stdout.write('Gestopt.\n');
        process.exit(0);
      },
      (err: unknown) => {
        process.stderr.write(`Fout bij het stoppen: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`De hub kon niet starten: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
