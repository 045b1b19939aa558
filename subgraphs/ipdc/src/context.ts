import type { BaseContext } from '@hub/shared';
import type { ProductService } from './services/producten.js';
import type { ReplicatieStatusService } from './services/replicatie-status.js';

/** The context of one request: the base context plus this request's product service (and its DataLoader). */
export interface Context extends BaseContext {
  producten: ProductService;
  replicatie: ReplicatieStatusService;
}
