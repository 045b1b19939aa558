import type { Sandbox } from '@hub/shared';
import { createAdressenregisterSandbox } from './adressenregister.js';
import { createDatadienstenSandbox } from './datadiensten.js';
import { createErfgoedSandbox } from './erfgoed.js';
import { loadAanduidingsobjecten, loadAdressen, loadCertificaten, loadGebouweenheden, loadProjecten, loadWerken } from './fixtures.js';
import { createOmgevingsloketSandbox } from './omgevingsloket.js';
import { createVekaSandbox, type VekaSandboxOptions } from './veka.js';

export type { VekaSandboxOptions } from './veka.js';

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
export function createWoningpasSandboxes(options: VekaSandboxOptions = {}): Sandbox[] {
  return [
    createAdressenregisterSandbox(loadAdressen(), loadGebouweenheden()),
    createVekaSandbox(loadCertificaten(), options),
    createDatadienstenSandbox(loadWerken()),
    createErfgoedSandbox(loadAanduidingsobjecten()),
    createOmgevingsloketSandbox(loadProjecten()),
  ];
}
