import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../kernel/batch.js';
import { Template } from './template.entity.js';
import { TemplateVersion } from './template-version.entity.js';

export function templateLoaders(em: EntityManager) {
  return {
    templateById: byIdLoader(em, Template),
    templateVersionById: byIdLoader(em, TemplateVersion),
    templatesByFamily: groupLoader(
      (familyIds) => em.find(Template, { family: { $in: [...familyIds] } }, { orderBy: { name: 'asc' } }),
      (template) => template.family.id,
    ),
    versionsByTemplate: groupLoader(
      (templateIds) =>
        em.find(TemplateVersion, { template: { $in: [...templateIds] } }, { orderBy: { number: 'desc' } }),
      (version) => version.template.id,
    ),
  };
}
