import { LockMode } from '@mikro-orm/core';
import { blockingProblems, type EditResult, type TemplateDefinition } from '@kinerja/shared';
import { DomainError, localize } from '../../kernel/errors.js';
import type { Context } from '../../kernel/context.js';
import { isId } from '../../kernel/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { ruleProblemsError, staleRevision, versionFrozen, versionNotFound } from './template-errors.js';
import { TemplateVersion, TemplateVersionStatus } from './template-version.entity.js';

/** Locks a version row for the rest of the transaction, or fails with NOT_FOUND. */
export async function lockVersion(ctx: Context, tx: Context['em'], versionId: string): Promise<TemplateVersion> {
  const version = isId(versionId)
    ? await tx.findOne(TemplateVersion, { id: versionId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!version) throw versionNotFound(ctx.locale);
  return version;
}

/**
 * The one path by which a draft's definition changes: lock the row, refuse a published or retired
 * version and a stale revision, apply a pure `@kinerja/shared` edit, refuse what the edit would break,
 * then store it with a new revision and an audit record — all in one transaction.
 */
export async function editDraft(
  ctx: Context,
  input: { versionId: string; expectedRevision?: number | null },
  action: string,
  edit: (definition: TemplateDefinition) => EditResult,
): Promise<TemplateVersion> {
  return ctx.em.transactional(async (tx) => {
    const version = await lockVersion(ctx, tx, input.versionId);
    if (version.status !== TemplateVersionStatus.DRAFT) throw versionFrozen(version, ctx.locale);
    if (input.expectedRevision != null && input.expectedRevision !== version.revision) {
      throw staleRevision(version, input.expectedRevision, ctx.locale);
    }
    const before = version.definition;
    const result = edit(before);
    if (!result.ok) {
      const code = result.code.endsWith('NOT_FOUND') ? 'NOT_FOUND' : 'BAD_USER_INPUT';
      throw new DomainError(code, localize(result.message, ctx.locale), { reason: result.code });
    }
    const problems = blockingProblems(before, result.definition);
    if (problems.length > 0) {
      throw ruleProblemsError(
        {
          id: 'Perubahan ditolak karena membuat templat tidak valid.',
          en: 'The change was refused because it makes the template invalid.',
        },
        problems,
        ctx.locale,
      );
    }
    version.definition = result.definition;
    version.revision += 1;
    recordAudit(tx, ctx.actor, {
      action,
      entityType: 'TemplateVersion',
      entityId: version.id,
      before: { revision: version.revision - 1, definition: before },
      after: { revision: version.revision, definition: result.definition },
    });
    return version;
  });
}
