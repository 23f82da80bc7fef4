import type { Context } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { recordAudit } from '../audit/audit.service.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { starterDefinition } from './starter-definition.js';
import { Template } from './template.entity.js';
import { TemplateVersion } from './template-version.entity.js';

/** A new template with draft version 1: an empty Hasil Kerja section and the BerAKHLAK section. */
export async function createTemplate(ctx: Context, input: { familyId: string; name: string }): Promise<Template> {
  const check = new InputChecker(ctx.locale);
  const name = check.text('name', input.name, { id: 'Nama templat', en: 'Template name' });
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const family = isId(input.familyId) ? await tx.findOne(JobFamily, { id: input.familyId }) : null;
    if (!family) throw notFound({ id: 'Rumpun jabatan tidak ditemukan.', en: 'Job family not found.' }, ctx.locale);
    const template = tx.create(Template, { family, name });
    const draft = tx.create(TemplateVersion, { template, number: 1, definition: starterDefinition() });
    recordAudit(tx, ctx.actor, {
      action: 'create',
      entityType: 'Template',
      entityId: template.id,
      after: { name, familyId: family.id },
    });
    recordAudit(tx, ctx.actor, {
      action: 'createDraft',
      entityType: 'TemplateVersion',
      entityId: draft.id,
      after: { number: 1 },
    });
    return template;
  });
}
