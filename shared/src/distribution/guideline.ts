import { text, type LocalizedText } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { PREDIKATS, type Predikat } from '../scoring/predikat.js';

/** Capaian (predikat) kinerja organisasi: the rating of a unit for a period (SE MenPANRB 3/2023), best first. */
export const ORGANISATION_RATINGS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrganisationRating = (typeof ORGANISATION_RATINGS)[number];

export const ORGANISATION_RATING_LABELS: Readonly<Record<OrganisationRating, LocalizedText>> = {
  ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

export function isOrganisationRating(value: unknown): value is OrganisationRating {
  return typeof value === 'string' && (ORGANISATION_RATINGS as readonly string[]).includes(value);
}

/**
 * The kinds of bound a guideline row is made of, each on the employees whose predikat is one of `predikat`:
 * - `largest`: "sebagian besar" — that predikat is the largest group: no other predikat has more employees
 *   (a tie shares the first place); exactly one predikat;
 * - `atMost` / `atLeast`: at most / at least `percent` % of the unit's employees (inclusive);
 * - `present`: "harus ada" — at least one employee;
 * - `absent`: "tidak ada" — no employee.
 */
export const GUIDELINE_RULE_KINDS = ['largest', 'atMost', 'atLeast', 'present', 'absent'] as const;
export type GuidelineRuleKind = (typeof GUIDELINE_RULE_KINDS)[number];

/** One bound of the guideline. `percent` belongs to `atMost` and `atLeast` only. */
export type GuidelineRule =
  | { kind: 'atMost' | 'atLeast'; predikat: readonly Predikat[]; percent: number }
  | { kind: 'largest' | 'present' | 'absent'; predikat: readonly Predikat[] };

/** The bounds for every capaian kinerja organisasi. */
export type Guideline = Readonly<Record<OrganisationRating, readonly GuidelineRule[]>>;

/** Most rules one row of the guideline may have. */
export const GUIDELINE_MAX_RULES = 10;

/**
 * The pola distribusi predikat kinerja pegawai of SE MenPANRB 3/2023, by capaian kinerja organisasi — the
 * rows every installation is shipped with (an administrator may adjust them per instansi). The SE's words:
 * 1. Istimewa: "sebagian besar (maksimal 70%)" Sangat Baik; the others may be Baik, Butuh Perbaikan,
 *    Kurang/Misconduct and/or Sangat Kurang (any predikat: no bound).
 * 2. Baik: "sebagian besar (maksimal 70%)" Baik; "harus ada" Butuh Perbaikan and/or Kurang/Misconduct; the
 *    others may be Sangat Baik and/or Sangat Kurang.
 * 3. Butuh Perbaikan: "minimal 60%" Butuh Perbaikan; the others may be Sangat Baik ("maksimal 10%"), Baik,
 *    Kurang/Misconduct and/or Sangat Kurang.
 * 4. Kurang: "minimal 60%" Kurang/Misconduct; "minimal 10%" Butuh Perbaikan; the others may be Sangat Baik
 *    ("maksimal 10%"), Baik and/or Sangat Kurang.
 * 5. Sangat Kurang: "minimal 60%" Sangat Kurang; "harus ada minimal 10%" Kurang/Misconduct and/or Butuh
 *    Perbaikan; the others may be Baik; "tidak ada" Sangat Baik.
 * "Sebagian besar" is read as "the largest group" (`largest`) together with its stated maximum. The "the others
 * may be" lists add no bound: in every row the named predikat and the others together are all five (Sangat
 * Kurang's missing Sangat Baik is its explicit `absent`).
 */
export const SE_MENPANRB_3_2023_GUIDELINE: Guideline = {
  ISTIMEWA: [
    { kind: 'largest', predikat: ['SANGAT_BAIK'] },
    { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 70 },
  ],
  BAIK: [
    { kind: 'largest', predikat: ['BAIK'] },
    { kind: 'atMost', predikat: ['BAIK'], percent: 70 },
    { kind: 'present', predikat: ['BUTUH_PERBAIKAN', 'KURANG'] },
  ],
  BUTUH_PERBAIKAN: [
    { kind: 'atLeast', predikat: ['BUTUH_PERBAIKAN'], percent: 60 },
    { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 10 },
  ],
  KURANG: [
    { kind: 'atLeast', predikat: ['KURANG'], percent: 60 },
    { kind: 'atLeast', predikat: ['BUTUH_PERBAIKAN'], percent: 10 },
    { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 10 },
  ],
  SANGAT_KURANG: [
    { kind: 'atLeast', predikat: ['SANGAT_KURANG'], percent: 60 },
    { kind: 'atLeast', predikat: ['KURANG', 'BUTUH_PERBAIKAN'], percent: 10 },
    { kind: 'absent', predikat: ['SANGAT_BAIK'] },
  ],
};

/** Whether two lists of rules say the same (same rules in the same order). */
export function sameGuidelineRules(a: readonly GuidelineRule[], b: readonly GuidelineRule[]): boolean {
  const key = (rule: GuidelineRule) =>
    JSON.stringify([rule.kind, [...rule.predikat], 'percent' in rule ? rule.percent : null]);
  return a.length === b.length && a.every((rule, i) => key(rule) === key(b[i]!));
}

/** A rule as a client sends it: anything may be missing or wrong. */
export interface GuidelineRuleDraft {
  kind: string;
  predikat: readonly string[];
  percent?: number | null;
}

const isKind = (value: string): value is GuidelineRuleKind =>
  (GUIDELINE_RULE_KINDS as readonly string[]).includes(value);
const isPredikat = (value: string): value is Predikat => (PREDIKATS as readonly string[]).includes(value);

/**
 * Checks one row of rules an administrator sends and returns them in their stored form, or every problem
 * (paths `rules.<i>.kind|predikat|percent`). Bounds in percent are 0–100 with at most 2 decimals.
 */
export function validateGuidelineRules(
  drafts: readonly GuidelineRuleDraft[],
): { ok: true; rules: GuidelineRule[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const rules: GuidelineRule[] = [];
  if (drafts.length === 0) {
    problems.push(
      problem('RULES_REQUIRED', text('Isi paling sedikit satu ketentuan.', 'Give at least one rule.'), 'rules'),
    );
  }
  if (drafts.length > GUIDELINE_MAX_RULES) {
    problems.push(
      problem(
        'TOO_MANY_RULES',
        text(
          `Paling banyak ${GUIDELINE_MAX_RULES} ketentuan per baris (sekarang ${drafts.length}).`,
          `At most ${GUIDELINE_MAX_RULES} rules per row (there are ${drafts.length}).`,
        ),
        'rules',
      ),
    );
  }
  drafts.slice(0, GUIDELINE_MAX_RULES).forEach((draft, i) => {
    const at = `rules.${i}`;
    const before = problems.length;
    if (!isKind(draft.kind)) {
      const kind = draft.kind.length > 40 ? `${draft.kind.slice(0, 40)}…` : draft.kind;
      problems.push(
        problem(
          'RULE_KIND',
          text(
            `Jenis ketentuan '${kind}' tidak dikenal; pilih ${GUIDELINE_RULE_KINDS.join(', ')}.`,
            `Unknown rule kind '${kind}'; use ${GUIDELINE_RULE_KINDS.join(', ')}.`,
          ),
          `${at}.kind`,
        ),
      );
    }
    const unknown = draft.predikat.filter((p) => !isPredikat(p));
    if (draft.predikat.length === 0 || unknown.length > 0 || new Set(draft.predikat).size !== draft.predikat.length) {
      problems.push(
        problem(
          'RULE_PREDIKAT',
          text(
            `Sebutkan predikat yang berbeda-beda dari ${PREDIKATS.join(', ')}.`,
            `Name distinct predikat among ${PREDIKATS.join(', ')}.`,
          ),
          `${at}.predikat`,
        ),
      );
    }
    if (draft.kind === 'largest' && draft.predikat.length > 1) {
      problems.push(
        problem(
          'RULE_PREDIKAT',
          text(
            'Ketentuan "sebagian besar" berlaku untuk satu predikat.',
            'A "largest group" rule names exactly one predikat.',
          ),
          `${at}.predikat`,
        ),
      );
    }
    const needsPercent = draft.kind === 'atMost' || draft.kind === 'atLeast';
    const percent = draft.percent;
    if (
      needsPercent &&
      (typeof percent !== 'number' ||
        !Number.isFinite(percent) ||
        percent < 0 ||
        percent > 100 ||
        Math.abs(Math.round(percent * 100) - percent * 100) > 1e-6)
    ) {
      problems.push(
        problem(
          'RULE_PERCENT',
          text('Persentase 0–100, paling banyak 2 desimal.', 'A percentage is 0–100 with at most 2 decimals.'),
          `${at}.percent`,
        ),
      );
    }
    if (!needsPercent && percent != null) {
      problems.push(
        problem(
          'RULE_PERCENT',
          text(
            `Ketentuan '${draft.kind}' tidak memakai persentase; kosongkan.`,
            `A '${draft.kind}' rule takes no percentage; leave it empty.`,
          ),
          `${at}.percent`,
        ),
      );
    }
    if (problems.length > before) return;
    const predikat = draft.predikat as Predikat[];
    rules.push(
      needsPercent
        ? { kind: draft.kind as 'atMost' | 'atLeast', predikat, percent: percent! }
        : { kind: draft.kind as 'largest' | 'present' | 'absent', predikat },
    );
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules };
}
