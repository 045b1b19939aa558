import { mkdirSync } from 'node:fs';
import { ConfigError, createLogger, openPglite, runService, type SharedPglite } from '@hub/shared';
import { createServer, loadPremiesConfig, loadRegelset, openPremiesDatabase, RegelsetError } from './server.js';

// Thin start of the premies subgraph as its own process. `npm start` runs the whole hub in one process instead.
runService('premies', async () => {
  const config = loadPremiesConfig(process.env);
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
  const server = await createServer({ identitySecret: config.HUB_IDENTITY_SECRET, logger, dataSource, regelset });
  await server.listen(config.PORT, config.HOST);
  return {
    async close() {
      await server.close();
      await dataSource.destroy();
      await pglite?.close();
    },
  };
});
