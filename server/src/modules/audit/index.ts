import { AuditResolver } from './audit.resolver.js';

export const auditResolvers = [AuditResolver] as const;
