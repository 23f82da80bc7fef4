import type { Language } from '../i18n/i18n';

/** A score, achievement or percentage as shown in the form and the score panel (at most 2 decimals). */
export function formatScore(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
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
