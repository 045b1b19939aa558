import type { Sandbox } from '@hub/shared';
import { createAdressenregisterSandbox } from './adressenregister.js';
import { createDatadienstenSandbox } from './datadiensten.js';
import { createErfgoedSandbox } from './erfgoed.js';
import { loadAanduidingsobjecten, loadAdressen, loadCertificaten, loadGebouweenheden, loadProjecten, loadWerken } from './fixtures.js';
import { createOmgevingsloketSandbox } from './omgevingsloket.js';
import { createSynthetischeWoningen } from './synthetisch.js';
import { createVekaSandbox, type VekaSandboxOptions } from './veka.js';

export type { VekaSandboxOptions } from './veka.js';
export { createSynthetischeWoningen, synthetischAdresId, SYNTHETISCHE_ADRESIDS, type SynthetischeWoningen } from './synthetisch.js';

export interface WoningpasSandboxOptions extends Omit<VekaSandboxOptions, 'synthetisch'> {
  /**
   * Benchmarks: also answer for generated homes, any address id from SYNTHETISCHE_ADRESIDS (a
   * deterministic address, building unit and EPC per id; every tenth home without EPC). The fixture
   * homes answer as always.
   */
  synthetischeWoningen?: boolean;
}

/** The path prefix of each woningpas sandbox on the sandbox host: base URL = `http://host:port/{prefix}`. */
export const SANDBOX_PREFIXES = {
  /** ADRESSENREGISTER_URL */
  adressenregister: 'basisregisters',
  /** VEKA_DOSSIER_API_URL */
  veka: 'veka',
  /** VEKA_DATADIENSTEN_URL */
  datadiensten: 'veka-datadiensten',
  /** ERFGOED_URL */
  erfgoed: 'erfgoed',
  /** VERGUNNINGEN_URL */
  vergunningen: 'omgevingsloket',
} as const;

/**
 * Local stand-ins of the woningpas upstreams, speaking their contracts from fixture files for the demo
 * homes of `@hub/shared/demo` (and one house split into two flats, Vaartstraat 5): the address and
 * building register, the VEKA dossier API and datadiensten, and the heritage and permit lookups (sandbox
 * contracts). See SANDBOX_PREFIXES for where each is served.
 */
export function createWoningpasSandboxes(options: WoningpasSandboxOptions = {}): Sandbox[] {
  const { synthetischeWoningen, ...veka } = options;
  const synthetisch = synthetischeWoningen ? createSynthetischeWoningen() : undefined;
  return [
    createAdressenregisterSandbox(loadAdressen(), loadGebouweenheden(), synthetisch),
    createVekaSandbox(loadCertificaten(), { ...veka, ...(synthetisch ? { synthetisch } : {}) }),
    createDatadienstenSandbox(loadWerken()),
    createErfgoedSandbox(loadAanduidingsobjecten()),
    createOmgevingsloketSandbox(loadProjecten()),
  ];
}
