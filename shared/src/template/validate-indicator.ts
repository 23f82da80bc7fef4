import { nameOf, text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { INDICATOR_KINDS, TARGET_AGGREGATIONS, TARGET_ASPECTS, TARGET_DIRECTIONS } from './definition.js';
import type { ChoiceIndicator, NumberIndicator, ScaleIndicator, TargetIndicator, TextIndicator } from './definition.js';
import { canBeScored } from './scored.js';
import type { PlacedIndicator } from './walk.js';

type Report = (code: string, id: string, en: string, subPath?: string) => void;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** The rules of one indicator on its own: label, weight and the rules of its kind. */
export function validateIndicator(placed: PlacedIndicator): Problem[] {
  const { indicator, section, path } = placed;
  const problems: Problem[] = [];
  const name = nameOf(indicator.label, String(indicator.key));
  const report: Report = (code, id, en, subPath) =>
    problems.push(
      problem(code, text(id, en), subPath ? `${path}.${subPath}` : path, {
        sectionKey: section.key,
        indicatorKey: indicator.key,
      }),
    );

  if (!(INDICATOR_KINDS as readonly string[]).includes(indicator.kind)) {
    report(
      'INDICATOR_KIND_UNKNOWN',
      `Jenis indikator '${String(indicator.kind)}' pada '${name}' tidak dikenal; pilih salah satu: ${INDICATOR_KINDS.join(', ')}.`,
      `Indicator '${name}' has the unknown kind '${String(indicator.kind)}'; use one of: ${INDICATOR_KINDS.join(', ')}.`,
      'kind',
    );
    return problems;
  }
  if (isBlank(indicator.label?.id)) {
    report(
      'LABEL_MISSING',
      `Indikator '${indicator.key}' belum memiliki label berbahasa Indonesia.`,
      `Indicator '${indicator.key}' needs an Indonesian label.`,
      'label.id',
    );
  }
  if (indicator.weight !== undefined) {
    if (!isFiniteNumber(indicator.weight) || indicator.weight <= 0) {
      report(
        'WEIGHT_INVALID',
        `Bobot indikator '${name}' harus berupa angka lebih dari 0.`,
        `The weight of indicator '${name}' must be a number greater than 0.`,
        'weight',
      );
    } else if (!canBeScored(indicator)) {
      report(
        'WEIGHT_ON_UNSCORED',
        `Indikator '${name}' tidak dinilai dengan skor, jadi tidak boleh memiliki bobot; hapus bobotnya.`,
        `Indicator '${name}' is not scored, so it cannot carry a weight; remove the weight.`,
        'weight',
      );
    }
  }
  switch (indicator.kind) {
    case 'target':
      checkTarget(indicator, name, report);
      break;
    case 'scale':
      checkScale(indicator, name, report);
      break;
    case 'choice':
      checkChoice(indicator, name, report);
      break;
    case 'number':
      checkNumber(indicator, name, report);
      break;
    case 'text':
      checkText(indicator, name, report);
      break;
    default:
      break;
  }
  return problems;
}

function checkTarget(indicator: TargetIndicator, name: string, report: Report): void {
  if (!(TARGET_ASPECTS as readonly string[]).includes(indicator.aspect)) {
    report(
      'TARGET_ASPECT_INVALID',
      `Aspek target '${name}' harus salah satu dari: kuantitas, kualitas, waktu, biaya (${TARGET_ASPECTS.join(', ')}).`,
      `The aspect of target '${name}' must be one of: ${TARGET_ASPECTS.join(', ')}.`,
      'aspect',
    );
  }
  const lowerIsBetter = indicator.direction === 'lowerIsBetter';
  if (!(TARGET_DIRECTIONS as readonly string[]).includes(indicator.direction)) {
    report(
      'TARGET_DIRECTION_INVALID',
      `Arah target '${name}' harus 'higherIsBetter' (makin tinggi makin baik) atau 'lowerIsBetter' (makin rendah makin baik).`,
      `The direction of target '${name}' must be 'higherIsBetter' or 'lowerIsBetter'.`,
      'direction',
    );
  }
  if (!isFiniteNumber(indicator.target) || indicator.target < 0 || (!lowerIsBetter && indicator.target === 0)) {
    report(
      'TARGET_NOT_POSITIVE',
      lowerIsBetter
        ? `Target '${name}' harus berupa angka 0 atau lebih.`
        : `Target '${name}' harus berupa angka lebih dari 0 (target 0 hanya untuk indikator "makin rendah makin baik").`,
      lowerIsBetter
        ? `The target of '${name}' must be a number of 0 or more.`
        : `The target of '${name}' must be a number greater than 0 (a target of 0 is only allowed when lower is better).`,
      'target',
    );
  }
  if (
    indicator.aggregation !== undefined &&
    !(TARGET_AGGREGATIONS as readonly string[]).includes(indicator.aggregation)
  ) {
    report(
      'TARGET_AGGREGATION_INVALID',
      `Penjumlahan realisasi periodik target '${name}' harus salah satu dari: jumlah (sum), nilai terakhir (last), rata-rata (average).`,
      `The periodic aggregation of target '${name}' must be one of: sum, last, average.`,
      'aggregation',
    );
  }
  if (isBlank(indicator.unit)) {
    report(
      'TARGET_UNIT_MISSING',
      `Target '${name}' belum memiliki satuan (mis. 'dokumen', '%', 'hari').`,
      `Target '${name}' needs a unit (e.g. 'documents', '%', 'days').`,
      'unit',
    );
  }
}

function checkScale(indicator: ScaleIndicator, name: string, report: Report): void {
  const levels: unknown = indicator.levels;
  if (!Array.isArray(levels) || levels.length < 2) {
    report(
      'SCALE_MALFORMED',
      `Skala '${name}' harus memiliki paling sedikit 2 tingkat.`,
      `Scale '${name}' needs at least 2 levels.`,
      'levels',
    );
    return;
  }
  const seen = new Set<string>();
  indicator.levels.forEach((level, index) => {
    if (isBlank(level.value)) {
      report(
        'SCALE_MALFORMED',
        `Tingkat ke-${index + 1} pada skala '${name}' belum memiliki nilai (value).`,
        `Level ${index + 1} of scale '${name}' has no value.`,
        `levels.${index}.value`,
      );
    } else if (seen.has(level.value)) {
      report(
        'SCALE_MALFORMED',
        `Nilai tingkat '${level.value}' muncul lebih dari sekali pada skala '${name}'.`,
        `Level value '${level.value}' appears more than once in scale '${name}'.`,
        `levels.${index}.value`,
      );
    } else {
      seen.add(level.value);
    }
    if (isBlank(level.label?.id)) {
      report(
        'LABEL_MISSING',
        `Tingkat ke-${index + 1} pada skala '${name}' belum memiliki label berbahasa Indonesia.`,
        `Level ${index + 1} of scale '${name}' needs an Indonesian label.`,
        `levels.${index}.label.id`,
      );
    }
    if (!isFiniteNumber(level.score)) {
      report(
        'SCALE_MALFORMED',
        `Skor tingkat ke-${index + 1} pada skala '${name}' harus berupa angka.`,
        `The score of level ${index + 1} of scale '${name}' must be a number.`,
        `levels.${index}.score`,
      );
    }
  });
  const scores = indicator.levels.map((level) => level.score).filter(isFiniteNumber);
  if (scores.length === indicator.levels.length && new Set(scores).size === 1) {
    report(
      'SCALE_MALFORMED',
      `Semua tingkat pada skala '${name}' memiliki skor yang sama; beri skor yang berbeda.`,
      `All levels of scale '${name}' have the same score; give them different scores.`,
      'levels',
    );
  }
}

function checkChoice(indicator: ChoiceIndicator, name: string, report: Report): void {
  const options: unknown = indicator.options;
  if (typeof indicator.multiple !== 'boolean') {
    report(
      'CHOICE_MALFORMED',
      `Pilihan '${name}' harus menyatakan apakah boleh memilih lebih dari satu (multiple).`,
      `Choice '${name}' must state whether several options may be picked (multiple).`,
      'multiple',
    );
  }
  if (!Array.isArray(options) || options.length < 2) {
    report(
      'CHOICE_MALFORMED',
      `Pilihan '${name}' harus memiliki paling sedikit 2 opsi.`,
      `Choice '${name}' needs at least 2 options.`,
      'options',
    );
    return;
  }
  const seen = new Set<string>();
  indicator.options.forEach((option, index) => {
    if (isBlank(option.value)) {
      report(
        'CHOICE_MALFORMED',
        `Opsi ke-${index + 1} pada '${name}' belum memiliki nilai (value).`,
        `Option ${index + 1} of '${name}' has no value.`,
        `options.${index}.value`,
      );
    } else if (seen.has(option.value)) {
      report(
        'CHOICE_MALFORMED',
        `Nilai opsi '${option.value}' muncul lebih dari sekali pada '${name}'.`,
        `Option value '${option.value}' appears more than once in '${name}'.`,
        `options.${index}.value`,
      );
    } else {
      seen.add(option.value);
    }
    if (isBlank(option.label?.id)) {
      report(
        'LABEL_MISSING',
        `Opsi ke-${index + 1} pada '${name}' belum memiliki label berbahasa Indonesia.`,
        `Option ${index + 1} of '${name}' needs an Indonesian label.`,
        `options.${index}.label.id`,
      );
    }
    if (option.score !== undefined && !isFiniteNumber(option.score)) {
      report(
        'CHOICE_MALFORMED',
        `Skor opsi ke-${index + 1} pada '${name}' harus berupa angka.`,
        `The score of option ${index + 1} of '${name}' must be a number.`,
        `options.${index}.score`,
      );
    }
  });
  const scored = indicator.options.filter((option) => option.score !== undefined);
  if (scored.length > 0 && scored.length < indicator.options.length) {
    report(
      'CHOICE_MALFORMED',
      `Beri skor pada semua opsi '${name}' atau tidak sama sekali (${scored.length} dari ${indicator.options.length} opsi memiliki skor).`,
      `Give every option of '${name}' a score, or none (${scored.length} of ${indicator.options.length} options have one).`,
      'options',
    );
  } else if (scored.length > 0 && new Set(scored.map((option) => option.score)).size === 1) {
    report(
      'CHOICE_MALFORMED',
      `Semua opsi '${name}' memiliki skor yang sama; beri skor yang berbeda atau hapus skornya.`,
      `All options of '${name}' have the same score; give different scores or remove them.`,
      'options',
    );
  }
}

function checkNumber(indicator: NumberIndicator, name: string, report: Report): void {
  for (const bound of ['min', 'max'] as const) {
    const value = indicator[bound];
    if (value !== undefined && !isFiniteNumber(value)) {
      report(
        'NUMBER_RANGE_INVALID',
        `Batas ${bound} pada '${name}' harus berupa angka.`,
        `The ${bound} of '${name}' must be a number.`,
        bound,
      );
    }
  }
  if (isFiniteNumber(indicator.min) && isFiniteNumber(indicator.max) && indicator.min > indicator.max) {
    report(
      'NUMBER_RANGE_INVALID',
      `Batas bawah '${name}' (${indicator.min}) lebih besar dari batas atas (${indicator.max}).`,
      `The minimum of '${name}' (${indicator.min}) is greater than its maximum (${indicator.max}).`,
      'min',
    );
  }
}

function checkText(indicator: TextIndicator, name: string, report: Report): void {
  const { maxLength } = indicator;
  if (maxLength !== undefined && (!Number.isInteger(maxLength) || maxLength < 1)) {
    report(
      'TEXT_MAX_LENGTH_INVALID',
      `Panjang maksimum '${name}' harus berupa bilangan bulat lebih dari 0.`,
      `The maximum length of '${name}' must be a whole number greater than 0.`,
      'maxLength',
    );
  }
}
