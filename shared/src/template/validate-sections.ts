import { nameOf, text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { roundScore } from '../common/round.js';
import { SECTION_KINDS, type Section, type TemplateDefinition } from './definition.js';
import { RATING_GROUPS } from './rating-groups.js';
import { isScoredIndicator } from './scored.js';

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Rules of each section (title, emptiness, weights) and of the set of sections (required kinds, section weights). */
export function validateSections(def: TemplateDefinition): Problem[] {
  const problems: Problem[] = [];
  def.sections.forEach((section, index) => problems.push(...validateSection(section, `sections.${index}`)));

  const indexed = def.sections.map((section, index) => ({ section, index }));
  const workResults = indexed.filter(({ section }) => section.kind === 'workResults');
  if (workResults.length === 0) {
    problems.push(
      problem(
        'WORK_RESULTS_MISSING',
        text(
          "Templat harus memiliki satu bagian 'Hasil Kerja' (jenis workResults).",
          "The template needs one 'work results' section (kind workResults).",
        ),
        'sections',
      ),
    );
  }
  for (const { section, index } of workResults.slice(1)) {
    problems.push(
      problem(
        'WORK_RESULTS_DUPLICATE',
        text(
          `Templat hanya boleh memiliki satu bagian 'Hasil Kerja'; gabungkan '${nameOf(section.title, section.key)}' ke bagian pertama atau ubah jenisnya.`,
          `The template may have only one work results section; merge '${nameOf(section.title, section.key)}' into the first one or change its kind.`,
        ),
        `sections.${index}`,
        { sectionKey: section.key },
      ),
    );
  }
  const first = workResults[0];
  if (
    first &&
    Array.isArray(first.section.indicators) &&
    first.section.indicators.length > 0 &&
    !first.section.indicators.some(isScoredIndicator)
  ) {
    problems.push(
      problem(
        'WORK_RESULTS_UNSCORED',
        text(
          `Bagian '${nameOf(first.section.title, first.section.key)}' belum memiliki indikator yang dinilai (target, skala, ekspektasi, ya/tidak berbobot, atau pilihan berskor).`,
          `Section '${nameOf(first.section.title, first.section.key)}' has no scored indicator (target, scale, expectation, weighted yes/no or scored choice).`,
        ),
        `sections.${first.index}.indicators`,
        { sectionKey: first.section.key },
      ),
    );
  }

  const behaviour = indexed.filter(({ section }) => section.kind === 'behaviour');
  if (behaviour.length === 0) {
    problems.push(
      problem(
        'BEHAVIOUR_MISSING',
        text(
          'Templat harus memiliki bagian perilaku kerja BerAKHLAK (jenis behaviour).',
          'The template needs the BerAKHLAK work behaviour section (kind behaviour).',
        ),
        'sections',
      ),
    );
  }
  for (const { section, index } of behaviour.slice(1)) {
    problems.push(
      problem(
        'BEHAVIOUR_DUPLICATE',
        text(
          `Templat hanya boleh memiliki satu bagian perilaku kerja; hapus '${nameOf(section.title, section.key)}' atau ubah jenisnya.`,
          `The template may have only one behaviour section; remove '${nameOf(section.title, section.key)}' or change its kind.`,
        ),
        `sections.${index}`,
        { sectionKey: section.key },
      ),
    );
  }

  for (const kinds of Object.values(RATING_GROUPS)) {
    const group = indexed.filter(({ section }) => (kinds as readonly string[]).includes(section.kind));
    if (group.length < 2) continue;
    const withWeight = group.filter(({ section }) => section.weight !== undefined);
    const names = group.map(({ section }) => `'${nameOf(section.title, section.key)}'`).join(', ');
    if (withWeight.length > 0 && withWeight.length < group.length) {
      problems.push(
        problem(
          'SECTION_WEIGHT_MIXED',
          text(
            `Bagian ${names} menentukan rating yang sama: beri bobot pada semua bagian itu atau tidak sama sekali.`,
            `Sections ${names} feed the same rating: give all of them a weight, or none.`,
          ),
          'sections',
        ),
      );
    } else if (
      withWeight.length === group.length &&
      withWeight.every(({ section }) => isFiniteNumber(section.weight))
    ) {
      const sum = roundScore(group.reduce((total, { section }) => total + (section.weight ?? 0), 0));
      if (sum !== 100) {
        problems.push(
          problem(
            'SECTION_WEIGHTS_NOT_100',
            text(
              `Bobot bagian ${names} berjumlah ${sum}, harus 100.`,
              `The weights of sections ${names} add up to ${sum}; they must add up to 100.`,
            ),
            'sections',
          ),
        );
      }
    }
  }
  return problems;
}

function validateSection(section: Section, path: string): Problem[] {
  const problems: Problem[] = [];
  const name = nameOf(section.title, String(section.key));
  const where = { sectionKey: section.key };
  const add = (code: string, id: string, en: string, subPath?: string) =>
    problems.push(problem(code, text(id, en), subPath ? `${path}.${subPath}` : path, where));

  if (!(SECTION_KINDS as readonly string[]).includes(section.kind)) {
    add(
      'SECTION_KIND_UNKNOWN',
      `Jenis bagian '${String(section.kind)}' pada '${name}' tidak dikenal; pilih salah satu: ${SECTION_KINDS.join(', ')}.`,
      `Section '${name}' has the unknown kind '${String(section.kind)}'; use one of: ${SECTION_KINDS.join(', ')}.`,
      'kind',
    );
  }
  if (typeof section.title?.id !== 'string' || section.title.id.trim() === '') {
    add(
      'LABEL_MISSING',
      `Bagian '${String(section.key)}' belum memiliki judul berbahasa Indonesia.`,
      `Section '${String(section.key)}' needs an Indonesian title.`,
      'title.id',
    );
  }
  if (!Array.isArray(section.indicators) || section.indicators.length === 0) {
    add(
      'SECTION_EMPTY',
      `Bagian '${name}' belum memiliki indikator; tambahkan paling sedikit satu atau hapus bagian ini.`,
      `Section '${name}' has no indicators; add at least one or remove the section.`,
      'indicators',
    );
    return problems;
  }
  if (section.weight !== undefined && (!isFiniteNumber(section.weight) || section.weight <= 0)) {
    add(
      'SECTION_WEIGHT_INVALID',
      `Bobot bagian '${name}' harus berupa angka lebih dari 0.`,
      `The weight of section '${name}' must be a number greater than 0.`,
      'weight',
    );
  }
  if (section.kind === 'feedback') {
    if (section.weighted || section.weight !== undefined) {
      add(
        'FEEDBACK_SECTION_WEIGHTED',
        `Bagian umpan balik '${name}' tidak dinilai, jadi tidak boleh berbobot.`,
        `Feedback section '${name}' is not scored, so it cannot be weighted.`,
        section.weighted ? 'weighted' : 'weight',
      );
    }
    section.indicators.forEach((indicator, index) => {
      if (isScoredIndicator(indicator)) {
        problems.push(
          problem(
            'FEEDBACK_INDICATOR_SCORED',
            text(
              `Indikator '${nameOf(indicator.label, indicator.key)}' dinilai dengan skor, padahal bagian umpan balik '${name}' tidak dinilai; pindahkan ke bagian lain.`,
              `Indicator '${nameOf(indicator.label, indicator.key)}' is scored but feedback section '${name}' is not; move it to another section.`,
            ),
            `${path}.indicators.${index}`,
            { sectionKey: section.key, indicatorKey: indicator.key },
          ),
        );
      }
    });
    return problems;
  }
  if (section.weighted) {
    let sum = 0;
    section.indicators.forEach((indicator, index) => {
      if (!isScoredIndicator(indicator)) return;
      if (indicator.weight === undefined) {
        problems.push(
          problem(
            'WEIGHT_MISSING',
            text(
              `Indikator '${nameOf(indicator.label, indicator.key)}' di bagian berbobot '${name}' belum memiliki bobot.`,
              `Indicator '${nameOf(indicator.label, indicator.key)}' in weighted section '${name}' has no weight.`,
            ),
            `${path}.indicators.${index}.weight`,
            { sectionKey: section.key, indicatorKey: indicator.key },
          ),
        );
      } else if (isFiniteNumber(indicator.weight)) {
        sum += indicator.weight;
      }
    });
    sum = roundScore(sum);
    if (sum !== 100) {
      add(
        'WEIGHTS_NOT_100',
        `Bobot indikator di bagian '${name}' berjumlah ${sum}, harus 100.`,
        `Weights in section '${name}' add up to ${sum}; they must add up to 100.`,
        'indicators',
      );
    }
  }
  return problems;
}
