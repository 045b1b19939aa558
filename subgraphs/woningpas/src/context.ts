import type { BaseContext } from '@hub/shared';
import type { WoningpasClients } from './clients/index.js';
import { createLoaders, type WoningLoaders } from './loaders.js';
import { EpcStatistiekService } from './services/epc-statistiek.js';
import { rechtsgrondVoor, rechtsgrondVoorStatistiek, type Rechtsgrond } from './services/reden.js';
import { WoningService } from './services/woningen.js';

export interface Context extends BaseContext {
  /** This request's loaders: each home's address and EPC fetched at most once, homes in parallel. */
  loaders: WoningLoaders;
  woningen: WoningService;
  /** The EPC labels of the guided homes for `Statistieken` (no personal data). */
  statistieken: EpcStatistiekService;
}

export interface ContextDeps {
  clients: WoningpasClients;
  /** Today's date as YYYY-MM-DD; EPC validity is checked against it. */
  vandaag?: () => string;
  /** How many homes the statistics look up at a time (default EPC_STATISTIEK_PARALLEL). */
  epcStatistiekParallel?: number;
}

const vandaagUtc = () => new Date().toISOString().slice(0, 10);

/** Builds the per-request context: fresh loaders (no data shared between callers) and the services. */
export function contextFactory(deps: ContextDeps) {
  return (base: BaseContext): Context => {
    let grond: Rechtsgrond | undefined;
    let statistiekGrond: Rechtsgrond | undefined;
    const rechtsgrond = () => (grond ??= rechtsgrondVoor(base.identity));
    const rechtsgrondStatistiek = () => (statistiekGrond ??= rechtsgrondVoorStatistiek(base.identity));
    const loaders = createLoaders({
      clients: deps.clients,
      logger: base.logger,
      rechtsgrond,
      rechtsgrondStatistiek,
      vandaag: deps.vandaag ?? vandaagUtc,
      ...(deps.epcStatistiekParallel ? { epcStatistiekParallel: deps.epcStatistiekParallel } : {}),
    });
    return {
      ...base,
      loaders,
      woningen: new WoningService({ identity: base.identity, adressenregister: deps.clients.adressenregister, loaders, rechtsgrond }),
      statistieken: new EpcStatistiekService({ identity: base.identity, loaders, rechtsgrond: rechtsgrondStatistiek, logger: base.logger }),
    };
  };
}
