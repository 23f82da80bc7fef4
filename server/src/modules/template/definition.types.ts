import { INDICATOR_TYPENAMES } from '@kinerja/shared';
import type * as model from '@kinerja/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, InterfaceType, Int, ObjectType } from 'type-graphql';
import {
  ConditionOperator,
  IndicatorKind,
  SectionKind,
  TargetAggregation,
  TargetAspect,
  TargetDirection,
} from './definition.enums.js';
import { EmbeddedList } from '../../graphql/limits/embedded-list.js';

// Output types of a template definition. Resolvers return the plain `@kinerja/shared` objects;
// these classes only describe them to GraphQL.

@ObjectType({ description: 'A text in Bahasa Indonesia and English.' })
export class LocalizedText {
  @Field(() => String, { description: 'Bahasa Indonesia (shown first).' })
  id!: string;

  @Field(() => String, { description: 'English.' })
  en!: string;
}

@ObjectType({ description: 'Shows an indicator only when the answer of an earlier indicator matches.' })
export class VisibilityCondition {
  @Field(() => String, { description: 'Key of the indicator whose answer decides.' })
  indicatorKey!: string;

  @Field(() => ConditionOperator, { description: 'How the answer is compared.' })
  operator!: ConditionOperator;

  @Field(() => GraphQLJSON, { description: 'The value (or, for IN, the list of values) compared with.' })
  value!: unknown;
}

@InterfaceType({
  description: 'One question of an assessment form. The concrete type depends on `kind`.',
  resolveType: (indicator: model.Indicator) => INDICATOR_TYPENAMES[indicator.kind],
})
export abstract class Indicator {
  @Field(() => String, { description: 'Unique within the version; answers are keyed by it.' })
  key!: string;

  @Field(() => String, { description: 'Stable identity across versions: follow an indicator over the years by it.' })
  lineageKey!: string;

  @Field(() => IndicatorKind, { description: 'The kind of indicator.' })
  kind!: IndicatorKind;

  @Field(() => LocalizedText, { description: 'The question or indicator text.' })
  label!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'Help for the person answering.' })
  help?: LocalizedText;

  @Field(() => Boolean, { description: 'Whether an answer is required (when the indicator is visible).' })
  required!: boolean;

  @Field(() => Float, { nullable: true, description: 'Weight within a weighted section (the weights add up to 100).' })
  weight?: number;

  @Field(() => VisibilityCondition, {
    nullable: true,
    description: 'When set, the indicator is shown only if it holds.',
  })
  visibleWhen?: VisibilityCondition;
}

@ObjectType({
  implements: Indicator,
  description: 'A target on an aspect; the realisation gives an achievement percentage.',
})
export class TargetIndicator extends Indicator {
  @Field(() => TargetAspect, { description: 'Quantity, quality, time or cost.' })
  aspect!: TargetAspect;

  @Field(() => Float, { description: 'The target value.' })
  target!: number;

  @Field(() => String, { description: 'Unit of the target, e.g. "dokumen", "%", "hari".' })
  unit!: string;

  @Field(() => TargetDirection, { description: 'Whether more is better or less is better.' })
  direction!: TargetDirection;

  @Field(() => TargetAggregation, {
    nullable: true,
    description:
      'How periodic realisations add up to the annual one; null: by aspect (quantity and cost SUM, quality and time AVERAGE).',
  })
  aggregation?: TargetAggregation | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'In the form of one sub-period: the annual target that sub-period’s `target` is a part of; null otherwise.',
  })
  annualTarget?: number | null;
}

@ObjectType({ description: 'One level of a scale.' })
export class ScaleLevel {
  @Field(() => String, { description: 'The value stored as the answer.' })
  value!: string;

  @Field(() => LocalizedText, { description: 'What the level means.' })
  label!: LocalizedText;

  @Field(() => Float, { description: 'The raw score of the level (normalised to 0–100 for scoring).' })
  score!: number;
}

@ObjectType({ implements: Indicator, description: 'Labelled levels with scores (rubric, 1–5).' })
export class ScaleIndicator extends Indicator {
  @EmbeddedList()
  @Field(() => [ScaleLevel], { description: 'The levels, lowest first.' })
  levels!: ScaleLevel[];
}

@ObjectType({ implements: Indicator, description: 'Di Bawah / Sesuai / Di Atas Ekspektasi, e.g. one BerAKHLAK value.' })
export class ExpectationIndicator extends Indicator {
  @EmbeddedList()
  @Field(() => [LocalizedText], { nullable: true, description: 'Guiding behaviours shown to the rater.' })
  guidance?: LocalizedText[];
}

@ObjectType({ implements: Indicator, description: 'A number within optional bounds; not scored.' })
export class NumberIndicator extends Indicator {
  @Field(() => Float, { nullable: true, description: 'Smallest allowed value.' })
  min?: number;

  @Field(() => Float, { nullable: true, description: 'Largest allowed value.' })
  max?: number;

  @Field(() => String, { nullable: true, description: 'Unit shown beside the number.' })
  unit?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether only whole numbers are allowed.' })
  integer?: boolean;
}

@ObjectType({ implements: Indicator, description: 'Ya/Tidak; scored 100/0 when weighted.' })
export class YesNoIndicator extends Indicator {}

@ObjectType({ description: 'One option of a choice.' })
export class ChoiceOption {
  @Field(() => String, { description: 'The value stored as the answer.' })
  value!: string;

  @Field(() => LocalizedText, { description: 'What the option says.' })
  label!: LocalizedText;

  @Field(() => Float, { nullable: true, description: 'Score of the option (0–100) when the choice is scored.' })
  score?: number;
}

@ObjectType({ implements: Indicator, description: 'One or several options.' })
export class ChoiceIndicator extends Indicator {
  @EmbeddedList()
  @Field(() => [ChoiceOption], { description: 'The options in display order.' })
  options!: ChoiceOption[];

  @Field(() => Boolean, { description: 'Whether several options may be chosen.' })
  multiple!: boolean;
}

@ObjectType({ implements: Indicator, description: 'Free text; not scored.' })
export class TextIndicator extends Indicator {
  @Field(() => Int, { nullable: true, description: 'Maximum length in characters.' })
  maxLength?: number;
}

@ObjectType({ implements: Indicator, description: 'Bukti dukung: a link and/or a note; not scored.' })
export class EvidenceIndicator extends Indicator {}

export const INDICATOR_TYPES = [
  TargetIndicator,
  ScaleIndicator,
  ExpectationIndicator,
  NumberIndicator,
  YesNoIndicator,
  ChoiceIndicator,
  TextIndicator,
  EvidenceIndicator,
];

@ObjectType({ description: 'A section of a template: work results, behaviour, an instrument or feedback prompts.' })
export class TemplateSection {
  @Field(() => String, { description: 'Unique within the version.' })
  key!: string;

  @Field(() => SectionKind, { description: 'What the section is for.' })
  kind!: SectionKind;

  @Field(() => LocalizedText, { description: 'Title of the section.' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'Explanation shown under the title.' })
  description?: LocalizedText;

  @Field(() => Boolean, { description: 'Whether indicator weights apply (they must add up to 100).' })
  weighted!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of this section when several sections feed the same rating.',
  })
  weight?: number;

  @EmbeddedList()
  @Field(() => [Indicator], { description: 'The indicators in display order.' })
  indicators!: Indicator[];
}

@ObjectType({ description: 'Score thresholds for one suggested rating.' })
export class RatingThreshold {
  @Field(() => Float, { description: 'A score at or above this suggests Sesuai Ekspektasi.' })
  meets!: number;

  @Field(() => Float, { description: 'A score at or above this suggests Di Atas Ekspektasi.' })
  above!: number;
}

@ObjectType({ description: 'Thresholds of the suggested ratings.' })
export class RatingThresholds {
  @Field(() => RatingThreshold, { description: 'For the work-results rating.' })
  workResults!: RatingThreshold;

  @Field(() => RatingThreshold, { description: 'For the behaviour rating.' })
  behaviour!: RatingThreshold;
}

@ObjectType({ description: 'One thing wrong with a template, an answer or an input, with where it is.' })
export class RuleProblem {
  @Field(() => String, { description: 'Stable code, e.g. WEIGHTS_NOT_100.' })
  code!: string;

  @Field(() => String, { description: 'What is wrong and how to fix it, in the language of the request.' })
  message!: string;

  @Field(() => String, { description: 'Where: e.g. `sections.1.indicators.2.weight` or `answers.kepuasan`.' })
  path!: string;

  @Field(() => String, { nullable: true, description: 'The section concerned, if any.' })
  sectionKey?: string;

  @Field(() => String, { nullable: true, description: 'The indicator concerned, if any.' })
  indicatorKey?: string;
}
