import { createLogger, runService } from '@hub/shared';
import { createServer, createWoningpasCache, createWoningpasClients, loadWoningpasConfig } from './server.js';

runService('woningpas', async () => {
  const config = loadWoningpasConfig(process.env);
  const logger = createLogger('woningpas', config.LOG_LEVEL);
  const cache = await createWoningpasCache(config, logger);
  const server = await createServer({
    identitySecret: config.HUB_IDENTITY_SECRET,
    logger,
    clients: createWoningpasClients(config, logger),
    epcStatistiekParallel: config.EPC_STATISTIEK_PARALLEL,
    ...(cache ? { cache } : {}),
  });
  await server.listen(config.PORT, config.HOST);
  return {
    async close() {
      await server.close();
      await cache?.close();
    },
  };
});
