import { nameOf, text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { RATINGS } from '../scoring/rating.js';
import { byKind, type ChoiceIndicator, type Indicator, type PerKind } from '../template/definition.js';
import { INDICATOR_KIND_REGISTRY } from '../template/indicator-kinds.js';
import { isHttpUrl } from './evidence-url.js';

type Report = (code: string, id: string, en: string) => void;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

interface Check {
  name: string;
  report: Report;
  wrongType: () => void;
}

/** The check of each kind's answer (type, range, known levels and options). */
const CHECKS: PerKind<[value: unknown, check: Check], void> = {
  target: (_indicator, value, { name, report, wrongType }) => {
    const realisation: unknown =
      typeof value === 'object' && value !== null ? (value as { realisation?: unknown }).realisation : undefined;
    if (Array.isArray(value) || !isFiniteNumber(realisation)) wrongType();
    else if (realisation < 0)
      report(
        'ANSWER_OUT_OF_RANGE',
        `Realisasi '${name}' tidak boleh negatif.`,
        `The realisation of '${name}' cannot be negative.`,
      );
  },
  scale: (indicator, value, { name, report, wrongType }) => {
    if (typeof value !== 'string') wrongType();
    else if (!(indicator.levels ?? []).some((level) => level.value === value)) {
      const levels = (indicator.levels ?? []).map((level) => level.value).join(', ');
      report(
        'ANSWER_UNKNOWN_LEVEL',
        `'${value}' bukan tingkat skala '${name}'; pilih salah satu: ${levels}.`,
        `'${value}' is not a level of scale '${name}'; pick one of: ${levels}.`,
      );
    }
  },
  expectation: (_indicator, value, { name, report, wrongType }) => {
    if (typeof value !== 'string') wrongType();
    else if (!(RATINGS as readonly string[]).includes(value)) {
      report(
        'ANSWER_UNKNOWN_LEVEL',
        `'${value}' bukan penilaian ekspektasi untuk '${name}'; pilih BELOW, MEETS atau ABOVE.`,
        `'${value}' is not an expectation rating for '${name}'; pick BELOW, MEETS or ABOVE.`,
      );
    }
  },
  number: (indicator, value, { name, report, wrongType }) => {
    if (!isFiniteNumber(value)) {
      wrongType();
      return;
    }
    if (indicator.integer && !Number.isInteger(value))
      report(
        'ANSWER_NOT_INTEGER',
        `Jawaban '${name}' harus bilangan bulat.`,
        `The answer to '${name}' must be a whole number.`,
      );
    if (isFiniteNumber(indicator.min) && value < indicator.min)
      report(
        'ANSWER_OUT_OF_RANGE',
        `Jawaban '${name}' (${value}) kurang dari batas bawah ${indicator.min}.`,
        `The answer to '${name}' (${value}) is below the minimum of ${indicator.min}.`,
      );
    if (isFiniteNumber(indicator.max) && value > indicator.max)
      report(
        'ANSWER_OUT_OF_RANGE',
        `Jawaban '${name}' (${value}) melebihi batas atas ${indicator.max}.`,
        `The answer to '${name}' (${value}) is above the maximum of ${indicator.max}.`,
      );
  },
  yesNo: (_indicator, value, { wrongType }) => {
    if (typeof value !== 'boolean') wrongType();
  },
  choice: (indicator, value, { name, report, wrongType }) => checkChoice(indicator, value, name, report, wrongType),
  text: (indicator, value, { name, report, wrongType }) => {
    if (typeof value !== 'string') wrongType();
    else if (indicator.maxLength !== undefined && [...value].length > indicator.maxLength) {
      report(
        'ANSWER_TOO_LONG',
        `Jawaban '${name}' terdiri dari ${[...value].length} karakter; paling banyak ${indicator.maxLength}.`,
        `The answer to '${name}' has ${[...value].length} characters; at most ${indicator.maxLength} are allowed.`,
      );
    }
  },
  evidence: (_indicator, value, { name, report, wrongType }) => {
    const evidence = value as { url?: unknown; note?: unknown };
    const optionalString = (field: unknown) => field === undefined || field === null || typeof field === 'string';
    if (
      typeof value !== 'object' ||
      value === null ||
      Array.isArray(value) ||
      !optionalString(evidence.url) ||
      !optionalString(evidence.note)
    )
      wrongType();
    else if (typeof evidence.url === 'string' && evidence.url.trim() !== '' && !isHttpUrl(evidence.url)) {
      report(
        'ANSWER_EVIDENCE_URL_INVALID',
        `Tautan bukti dukung '${name}' harus alamat web yang diawali http:// atau https://.`,
        `The evidence link of '${name}' must be a web address starting with http:// or https://.`,
      );
    }
  },
};

/** Problems of one non-blank answer against its indicator's kind (type, range, known levels and options). */
export function checkAnswer(indicator: Indicator, value: unknown, path: string, sectionKey: string): Problem[] {
  const problems: Problem[] = [];
  const name = nameOf(indicator.label, indicator.key);
  const report: Report = (code, id, en) =>
    problems.push(problem(code, text(id, en), path, { sectionKey, indicatorKey: indicator.key }));
  const wrongType = () => {
    const expected = INDICATOR_KIND_REGISTRY[indicator.kind].expectedAnswer;
    report(
      'ANSWER_WRONG_TYPE',
      `Jawaban '${name}' harus berupa ${expected.id}.`,
      `The answer to '${name}' must be ${expected.en}.`,
    );
  };
  byKind(CHECKS, indicator, value, { name, report, wrongType });
  return problems;
}

function checkChoice(
  indicator: ChoiceIndicator,
  value: unknown,
  name: string,
  report: Report,
  wrongType: () => void,
): void {
  if (indicator.multiple !== Array.isArray(value)) {
    if (indicator.multiple)
      report(
        'ANSWER_CHOICE_CARDINALITY',
        `'${name}' boleh dijawab dengan beberapa opsi; kirim jawabannya sebagai daftar.`,
        `'${name}' takes several options; send the answer as a list.`,
      );
    else
      report(
        'ANSWER_CHOICE_CARDINALITY',
        `'${name}' hanya boleh dijawab dengan satu opsi.`,
        `'${name}' takes only one option.`,
      );
    return;
  }
  const selected: unknown[] = Array.isArray(value) ? value : [value];
  if (!selected.every((item) => typeof item === 'string')) {
    wrongType();
    return;
  }
  const known = new Set((indicator.options ?? []).map((option) => option.value));
  const seen = new Set<string>();
  for (const item of selected as string[]) {
    if (!known.has(item)) {
      report(
        'ANSWER_UNKNOWN_OPTION',
        `'${item}' bukan opsi '${name}'; pilih dari: ${[...known].join(', ')}.`,
        `'${item}' is not an option of '${name}'; pick from: ${[...known].join(', ')}.`,
      );
    } else if (seen.has(item)) {
      report(
        'ANSWER_DUPLICATE_OPTION',
        `Opsi '${item}' dipilih lebih dari sekali pada '${name}'.`,
        `Option '${item}' is selected more than once in '${name}'.`,
      );
    }
    seen.add(item);
  }
}
