import {
  INDICATOR_KIND_REGISTRY,
  INDICATOR_KINDS_BY_GRAPHQL_NAME,
  type IndicatorKind as ModelIndicatorKind,
} from '@kinerja/shared';
import { registerEnumType } from 'type-graphql';

// GraphQL names are SCREAMING_CASE; the values are the strings of the `@kinerja/shared` model.

export enum SectionKind {
  WORK_RESULTS = 'workResults',
  BEHAVIOUR = 'behaviour',
  INSTRUMENT = 'instrument',
  FEEDBACK = 'feedback',
}
registerEnumType(SectionKind, {
  name: 'SectionKind',
  description: 'What a section is for, which also decides which rating it feeds.',
  valuesConfig: {
    WORK_RESULTS: { description: 'Hasil Kerja: the work results; feeds the work-results rating.' },
    BEHAVIOUR: { description: 'Perilaku Kerja: the seven BerAKHLAK values; feeds the behaviour rating.' },
    INSTRUMENT: {
      description: 'A sector instrument such as the classroom-observation rubric; feeds the work-results rating.',
    },
    FEEDBACK: { description: 'Feedback prompts; never scored.' },
  },
});

/** The GraphQL names and descriptions of the indicator kinds come from the registry in `@kinerja/shared`. */
export const IndicatorKind = INDICATOR_KINDS_BY_GRAPHQL_NAME;
export type IndicatorKind = ModelIndicatorKind;
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'The kind of an indicator, which decides its answer and its score.',
  valuesConfig: Object.fromEntries(
    Object.values(INDICATOR_KIND_REGISTRY).map((entry) => [entry.graphqlName, { description: entry.description }]),
  ),
});

export enum TargetAspect {
  QUANTITY = 'quantity',
  QUALITY = 'quality',
  TIME = 'time',
  COST = 'cost',
}
registerEnumType(TargetAspect, {
  name: 'TargetAspect',
  description: 'The aspect a target measures (kuantitas, kualitas, waktu, biaya).',
});

export enum TargetDirection {
  HIGHER_IS_BETTER = 'higherIsBetter',
  LOWER_IS_BETTER = 'lowerIsBetter',
}
registerEnumType(TargetDirection, {
  name: 'TargetDirection',
  description: 'Whether a realisation above the target is better (most targets) or worse (days, complaints, cost).',
});

export enum TargetAggregation {
  SUM = 'sum',
  LAST = 'last',
  AVERAGE = 'average',
}
registerEnumType(TargetAggregation, {
  name: 'TargetAggregation',
  description:
    'How the periodic realisations of a target add up to the annual one (and its periodic targets to the annual target).',
  valuesConfig: {
    SUM: { description: 'Jumlah: the periodic values add up (quantities, costs); the default for quantity and cost.' },
    LAST: {
      description:
        'Nilai terakhir: the last sub-period’s value is the year’s (a level reached by the end of the year).',
    },
    AVERAGE: {
      description: 'Rata-rata: the mean of the periodic values (quality, time); the default for quality and time.',
    },
  },
});

export enum ConditionOperator {
  EQUALS = 'equals',
  NOT_EQUALS = 'notEquals',
  IN = 'in',
}
registerEnumType(ConditionOperator, {
  name: 'ConditionOperator',
  description: 'How a visibility condition compares the answer of the indicator it depends on.',
});

export enum Rating {
  BELOW = 'BELOW',
  MEETS = 'MEETS',
  ABOVE = 'ABOVE',
}
registerEnumType(Rating, {
  name: 'Rating',
  description: 'A rating of work results or behaviour.',
  valuesConfig: {
    BELOW: { description: 'Di Bawah Ekspektasi.' },
    MEETS: { description: 'Sesuai Ekspektasi.' },
    ABOVE: { description: 'Di Atas Ekspektasi.' },
  },
});

export enum Predikat {
  SANGAT_BAIK = 'SANGAT_BAIK',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}
registerEnumType(Predikat, {
  name: 'Predikat',
  description: 'Predikat kinerja (PermenPANRB 6/2022), from the work-results and behaviour ratings.',
  valuesConfig: {
    SANGAT_BAIK: { description: 'Sangat Baik.' },
    BAIK: { description: 'Baik.' },
    BUTUH_PERBAIKAN: { description: 'Butuh Perbaikan.' },
    KURANG: { description: 'Kurang/Misconduct.' },
    SANGAT_KURANG: { description: 'Sangat Kurang.' },
  },
});
