import { mkdirSync } from 'node:fs';
import { createLogger, openPglite, runService, type SharedPglite } from '@hub/shared';
import { createIpdcClient, createIpdcSync, createServer, loadIpdcConfig, openIpdcDatabase } from './server.js';

// Thin start of the ipdc subgraph as its own process. `npm start` runs the whole hub in one process instead.
runService('ipdc', async () => {
  const config = loadIpdcConfig();
  const logger = createLogger('ipdc', config.logLevel);
  let pglite: SharedPglite | undefined;
  if (!config.databaseUrl) {
    mkdirSync(config.pgliteDataDir, { recursive: true });
    pglite = await openPglite(config.pgliteDataDir);
  }
  const dataSource = await openIpdcDatabase(config.databaseUrl ? { url: config.databaseUrl, logger } : { pglite: pglite!, logger });
  const ipdc = createIpdcClient(config, logger);
  const sync = createIpdcSync({ dataSource, ipdc, logger, intervalMs: config.syncIntervalMs });
  const server = await createServer({ identitySecret: config.identitySecret, logger, ipdc, dataSource, sync });
  await server.listen(config.port, config.host);
  // The first sync starts at once; /ready answers 503 until the replica can serve.
  sync.start();
  return {
    async close() {
      await sync.stop();
      await server.close();
      await dataSource.destroy();
      await pglite?.close();
    },
  };
});
