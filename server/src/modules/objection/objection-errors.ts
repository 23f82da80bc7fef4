import type { ServiceContext } from '../../graphql/service-context.js';
import { DomainError, localize, type Locale } from '../../graphql/errors.js';
import { invalidState } from '../assessment/assessment-errors.js';
import type { Objection } from './objection.entity.js';
import { OBJECTION_WINDOW_DAYS } from './objection.enums.js';

/** The deadline as people read it in Pangkalpinang (WIB). */
export function formatDeadline(deadline: Date, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  });
  return `${format.format(deadline)} WIB`;
}

export function objectionNotFound(ctx: ServiceContext): DomainError {
  return new DomainError('NOT_FOUND', localize({ id: 'Keberatan tidak ditemukan.', en: 'Objection not found.' }, ctx.locale));
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

export function objectionLate(ctx: ServiceContext, deadline: Date): DomainError {
  const id = formatDeadline(deadline, 'id');
  const en = formatDeadline(deadline, 'en');
  return invalidState(
    ctx,
    {
      id: `Batas waktu keberatan (${OBJECTION_WINDOW_DAYS} hari sejak penilaian dikirim) berakhir ${id}; keberatan tidak dapat diajukan lagi.`,
      en: `The objection window (${OBJECTION_WINDOW_DAYS} days after submission) ended on ${en}; an objection can no longer be filed.`,
    },
    { deadline: deadline.toISOString() },
  );
}

export function objectionDecided(ctx: ServiceContext, objection: Objection): DomainError {
  return invalidState(
    ctx,
    {
      id: `Keberatan ini sudah diputuskan (${objection.status}); keputusan bersifat final.`,
      en: `This objection was already decided (${objection.status}); the decision is final.`,
    },
    { objectionStatus: objection.status },
  );
}
