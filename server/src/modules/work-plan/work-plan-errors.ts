import type { Problem } from '@kinerja/shared';
import { DomainError, localize, type Locale, type LocalizedMessage } from '../../kernel/errors.js';
import type { Period } from '../period/period.entity.js';
import type { WorkPlan } from './work-plan.entity.js';
import type { WorkPlanStatus } from './work-plan.enums.js';

/** Names of the statuses for messages: Indonesian first, English second. */
export const STATUS_LABELS: Readonly<Record<WorkPlanStatus, LocalizedMessage>> = {
  DRAFT: { id: 'Draf', en: 'draft' },
  SUBMITTED: { id: 'Diajukan', en: 'submitted' },
  APPROVED: { id: 'Disetujui', en: 'approved' },
  RETURNED: { id: 'Dikembalikan', en: 'returned' },
  SUPERSEDED: { id: 'Digantikan', en: 'superseded' },
};

export function unauthenticated(locale: Locale): DomainError {
  return new DomainError(
    'UNAUTHENTICATED',
    localize({ id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' }, locale),
  );
}

export function planNotFound(locale: Locale): DomainError {
  return new DomainError(
    'NOT_FOUND',
    localize({ id: 'Rencana kerja tidak ditemukan.', en: 'Work plan not found.' }, locale),
    { field: 'planId' },
  );
}

/** Says what is not allowed and nothing about whose plan it is or who could do it. */
export function forbidden(verb: LocalizedMessage, locale: Locale): DomainError {
  return new DomainError(
    'FORBIDDEN',
    localize(
      {
        id: `Anda tidak berwenang ${verb.id} rencana kerja ini.`,
        en: `You are not allowed to ${verb.en} this work plan.`,
      },
      locale,
    ),
  );
}

/** The current status, and the statuses in which the action is possible. */
export function wrongState(
  plan: WorkPlan,
  allowed: readonly WorkPlanStatus[],
  verb: LocalizedMessage,
  locale: Locale,
): DomainError {
  const current = STATUS_LABELS[plan.status as WorkPlanStatus];
  const list = (lang: 'id' | 'en', or: string) => allowed.map((s) => STATUS_LABELS[s][lang]).join(or);
  return new DomainError(
    'INVALID_STATE',
    localize(
      {
        id: `Rencana kerja revisi ${plan.revision} berstatus ${current.id} (${plan.status}); hanya rencana berstatus ${list('id', ' atau ')} yang dapat ${verb.id}.`,
        en: `Work plan revision ${plan.revision} is ${current.en} (${plan.status}); only a ${list('en', ' or ')} plan can be ${verb.en}.`,
      },
      locale,
    ),
    { status: plan.status },
  );
}

export function periodClosed(period: Period, locale: Locale): DomainError {
  return new DomainError(
    'INVALID_STATE',
    localize(
      {
        id: `Periode ${period.year} sudah ditutup (CLOSED); rencana kerjanya tidak dapat dibuat atau diubah lagi.`,
        en: `Period ${period.year} is closed (CLOSED); its work plans can no longer be created or changed.`,
      },
      locale,
    ),
    { state: period.state },
  );
}

export function stalePlan(plan: WorkPlan, expected: number, locale: Locale): DomainError {
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `Rencana kerja ini sudah diubah orang lain (versi ${plan.lockVersion}, Anda mengubah versi ${expected}). Muat ulang lalu ulangi perubahan Anda.`,
        en: `Someone else changed this work plan (version ${plan.lockVersion}; you edited version ${expected}). Reload and apply your change again.`,
      },
      locale,
    ),
    { currentLockVersion: plan.lockVersion },
  );
}

export function planExists(existing: WorkPlan, locale: Locale): DomainError {
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `Pegawai ini sudah memiliki rencana kerja untuk periode tersebut (revisi ${existing.revision}, ${STATUS_LABELS[existing.status as WorkPlanStatus].id}); lanjutkan rencana itu.`,
        en: `This employee already has a work plan for that period (revision ${existing.revision}, ${STATUS_LABELS[existing.status as WorkPlanStatus].en}); continue that one.`,
      },
      locale,
    ),
    { planId: existing.id, status: existing.status },
  );
}

export function openRevisionExists(existing: WorkPlan, locale: Locale): DomainError {
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `Revisi ${existing.revision} rencana kerja ini sedang berjalan (${STATUS_LABELS[existing.status as WorkPlanStatus].id}); lanjutkan revisi itu.`,
        en: `Revision ${existing.revision} of this work plan is already in progress (${STATUS_LABELS[existing.status as WorkPlanStatus].en}); continue that one.`,
      },
      locale,
    ),
    { planId: existing.id, status: existing.status },
  );
}

export function noSupervisor(locale: Locale): DomainError {
  return new DomainError(
    'INVALID_STATE',
    localize(
      {
        id: 'Rencana kerja belum dapat diajukan: Anda belum memiliki atasan langsung (pejabat penilai). Minta pengelola kepegawaian menetapkannya.',
        en: 'The work plan cannot be submitted yet: you have no direct supervisor (pejabat penilai). Ask HR to assign one.',
      },
      locale,
    ),
    { reason: 'NO_SUPERVISOR' },
  );
}

/** BAD_USER_INPUT carrying every problem, each with the path of the value to fix. */
export function planProblemsError(
  summary: LocalizedMessage,
  problems: readonly Problem[],
  locale: Locale,
): DomainError {
  const first = problems[0] ? localize(problems[0].message, locale) : '';
  const more = problems.length > 1 ? ` (+${problems.length - 1})` : '';
  return new DomainError('BAD_USER_INPUT', `${localize(summary, locale)} ${first}${more}`.trim(), {
    problems: problems.map((p) => ({
      path: p.path,
      field: p.path,
      code: p.code,
      message: localize(p.message, locale),
    })),
  });
}
