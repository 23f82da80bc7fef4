import { JobFamilyTemplatesResolver } from './job-family-templates.resolver.js';
import { TemplateDraftResolver } from './template-draft.resolver.js';
import { TemplateVersionResolver } from './template-version.resolver.js';
import { TemplateResolver } from './template.resolver.js';
import { INDICATOR_TYPES } from './definition.types.js';

export const templateResolvers = [
  TemplateResolver,
  TemplateVersionResolver,
  TemplateDraftResolver,
  JobFamilyTemplatesResolver,
] as const;
/** Indicator implementations are reached only through the interface, so they are listed for the schema. */
export const templateOrphanedTypes = INDICATOR_TYPES;
