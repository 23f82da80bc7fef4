import { text, type LocalizedText } from '../common/localized-text.js';
import { roundScore } from '../common/round.js';
import { PREDIKAT_LABELS, PREDIKATS, type Predikat } from '../scoring/predikat.js';
import { ORGANISATION_RATING_LABELS, type GuidelineRule, type OrganisationRating } from './guideline.js';

export interface DistributionRow {
  predikat: Predikat;
  count: number;
  /** Share of all employees, rounded to 2 decimals. */
  percent: number;
}

export type DistributionWarningCode =
  | 'DISTRIBUTION_EMPTY'
  | 'DISTRIBUTION_COUNT_INVALID'
  | 'DISTRIBUTION_NOT_LARGEST'
  | 'DISTRIBUTION_ABOVE_MAXIMUM'
  | 'DISTRIBUTION_BELOW_MINIMUM'
  | 'DISTRIBUTION_REQUIRED_ABSENT'
  | 'DISTRIBUTION_EXCLUDED_PRESENT';

export interface DistributionWarning {
  code: DistributionWarningCode;
  message: LocalizedText;
  /** The rule that is breached, when there is one. */
  rule?: GuidelineRule;
}

export interface DistributionCheck {
  total: number;
  rows: DistributionRow[];
  /** Whether a capaian kinerja organisasi was given, so the guideline could say what to expect. */
  expected: boolean;
  warnings: DistributionWarning[];
}

/** The capaian kinerja organisasi in force and the guideline's rules for it (as stored, i.e. as data). */
export interface DistributionExpectation {
  organisationRating: OrganisationRating;
  rules: readonly GuidelineRule[];
}

const names = (predikat: readonly Predikat[], lang: 'id' | 'en') =>
  predikat.map((item) => `'${PREDIKAT_LABELS[item][lang]}'`).join(lang === 'id' ? ' atau ' : ' or ');

/** What the product says when no capaian kinerja organisasi is recorded for a unit and sub-period. */
export function ratingNotRecordedText(unitName: string, subPeriodName: LocalizedText): LocalizedText {
  return text(
    `Capaian kinerja organisasi untuk ${unitName}, ${subPeriodName.id} belum dicatat; tidak ada harapan distribusi.`,
    `The capaian kinerja organisasi (organisation performance) of ${unitName}, ${subPeriodName.en} is not recorded yet; no distribution is expected.`,
  );
}

/**
 * Compares a unit's predikat counts with the guideline's rules for its capaian kinerja organisasi
 * (SE MenPANRB 3/2023). The rules are data (the installation's guideline), so server and web check alike.
 * Without an expectation (no capaian recorded) nothing is expected and the curve gets no warning.
 * Never throws and never blocks: missing counts are 0, negative or fractional counts are ignored with a
 * warning, breaches are warnings. Percent bounds are inclusive and exact (no rounding: 7 of 10 is 70%).
 */
export function checkDistribution(
  counts: Partial<Record<Predikat, number>>,
  expectation: DistributionExpectation | null,
): DistributionCheck {
  const warnings: DistributionWarning[] = [];
  const clean = {} as Record<Predikat, number>;
  for (const predikat of PREDIKATS) {
    const raw = counts[predikat] ?? 0;
    const valid = Number.isInteger(raw) && raw >= 0;
    if (!valid) {
      warnings.push({
        code: 'DISTRIBUTION_COUNT_INVALID',
        message: text(
          `Jumlah pegawai '${PREDIKAT_LABELS[predikat].id}' (${raw}) tidak sah dan dihitung 0.`,
          `The number of '${PREDIKAT_LABELS[predikat].en}' employees (${raw}) is invalid and counted as 0.`,
        ),
      });
    }
    clean[predikat] = valid ? raw : 0;
  }
  const total = PREDIKATS.reduce((sum, predikat) => sum + clean[predikat], 0);
  const rows = PREDIKATS.map((predikat) => ({
    predikat,
    count: clean[predikat],
    percent: total === 0 ? 0 : roundScore((clean[predikat] / total) * 100),
  }));
  const expected = expectation !== null;
  if (total === 0) {
    warnings.push({
      code: 'DISTRIBUTION_EMPTY',
      message: text(
        'Belum ada pegawai dengan predikat kinerja di unit ini.',
        'No employee of this unit has a predikat yet.',
      ),
    });
    return { total, rows, expected, warnings };
  }
  if (!expectation) return { total, rows, expected, warnings };

  const org = ORGANISATION_RATING_LABELS[expectation.organisationRating];
  for (const rule of expectation.rules) {
    const count = rule.predikat.reduce((sum, predikat) => sum + clean[predikat], 0);
    const percent = roundScore((count / total) * 100);
    const share = {
      id: `${percent}% (${count} dari ${total} pegawai)`,
      en: `${percent}% (${count} of ${total} employees)`,
    };
    const id = names(rule.predikat, 'id');
    const en = names(rule.predikat, 'en');
    if (rule.kind === 'largest') {
      const larger = PREDIKATS.filter((other) => !rule.predikat.includes(other) && clean[other] > count);
      if (larger.length > 0) {
        const top = larger.reduce((a, b) => (clean[b] > clean[a] ? b : a));
        warnings.push({
          code: 'DISTRIBUTION_NOT_LARGEST',
          rule,
          message: text(
            `Predikat ${id}: ${share.id}, lebih sedikit daripada ${names([top], 'id')} (${clean[top]} pegawai); untuk organisasi '${org.id}' pedoman mengharapkan sebagian besar pegawai berpredikat ${id}.`,
            `Predikat ${en}: ${share.en}, fewer than ${names([top], 'en')} (${clean[top]} employees); for a '${org.en}' organisation the guideline expects most employees to be rated ${en}.`,
          ),
        });
      }
    } else if (rule.kind === 'atMost' && count * 100 > rule.percent * total) {
      warnings.push({
        code: 'DISTRIBUTION_ABOVE_MAXIMUM',
        rule,
        message: text(
          `Predikat ${id}: ${share.id}; untuk organisasi '${org.id}' pedoman membolehkan paling banyak ${rule.percent}%.`,
          `Predikat ${en}: ${share.en}; for a '${org.en}' organisation the guideline allows at most ${rule.percent}%.`,
        ),
      });
    } else if (rule.kind === 'atLeast' && count * 100 < rule.percent * total) {
      warnings.push({
        code: 'DISTRIBUTION_BELOW_MINIMUM',
        rule,
        message: text(
          `Predikat ${id}: ${share.id}; untuk organisasi '${org.id}' pedoman mengharapkan paling sedikit ${rule.percent}%.`,
          `Predikat ${en}: ${share.en}; for a '${org.en}' organisation the guideline expects at least ${rule.percent}%.`,
        ),
      });
    } else if (rule.kind === 'present' && count === 0) {
      warnings.push({
        code: 'DISTRIBUTION_REQUIRED_ABSENT',
        rule,
        message: text(
          `Untuk organisasi '${org.id}' pedoman mengharapkan ada pegawai dengan predikat ${id}; saat ini tidak ada.`,
          `For a '${org.en}' organisation the guideline expects some employees rated ${en}; there are none.`,
        ),
      });
    } else if (rule.kind === 'absent' && count > 0) {
      warnings.push({
        code: 'DISTRIBUTION_EXCLUDED_PRESENT',
        rule,
        message: text(
          `Predikat ${id}: ${share.id}; untuk organisasi '${org.id}' pedoman mengharapkan tidak ada pegawai dengan predikat ini.`,
          `Predikat ${en}: ${share.en}; for a '${org.en}' organisation the guideline expects no employee with this predikat.`,
        ),
      });
    }
  }
  return { total, rows, expected, warnings };
}
