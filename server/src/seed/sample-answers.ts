import {
  byKind,
  isVisible,
  type AnswerSet,
  type AnswerValue,
  type Indicator,
  type PerKind,
  type TemplateDefinition,
} from '@kinerja/shared';

/** A small deterministic pseudo-random source (mulberry32), so seeded data is the same on every run. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A plausible realisation of a target for a sub-period whose target is `target`; `strength` as below. */
export function sampleRealisation(
  indicator: { direction: string },
  target: number,
  strength: number,
  random: () => number,
): number {
  const factor = strength * (0.9 + random() * 0.2);
  if (indicator.direction === 'lowerIsBetter') return target === 0 ? (factor >= 1 ? 0 : 1) : round1(target / factor);
  return round1(target * factor);
}

/** A plausible answer to an indicator of each kind; `strength` (about 0.8–1.2) moves every answer up or down. */
const SAMPLES: PerKind<[strength: number, random: () => number, jitter: number], AnswerValue | undefined> = {
  target: (indicator, strength, _random, jitter) => ({
    realisation: sampleRealisation(indicator, indicator.target, strength, () => (jitter - 0.9) / 0.2),
  }),
  scale: (indicator, strength, _random, jitter) => {
    const levels = indicator.levels;
    const index = Math.min(
      levels.length - 1,
      Math.max(0, Math.round((strength * jitter - 0.7) * (levels.length - 1) * 1.6)),
    );
    return levels[index]!.value;
  },
  expectation: (_indicator, strength, _random, jitter) => {
    const value = strength * jitter;
    return value > 1.12 ? 'ABOVE' : value < 0.85 ? 'BELOW' : 'MEETS';
  },
  number: (indicator, _strength, random) => {
    const min = indicator.min ?? 0;
    const max = indicator.max ?? min + 100;
    const value = min + (max - min) * Math.min(1, 0.2 + random() * 0.3);
    return indicator.integer ? Math.round(value) : round1(value);
  },
  yesNo: (_indicator, strength, _random, jitter) => strength * jitter > 0.85,
  choice: (indicator, strength, random) => {
    const options = [...indicator.options].sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    const pick =
      options[Math.min(options.length - 1, Math.floor(random() * options.length * Math.min(1, strength)))]!.value;
    return indicator.multiple ? [pick] : pick;
  },
  text: (indicator) =>
    indicator.required ? 'Catatan penilaian triwulan: pekerjaan berjalan sesuai rencana.' : undefined,
  evidence: () => ({
    url: 'https://arsip.gerunggang.example.go.id/bukti-dukung',
    note: 'Laporan dan dokumentasi kegiatan',
  }),
};

/** A plausible answer to one indicator; `strength` (about 0.8–1.2) moves every answer up or down. */
function sampleAnswer(indicator: Indicator, strength: number, random: () => number): AnswerValue | undefined {
  const jitter = 0.9 + random() * 0.2;
  return byKind(SAMPLES, indicator, strength, random, jitter);
}

/**
 * A complete, valid answer set for a form: every visible indicator answered in form order (conditions
 * only look back), hidden ones left out.
 */
export function sampleAnswers(form: TemplateDefinition, strength: number, random: () => number): AnswerSet {
  const answers: AnswerSet = {};
  for (const section of form.sections) {
    for (const indicator of section.indicators) {
      if (!isVisible(form, indicator.key, answers)) continue;
      const value = sampleAnswer(indicator, strength, random);
      if (value !== undefined) answers[indicator.key] = value;
    }
  }
  return answers;
}
