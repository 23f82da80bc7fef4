import { text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { KEY_PATTERN, type TemplateDefinition } from './definition.js';
import { listIndicators } from './walk.js';

const formatHint = {
  id: 'huruf kecil, angka dan garis bawah, diawali huruf (mis. dokumen_diproses)',
  en: 'lower-case letters, digits and underscores, starting with a letter (e.g. documents_processed)',
};

/** Key format and uniqueness of section keys, indicator keys and indicator lineage keys. */
export function validateKeys(def: TemplateDefinition): Problem[] {
  const problems: Problem[] = [];
  const sectionKeys = new Set<string>();
  def.sections.forEach((section, index) => {
    const path = `sections.${index}.key`;
    if (typeof section.key !== 'string' || !KEY_PATTERN.test(section.key)) {
      problems.push(
        problem(
          'KEY_FORMAT',
          text(
            `Kunci bagian '${String(section.key)}' tidak sah; gunakan ${formatHint.id}.`,
            `Section key '${String(section.key)}' is invalid; use ${formatHint.en}.`,
          ),
          path,
          { sectionKey: section.key },
        ),
      );
    } else if (sectionKeys.has(section.key)) {
      problems.push(
        problem(
          'DUPLICATE_KEY',
          text(
            `Kunci bagian '${section.key}' dipakai lebih dari sekali; setiap bagian perlu kunci yang unik.`,
            `Section key '${section.key}' is used more than once; every section needs its own key.`,
          ),
          path,
          { sectionKey: section.key },
        ),
      );
    }
    sectionKeys.add(section.key);
  });

  const keys = new Set<string>();
  const lineageKeys = new Set<string>();
  for (const { indicator, section, path } of listIndicators(def)) {
    const where = { sectionKey: section.key, indicatorKey: indicator.key };
    if (typeof indicator.key !== 'string' || !KEY_PATTERN.test(indicator.key)) {
      problems.push(
        problem(
          'KEY_FORMAT',
          text(
            `Kunci indikator '${String(indicator.key)}' tidak sah; gunakan ${formatHint.id}.`,
            `Indicator key '${String(indicator.key)}' is invalid; use ${formatHint.en}.`,
          ),
          `${path}.key`,
          where,
        ),
      );
    } else if (keys.has(indicator.key)) {
      problems.push(
        problem(
          'DUPLICATE_KEY',
          text(
            `Kunci indikator '${indicator.key}' dipakai lebih dari sekali; setiap indikator perlu kunci yang unik di seluruh templat.`,
            `Indicator key '${indicator.key}' is used more than once; every indicator needs its own key across the template.`,
          ),
          `${path}.key`,
          where,
        ),
      );
    }
    keys.add(indicator.key);

    if (typeof indicator.lineageKey !== 'string' || !KEY_PATTERN.test(indicator.lineageKey)) {
      problems.push(
        problem(
          'KEY_FORMAT',
          text(
            `Kunci garis keturunan (lineageKey) '${String(indicator.lineageKey)}' pada indikator '${indicator.key}' tidak sah; gunakan ${formatHint.id}.`,
            `Lineage key '${String(indicator.lineageKey)}' of indicator '${indicator.key}' is invalid; use ${formatHint.en}.`,
          ),
          `${path}.lineageKey`,
          where,
        ),
      );
    } else if (lineageKeys.has(indicator.lineageKey)) {
      problems.push(
        problem(
          'DUPLICATE_LINEAGE_KEY',
          text(
            `Kunci garis keturunan '${indicator.lineageKey}' dipakai lebih dari satu indikator; indikator baru harus memakai kuncinya sendiri sebagai lineageKey.`,
            `Lineage key '${indicator.lineageKey}' is used by more than one indicator; a new indicator must use its own key as lineageKey.`,
          ),
          `${path}.lineageKey`,
          where,
        ),
      );
    }
    lineageKeys.add(indicator.lineageKey);
  }
  return problems;
}
