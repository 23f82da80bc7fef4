import { useCallback } from 'react';
import { useLanguage, type Language } from '../i18n/i18n';

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A sub-period's name without its year, e.g. "Triwulan I 2026" → "Triwulan I" (the year is the period's). */
export const subPeriodShortName = (name: string) => name.replace(/\s+\d{4}$/, '');

/**
 * The periodic sub-periods of a period (its quarters, semesters or months; not the annual one), in order,
 * each with its short name in the reader's language: what periodic targets are labelled by.
 */
export function periodicSubPeriods(
  subPeriods: readonly { kind: string; number: number; name: string; nameEn: string }[],
  language: Language,
): { number: number; label: string }[] {
  return subPeriods
    .filter((sub) => sub.kind !== 'ANNUAL')
    .sort((a, b) => a.number - b.number)
    .map((sub) => ({ number: sub.number, label: subPeriodShortName(language === 'id' ? sub.name : sub.nameEn) }));
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
