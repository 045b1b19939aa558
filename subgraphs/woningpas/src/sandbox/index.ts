import type { Sandbox } from '@hub/shared';
import { createAdressenregisterSandbox } from './adressenregister.js';
import { loadAdressen, loadCertificaten } from './fixtures.js';
import { createVekaSandbox, type VekaSandboxOptions } from './veka.js';

export type { VekaSandboxOptions } from './veka.js';

/**
 * Local stand-ins of the woningpas upstreams, speaking their real contracts from fixture files for the
 * demo homes of `@hub/shared/demo`: the address register under `/basisregisters` and the VEKA dossier
 * API under `/veka` (point ADRESSENREGISTER_URL and VEKA_DOSSIER_API_URL at `http://host:port/{prefix}`).
 */
export function createWoningpasSandboxes(options: VekaSandboxOptions = {}): Sandbox[] {
  return [createAdressenregisterSandbox(loadAdressen()), createVekaSandbox(loadCertificaten(), options)];
}
