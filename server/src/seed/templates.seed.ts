import { validateDefinition } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { JobFamily } from '../modules/job-family/job-family.entity.js';
import { Template } from '../modules/template/template.entity.js';
import { TemplateVersion, TemplateVersionStatus } from '../modules/template/template-version.entity.js';
import { SEED_TEMPLATES } from './templates/index.js';

/**
 * Creates one template per seeded job family with a published version 1. Expects the families to
 * exist (seedFamilies). Every definition is validated by the rules engine first: a seed that could
 * not be published through the API is refused, not stored.
 */
export async function seedTemplates(em: EntityManager): Promise<TemplateVersion[]> {
  const versions: TemplateVersion[] = [];
  for (const seed of SEED_TEMPLATES) {
    const definition = seed.definition();
    const problems = validateDefinition(definition);
    if (problems.length > 0) {
      const list = problems.map((item) => `${item.code} at ${item.path}: ${item.message.en}`).join('; ');
      throw new Error(`Seed template '${seed.name}' is not valid: ${list}`);
    }
    const family = await em.findOneOrFail(JobFamily, { code: seed.familyCode });
    const template = em.create(Template, { family, name: seed.name });
    versions.push(
      em.create(TemplateVersion, {
        template,
        number: 1,
        status: TemplateVersionStatus.PUBLISHED,
        publishedAt: new Date(),
        definition,
      }),
    );
  }
  await em.flush();
  return versions;
}
