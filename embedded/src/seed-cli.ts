import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { ConfigError, createLogger, env, loadConfig, openPglite } from '@hub/shared';
import { openDossierDatabase } from '@hub/dossier';
import { openPremiesDatabase } from '@hub/premies';
import { seedDemoData } from './hub.js';

// `npm run seed`: migrates and loads the demo data into DATABASE_URL, or into the embedded database.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main() {
  const c = loadConfig({ HUB_DATA_DIR: env.string(`${repoRoot}.data`), DATABASE_URL: env.postgresUrl() });
  const logger = createLogger('seed', 'info');
  let pglite;
  if (!c.DATABASE_URL) {
    mkdirSync(c.HUB_DATA_DIR, { recursive: true });
    pglite = await openPglite(join(c.HUB_DATA_DIR, 'pglite'));
  }
  const options = c.DATABASE_URL ? { url: c.DATABASE_URL, logger } : { pglite: pglite!, logger };
  const dossierDb = await openDossierDatabase(options);
  const premiesDb = await openPremiesDatabase(options);
  try {
    await seedDemoData(dossierDb, premiesDb, { statistieken: true });
    logger.info({ target: c.DATABASE_URL ? 'DATABASE_URL' : `${c.HUB_DATA_DIR}/pglite` }, 'demo data loaded');
  } finally {
    await dossierDb.destroy();
    await premiesDb.destroy();
    await pglite?.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `Seed failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
