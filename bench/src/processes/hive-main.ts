// Hive Gateway as a process of its own, configured with exactly the environment of our gateway process
// (loadGatewayConfig: PORT, HUB_IDENTITY_SECRET, SUBGRAPH_*_URL, OIDC_*), on gateway/supergraph.graphql.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { closeServer, listen } from '@hub/shared';
import { createJwtVerifier, loadGatewayConfig, SUPERGRAPH_PATH } from '@hub/gateway';
import { createHiveGateway } from '../hive/gateway.js';
import { closeOnStop, sayFailed, sayReady } from './child.js';

try {
  const config = loadGatewayConfig();
  const hive = createHiveGateway({
    supergraphSdl: readFileSync(config.supergraphFile ?? SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    identitySecret: config.identitySecret,
    verifyToken: createJwtVerifier(config.issuers, config.claims),
  });
  const server = createServer(hive.handle);
  server.keepAliveTimeout = 65_000;
  const port = await listen(server, config.port, config.host);
  closeOnStop(async () => {
    await closeServer(server);
    await hive.close();
  });
  sayReady({ url: `http://${config.host}:${port}` });
} catch (err) {
  sayFailed(err);
}
