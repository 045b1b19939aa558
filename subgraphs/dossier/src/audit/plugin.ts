import type { BaseContext, SubgraphServerOptions } from '@hub/shared';
import { flushAudit, type AuditCollector } from './collector.js';

/**
 * Writes the reads and refusals a request collected, in one INSERT, once its response is produced
 * (also when it failed: a refused attempt is audited precisely then).
 */
export function auditPlugin<C extends BaseContext & { audit: AuditCollector }>(): NonNullable<SubgraphServerOptions<C>['plugins']>[number] {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          await flushAudit(contextValue.audit, contextValue.logger, contextValue.requestId);
        },
      };
    },
  };
}
