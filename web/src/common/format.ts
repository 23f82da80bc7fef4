import { useCallback } from 'react';
import { useLanguage, type Language } from '../i18n/i18n';

/** The locale numbers and dates are written in for the reader's language. */
export const localeOf = (language: Language) => (language === 'id' ? 'id-ID' : 'en-GB');

/** A score, achievement or percentage as shown in the form and the score panel (at most 2 decimals). */
export function formatScore(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}

/** A date (and time) in the reader's language, e.g. "28 Nov 2026". */
export const formatDate = (iso: string, language: Language) =>
  new Date(iso).toLocaleDateString(localeOf(language), { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Formats an ISO date or date-time as a day, in the current language (e.g. "28 Nov 2026"); a bare date is
 * read as local midnight, and an unreadable value is shown as given.
 */
export function useFormatDate() {
  const { language } = useLanguage();
  return useCallback(
    (iso: string | null | undefined) => {
      if (!iso) return '';
      const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
      if (Number.isNaN(date.getTime())) return iso;
      return date.toLocaleDateString(localeOf(language), { day: 'numeric', month: 'short', year: 'numeric' });
    },
    [language],
  );
}

/** A calendar day (YYYY-MM-DD) as people read it, e.g. "17 Maret 2026", the same in every browser time zone. */
export function formatDay(day: string, language: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A moment written out in full, e.g. "28 November 2026 pukul 14.05" (when something was submitted). */
export const formatLongDateTime = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
