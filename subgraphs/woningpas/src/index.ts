import { createLogger, runService } from '@hub/shared';
import { createServer, createWoningpasClients, loadWoningpasConfig } from './server.js';

runService('woningpas', async () => {
  const config = loadWoningpasConfig(process.env);
  const logger = createLogger('woningpas', config.LOG_LEVEL);
  const server = await createServer({
    identitySecret: config.HUB_IDENTITY_SECRET,
    logger,
    clients: createWoningpasClients(config, logger),
  });
  await server.listen(config.PORT, config.HOST);
  return server;
});
