import { OBJECTION_WINDOW_DAYS, type ObjectionWindow } from '@kinerja/shared';
import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize, type Locale } from '../../kernel/errors.js';
import { invalidState } from '../assessment/assessment-errors.js';
import type { Objection } from './objection.entity.js';

/** How people name the Indonesian time zones; other zones by their IANA name. */
const ZONE_LABELS: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
export const zoneLabel = (timeZone: string) => ZONE_LABELS[timeZone] ?? timeZone;

/** A calendar day (YYYY-MM-DD) as people read it: "17 Maret 2026", "17 March 2026". */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** How a decision is named in messages. */
const DECISION_LABELS: Readonly<Record<string, { id: string; en: string }>> = {
  UPHELD: { id: 'ditolak, rating tetap', en: 'upheld, the ratings stay' },
  CHANGED: { id: 'dikabulkan, rating diubah', en: 'granted, the ratings were changed' },
};
const decisionLabel = (status: string, locale: Locale) =>
  localize(DECISION_LABELS[status] ?? { id: status, en: status }, locale);

export function objectionNotFound(ctx: ServiceContext): DomainError {
  return new DomainError(
    'NOT_FOUND',
    localize({ id: 'Keberatan tidak ditemukan.', en: 'Objection not found.' }, ctx.locale),
  );
}

export function notSubmitted(ctx: ServiceContext, status: string): DomainError {
  return invalidState(
    ctx,
    {
      id: 'Keberatan hanya dapat diajukan dan diputuskan atas penilaian yang sudah dikirim.',
      en: 'An objection can be filed and decided only on a submitted assessment.',
    },
    { status },
  );
}

export function resultNotSubmitted(ctx: ServiceContext, status: string): DomainError {
  return invalidState(
    ctx,
    {
      id: 'Hasil penilaian baru dapat diterima setelah pejabat penilai mengirim penilaian.',
      en: 'The result can be received only once the assessor has submitted the assessment.',
    },
    { status },
  );
}

export function objectionExists(ctx: ServiceContext, existing: Objection): DomainError {
  return invalidState(
    ctx,
    {
      id: 'Keberatan atas penilaian ini sudah diajukan; setiap penilaian hanya dapat diajukan keberatan satu kali.',
      en: 'An objection to this assessment was already filed; each assessment can be objected to once.',
    },
    { objectionId: existing.id, objectionStatus: existing.status },
  );
}

export function objectionLate(ctx: ServiceContext, window: ObjectionWindow, timeZone: string): DomainError {
  const zone = zoneLabel(timeZone);
  return invalidState(
    ctx,
    {
      id: `Batas waktu keberatan (${OBJECTION_WINDOW_DAYS} hari kalender sejak hasil penilaian diterima, PP 30/2019) berakhir ${formatDay(window.lastDay, 'id')} pukul 23.59 ${zone}; keberatan tidak dapat diajukan lagi.`,
      en: `The objection window (${OBJECTION_WINDOW_DAYS} calendar days from receiving the result, PP 30/2019) ended on ${formatDay(window.lastDay, 'en')} at 23:59 ${zone}; an objection can no longer be filed.`,
    },
    { deadline: window.deadline.toISOString(), lastDay: window.lastDay, timeZone },
  );
}

export function objectionDecided(ctx: ServiceContext, objection: Objection): DomainError {
  return invalidState(
    ctx,
    {
      id: `Keberatan ini sudah diputuskan (${decisionLabel(objection.status, 'id')}); keputusan bersifat final (PP 30/2019).`,
      en: `This objection was already decided (${decisionLabel(objection.status, 'en')}); the decision is final (PP 30/2019).`,
    },
    { objectionStatus: objection.status },
  );
}

/** Reopening an assessment with an objection: a decided one is final, a pending one waits for its decider. */
export function objectionBlocksReopen(ctx: ServiceContext, objection: Objection): DomainError {
  const extensions = { objectionId: objection.id, objectionStatus: objection.status };
  if (objection.status === 'PENDING') {
    return invalidState(
      ctx,
      {
        id: 'Penilaian ini sedang diajukan keberatan: atasan pejabat penilai memutuskannya, dan keputusannya final (PP 30/2019); penilaian tidak dapat dibuka kembali.',
        en: 'This assessment has a pending objection: the assessor’s supervisor decides it, and the decision is final (PP 30/2019); the assessment cannot be reopened.',
      },
      extensions,
    );
  }
  return invalidState(
    ctx,
    {
      id: `Keberatan atas penilaian ini sudah diputuskan (${decisionLabel(objection.status, 'id')}); keputusan atasan pejabat penilai bersifat final (PP 30/2019), sehingga penilaian tidak dapat dibuka kembali.`,
      en: `The objection to this assessment was decided (${decisionLabel(objection.status, 'en')}); the decision of the assessor’s supervisor is final (PP 30/2019), so the assessment cannot be reopened.`,
    },
    extensions,
  );
}
