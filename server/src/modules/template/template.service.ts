import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type Locale } from '../../graphql/errors.js';
import { isId } from '../../graphql/ids.js';
import { InputChecker } from '../../graphql/input-problems.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { starterDefinition } from './starter-definition.js';
import { Template } from './template.entity.js';
import { TemplateVersion } from './template-version.entity.js';

export async function createTemplate(
  em: EntityManager,
  locale: Locale,
  input: { familyId: string; name: string },
): Promise<Template> {
  const check = new InputChecker(locale);
  const name = check.text('name', input.name, { id: 'Nama templat', en: 'Template name' });
  check.throwIfAny();
  return em.transactional(async (tx) => {
    const family = isId(input.familyId) ? await tx.findOne(JobFamily, { id: input.familyId }) : null;
    if (!family) throw notFound({ id: 'Rumpun jabatan tidak ditemukan.', en: 'Job family not found.' }, locale);
    const template = tx.create(Template, { family, name });
    tx.create(TemplateVersion, { template, number: 1, definition: starterDefinition() });
    return template;
  });
}
