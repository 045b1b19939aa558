import { mkdirSync } from 'node:fs';
import { createLogger, openPglite, runService, type SharedPglite } from '@hub/shared';
import { createServer, loadDossierConfig, openDossierDatabase } from './server.js';

// Thin start: config -> database (PostgreSQL or embedded PGlite) -> migrate -> listen.
runService('dossier', async () => {
  const config = loadDossierConfig(process.env);
  const logger = createLogger('dossier', config.LOG_LEVEL);
  let pglite: SharedPglite | undefined;
  if (!config.DATABASE_URL) {
    mkdirSync(config.PGLITE_DATA_DIR, { recursive: true });
    pglite = await openPglite(config.PGLITE_DATA_DIR);
  }
  const dataSource = await openDossierDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL, logger } : { pglite: pglite!, logger });
  const server = await createServer({ identitySecret: config.HUB_IDENTITY_SECRET, logger, dataSource });
  await server.listen(config.PORT, config.HOST);
  return {
    async close() {
      await server.close();
      await dataSource.destroy();
      await pglite?.close();
    },
  };
});
