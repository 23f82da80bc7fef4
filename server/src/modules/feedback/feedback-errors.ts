import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { invalidState } from '../assessment/assessment-errors.js';
import type { Period } from '../period/period.entity.js';
import type { AssessmentFeedback } from './assessment-feedback.entity.js';

export function employeeOrPeriodNotFound(ctx: ServiceContext): DomainError {
  return new DomainError(
    'NOT_FOUND',
    localize({ id: 'Pegawai atau periode tidak ditemukan.', en: 'Employee or period not found.' }, ctx.locale),
  );
}

export function developmentActionNotFound(ctx: ServiceContext): DomainError {
  return new DomainError(
    'NOT_FOUND',
    localize({ id: 'Rencana pengembangan tidak ditemukan.', en: 'Development action not found.' }, ctx.locale),
  );
}

export function periodClosedForFeedback(ctx: ServiceContext, period: Period): DomainError {
  return invalidState(
    ctx,
    {
      id: `Periode ${period.year} sudah ditutup; umpan balik tidak dapat ditambahkan lagi.`,
      en: `Period ${period.year} is closed; no more feedback can be added.`,
    },
    { periodState: period.state },
  );
}

export function assessmentNotSubmittedForFeedback(ctx: ServiceContext, status: string): DomainError {
  return invalidState(
    ctx,
    {
      id: 'Umpan balik akhir hanya dapat ditulis atau dikonfirmasi setelah penilaian dikirim.',
      en: 'Final feedback can be written or acknowledged only once the assessment is submitted.',
    },
    { status },
  );
}

export function feedbackAcknowledged(ctx: ServiceContext, feedback: AssessmentFeedback): DomainError {
  return invalidState(
    ctx,
    {
      id: 'Umpan balik akhir sudah dikonfirmasi pegawai dan terkunci.',
      en: 'The final feedback has been acknowledged by the employee and is locked.',
    },
    { acknowledgedAt: feedback.acknowledgedAt?.toISOString() ?? null },
  );
}

export function noFinalFeedback(ctx: ServiceContext): DomainError {
  return invalidState(ctx, {
    id: 'Penilai belum menulis umpan balik akhir untuk penilaian ini.',
    en: 'The assessor has not written final feedback for this assessment yet.',
  });
}

/** A stale save; `current` is null when none existed and the client thought there was one. */
export function staleFeedback(ctx: ServiceContext, current: number | null, expected: number | null): DomainError {
  const message =
    current === null
      ? {
          id: 'Umpan balik akhir ini belum pernah disimpan; kirim tanpa expectedLockVersion.',
          en: 'This final feedback was never saved; send it without expectedLockVersion.',
        }
      : expected === null
        ? {
            id: `Umpan balik akhir sudah disimpan (versi ${current}). Muat ulang; isian Anda tidak disimpan.`,
            en: `The final feedback was already saved (version ${current}). Reload; your input was not saved.`,
          }
        : {
            id: `Umpan balik akhir sudah disimpan di tempat lain (versi ${current}, Anda mengubah versi ${expected}). Muat ulang; isian Anda tidak disimpan.`,
            en: `The final feedback was saved elsewhere (version ${current}; you edited version ${expected}). Reload; your input was not saved.`,
          };
  return new DomainError('CONFLICT', localize(message, ctx.locale), { currentLockVersion: current });
}
