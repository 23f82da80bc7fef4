import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import {
  ConditionOperator,
  IndicatorKind,
  SectionKind,
  TargetAggregation,
  TargetAspect,
  TargetDirection,
} from './definition.enums.js';

@InputType({ description: 'A text in Bahasa Indonesia (required) and English (optional; falls back to Indonesian).' })
export class LocalizedTextInput {
  @Field(() => String, { description: 'Bahasa Indonesia.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'English.' })
  en?: string | null;
}

@InputType({ description: 'Shows an indicator only when the answer of an earlier indicator matches.' })
export class VisibilityConditionInput {
  @Field(() => String, { description: 'Key of an earlier indicator.' })
  indicatorKey!: string;

  @Field(() => ConditionOperator, { description: 'How its answer is compared.' })
  operator!: ConditionOperator;

  @Field(() => GraphQLJSON, { description: 'A string, number or boolean; for IN a list of strings or numbers.' })
  value!: unknown;
}

@InputType({ description: 'One level of a scale.' })
export class ScaleLevelInput {
  @Field(() => String, { description: 'The value stored as the answer.' })
  value!: string;

  @Field(() => LocalizedTextInput, { description: 'What the level means.' })
  label!: LocalizedTextInput;

  @Field(() => Float, { description: 'Raw score of the level.' })
  score!: number;
}

@InputType({ description: 'One option of a choice.' })
export class ChoiceOptionInput {
  @Field(() => String, { description: 'The value stored as the answer.' })
  value!: string;

  @Field(() => LocalizedTextInput, { description: 'What the option says.' })
  label!: LocalizedTextInput;

  @Field(() => Float, { nullable: true, description: 'Score 0–100, for a scored choice.' })
  score?: number | null;
}

@InputType({
  description:
    'An indicator. `kind` decides which of the kind-specific fields apply: TARGET needs aspect, target, unit, direction; ' +
    'SCALE needs levels; CHOICE needs options (and multiple); NUMBER may have min, max, unit, integer; TEXT may have maxLength; ' +
    'EXPECTATION may have guidance. Fields of other kinds must be left out.',
})
export class IndicatorInput {
  @Field(() => String, { description: 'Unique key within the version: lower-case letters, digits, underscores.' })
  key!: string;

  @Field(() => IndicatorKind, { description: 'The kind of indicator.' })
  kind!: IndicatorKind;

  @Field(() => LocalizedTextInput, { description: 'The indicator text.' })
  label!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Help for the person answering.' })
  help?: LocalizedTextInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether an answer is required when visible.' })
  required!: boolean;

  @Field(() => Float, { nullable: true, description: 'Weight in a weighted section (scored kinds only).' })
  weight?: number | null;

  @Field(() => VisibilityConditionInput, { nullable: true, description: 'Show only when this holds.' })
  visibleWhen?: VisibilityConditionInput | null;

  @Field(() => TargetAspect, { nullable: true, description: 'TARGET: the aspect measured.' })
  aspect?: TargetAspect | null;

  @Field(() => Float, { nullable: true, description: 'TARGET: the target value.' })
  target?: number | null;

  @Field(() => String, { nullable: true, description: 'TARGET (required) or NUMBER (optional): the unit.' })
  unit?: string | null;

  @Field(() => TargetDirection, { nullable: true, description: 'TARGET: whether more or less is better.' })
  direction?: TargetDirection | null;

  @Field(() => TargetAggregation, {
    nullable: true,
    description: 'TARGET: how periodic realisations add up to the annual one; by aspect when absent.',
  })
  aggregation?: TargetAggregation | null;

  @Field(() => [ScaleLevelInput], { nullable: true, description: 'SCALE: the levels, lowest first.' })
  levels?: ScaleLevelInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'EXPECTATION: guiding behaviours.' })
  guidance?: LocalizedTextInput[] | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: smallest allowed value.' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: largest allowed value.' })
  max?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'NUMBER: whole numbers only.' })
  integer?: boolean | null;

  @Field(() => [ChoiceOptionInput], { nullable: true, description: 'CHOICE: the options.' })
  options?: ChoiceOptionInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'CHOICE: whether several options may be chosen (default false).',
  })
  multiple?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'TEXT: maximum length in characters.' })
  maxLength?: number | null;
}

@InputType({ description: 'A section; its indicators are added with addTemplateIndicator.' })
export class SectionInput {
  @Field(() => String, { description: 'Unique key within the version.' })
  key!: string;

  @Field(() => SectionKind, { description: 'What the section is for.' })
  kind!: SectionKind;

  @Field(() => LocalizedTextInput, { description: 'Title.' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Explanation under the title.' })
  description?: LocalizedTextInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether indicator weights apply (must add up to 100).' })
  weighted!: boolean;

  @Field(() => Float, { nullable: true, description: 'Share when several sections feed the same rating.' })
  weight?: number | null;
}

@InputType({ description: 'Thresholds for one suggested rating.' })
export class RatingThresholdInput {
  @Field(() => Float, { description: 'Score from which Sesuai Ekspektasi is suggested.' })
  meets!: number;

  @Field(() => Float, { description: 'Score from which Di Atas Ekspektasi is suggested.' })
  above!: number;
}

@InputType({ description: 'Thresholds of both suggested ratings.' })
export class RatingThresholdsInput {
  @Field(() => RatingThresholdInput, { description: 'Work results.' })
  workResults!: RatingThresholdInput;

  @Field(() => RatingThresholdInput, { description: 'Behaviour.' })
  behaviour!: RatingThresholdInput;
}
