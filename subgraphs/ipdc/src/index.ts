import { createLogger, runService } from '@hub/shared';
import { createIpdcClient, createServer, loadIpdcConfig } from './server.js';

// Thin start of the ipdc subgraph as its own process.
runService('ipdc', async () => {
  const config = loadIpdcConfig();
  const logger = createLogger('ipdc', config.logLevel);
  const server = await createServer({
    identitySecret: config.identitySecret,
    logger,
    ipdc: createIpdcClient(config, logger),
    catalogusTtlMs: config.catalogusTtlMs,
  });
  await server.listen(config.port, config.host);
  return server;
});
