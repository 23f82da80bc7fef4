import { LockMode } from '@mikro-orm/core';
import type { ServiceContext } from '../../kernel/service-context.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { authorize, policy } from '../../policy/policy.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { objectionDecided, objectionNotFound } from './objection-errors.js';
import { Objection } from './objection.entity.js';
import { OBJECTION_TEXT_MAX, ObjectionStatus } from './objection.enums.js';

export interface ReassignObjection {
  objectionId: string;
  deciderId: string;
  reason: string;
}

/**
 * HR hands a pending objection to another official (e.g. a Plt) when its decider — the assessor's supervisor —
 * is absent or there is none (PP 30/2019), with a recorded reason. Never to the HR officer themself (their own
 * employee record), the assessor or the objecting employee; the new decider must be an active employee. The
 * objection keeps the latest hand-over and its reason; the audit trail keeps every one.
 */
export async function reassignObjection(ctx: ServiceContext, input: ReassignObjection): Promise<Objection> {
  authorize(ctx.actor, ctx.locale, policy.reassignObjection(ctx.actor));
  return ctx.em.transactional(async (tx) => {
    const objection = isId(input.objectionId)
      ? await tx.findOne(Objection, { id: input.objectionId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!objection) throw objectionNotFound(ctx);
    if (objection.status !== ObjectionStatus.PENDING) throw objectionDecided(ctx, objection);
    const assessment = await tx.findOneOrFail(Assessment, { id: objection.assessment.id });

    const check = new InputChecker(ctx.locale);
    const reason = check.text(
      'reason',
      input.reason,
      { id: 'Alasan pengalihan', en: 'The reason for the hand-over' },
      OBJECTION_TEXT_MAX,
    );
    const decider = isId(input.deciderId) ? await tx.findOne(Employee, { id: input.deciderId }) : null;
    const refuse = (code: string, message: { id: string; en: string }) => check.add('deciderId', code, message);
    if (!decider) {
      refuse('DECIDER_NOT_FOUND', {
        id: 'Pegawai yang ditunjuk tidak ditemukan; pilih pejabat yang akan memutuskan keberatan.',
        en: 'The employee chosen was not found; choose the official who will decide the objection.',
      });
    } else if (decider.id === ctx.actor.employeeId) {
      refuse('DECIDER_SELF', {
        id: 'Pengelola kinerja tidak dapat mengalihkan keberatan kepada dirinya sendiri; pilih pejabat lain (misalnya Plt atasan pejabat penilai).',
        en: 'HR cannot hand an objection to themself; choose another official (e.g. the acting supervisor of the assessor).',
      });
    } else if (decider.id === assessment.assessor.id) {
      refuse('DECIDER_ASSESSOR', {
        id: 'Pejabat penilai tidak dapat memutuskan keberatan atas penilaiannya sendiri (PP 30/2019); pilih pejabat lain.',
        en: 'The assessor cannot decide an objection to their own assessment (PP 30/2019); choose another official.',
      });
    } else if (decider.id === objection.employee.id) {
      refuse('DECIDER_EMPLOYEE', {
        id: 'Pegawai yang mengajukan keberatan tidak dapat memutuskannya sendiri; pilih pejabat lain.',
        en: 'The objecting employee cannot decide their own objection; choose another official.',
      });
    } else if (!decider.active) {
      refuse('DECIDER_INACTIVE', {
        id: `${decider.name} tidak lagi aktif; pilih pegawai aktif.`,
        en: `${decider.name} is no longer active; choose an active employee.`,
      });
    } else if (decider.id === objection.decidedBy?.id) {
      refuse('DECIDER_UNCHANGED', {
        id: `Keberatan ini sudah ditujukan kepada ${decider.name}; pilih pejabat lain.`,
        en: `This objection is already addressed to ${decider.name}; choose another official.`,
      });
    }
    check.throwIfAny();

    const before = { deciderId: objection.decidedBy?.id ?? null };
    Object.assign(objection, { decidedBy: decider, reassignedAt: new Date(), reassignmentReason: reason });
    recordAudit(tx, ctx.actor, {
      action: 'reassign',
      entityType: 'Objection',
      entityId: objection.id,
      before,
      after: { deciderId: decider!.id },
      note: reason,
    });
    return objection;
  });
}
