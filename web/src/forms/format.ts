import type { Language } from '../i18n/i18n';

/** A score, achievement or percentage as shown in the form and the score panel (at most 2 decimals). */
export function formatScore(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}
