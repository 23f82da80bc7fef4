import { nameOf, text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { RATINGS } from '../scoring/rating.js';
import { byKind, type ConditionValue, type Indicator, type PerKind, type TemplateDefinition } from './definition.js';
import { indexIndicators, listIndicators } from './walk.js';

const OPERATORS: readonly string[] = ['equals', 'notEquals', 'in'];

interface Domain {
  type: 'string' | 'number' | 'boolean';
  /** Allowed values when the answer is one of a known list. */
  values?: readonly string[];
}

const notComparable = (): Domain | null => null;

/** What a condition on an indicator of each kind may compare with; null when conditions on the kind are not supported. */
const DOMAINS: PerKind<[], Domain | null> = {
  target: notComparable,
  scale: (indicator) => ({ type: 'string', values: (indicator.levels ?? []).map((level) => level.value) }),
  expectation: () => ({ type: 'string', values: RATINGS }),
  number: () => ({ type: 'number' }),
  yesNo: () => ({ type: 'boolean' }),
  choice: (indicator) => ({ type: 'string', values: (indicator.options ?? []).map((option) => option.value) }),
  text: notComparable,
  evidence: notComparable,
};

/** What a condition on this indicator may compare with; null when conditions on this kind are not supported. */
const domainOf = (indicator: Indicator): Domain | null => byKind(DOMAINS, indicator) ?? null;

function fits(domain: Domain, value: unknown): boolean {
  if (typeof value !== domain.type) return false;
  return domain.values === undefined || domain.values.includes(value as string);
}

/** visibleWhen refers to an earlier, existing indicator of a kind it can compare with, with a fitting operator and value. */
export function validateConditions(def: TemplateDefinition): Problem[] {
  const problems: Problem[] = [];
  const byKey = indexIndicators(def);
  for (const { indicator, section, path, order } of listIndicators(def)) {
    const condition = indicator.visibleWhen;
    if (condition === undefined) continue;
    const name = nameOf(indicator.label, indicator.key);
    const where = { sectionKey: section.key, indicatorKey: indicator.key };
    const add = (code: string, id: string, en: string, sub: string) =>
      problems.push(problem(code, text(id, en), `${path}.visibleWhen${sub}`, where));
    const target = byKey.get(condition.indicatorKey);
    if (condition.indicatorKey === indicator.key) {
      add(
        'CONDITION_SELF_REFERENCE',
        `Syarat tampil '${name}' merujuk ke indikator itu sendiri; pilih indikator sebelumnya.`,
        `The visibility condition of '${name}' refers to itself; pick an earlier indicator.`,
        '.indicatorKey',
      );
      continue;
    }
    if (!target) {
      add(
        'CONDITION_UNKNOWN_INDICATOR',
        `Syarat tampil '${name}' merujuk ke indikator '${String(condition.indicatorKey)}' yang tidak ada.`,
        `The visibility condition of '${name}' refers to indicator '${String(condition.indicatorKey)}', which does not exist.`,
        '.indicatorKey',
      );
      continue;
    }
    const targetName = nameOf(target.indicator.label, target.indicator.key);
    if (target.order > order) {
      add(
        'CONDITION_FORWARD_REFERENCE',
        `Syarat tampil '${name}' merujuk ke '${targetName}' yang letaknya sesudahnya; indikator yang dirujuk harus berada sebelumnya.`,
        `The visibility condition of '${name}' refers to '${targetName}', which comes after it; the referenced indicator must come first.`,
        '.indicatorKey',
      );
    }
    const domain = domainOf(target.indicator);
    if (!domain) {
      add(
        'CONDITION_KIND_UNSUPPORTED',
        `Syarat tampil tidak dapat merujuk ke '${targetName}' (jenis ${target.indicator.kind}); gunakan indikator ya/tidak, angka, skala, ekspektasi atau pilihan.`,
        `A visibility condition cannot refer to '${targetName}' (kind ${target.indicator.kind}); use a yes/no, number, scale, expectation or choice indicator.`,
        '.indicatorKey',
      );
      continue;
    }
    if (!OPERATORS.includes(condition.operator) || (condition.operator === 'in' && domain.type === 'boolean')) {
      add(
        'CONDITION_OPERATOR_INVALID',
        `Operator '${String(condition.operator)}' tidak dapat dipakai pada '${targetName}'; gunakan ${domain.type === 'boolean' ? "'equals' atau 'notEquals'" : "'equals', 'notEquals' atau 'in'"}.`,
        `Operator '${String(condition.operator)}' cannot be used with '${targetName}'; use ${domain.type === 'boolean' ? "'equals' or 'notEquals'" : "'equals', 'notEquals' or 'in'"}.`,
        '.operator',
      );
      continue;
    }
    const value: ConditionValue = condition.value;
    const valid =
      condition.operator === 'in'
        ? Array.isArray(value) && value.length > 0 && value.every((item) => fits(domain, item))
        : !Array.isArray(value) && fits(domain, value);
    if (!valid) {
      const expected = domain.values ? domain.values.join(', ') : domain.type;
      add(
        'CONDITION_VALUE_INVALID',
        `Nilai syarat tampil '${name}' (${JSON.stringify(value)}) tidak cocok dengan '${targetName}'; nilai yang mungkin: ${expected}${condition.operator === 'in' ? ' (dalam daftar yang tidak kosong)' : ''}.`,
        `The visibility condition value of '${name}' (${JSON.stringify(value)}) does not fit '${targetName}'; possible values: ${expected}${condition.operator === 'in' ? ' (in a non-empty list)' : ''}.`,
        '.value',
      );
    }
  }
  return problems;
}
