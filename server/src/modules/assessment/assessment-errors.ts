import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import type { Assessment } from './assessment.entity.js';

export function assessmentNotFound(ctx: ServiceContext): DomainError {
  return new DomainError(
    'NOT_FOUND',
    localize({ id: 'Penilaian tidak ditemukan.', en: 'Assessment not found.' }, ctx.locale),
  );
}

export function invalidState(
  ctx: ServiceContext,
  message: { id: string; en: string },
  extensions: Record<string, unknown> = {},
): DomainError {
  return new DomainError('INVALID_STATE', localize(message, ctx.locale), extensions);
}

export function assessmentLocked(ctx: ServiceContext): DomainError {
  return invalidState(
    ctx,
    {
      id: 'Penilaian sudah dikirim dan terkunci. Pembukaan kembali hanya oleh atasan penilai atau pengelola kinerja.',
      en: 'The assessment is submitted and locked. Only the assessor’s supervisor or HR can reopen it.',
    },
    { status: 'SUBMITTED' },
  );
}

export function staleAssessment(ctx: ServiceContext, assessment: Assessment, expected: number): DomainError {
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `Penilaian ini sudah disimpan di tempat lain (versi ${assessment.lockVersion}, Anda mengubah versi ${expected}). Muat ulang; isian Anda tidak disimpan.`,
        en: `This assessment was saved elsewhere (version ${assessment.lockVersion}; you edited version ${expected}). Reload; your input was not saved.`,
      },
      ctx.locale,
    ),
    { currentLockVersion: assessment.lockVersion },
  );
}
