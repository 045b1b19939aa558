export { AuditCollector, flushAudit, type AuditEntry } from './collector.js';
export { AuditRepository, type AuditPosition } from './audit.repository.js';
export { AuditLogEntity, type AuditLogRow } from './audit-log.entity.js';
export { auditPlugin } from './plugin.js';
