import { readFileSync } from 'node:fs';
import { createLogger, runService } from '@hub/shared';
import { createGateway, createJwtVerifier, loadGatewayConfig, loadLimits, loadTrustedDocuments, SUPERGRAPH_PATH } from './server.js';

// Thin start of the gateway as its own process (production). `npm start` runs the whole hub in one process instead.
runService('gateway', async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.logLevel);
  const gateway = await createGateway({
    config,
    logger,
    supergraphSdl: readFileSync(config.supergraphFile ?? SUPERGRAPH_PATH, 'utf8'),
    limits: loadLimits(config.limitsFile),
    verifyToken: createJwtVerifier(config.issuers, config.claims),
    ...(config.trustedDocumentsFile ? { trustedDocuments: loadTrustedDocuments(config.trustedDocumentsFile) } : {}),
  });
  await gateway.listen(config.port, config.host);
  return gateway;
});
