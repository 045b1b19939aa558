import { mkdirSync } from 'node:fs';
import { createLogger, openPglite, runService, type SharedPglite } from '@hub/shared';
import { createDossierOutboxWorker, loadDeliveryConfig } from './delivery/index.js';
import { createServer, loadDossierConfig, openDossierDatabase } from './server.js';

// Thin start: config -> database (PostgreSQL or embedded PGlite) -> migrate -> listen, and the outbox
// worker that delivers partner requests and Mijn Burgerprofiel notifications.
runService('dossier', async () => {
  const config = loadDossierConfig(process.env);
  const delivery = loadDeliveryConfig(process.env);
  const logger = createLogger('dossier', config.LOG_LEVEL);
  let pglite: SharedPglite | undefined;
  if (!config.DATABASE_URL) {
    mkdirSync(config.PGLITE_DATA_DIR, { recursive: true });
    pglite = await openPglite(config.PGLITE_DATA_DIR);
  }
  const dataSource = await openDossierDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL, logger } : { pglite: pglite!, logger });
  const server = await createServer({
    identitySecret: config.HUB_IDENTITY_SECRET,
    logger,
    dataSource,
    documenten: { maxBytes: config.DOCUMENT_MAX_BYTES, uploadTtlMs: config.DOCUMENT_UPLOAD_TTL_HOURS * 60 * 60 * 1000 },
    zaken: { deeplinkBase: config.DOSSIER_DEEPLINK_BASE, naAfsluitingDagen: config.LOPENDE_ZAKEN_NA_AFSLUITING_DAGEN },
    statistieken: { minGroep: config.STATISTIEK_MIN_GROEP, idLimiet: config.STATISTIEK_ID_LIMIET },
  });
  await server.listen(config.PORT, config.HOST);
  const outbox = createDossierOutboxWorker({ dataSource, config: delivery, logger });
  outbox.start();
  return {
    async close() {
      await outbox.stop();
      await server.close();
      await dataSource.destroy();
      await pglite?.close();
    },
  };
});
