import { mkdirSync } from 'node:fs';
import { ConfigError, createLogger, openPglite, runService, type SharedPglite } from '@hub/shared';
import {
  createPremieAanvraagDiensten,
  createServer,
  loadAanvraagConfig,
  loadPremiesConfig,
  loadRegelset,
  openPremiesDatabase,
  RegelsetError,
} from './server.js';

// Thin start of the premies subgraph as its own process. `npm start` runs the whole hub in one process instead.
runService('premies', async () => {
  // Both loaders' problems are reported together.
  const problems: string[] = [];
  const load = <T>(loader: () => T): T | undefined => {
    try {
      return loader();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems);
      return undefined;
    }
  };
  const config = load(() => loadPremiesConfig(process.env));
  const aanvraagConfig = load(() => loadAanvraagConfig(process.env));
  if (!config || !aanvraagConfig) throw new ConfigError(problems);
  const logger = createLogger('premies', config.LOG_LEVEL);
  let regelset;
  try {
    regelset = loadRegelset(config.PREMIE_REGELS_FILE);
  } catch (err) {
    // A broken rule set is a configuration problem: a readable list, no stack trace.
    if (err instanceof RegelsetError) throw new ConfigError(err.problems.map((p) => `PREMIE_REGELS_FILE (${err.file}): ${p}`));
    throw err;
  }
  logger.info({ versie: regelset.versie, regimes: regelset.alleRegimes.map((r) => r.id) }, 'premie rule set loaded');
  let pglite: SharedPglite | undefined;
  if (!config.DATABASE_URL) {
    mkdirSync(config.PGLITE_DATA_DIR, { recursive: true });
    pglite = await openPglite(config.PGLITE_DATA_DIR);
  }
  const dataSource = await openPremiesDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL, logger } : { pglite: pglite!, logger });
  // Submissions to Mijn VerbouwPremie and notifications go through the outbox; the follower polls the desk.
  const aanvragen = createPremieAanvraagDiensten({ dataSource, config: aanvraagConfig, logger });
  const server = await createServer({ identitySecret: config.HUB_IDENTITY_SECRET, logger, dataSource, regelset, voorstel: aanvragen.voorstel });
  await server.listen(config.PORT, config.HOST);
  aanvragen.outbox.start();
  if (aanvraagConfig.PREMIE_VOLGER_INTERVAL_MS > 0) aanvragen.volger.start();
  return {
    async close() {
      await server.close();
      await aanvragen.volger.stop();
      await aanvragen.outbox.stop();
      await dataSource.destroy();
      await pglite?.close();
    },
  };
});
