import type { BaseContext } from '@hub/shared';
import type { WoningpasClients } from './clients/index.js';
import { createLoaders, type WoningLoaders } from './loaders.js';
import { rechtsgrondVoor, type Rechtsgrond } from './services/reden.js';
import { WoningService } from './services/woningen.js';

export interface Context extends BaseContext {
  /** This request's loaders: each home's address and EPC fetched at most once, homes in parallel. */
  loaders: WoningLoaders;
  woningen: WoningService;
}

export interface ContextDeps {
  clients: WoningpasClients;
  /** Today's date as YYYY-MM-DD; EPC validity is checked against it. */
  vandaag?: () => string;
}

const vandaagUtc = () => new Date().toISOString().slice(0, 10);

/** Builds the per-request context: fresh loaders (no data shared between callers) and the services. */
export function contextFactory(deps: ContextDeps) {
  return (base: BaseContext): Context => {
    let grond: Rechtsgrond | undefined;
    const rechtsgrond = () => (grond ??= rechtsgrondVoor(base.identity));
    const loaders = createLoaders({ clients: deps.clients, logger: base.logger, rechtsgrond, vandaag: deps.vandaag ?? vandaagUtc });
    return {
      ...base,
      loaders,
      woningen: new WoningService({ identity: base.identity, adressenregister: deps.clients.adressenregister, loaders, rechtsgrond }),
    };
  };
}
