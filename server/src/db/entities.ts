import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { JobFamily } from '../modules/job-family/job-family.entity.js';
import { Template } from '../modules/template/template.entity.js';
import { TemplateVersion } from '../modules/template/template-version.entity.js';

/** Every entity, listed explicitly: no runner ever has to discover `.ts` files at run time. */
export const entities = [AuditRecord, JobFamily, Template, TemplateVersion];
