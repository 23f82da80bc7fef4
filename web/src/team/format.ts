import { useCallback } from 'react';
import { useLanguage } from '../i18n/i18n';

/** Formats an ISO date or date-time as a day, in the current language (e.g. "28 Nov 2026"). */
export function useFormatDate() {
  const { language } = useLanguage();
  return useCallback(
    (iso: string | null | undefined) => {
      if (!iso) return '';
      const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
      if (Number.isNaN(date.getTime())) return iso;
      return date.toLocaleDateString(language === 'en' ? 'en-GB' : 'id-ID', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      });
    },
    [language],
  );
}

/** Picks the Indonesian or English name of a sub-period. */
export function useSubPeriodName() {
  const { language } = useLanguage();
  return useCallback(
    (sub: { name: string; nameEn: string } | null | undefined) =>
      sub ? (language === 'en' ? sub.nameEn : sub.name) : '',
    [language],
  );
}
