import { isBerakhlakCode } from '@kinerja/shared';
import { LockMode } from '@mikro-orm/core';
import type { ServiceContext } from '../../kernel/service-context.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { authorize, policy } from '../../policy/policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { PeriodState } from '../period/period.enums.js';
import { Period } from '../period/period.entity.js';
import { WorkResult } from '../work-plan/work-result.entity.js';
import { employeeOrPeriodNotFound, periodClosedForFeedback } from './feedback-errors.js';
import { FeedbackEntry } from './feedback-entry.entity.js';
import { FEEDBACK_TEXT_MAX } from './feedback.enums.js';
import { canSeeOwned, readScope } from '../../policy/read-scope.js';

export interface AddFeedback {
  employeeId: string;
  periodId: string;
  workResultId?: string | null;
  valueCode?: string | null;
  text: string;
}

/**
 * Adds a continuous feedback entry, by the employee or their direct supervisor, while the period is not
 * closed (the period row is locked FOR SHARE, so it cannot close meanwhile). A work result must belong to
 * a revision of the employee's plan for that period.
 */
export async function addFeedback(ctx: ServiceContext, input: AddFeedback): Promise<FeedbackEntry> {
  if (!isId(input.employeeId) || !isId(input.periodId)) throw employeeOrPeriodNotFound(ctx);
  return ctx.em.transactional(async (tx) => {
    const employee = await tx.findOne(Employee, { id: input.employeeId });
    const period = await tx.findOne(Period, { id: input.periodId }, { lockMode: LockMode.PESSIMISTIC_READ });
    if (!employee || !period || !canSeeOwned(await readScope(ctx), employee.id)) throw employeeOrPeriodNotFound(ctx);
    authorize(
      ctx.actor,
      ctx.locale,
      policy.giveFeedback(ctx.actor, { employeeId: employee.id, supervisorId: employee.supervisor?.id ?? null }),
    );
    if (period.state === PeriodState.CLOSED) throw periodClosedForFeedback(ctx, period);

    const check = new InputChecker(ctx.locale);
    const text = check.text('text', input.text, { id: 'Umpan balik', en: 'The feedback' }, FEEDBACK_TEXT_MAX);
    const valueCode = input.valueCode ?? null;
    if (valueCode !== null && !isBerakhlakCode(valueCode)) {
      check.add('valueCode', 'VALUE_UNKNOWN', {
        id: `'${valueCode}' bukan kode nilai BerAKHLAK.`,
        en: `'${valueCode}' is not a BerAKHLAK value code.`,
      });
    }
    if (valueCode !== null && input.workResultId != null) {
      check.add('valueCode', 'ONE_SUBJECT', {
        id: 'Umpan balik membahas satu hasil kerja atau satu nilai BerAKHLAK, tidak keduanya.',
        en: 'Feedback is about one work result or one BerAKHLAK value, not both.',
      });
    }
    let workResult: WorkResult | null = null;
    if (input.workResultId != null) {
      workResult = isId(input.workResultId)
        ? await tx.findOne(WorkResult, { id: input.workResultId, plan: { employee, period } })
        : null;
      if (!workResult) {
        check.add('workResultId', 'WORK_RESULT_UNKNOWN', {
          id: `Hasil kerja tidak ditemukan dalam rencana kerja ${employee.name} untuk ${period.year}.`,
          en: `No such work result in ${employee.name}'s work plan for ${period.year}.`,
        });
      }
    }
    check.throwIfAny();

    const entry = tx.create(FeedbackEntry, {
      employee,
      period,
      workResult,
      valueCode,
      text,
      author: ctx.actor.employeeId!,
    });
    recordAudit(tx, ctx.actor, {
      action: 'add',
      entityType: 'FeedbackEntry',
      entityId: entry.id,
      after: { employeeId: employee.id, periodId: period.id, workResultId: workResult?.id ?? null, valueCode, text },
    });
    return entry;
  });
}
