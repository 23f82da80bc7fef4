import type { Language } from '../i18n/i18n';

const locale = (language: Language) => (language === 'id' ? 'id-ID' : 'en-GB');

/** A date (and time) in the reader's language, e.g. "28 Nov 2026". */
export const formatDate = (iso: string, language: Language) =>
  new Date(iso).toLocaleDateString(locale(language), { day: 'numeric', month: 'short', year: 'numeric' });

export const formatDateTime = (iso: string, language: Language) =>
  new Date(iso).toLocaleString(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** The sub-period whose dates hold `today`, else the last one already started (annual last), else the first. */
export function currentSubPeriod<T extends { id: string; kind: string; startDate: string; endDate: string }>(
  subPeriods: readonly T[],
  today: Date,
): T | undefined {
  const day = today.toISOString().slice(0, 10);
  const partial = subPeriods.filter((s) => s.kind !== 'ANNUAL');
  return (
    partial.find((s) => s.startDate <= day && day <= s.endDate) ??
    [...partial].reverse().find((s) => s.startDate <= day) ??
    subPeriods[0]
  );
}
