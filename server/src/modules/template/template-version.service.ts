import { validateDefinition } from '@kinerja/shared';
import type { Context } from '../../kernel/context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { lockVersion } from './template-draft.service.js';
import { ruleProblemsError, staleRevision, versionFrozen } from './template-errors.js';
import { Template } from './template.entity.js';
import { TemplateVersion, TemplateVersionStatus } from './template-version.entity.js';

const summary = (version: TemplateVersion) => ({
  number: version.number,
  status: version.status,
  revision: version.revision,
});

/** A new draft copied from the latest version, lineage keys and all. One draft per template at a time. */
export async function createDraft(ctx: Context, templateId: string): Promise<TemplateVersion> {
  return ctx.em.transactional(async (tx) => {
    const template = isId(templateId) ? await tx.findOne(Template, { id: templateId }) : null;
    if (!template)
      throw new DomainError(
        'NOT_FOUND',
        localize({ id: 'Templat tidak ditemukan.', en: 'Template not found.' }, ctx.locale),
      );
    // Serialise draft creation per template: the row lock makes "latest version" stable.
    await tx
      .getConnection()
      .execute('select 1 from template where id = ? for update', [template.id], 'all', tx.getTransactionContext());
    const latest = await tx.findOne(TemplateVersion, { template }, { orderBy: { number: 'desc' } });
    if (latest?.status === TemplateVersionStatus.DRAFT) {
      throw new DomainError(
        'CONFLICT',
        localize(
          {
            id: `Templat ini sudah memiliki draf (versi ${latest.number}); lanjutkan draf itu.`,
            en: `This template already has a draft (version ${latest.number}); continue that one.`,
          },
          ctx.locale,
        ),
        { draftId: latest.id },
      );
    }
    if (!latest) throw new DomainError('INVALID_STATE', 'Template has no version.');
    const draft = tx.create(TemplateVersion, {
      template,
      number: latest.number + 1,
      definition: structuredClone(latest.definition),
    });
    recordAudit(tx, ctx.actor, {
      action: 'createDraft',
      entityType: 'TemplateVersion',
      entityId: draft.id,
      after: { ...summary(draft), from: latest.number },
    });
    return draft;
  });
}

/** Validates the draft with the rules engine and freezes it; refuses with every problem found. */
export async function publishVersion(
  ctx: Context,
  input: { versionId: string; expectedRevision?: number | null },
): Promise<TemplateVersion> {
  return ctx.em.transactional(async (tx) => {
    const version = await lockVersion(ctx, tx, input.versionId);
    if (version.status !== TemplateVersionStatus.DRAFT) throw versionFrozen(version, ctx.locale);
    if (input.expectedRevision != null && input.expectedRevision !== version.revision) {
      throw staleRevision(version, input.expectedRevision, ctx.locale);
    }
    const problems = validateDefinition(version.definition);
    if (problems.length > 0) {
      throw ruleProblemsError(
        {
          id: `Versi ${version.number} belum dapat diterbitkan: ${problems.length} masalah perlu diperbaiki.`,
          en: `Version ${version.number} cannot be published yet: ${problems.length} problem(s) to fix.`,
        },
        problems,
        ctx.locale,
      );
    }
    const before = summary(version);
    version.status = TemplateVersionStatus.PUBLISHED;
    version.publishedAt = new Date();
    recordAudit(tx, ctx.actor, {
      action: 'publish',
      entityType: 'TemplateVersion',
      entityId: version.id,
      before,
      after: summary(version),
    });
    return version;
  });
}

/** Takes a published version out of use for new periods; assessments that use it keep it. */
export async function retireVersion(ctx: Context, versionId: string): Promise<TemplateVersion> {
  return ctx.em.transactional(async (tx) => {
    const version = await lockVersion(ctx, tx, versionId);
    if (version.status !== TemplateVersionStatus.PUBLISHED) {
      throw new DomainError(
        'INVALID_STATE',
        localize(
          version.status === TemplateVersionStatus.DRAFT
            ? {
                id: 'Draf belum diterbitkan, jadi tidak dapat dipensiunkan; hapus atau terbitkan dulu.',
                en: 'A draft is not published, so it cannot be retired.',
              }
            : {
                id: `Versi ${version.number} sudah dipensiunkan.`,
                en: `Version ${version.number} is already retired.`,
              },
          ctx.locale,
        ),
        { status: version.status },
      );
    }
    const before = summary(version);
    version.status = TemplateVersionStatus.RETIRED;
    version.retiredAt = new Date();
    recordAudit(tx, ctx.actor, {
      action: 'retire',
      entityType: 'TemplateVersion',
      entityId: version.id,
      before,
      after: summary(version),
    });
    return version;
  });
}
