import type { Problem } from '@kinerja/shared';
import { DomainError, localize, type Locale } from '../../kernel/errors.js';
import type { TemplateVersion } from './template-version.entity.js';

/** Rule problems as GraphQL sees them: the message in the language of the request. */
export function localizeProblems(problems: readonly Problem[], locale: Locale) {
  return problems.map((p) => ({
    code: p.code,
    message: localize(p.message, locale),
    path: p.path,
    sectionKey: p.sectionKey,
    indicatorKey: p.indicatorKey,
  }));
}

/** BAD_USER_INPUT carrying every rule problem, each pointing at its section or indicator. */
export function ruleProblemsError(
  summary: { id: string; en: string },
  problems: readonly Problem[],
  locale: Locale,
): DomainError {
  return new DomainError('BAD_USER_INPUT', localize(summary, locale), { problems: localizeProblems(problems, locale) });
}

export function versionNotFound(locale: Locale): DomainError {
  return new DomainError(
    'NOT_FOUND',
    localize({ id: 'Versi templat tidak ditemukan.', en: 'Template version not found.' }, locale),
  );
}

export function versionFrozen(version: TemplateVersion, locale: Locale): DomainError {
  const state =
    version.status === 'PUBLISHED'
      ? { id: 'sudah diterbitkan', en: 'is published' }
      : { id: 'sudah dipensiunkan', en: 'is retired' };
  return new DomainError(
    'INVALID_STATE',
    localize(
      {
        id: `Versi ${version.number} ${state.id} dan tidak dapat diubah lagi. Buat draf baru untuk perubahan.`,
        en: `Version ${version.number} ${state.en} and can never change. Create a new draft to make changes.`,
      },
      locale,
    ),
    { status: version.status },
  );
}

export function staleRevision(version: TemplateVersion, expected: number, locale: Locale): DomainError {
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `Draf ini sudah diubah orang lain (revisi ${version.revision}, Anda mengubah revisi ${expected}). Muat ulang lalu ulangi perubahan Anda.`,
        en: `Someone else changed this draft (revision ${version.revision}; you edited revision ${expected}). Reload and apply your change again.`,
      },
      locale,
    ),
    { currentRevision: version.revision },
  );
}
