import { text, type LocalizedText } from '../common/localized-text.js';
import { roundScore } from '../common/round.js';
import { PREDIKAT_LABELS, PREDIKATS, type Predikat } from '../scoring/predikat.js';
import { DISTRIBUTION_GUIDELINE, ORGANISATION_RATING_LABELS, type GuidelineRule, type OrganisationRating } from './guideline.js';

export interface DistributionRow {
  predikat: Predikat;
  count: number;
  /** Share of all employees, rounded to 2 decimals. */
  percent: number;
}

export interface DistributionWarning {
  code: 'DISTRIBUTION_EMPTY' | 'DISTRIBUTION_COUNT_INVALID' | 'DISTRIBUTION_ABOVE_MAXIMUM' | 'DISTRIBUTION_BELOW_MINIMUM' | 'DISTRIBUTION_REQUIRED_ABSENT';
  message: LocalizedText;
  /** The rule that is breached, when there is one. */
  rule?: GuidelineRule;
}

export interface DistributionCheck {
  total: number;
  rows: DistributionRow[];
  warnings: DistributionWarning[];
}

const names = (predikat: readonly Predikat[], lang: 'id' | 'en') =>
  predikat.map((item) => `'${PREDIKAT_LABELS[item][lang]}'`).join(lang === 'id' ? ' atau ' : ' or ');

/**
 * Compares a unit's predikat counts with the guideline for its organisational rating. Never throws:
 * missing counts are 0, negative or fractional counts are ignored with a warning, breaches are warnings.
 */
export function checkDistribution(orgRating: OrganisationRating, counts: Partial<Record<Predikat, number>>): DistributionCheck {
  const warnings: DistributionWarning[] = [];
  const clean = {} as Record<Predikat, number>;
  for (const predikat of PREDIKATS) {
    const raw = counts[predikat] ?? 0;
    const valid = Number.isInteger(raw) && raw >= 0;
    if (!valid) {
      warnings.push({ code: 'DISTRIBUTION_COUNT_INVALID', message: text(`Jumlah pegawai '${PREDIKAT_LABELS[predikat].id}' (${raw}) tidak sah dan dihitung 0.`, `The number of '${PREDIKAT_LABELS[predikat].en}' employees (${raw}) is invalid and counted as 0.`) });
    }
    clean[predikat] = valid ? raw : 0;
  }
  const total = PREDIKATS.reduce((sum, predikat) => sum + clean[predikat], 0);
  const rows = PREDIKATS.map((predikat) => ({
    predikat,
    count: clean[predikat],
    percent: total === 0 ? 0 : roundScore((clean[predikat] / total) * 100),
  }));
  if (total === 0) {
    warnings.push({ code: 'DISTRIBUTION_EMPTY', message: text('Belum ada pegawai dengan predikat kinerja di unit ini.', 'No employee of this unit has a predikat yet.') });
    return { total, rows, warnings };
  }

  const org = ORGANISATION_RATING_LABELS[orgRating];
  for (const rule of DISTRIBUTION_GUIDELINE[orgRating] ?? []) {
    const count = rule.predikat.reduce((sum, predikat) => sum + clean[predikat], 0);
    const percent = roundScore((count / total) * 100);
    const share = { id: `${percent}% (${count} dari ${total} pegawai)`, en: `${percent}% (${count} of ${total} employees)` };
    if (rule.kind === 'atMost' && count * 100 > rule.percent * total) {
      warnings.push({ code: 'DISTRIBUTION_ABOVE_MAXIMUM', rule, message: text(`Predikat ${names(rule.predikat, 'id')}: ${share.id}; untuk organisasi '${org.id}' pedoman membolehkan paling banyak ${rule.percent}%.`, `Predikat ${names(rule.predikat, 'en')}: ${share.en}; for a '${org.en}' organisation the guideline allows at most ${rule.percent}%.`) });
    } else if (rule.kind === 'atLeast' && count * 100 < rule.percent * total) {
      warnings.push({ code: 'DISTRIBUTION_BELOW_MINIMUM', rule, message: text(`Predikat ${names(rule.predikat, 'id')}: ${share.id}; untuk organisasi '${org.id}' pedoman mengharapkan paling sedikit ${rule.percent}%.`, `Predikat ${names(rule.predikat, 'en')}: ${share.en}; for a '${org.en}' organisation the guideline expects at least ${rule.percent}%.`) });
    } else if (rule.kind === 'present' && count === 0) {
      warnings.push({ code: 'DISTRIBUTION_REQUIRED_ABSENT', rule, message: text(`Untuk organisasi '${org.id}' pedoman mengharapkan ada pegawai dengan predikat ${names(rule.predikat, 'id')}; saat ini tidak ada.`, `For a '${org.en}' organisation the guideline expects some employees rated ${names(rule.predikat, 'en')}; there are none.`) });
    }
  }
  return { total, rows, warnings };
}
