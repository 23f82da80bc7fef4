import { LockMode } from '@mikro-orm/core';
import {
  ORGANISATION_RATINGS,
  SE_MENPANRB_3_2023_GUIDELINE,
  sameGuidelineRules,
  validateGuidelineRules,
  type GuidelineRule,
} from '@kinerja/shared';
import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Predikat } from '../template/definition.enums.js';
import { DistributionGuideline } from './distribution-guideline.entity.js';
import type { DistributionGuidelineRow, GuidelineBound, SetDistributionGuidelineInput } from './distribution.types.js';

/** Rules as the API shows them: `percent` null where a kind takes none. */
export const boundsOf = (rules: readonly GuidelineRule[]): GuidelineBound[] =>
  rules.map((rule) => ({
    kind: rule.kind,
    predikat: [...rule.predikat] as Predikat[],
    percent: 'percent' in rule ? rule.percent : null,
  }));

export const guidelineRow = (row: DistributionGuideline): DistributionGuidelineRow => ({
  id: row.id,
  organisationRating: row.organisationRating,
  rules: boundsOf(row.rules),
  revision: row.revision,
  updatedAt: row.updatedAt,
  updatedByName: row.updatedByName,
  matchesRegulation: sameGuidelineRules(row.rules, SE_MENPANRB_3_2023_GUIDELINE[row.organisationRating]),
});

/** The installation's (instansi's) guideline, one row per capaian kinerja organisasi, best first. */
export async function distributionGuideline(ctx: ServiceContext): Promise<DistributionGuidelineRow[]> {
  const rows = await ctx.em.find(DistributionGuideline, {});
  return rows
    .sort(
      (a, b) => ORGANISATION_RATINGS.indexOf(a.organisationRating) - ORGANISATION_RATINGS.indexOf(b.organisationRating),
    )
    .map(guidelineRow);
}

/**
 * Replaces the bounds of one row (an administrator adjusting the guideline for this instansi). The shared
 * rules check the bounds; the change and its audit record land in one transaction. It only changes what the
 * distribution check warns about: it never blocks anything.
 */
export async function setDistributionGuideline(
  ctx: ServiceContext,
  input: SetDistributionGuidelineInput,
): Promise<DistributionGuidelineRow> {
  const checked = validateGuidelineRules(
    input.rules.map((rule) => ({ kind: rule.kind, predikat: rule.predikat, percent: rule.percent ?? null })),
  );
  if (!checked.ok) {
    const problems = checked.problems.map((p) => ({
      field: p.path,
      code: p.code,
      message: localize(p.message, ctx.locale),
    }));
    const first = problems[0]!.message;
    throw new DomainError('BAD_USER_INPUT', problems.length === 1 ? first : `${first} (+${problems.length - 1})`, {
      problems,
    });
  }
  return ctx.em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(
      DistributionGuideline,
      { organisationRating: input.organisationRating },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (input.expectedRevision != null && input.expectedRevision !== row.revision) {
      throw new DomainError(
        'CONFLICT',
        localize(
          {
            id: `Baris pedoman ini sudah diubah (revisi ${row.revision}${row.updatedByName ? `, oleh ${row.updatedByName}` : ''}), bukan revisi ${input.expectedRevision}. Muat ulang, lalu ubah lagi.`,
            en: `This guideline row has changed (revision ${row.revision}${row.updatedByName ? `, by ${row.updatedByName}` : ''}), not revision ${input.expectedRevision}. Reload, then change it again.`,
          },
          ctx.locale,
        ),
        { currentRevision: row.revision },
      );
    }
    if (sameGuidelineRules(row.rules, checked.rules)) return guidelineRow(row);
    const before = { organisationRating: row.organisationRating, rules: row.rules, revision: row.revision };
    Object.assign(row, {
      rules: checked.rules,
      revision: row.revision + 1,
      updatedAt: new Date(),
      updatedById: ctx.actor.userId,
      updatedByName: ctx.actor.name,
    });
    recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'DistributionGuideline',
      entityId: row.id,
      before,
      after: { organisationRating: row.organisationRating, rules: row.rules, revision: row.revision },
    });
    return guidelineRow(row);
  });
}
